/**
 * The intake form's documents: the case's checklist with the scans and photos of each, the other
 * files, and what is still missing (which turns the outcome into guidance, Mẫu 02).
 */
import { useState } from 'react';
import { formatBytes } from '../../app/format';
import { useT } from '../../app/i18n';
import { useUi } from '../../app/uiState';
import { AttachmentList, DocumentChecklist, type FileStatus } from './DocumentChecklist';
import type { FieldKit } from './fields';
import { withCheck, type DraftAttachment } from './formState';
import { downscaleImage, fileKind, jpegName, MAX_FILE_BYTES } from './image';
import { vi } from './messages';
import type { Intake } from './useIntake';

export function DocumentsSection({ intake, kit }: { intake: Intake; kit: FieldKit }) {
  const t = useT();
  const language = useUi((s) => s.language);
  const { form, update, docCase, checks, missing, incomplete } = intake;
  const [fileStatus, setFileStatus] = useState<Record<string, FileStatus>>({});

  async function addFiles(documentName: string, files: File[]) {
    setFileStatus((s) => ({ ...s, [documentName]: { processing: true, errors: [] } }));
    const added: DraftAttachment[] = [];
    const problems: string[] = [];
    const tooLarge = (name: string, size: number) =>
      t('receive.documents.tooLarge', { name, size: formatBytes(size, language), max: formatBytes(MAX_FILE_BYTES, language) });
    for (const file of files) {
      const kind = fileKind(file.type, file.name);
      if (kind === 'unsupported') {
        problems.push(t('receive.documents.unsupported', { name: file.name }));
      } else if (kind === 'pdf') {
        if (file.size > MAX_FILE_BYTES) problems.push(tooLarge(file.name, file.size));
        else added.push({ id: crypto.randomUUID(), documentName, name: file.name, mime: 'application/pdf', size: file.size, blob: file });
      } else {
        try {
          const blob = await downscaleImage(file);
          if (blob.size > MAX_FILE_BYTES) problems.push(tooLarge(file.name, blob.size));
          else {
            const kept = blob === file;
            added.push({ id: crypto.randomUUID(), documentName, name: kept ? file.name : jpegName(file.name), mime: kept ? file.type : 'image/jpeg', size: blob.size, blob });
          }
        } catch {
          problems.push(t('receive.documents.unreadable', { name: file.name }));
        }
      }
    }
    if (added.length > 0) update((f) => ({ ...f, attachments: [...f.attachments, ...added] }));
    setFileStatus((s) => ({ ...s, [documentName]: { processing: false, errors: problems } }));
  }

  const removeAttachment = (id: string) => update((f) => ({ ...f, attachments: f.attachments.filter((a) => a.id !== id) }));
  const otherAttachments = form.attachments.filter((a) => !docCase || a.documentName === null || !docCase.documents.some((d) => d.name === a.documentName));

  return (
    <fieldset className="rc-section">
      <legend>{t('receive.documents.legend')}</legend>
      {docCase ? (
        <DocumentChecklist
          docCase={docCase}
          checks={checks}
          attachments={form.attachments}
          fileStatus={fileStatus}
          onCheck={(check) => update((f) => withCheck(f, check))}
          onFiles={(name, files) => void addFiles(name, files)}
          onRemove={removeAttachment}
        />
      ) : (
        <p className="muted">{t('receive.documents.chooseFirst')}</p>
      )}
      {otherAttachments.length > 0 && (
        <div>
          <p className="rc-list-title">{t('receive.documents.others')}</p>
          <AttachmentList attachments={otherAttachments} onRemove={removeAttachment} />
        </div>
      )}
      {docCase &&
        (incomplete ? (
          <div className="rc-missing" id="rc-missing" tabIndex={-1} data-testid="missing-documents">
            <p className="rc-missing-title">{t('receive.documents.missing', { count: missing.length })}</p>
            <ul>
              {missing.map((m) => (
                <li key={m.name}>{m.name}</li>
              ))}
            </ul>
            <p>{t('receive.documents.missingAction')}</p>
            {kit.field('guidanceNote', t('receive.documents.guidanceNote'), <textarea {...kit.bind('guidanceNote')} rows={2} placeholder={vi.documents.guidanceDefault} />)}
          </div>
        ) : (
          <p className="ok">{t('receive.documents.complete')}</p>
        ))}
    </fieldset>
  );
}
