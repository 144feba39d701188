/** The intake form's channel, number of sets, fee, how the result is returned, and a note. */
import { formatVnd } from '../../app/format';
import { useT } from '../../app/i18n';
import { useUi } from '../../app/uiState';
import type { ReturnMethod } from '../../domain/dossier/events';
import { CHANNELS, type Channel } from '../../domain/procedure';
import { describe, type FieldKit } from './fields';
import { parseVnd, withText } from './formState';
import type { IdCardScan } from './IdCardScan';
import type { Intake } from './useIntake';

export function TermsSection({ intake, reader, kit }: { intake: Intake; reader: IdCardScan; kit: FieldKit }) {
  const t = useT();
  const language = useUi((s) => s.language);
  const { form, update, setForm, procedure, terms, catalogueFee, feeText } = intake;
  const { field, text, bind, errorOf } = kit;
  const fee = parseVnd(feeText);
  return (
    <fieldset className="rc-section">
      <legend>{t('receive.terms.legend')}</legend>
      {/* When the cases are ways of submitting, the channel is chosen with the procedure, above. */}
      {!intake.byChannel && (
        <fieldset className="rc-choices rc-inline">
          <legend>{t('receive.terms.channel')}</legend>
          {CHANNELS.map((c: Channel) => (
            <label key={c} className="rc-choice">
              <input type="radio" name="rc-channel" checked={form.channel === c} onChange={() => update((f) => ({ ...f, channel: c }))} />
              <span>{t(`procedure.channelNames.${c}`)}</span>
            </label>
          ))}
        </fieldset>
      )}
      <div className="rc-grid">
        {text('sets', t('receive.terms.sets'), { error: errorOf('sets'), inputMode: 'numeric' })}
        {field(
          'fee',
          t('receive.terms.fee'),
          <input
            id="rc-fee"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            value={feeText}
            aria-describedby="rc-fee-hint"
            onChange={(e) => {
              const value = e.target.value;
              update((f) => withText(f, 'fee', value));
              reader.scan.observe(value, (before) => setForm((f) => withText(f, 'fee', before)));
            }}
          />,
          {
            hint: (
              <div id="rc-fee-hint" className="muted rc-hint">
                {fee !== null && <p>= {fee === 0 ? t('receive.terms.free') : formatVnd(fee, language)}</p>}
                {procedure && catalogueFee === null && <p>{t('receive.terms.feeUnknown')}</p>}
                {terms?.fees.map((f) => (
                  <p key={f.label}>{t('receive.terms.feeCatalogue', { text: `${f.label}: ${f.text ?? (f.amountVnd === null ? t('procedure.unconfirmed') : formatVnd(f.amountVnd, language))}` })}</p>
                ))}
              </div>
            ),
          },
        )}
      </div>
      <fieldset className="rc-choices rc-inline">
        <legend>{t('receive.terms.returnMethod')}</legend>
        {(['desk', 'postal', 'online'] as const).map((m: ReturnMethod) => (
          <label key={m} className="rc-choice">
            <input type="radio" name="rc-return" checked={form.returnMethod === m} onChange={() => update((f) => ({ ...f, returnMethod: m }))} />
            <span>{t(`receive.terms.returnMethods.${m}`)}</span>
          </label>
        ))}
      </fieldset>
      {form.returnMethod === 'postal' &&
        field(
          'returnAddress',
          t('receive.terms.returnAddress'),
          <textarea
            {...bind('returnAddress')}
            rows={2}
            aria-required
            aria-invalid={errorOf('returnAddress') ? true : undefined}
            aria-describedby={describe('returnAddress', errorOf('returnAddress'))}
          />,
          {
            error: errorOf('returnAddress'),
            hint: form.applicant.address.trim() ? (
              <button type="button" className="secondary rc-small" onClick={() => update((f) => ({ ...f, returnAddress: f.applicant.address }))}>
                {t('receive.terms.useApplicantAddress')}
              </button>
            ) : null,
            wide: true,
          },
        )}
      {field('note', t('receive.terms.note'), <textarea {...bind('note')} rows={2} />, { wide: true })}
    </fieldset>
  );
}
