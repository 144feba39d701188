/** Steps of the intake screen that several browser tests share. */
import type { Page } from 'playwright-core';

/**
 * Ticks every document of the checklist as handed in. The checklist draws once the procedure is
 * read from the store, which can come after the form's text fields (e.g. after a reload): wait for it.
 */
export async function tickAllDocuments(page: Page): Promise<void> {
  const boxes = page.getByRole('group', { name: 'Thành phần hồ sơ' }).getByRole('checkbox');
  await boxes.first().waitFor();
  for (const box of await boxes.all()) if (!(await box.isChecked())) await box.check();
}
