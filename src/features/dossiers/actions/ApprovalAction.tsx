/** Approval and signature (phê duyệt, ký): who signed, picked from the commune's leaders or typed. */
import { useState } from 'react';
import { useT } from '../../../app/i18n';
import type { ApprovedPayload } from '../../../domain/dossier/events';
import { ActionForm, describedBy, Field, type ActionProps } from './ActionForm';
import { findLeader, LeaderOptions } from './Directory';

/** Titles offered for a signer typed freely (a list's own titles come first). */
const TITLES = ['Chủ tịch', 'Phó Chủ tịch'];

export function ApprovalAction({ dossier, availability, settings, onDone, onCancel }: ActionProps) {
  const t = useT();
  const leaders = settings.leaders ?? [];
  const titles = [...new Set([...leaders.map((l) => l.title.trim()).filter(Boolean), ...TITLES])];
  const [signer, setSigner] = useState('');
  const [title, setTitle] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const hint = t('dossiers.form.approval.signerHint');

  function build(): ApprovedPayload | null {
    if (!signer.trim()) {
      setError(t('dossiers.form.required', { field: t('dossiers.form.approval.signer') }));
      return null;
    }
    setError(null);
    const leader = findLeader(leaders, signer);
    return {
      type: 'approved',
      signer: leader?.name.trim() ?? signer.trim(),
      signerTitle: title.trim() || null,
      note: note.trim() || null,
    };
  }

  /** A listed leader brings their title, unless the officer typed another one. */
  function changeSigner(next: string) {
    const before = findLeader(leaders, signer)?.title ?? '';
    if (title === '' || title === before) setTitle(findLeader(leaders, next)?.title ?? '');
    setSigner(next);
  }

  return (
    <ActionForm type="approved" dossierId={dossier.id} warning={availability.warning?.reason} build={build} onDone={onDone} onCancel={onCancel}>
      <Field id="approval-signer" label={t('dossiers.form.approval.signer')} hint={hint} error={error}>
        <input
          id="approval-signer"
          value={signer}
          onChange={(e) => changeSigner(e.target.value)}
          list={leaders.length ? 'approval-leaders' : undefined}
          autoComplete="off"
          required
          aria-invalid={!!error}
          aria-describedby={describedBy('approval-signer', error, hint)}
        />
        <LeaderOptions id="approval-leaders" leaders={leaders} />
      </Field>
      {leaders.length === 0 && <p className="muted">{t('dossiers.directory.formHint')}</p>}
      <Field id="approval-title" label={t('dossiers.form.approval.title')}>
        <input id="approval-title" value={title} onChange={(e) => setTitle(e.target.value)} list="approval-titles" autoComplete="off" />
        <datalist id="approval-titles">
          {titles.map((x) => (
            <option key={x} value={x} />
          ))}
        </datalist>
      </Field>
      <Field id="approval-note" label={t('dossiers.form.noteOptional')}>
        <textarea id="approval-note" value={note} onChange={(e) => setNote(e.target.value)} rows={2} />
      </Field>
    </ActionForm>
  );
}
