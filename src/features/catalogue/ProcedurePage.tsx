import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useParams } from 'react-router';
import { formatVnd } from '../../app/format';
import { useT, type Translate } from '../../app/i18n';
import { useUi, type Language } from '../../app/uiState';
import type { Fee, TimeLimit } from '../../domain/procedure';
import { getProcedure } from '../../store/catalogue';

export function describeTimeLimit(limit: TimeLimit | null, t: Translate): string {
  if (!limit || (limit.amount === null && limit.unit !== 'within-day')) return t('procedure.unconfirmed');
  let text = t(`procedure.units.${limit.unit}`, { count: limit.amount ?? 0 });
  if (limit.cutOff) text += ` (${t('procedure.cutOff', { time: limit.cutOff })})`;
  return text;
}

function describeFees(fees: Fee[], t: Translate, language: Language): string {
  if (fees.length === 0) return t('procedure.free');
  return fees
    .map((f) => {
      const amount = f.amountVnd === null ? (f.text ?? t('procedure.unconfirmed')) : f.amountVnd === 0 ? t('procedure.free') : formatVnd(f.amountVnd, language);
      return `${f.label}: ${amount}${f.amountVnd !== null && f.text ? ` (${f.text})` : ''}`;
    })
    .join('; ');
}

export function ProcedurePage() {
  const t = useT();
  const language = useUi((s) => s.language);
  const { id = '' } = useParams();
  const procedure = useLiveQuery(() => getProcedure(id).then((p) => p ?? null), [id]);

  if (procedure === undefined) return <p className="page">{t('app.loading')}</p>;
  if (procedure === null)
    return (
      <div className="page">
        <p>{t('procedure.notFound')}</p>
        <Link to="/thu-tuc">{t('procedure.back')}</Link>
      </div>
    );

  const dash = t('procedure.unconfirmed');
  return (
    <article className="page procedure">
      <p>
        <Link to="/thu-tuc">← {t('procedure.back')}</Link>
      </p>
      <h1>{procedure.name}</h1>
      <p>
        <Link to={`/tiep-nhan?thu-tuc=${encodeURIComponent(procedure.id)}`} className="button">
          {t('procedure.receive')}
        </Link>
      </p>
      <dl className="facts">
        <dt>{t('procedure.code')}</dt>
        <dd className="code">{procedure.code}</dd>
        <dt>{t('procedure.field')}</dt>
        <dd>
          {procedure.field.name}
          {procedure.field.code && <span className="code"> ({procedure.field.code})</span>}
        </dd>
        <dt>{t('procedure.level')}</dt>
        <dd>{t(`procedure.levels.${procedure.level}`)}</dd>
        <dt>{t('procedure.onlineLevel')}</dt>
        <dd>{procedure.onlineLevel ? t(`procedure.onlineLevels.${procedure.onlineLevel}`) : dash}</dd>
        <dt>{t('procedure.effectiveFrom')}</dt>
        <dd>{procedure.effectiveFrom.split('-').reverse().join('/')}</dd>
      </dl>

      <h2>{t('procedure.channels')}</h2>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('procedure.channel')}</th>
            <th scope="col">{t('procedure.timeLimit')}</th>
            <th scope="col">{t('procedure.fees')}</th>
          </tr>
        </thead>
        <tbody>
          {procedure.channels.map((c) => (
            <tr key={c.channel}>
              <th scope="row">{t(`procedure.channelNames.${c.channel}`)}</th>
              <td data-testid={`time-limit-${c.channel}`}>{describeTimeLimit(c.timeLimit, t)}</td>
              <td>{describeFees(c.fees, t, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>{t('procedure.documents')}</h2>
      {procedure.cases.map((c) => (
        <section key={c.id} className="case">
          {procedure.cases.length > 1 && (
            <h3>
              {t('procedure.case')}: {c.name}
            </h3>
          )}
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('procedure.document')}</th>
                <th scope="col">{t('procedure.originals')}</th>
                <th scope="col">{t('procedure.copies')}</th>
              </tr>
            </thead>
            <tbody>
              {c.documents.map((d, i) => (
                <tr key={i}>
                  <td>
                    {d.name}
                    {d.optional && <em> ({t('procedure.optional')})</em>}
                    {d.form && (
                      <div className="muted">
                        {t('procedure.form')}: {d.form}
                      </div>
                    )}
                  </td>
                  <td>{d.showOnly ? t('procedure.showOnly') : (d.originals ?? dash)}</td>
                  <td>{d.showOnly ? '' : (d.copies ?? dash)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}

      {procedure.steps && procedure.steps.length > 0 && (
        <>
          <h2>{t('procedure.steps')}</h2>
          <ol>
            {procedure.steps.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ol>
        </>
      )}
      <dl className="facts">
        {procedure.applicants && (
          <>
            <dt>{t('procedure.applicants')}</dt>
            <dd>{procedure.applicants}</dd>
          </>
        )}
        {procedure.handlingAgency && (
          <>
            <dt>{t('procedure.handlingAgency')}</dt>
            <dd>{procedure.handlingAgency}</dd>
          </>
        )}
        {procedure.result && (
          <>
            <dt>{t('procedure.result')}</dt>
            <dd>{procedure.result}</dd>
          </>
        )}
        {procedure.conditions && (
          <>
            <dt>{t('procedure.conditions')}</dt>
            <dd>{procedure.conditions}</dd>
          </>
        )}
      </dl>
      {procedure.legalBasis.length > 0 && (
        <>
          <h2>{t('procedure.legalBasis')}</h2>
          <ul>
            {procedure.legalBasis.map((l, i) => (
              <li key={i}>{l}</li>
            ))}
          </ul>
        </>
      )}
      <h2>{t('procedure.sources')}</h2>
      <ul>
        {procedure.sources.map((s) => (
          <li key={s.url}>
            <a href={s.url} target="_blank" rel="noreferrer">
              {s.title}
            </a>
            {s.retrieved && <span className="muted"> ({s.retrieved})</span>}
          </li>
        ))}
      </ul>
    </article>
  );
}
