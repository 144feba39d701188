import { useEffect } from 'react';

/**
 * The page's title while the screen is shown (null: left as it is), given back after. Print
 * screens use it: the browser's "Save as PDF" proposes the page title as the file name.
 */
export function useDocumentTitle(title: string | null): void {
  useEffect(() => {
    if (!title) return;
    const before = document.title;
    document.title = title;
    return () => {
      document.title = before;
    };
  }, [title]);
}
