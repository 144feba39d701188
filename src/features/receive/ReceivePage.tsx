/**
 * /tiep-nhan: opens the intake form on a draft. `?nhap=<id>` is the draft being typed (kept in
 * the address so a reload comes straight back to it); without it, unfinished drafts are offered
 * first. `?thu-tuc=<id>` starts a new dossier for that procedure (the catalogue links here);
 * `?moi=1` starts a new dossier at once (the printed receipt offers it for the next citizen);
 * `?luot=<visitId>` starts one filled from a visit that ended without a dossier (guidance,
 * refusal, redirection), when the citizen comes back.
 * Drafts that hold nothing worth keeping (a procedure picked, nothing typed) are deleted, never
 * offered.
 */
// This screen's texts register themselves with i18n when this chunk loads.
import './messages';
import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { formatDateTime } from '../../app/format';
import { formatDateText } from '../../app/DateInput';
import { useT, type Translate } from '../../app/i18n';
import { useUi } from '../../app/uiState';
import { vnDate } from '../../domain/calendar/vnTime';
import type { DraftRow, VisitRow } from '../../store/db';
import { deleteDraft, listDrafts, loadDraft, saveDraft } from '../../store/drafts';
import { getVisit } from '../../store/visits';
import { emptyForm, formFromVisit, restoreForm, worthKeeping, type ReceiveFormData } from './formState';
import { ReceiveForm } from './ReceiveForm';
import { settleDrafts } from './useDraftAutosave';
import './receive.css';

interface Session {
  draftId: string;
  form: ReceiveFormData;
  notice: string | null;
  otherDrafts: number;
}

type View = { kind: 'loading' } | { kind: 'choose'; drafts: DraftRow[] } | { kind: 'form'; session: Session };

/** What the officer is told when an intake starts again from a visit. */
function visitNotice(visit: VisitRow, t: Translate): string {
  const date = formatDateText(vnDate(visit.at));
  if (visit.outcome === 'guidance') {
    return t('receive.visit.guidance', { date, missing: visit.missing.map((m) => m.name).join('; ') || visit.reason });
  }
  if (visit.outcome === 'refusal') return t('receive.visit.refusal', { date, reason: visit.reason });
  return t('receive.visit.redirect', { date, place: visit.reason });
}

/** The drafts worth offering; the others (an abandoned pick) are deleted. */
async function keptDrafts(): Promise<DraftRow[]> {
  const drafts = await listDrafts('receive');
  const empty = drafts.filter((d) => !worthKeeping(restoreForm(d.data, d.id)));
  await Promise.all(empty.map((d) => deleteDraft(d.id)));
  return drafts.filter((d) => !empty.includes(d));
}

export function ReceivePage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const draftParam = params.get('nhap');
  const procedureParam = params.get('thu-tuc');
  const freshParam = params.get('moi') === '1';
  const visitParam = params.get('luot');
  const [view, setView] = useState<View>({ kind: 'loading' });
  /** The draft on screen: the address changing to it must not reload it. */
  const shown = useRef<string | null>(null);

  function open(session: Session) {
    shown.current = session.draftId;
    setView({ kind: 'form', session });
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        next.set('nhap', session.draftId);
        next.delete('moi');
        next.delete('luot');
        return next;
      },
      { replace: true },
    );
  }

  function startNew(procedureId: string | null, notice: string | null = null, otherDrafts = 0) {
    open({ draftId: crypto.randomUUID(), form: emptyForm(crypto.randomUUID(), procedureId), notice, otherDrafts });
  }

  useEffect(() => {
    if (draftParam !== null && draftParam === shown.current) return;
    let live = true;
    void (async () => {
      await settleDrafts();
      if (draftParam) {
        const stored = await loadDraft<unknown>(draftParam);
        if (!live) return;
        // A draft id with nothing stored yet (reloaded before the first keystroke) opens empty.
        const form = stored === undefined ? emptyForm(crypto.randomUUID(), procedureParam) : restoreForm(stored, crypto.randomUUID());
        shown.current = draftParam;
        setView({ kind: 'form', session: { draftId: draftParam, form, notice: null, otherDrafts: 0 } });
        return;
      }
      if (visitParam) {
        const visit = await getVisit(visitParam);
        const draftId = crypto.randomUUID();
        const others = (await keptDrafts()).length;
        if (!live) return;
        if (!visit) return startNew(null, t('receive.visit.notFound'), others);
        const form = formFromVisit(visit, crypto.randomUUID());
        // Written at once: a reload before the first keystroke still finds the filled form.
        await saveDraft(draftId, 'receive', form);
        if (!live) return;
        open({ draftId, form, notice: visitNotice(visit, t), otherDrafts: others });
        return;
      }
      const drafts = await keptDrafts();
      if (!live) return;
      shown.current = null;
      if (drafts.length === 0 || procedureParam || freshParam) startNew(procedureParam, null, drafts.length);
      else setView({ kind: 'choose', drafts });
    })();
    return () => {
      live = false;
    };
    // startNew/open only set state and the address; re-running on their identity would loop.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draftParam, procedureParam, freshParam, visitParam]);

  if (view.kind === 'loading') return <p className="page">{t('receive.loading')}</p>;
  if (view.kind === 'choose') {
    return (
      <DraftChooser
        drafts={view.drafts}
        onResume={(id) => setParams({ nhap: id })}
        onNew={() => startNew(null)}
        onDeleted={(id) => {
          const drafts = view.drafts.filter((d) => d.id !== id);
          if (drafts.length === 0) startNew(null);
          else setView({ kind: 'choose', drafts });
        }}
      />
    );
  }
  const { session } = view;
  return (
    <ReceiveForm
      key={session.draftId}
      draftId={session.draftId}
      initial={session.form}
      notice={session.notice}
      otherDrafts={session.otherDrafts}
      onRestart={(notice) => startNew(null, notice)}
    />
  );
}

function DraftChooser({ drafts, onResume, onNew, onDeleted }: { drafts: DraftRow[]; onResume(id: string): void; onNew(): void; onDeleted(id: string): void }) {
  const t = useT();
  const language = useUi((s) => s.language);
  const [confirming, setConfirming] = useState<string | null>(null);
  return (
    <div className="page rc-page">
      <h1>{t('receive.title')}</h1>
      <h2>{t('receive.drafts.title')}</h2>
      <p>{t('receive.drafts.intro')}</p>
      <ul className="rc-drafts">
        {drafts.map((d, i) => {
          const data = restoreForm(d.data, d.id);
          const label = `${data.procedureName ?? t('receive.drafts.untitled')} — ${data.applicant.name.trim() || t('receive.drafts.noName')}`;
          return (
            <li key={d.id} className="rc-draft">
              <div>
                <p className="rc-draft-title">{data.procedureName ?? t('receive.drafts.untitled')}</p>
                <p className="muted">
                  {data.applicant.name.trim() || t('receive.drafts.noName')} · {t('receive.drafts.savedAt', { time: formatDateTime(d.updatedAt, language) })}
                </p>
              </div>
              <div className="rc-draft-actions">
                <button type="button" autoFocus={i === 0} aria-label={t('receive.drafts.resumeLabel', { label })} onClick={() => onResume(d.id)}>
                  {t('receive.drafts.resume')}
                </button>
                {confirming === d.id ? (
                  <>
                    <button
                      type="button"
                      className="secondary"
                      aria-label={t('receive.drafts.confirmRemoveLabel', { label })}
                      onClick={() => void deleteDraft(d.id).then(() => onDeleted(d.id))}
                    >
                      {t('receive.drafts.confirmRemove')}
                    </button>
                    <button type="button" className="secondary" onClick={() => setConfirming(null)}>
                      {t('receive.drafts.keep')}
                    </button>
                  </>
                ) : (
                  <button type="button" className="secondary" aria-label={t('receive.drafts.removeLabel', { label })} onClick={() => setConfirming(d.id)}>
                    {t('receive.drafts.remove')}
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      <button type="button" className="secondary" onClick={onNew}>
        {t('receive.drafts.startNew')}
      </button>
    </div>
  );
}
