/**
 * Never lose what was typed: the intake form is written to its draft ~300 ms after the officer
 * stops typing, when the tab is hidden or closed (pagehide / visibilitychange), and when the form
 * is left inside the app.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { deleteDraft, saveDraft, saveDraftNow } from '../../store/drafts';

const DEBOUNCE_MS = 300;

let writes: Promise<void> = Promise.resolve();
let activeFlush: (() => Promise<void>) | null = null;

/**
 * Writes what the open form still holds and waits for every draft write so far: the list of
 * drafts is read after this, so it includes the form that was just left.
 */
export async function settleDrafts(): Promise<void> {
  if (activeFlush) await activeFlush();
  await writes;
}

export interface DraftAutosave {
  /** Last write error (e.g. a full disk); null once a write succeeds. */
  error: string | null;
  /** Writes now if anything is pending. */
  flush(): Promise<void>;
  /** Holds writes (while the dossier is being saved) and waits for the ones under way. */
  pause(): Promise<void>;
  /** Writes again after a failed save, starting with anything typed meanwhile. */
  resume(): void;
  /** The draft was consumed (dossier or visit saved in the same transaction): never write it again. */
  finish(): void;
}

/**
 * `keep` is false while the form holds nothing worth keeping (a procedure picked, nothing typed):
 * then the draft is deleted instead of written, so an abandoned pick is never offered again.
 */
export function useDraftAutosave(draftId: string, data: unknown, dirty: boolean, keep = true): DraftAutosave {
  const latest = useRef(data);
  const keepRef = useRef(keep);
  const pending = useRef(false);
  const mode = useRef<'active' | 'paused' | 'finished'>('active');
  const [error, setError] = useState<string | null>(null);

  const track = useCallback((write: Promise<void>): Promise<void> => {
    const settled = write.then(
      () => setError(null),
      (e: unknown) => {
        // Kept pending: the next change or flush tries again; the form still holds everything.
        pending.current = true;
        setError(e instanceof Error ? e.message : String(e));
      },
    );
    writes = Promise.all([writes, settled]).then(() => undefined);
    return writes;
  }, []);

  // Issued at once, not after the previous write: IndexedDB applies read-write transactions on
  // the same store in the order they were made, so a newer state still lands after an older one.
  const write = useCallback((): Promise<void> => {
    if (!pending.current || mode.current !== 'active') return writes;
    pending.current = false;
    return track(keepRef.current ? saveDraft(draftId, 'receive', latest.current) : deleteDraft(draftId));
  }, [draftId, track]);

  useEffect(() => {
    latest.current = data;
    keepRef.current = keep;
    if (!dirty) return;
    pending.current = true;
    const timer = setTimeout(() => void write(), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [data, dirty, keep, write]);

  useEffect(() => {
    // The page may be discarded right after these events: write synchronously if possible.
    const writeNow = () => {
      if (!pending.current || mode.current !== 'active') return;
      if (!keepRef.current) return void write();
      const now = saveDraftNow(draftId, 'receive', latest.current);
      if (!now) return void write();
      pending.current = false;
      void track(now);
    };
    const onPageHide = writeNow;
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') writeNow();
    };
    window.addEventListener('pagehide', onPageHide);
    document.addEventListener('visibilitychange', onVisibility);
    activeFlush = write;
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      document.removeEventListener('visibilitychange', onVisibility);
      if (activeFlush === write) activeFlush = null;
      void write();
    };
  }, [draftId, write, track]);

  return {
    error,
    flush: write,
    async pause() {
      mode.current = 'paused';
      await writes;
    },
    resume() {
      mode.current = 'active';
      void write();
    },
    finish() {
      mode.current = 'finished';
    },
  };
}
