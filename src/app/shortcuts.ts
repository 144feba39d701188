/**
 * Desk-wide keyboard shortcuts, for officers who work from the keyboard (and the USB scanner)
 * all day. Alt+letter, because plain letters are typing and Ctrl+letter belongs to the browser.
 */
import { useEffect } from 'react';
import { useNavigate } from 'react-router';

export const SHORTCUTS = {
  receive: { key: 'n', label: 'Alt+N', path: '/tiep-nhan' },
  dossiers: { key: 'h', label: 'Alt+H', path: '/ho-so' },
  catalogue: { key: 't', label: 'Alt+T', path: '/thu-tuc' },
  home: { key: 'c', label: 'Alt+C', path: '/' },
} as const;

export function useGlobalShortcuts(): void {
  const navigate = useNavigate();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      // e.code, not e.key: a Vietnamese input method or keyboard layout may change the letter.
      const letter = e.code.startsWith('Key') ? e.code.slice(3).toLowerCase() : e.key.toLowerCase();
      const target = Object.values(SHORTCUTS).find((s) => s.key === letter);
      if (!target) return;
      e.preventDefault();
      navigate(target.path);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate]);
}
