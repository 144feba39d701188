/**
 * The citizen's satisfaction rating, on the officer's tablet or a screen turned towards the
 * citizen: four big choices readable from a distance, an optional comment, one button. The
 * lifecycle allows it only after the return, and once.
 */
// This screen's texts register themselves with i18n when this chunk loads.
import './messages';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useT } from '../../app/i18n';
import { useNow } from '../../app/useDesk';
import type { SatisfactionLevel } from '../../domain/dossier/events';
import { checkTransition } from '../../domain/dossier/lifecycle';
import { getDossierRow } from '../../store/dossierList';
import { addDossierEvent } from '../../store/dossiers';
import { errorText } from './actions/ActionForm';
import './dossiers.css';

const LEVELS: SatisfactionLevel[] = ['very-satisfied', 'satisfied', 'acceptable', 'not-satisfied'];

export function RatingPage() {
  const { id = '' } = useParams();
  const t = useT();
  const row = useLiveQuery(async () => (await getDossierRow(id)) ?? null, [id]);
  const now = useNow();
  const [level, setLevel] = useState<SatisfactionLevel | null>(null);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(false);
  const thanks = useRef<HTMLHeadingElement>(null);
  const dossierPath = `/ho-so/${encodeURIComponent(id)}`;

  useEffect(() => {
    if (sent) thanks.current?.focus();
  }, [sent]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    if (!level) {
      setError(t('dossiers.rating.choose'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await addDossierEvent(id, { type: 'rated', level, comment: comment.trim() || null });
      setSent(true);
    } catch (err) {
      setError(t('dossiers.rating.failed', { message: errorText(t, err) }));
    } finally {
      setBusy(false);
    }
  }

  let body;
  if (sent) {
    body = (
      <div className="rating-thanks">
        <h1 ref={thanks} tabIndex={-1}>
          {t('dossiers.rating.thanks')}
        </h1>
        <p>{t('dossiers.rating.thanksMore')}</p>
        <Link className="button rating-back" to={dossierPath}>
          {t('dossiers.rating.back')}
        </Link>
      </div>
    );
  } else if (row === undefined) {
    body = <p>{t('app.loading')}</p>;
  } else if (row === null) {
    body = (
      <>
        <h1>{t('dossiers.rating.title')}</h1>
        <p>{t('dossiers.rating.notFound')}</p>
        <Link className="button rating-back" to="/ho-so">
          {t('dossiers.rating.toList')}
        </Link>
      </>
    );
  } else {
    const verdict = checkTransition(row, { type: 'rated', level: level ?? 'satisfied' }, now);
    body = verdict.ok ? (
      <form className="rating-form" onSubmit={submit} noValidate>
        <h1>{t('dossiers.rating.title')}</h1>
        <p className="rating-dossier">{t('dossiers.rating.dossier', { code: row.code, procedure: row.procedureName })}</p>
        <fieldset className="rating-levels" aria-describedby={error && !level ? 'rating-error' : undefined}>
          <legend>{t('dossiers.rating.question')}</legend>
          {LEVELS.map((l) => (
            <label key={l} className={`rating-level rating-${l}${level === l ? ' rating-chosen' : ''}`}>
              <input type="radio" name="rating-level" value={l} checked={level === l} onChange={() => setLevel(l)} />
              <span>{t(`dossiers.satisfaction.${l}`)}</span>
            </label>
          ))}
        </fieldset>
        <label htmlFor="rating-comment" className="field-label">
          {t('dossiers.rating.comment')}
        </label>
        <textarea id="rating-comment" value={comment} onChange={(e) => setComment(e.target.value)} rows={3} />
        {error && (
          <p id="rating-error" className="banner banner-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="rating-submit" disabled={busy}>
          {busy ? t('dossiers.rating.sending') : t('dossiers.rating.submit')}
        </button>
      </form>
    ) : (
      <>
        <h1>{t('dossiers.rating.notPossible')}</h1>
        <p className="rating-dossier">{t('dossiers.rating.dossier', { code: row.code, procedure: row.procedureName })}</p>
        <p role="alert">{verdict.reason}</p>
        <Link className="button rating-back" to={dossierPath}>
          {t('dossiers.rating.back')}
        </Link>
      </>
    );
  }

  return <main className="rating-screen">{body}</main>;
}
