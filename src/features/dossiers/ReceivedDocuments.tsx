/**
 * What the desk received at intake: the documents kept with their original/copy counts, the
 * papers only shown for checking and handed back, and the scans and photos taken, each of which
 * opens in a new tab. Files are read from the attachments table (kept apart from the records);
 * an object URL is made per file while it is on screen and freed with it.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import { formatBytes } from '../../app/format';
import { useT } from '../../app/i18n';
import { useUi } from '../../app/uiState';
import { keptDocuments, notHandedIn, shownDocuments } from '../../domain/dossier/documents';
import type { EventOf } from '../../domain/dossier/events';
import { dossierAttachments } from '../../store/attachments';
import type { AttachmentRow } from '../../store/db';

const isImage = (mime: string) => mime.startsWith('image/');

/** One stored file: a thumbnail (images) or a "PDF" tile, its name and size; opens in a new tab. */
function FileLink({ file }: { file: AttachmentRow }) {
  const t = useT();
  const language = useUi((s) => s.language);
  const link = useRef<HTMLAnchorElement>(null);
  const img = useRef<HTMLImageElement>(null);
  useEffect(() => {
    const a = link.current;
    const image = img.current;
    if (!a || typeof URL.createObjectURL !== 'function') return;
    let url: string;
    try {
      url = URL.createObjectURL(file.blob);
    } catch {
      return; // not a readable blob (a damaged record): listed by name, without a link
    }
    a.href = url;
    if (image) image.src = url;
    return () => {
      a.removeAttribute('href');
      image?.removeAttribute('src');
      URL.revokeObjectURL(url);
    };
  }, [file.blob]);
  return (
    <li className="received-file">
      <a ref={link} target="_blank" rel="noopener" title={t('dossiers.received.open')} data-file={file.id}>
        {isImage(file.mime) ? (
          <img ref={img} className="received-thumb" alt="" loading="lazy" />
        ) : (
          <span className="received-thumb received-thumb-file" aria-hidden="true">
            {file.mime === 'application/pdf' ? 'PDF' : t('dossiers.received.fileTile')}
          </span>
        )}
        <span className="received-file-name">
          {file.name} <span className="muted">({formatBytes(file.size, language)})</span>
        </span>
      </a>
    </li>
  );
}

function Files({ files }: { files: readonly AttachmentRow[] }) {
  if (files.length === 0) return null;
  return (
    <ul className="received-files">
      {files.map((f) => (
        <FileLink key={f.id} file={f} />
      ))}
    </ul>
  );
}

export function ReceivedDocuments({ received }: { received: EventOf<'received'> }) {
  const t = useT();
  const files = useLiveQuery(() => dossierAttachments(received.dossierId), [received.dossierId]);
  const kept = keptDocuments(received.documents);
  const shown = shownDocuments(received.documents);
  const absent = notHandedIn(received.documents);
  const byId = new Map((files ?? []).map((f) => [f.id, f]));
  const filesOf = (ids: readonly string[] | undefined) => (ids ?? []).flatMap((id) => byId.get(id) ?? []);
  const linked = new Set(kept.flatMap((d) => d.attachmentIds ?? []));
  const others = (files ?? []).filter((f) => !linked.has(f.id));

  return (
    <div data-testid="received-documents">
      {kept.length === 0 ? (
        <p className="muted">{t('dossiers.received.none')}</p>
      ) : (
        <table className="received-table">
          <thead>
            <tr>
              <th scope="col" className="col-no">
                {t('dossiers.received.no')}
              </th>
              <th scope="col">{t('dossiers.received.name')}</th>
              <th scope="col" className="col-num">
                {t('dossiers.received.originals')}
              </th>
              <th scope="col" className="col-num">
                {t('dossiers.received.copies')}
              </th>
              <th scope="col" className="col-files">
                {t('dossiers.received.files')}
              </th>
            </tr>
          </thead>
          <tbody>
            {kept.map((d, i) => (
              <tr key={i}>
                <td className="col-no">{i + 1}</td>
                <td>{d.name}</td>
                <td className="col-num">{d.originals}</td>
                <td className="col-num">{d.copies}</td>
                <td>
                  <Files files={filesOf(d.attachmentIds)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {shown.length > 0 && (
        <p data-testid="shown-only">{t('dossiers.received.shownOnly', { names: shown.map((d) => d.name).join('; ') })}</p>
      )}
      {/* The case's other papers, often alternatives ("… or …"): folded away, listed on demand. */}
      {absent.length > 0 && (
        <details className="received-absent" data-testid="not-handed-in">
          <summary>{t('dossiers.received.notHandedIn', { count: absent.length })}</summary>
          <ul>
            {absent.map((d, i) => (
              <li key={i}>{d.name}</li>
            ))}
          </ul>
        </details>
      )}
      {others.length > 0 && (
        <>
          <p className="received-others">{t('dossiers.received.otherFiles')}</p>
          <Files files={others} />
        </>
      )}
      {files !== undefined && files.length > 0 && <p className="muted field-hint">{t('dossiers.received.openHint')}</p>}
    </div>
  );
}
