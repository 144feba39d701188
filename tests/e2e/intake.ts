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

/** The settings an officer types on the first morning, by their labels; only the fields given. */
export interface DeskSetup {
  agencyId: string;
  agencyName?: string;
  parentAgencyName?: string;
  placeName?: string;
  officerName?: string;
}

/** Opens Settings at `settingsUrl`, types the desk's identity and saves it. */
export async function setUpDesk(page: Page, settingsUrl: string, desk: DeskSetup): Promise<void> {
  await page.goto(settingsUrl);
  const fields: [string, string | undefined][] = [
    ['Mã định danh của cơ quan', desk.agencyId],
    ['Tên cơ quan (in trên biểu mẫu)', desk.agencyName],
    ['Cơ quan cấp trên', desk.parentAgencyName],
    ['Địa danh (in ở dòng ngày tháng)', desk.placeName],
    ['Họ tên cán bộ tiếp nhận', desk.officerName],
  ];
  for (const [label, value] of fields) if (value !== undefined) await page.getByLabel(label).fill(value);
  await page.getByRole('button', { name: 'Lưu cài đặt' }).click();
  await page.getByText('Đã lưu cài đặt.').waitFor();
}
