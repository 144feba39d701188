/**
 * The case's documents as a checklist: received or not, how many originals and copies, and the
 * scans or photos of each (photographed on a tablet or picked from the disk).
 */
import { useEffect, useId, useRef } from 'react';
import { formatBytes } from '../../app/format';
import { useT } from '../../app/i18n';
import { useUi } from '../../app/uiState';
import type { DocumentCase } from '../../domain/procedure';
import type { DocumentCheck, DraftAttachment } from './formState';

export interface FileStatus {
  processing: boolean;
  errors: string[];
}

interface Props {
  docCase: DocumentCase;
  checks: DocumentCheck[];
  attachments: DraftAttachment[];
  fileStatus: Record<string, FileStatus>;
  onCheck(check: DocumentCheck): void;
  onFiles(documentName: string, files: File[]): void;
  onRemove(attachmentId: string): void;
}

function Thumbnail({ attachment }: { attachment: DraftAttachment }) {
  const img = useRef<HTMLImageElement>(null);
  useEffect(() => {
    // Object URLs are made per thumbnail and freed with it, so long sessions do not leak memory.
    if (!img.current || typeof URL.createObjectURL !== 'function' || !(attachment.blob instanceof Blob)) return;
    const url = URL.createObjectURL(attachment.blob);
    img.current.src = url;
    return () => URL.revokeObjectURL(url);
  }, [attachment.blob]);
  if (!attachment.mime.startsWith('image/')) {
    return (
      <span className="rc-thumb rc-thumb-file" aria-hidden="true">
        PDF
      </span>
    );
  }
  return <img ref={img} className="rc-thumb" alt="" />;
}

export function AttachmentList({ attachments, onRemove }: { attachments: DraftAttachment[]; onRemove(id: string): void }) {
  const t = useT();
  const language = useUi((s) => s.language);
  if (attachments.length === 0) return null;
  return (
    <ul className="rc-files">
      {attachments.map((a) => (
        <li key={a.id} className="rc-file">
          <Thumbnail attachment={a} />
          <span className="rc-file-name">
            {a.name} <span className="muted">({formatBytes(a.size, language)})</span>
          </span>
          <button type="button" className="secondary" aria-label={t('receive.documents.removeLabel', { name: a.name })} onClick={() => onRemove(a.id)}>
            {t('receive.documents.remove')}
          </button>
        </li>
      ))}
    </ul>
  );
}

function DocumentRow(props: {
  index: number;
  doc: DocumentCase['documents'][number];
  check: DocumentCheck;
  attachments: DraftAttachment[];
  status: FileStatus | undefined;
  onCheck(check: DocumentCheck): void;
  onFiles(files: File[]): void;
  onRemove(id: string): void;
}) {
  const { doc, check, status } = props;
  const t = useT();
  const base = useId();
  const nameId = `${base}-name`;
  const photo = useRef<HTMLInputElement>(null);
  const pick = useRef<HTMLInputElement>(null);
  const take = (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])];
    // Cleared so the same file can be chosen again after a removal.
    input.value = '';
    if (files.length > 0) props.onFiles(files);
  };
  const count = (key: 'originals' | 'copies') => (
    <span className="rc-count">
      <span id={`${base}-${key}`}>{t(`receive.documents.${key}`)}</span>
      <input
        id={`rc-doc-${props.index}-${key}`}
        type="number"
        inputMode="numeric"
        min={0}
        step={1}
        aria-labelledby={`${base}-${key} ${nameId}`}
        value={check[key]}
        onChange={(e) => {
          const n = Math.max(0, Math.floor(Number(e.target.value) || 0));
          props.onCheck({ ...check, [key]: n });
        }}
      />
    </span>
  );
  return (
    <li className={check.received ? 'rc-doc rc-doc-received' : 'rc-doc'}>
      <label className="rc-doc-check">
        <input type="checkbox" checked={check.received} onChange={(e) => props.onCheck({ ...check, received: e.target.checked })} />
        <span id={nameId} className="rc-doc-name">
          {doc.name}
        </span>
      </label>
      <p className="rc-doc-meta muted">
        {doc.showOnly ? t('receive.documents.showOnly') : null}
        {doc.optional ? ` (${t('receive.documents.optional')})` : null}
        {doc.form ? <span className="rc-doc-form">{t('receive.documents.form', { form: doc.form })}</span> : null}
      </p>
      {!doc.showOnly && (
        <div className="rc-doc-tools">
          {count('originals')}
          {count('copies')}
          <button type="button" className="secondary" aria-describedby={nameId} onClick={() => photo.current?.click()}>
            {t('receive.documents.photo')}
          </button>
          <button type="button" className="secondary" aria-describedby={nameId} onClick={() => pick.current?.click()}>
            {t('receive.documents.pick')}
          </button>
          <input ref={photo} type="file" accept="image/*" capture="environment" hidden tabIndex={-1} onChange={(e) => take(e.currentTarget)} />
          <input
            ref={pick}
            type="file"
            accept="image/*,application/pdf"
            multiple
            hidden
            tabIndex={-1}
            data-testid={`rc-doc-${props.index}-file`}
            onChange={(e) => take(e.currentTarget)}
          />
        </div>
      )}
      {status?.processing && (
        <p className="muted" role="status">
          {t('receive.documents.processing')}
        </p>
      )}
      {status?.errors.map((message) => (
        <p key={message} className="field-error" role="alert">
          {message}
        </p>
      ))}
      <AttachmentList attachments={props.attachments} onRemove={props.onRemove} />
    </li>
  );
}

export function DocumentChecklist({ docCase, checks, attachments, fileStatus, onCheck, onFiles, onRemove }: Props) {
  return (
    <ol className="rc-docs">
      {docCase.documents.map((doc, i) => {
        const check = checks[i];
        if (!check) return null;
        return (
          <DocumentRow
            key={doc.name}
            index={i}
            doc={doc}
            check={check}
            attachments={attachments.filter((a) => a.documentName === doc.name)}
            status={fileStatus[doc.name]}
            onCheck={onCheck}
            onFiles={(files) => onFiles(doc.name, files)}
            onRemove={onRemove}
          />
        );
      })}
    </ol>
  );
}
