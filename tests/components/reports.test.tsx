import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Procedure } from '../../src/domain/procedure';
import type { DossierState } from '../../src/domain/dossier/state';
import { addDossierEvent, receiveDossier } from '../../src/store/dossiers';
import { saveSettings } from '../../src/store/settings';
import { freshDatabase, TEST_PROCEDURE, vn } from '../store/helpers';
import { clockAt } from './dossiers-fixtures';
import { installCanvasStub } from './reports-canvas';
import { renderAt } from './render';

/** A second field (with a code), beside the birth registration's "Hộ tịch" (no code). */
const COPY: Procedure = { ...TEST_PROCEDURE, id: '2.000815', code: '2.000815', name: 'Chứng thực bản sao từ bản chính', field: { code: 'CT', name: 'Chứng thực' } };

const receive = (name: string, at: string, procedure: Procedure = TEST_PROCEDURE, channel: 'desk' | 'online' = 'desk') =>
  receiveDossier({
    procedure,
    caseId: 'c1',
    channel,
    applicant: { kind: 'person', name },
    documents: [{ name: 'Tờ khai đăng ký khai sinh', originals: 1, copies: 0, received: true }],
    sets: 1,
    feeVnd: 0,
    returnMethod: 'desk',
    at: vn(at),
  });

async function resolve(d: DossierState, at: string) {
  await addDossierEvent(d.id, { type: 'approved', signer: 'Phạm Văn Dũng' }, vn(at) - 3600_000);
  await addDossierEvent(d.id, { type: 'result-ready' }, vn(at));
}

interface Seeded {
  early: DossierState;
  late: DossierState;
  overdue: DossierState;
  carried: DossierState;
  withdrawn: DossierState;
}

/**
 * November 2026: received 4 (one resolved early, one late after an apology, one overdue, one
 * withdrawn), plus one from October still open (carried over, overdue).
 */
async function seed(): Promise<Seeded> {
  const carried = await receive('Đỗ Thị Giang', '2026-10-20T09:00:00');
  const early = await receive('Nguyễn Văn An', '2026-11-02T09:00:00', TEST_PROCEDURE, 'online');
  await resolve(early, '2026-11-03T10:00:00');
  await addDossierEvent(early.id, { type: 'returned', method: 'desk', recipient: 'Nguyễn Văn An' }, vn('2026-11-04T09:00:00'));
  await addDossierEvent(early.id, { type: 'rated', level: 'satisfied' }, vn('2026-11-04T09:05:00'));
  const late = await receive('Phạm Văn Cường', '2026-11-03T09:00:00', COPY);
  await addDossierEvent(late.id, { type: 'apologised', reason: 'Chờ xác minh', newDueAt: vn('2026-11-12T17:00:00') }, vn('2026-11-05T16:00:00'));
  await resolve(late, '2026-11-10T10:00:00');
  const overdue = await receive('Hoàng Thị Dung', '2026-11-16T09:00:00', COPY);
  const withdrawn = await receive('Vũ Văn Em', '2026-11-20T09:00:00');
  await addDossierEvent(withdrawn.id, { type: 'withdrawn', kind: 'withdrawn', reason: 'Công dân rút' }, vn('2026-11-23T09:00:00'));
  return { early, late, overdue, carried, withdrawn };
}

const cell = (table: string, row: string, column: string) => {
  const el = document.querySelector<HTMLElement>(`[data-testid="${table}"] tr[data-row="${row}"] td[data-column="${column}"]`);
  if (!el) throw new Error(`no cell ${table} ${row} ${column}`);
  return el;
};
const text = (table: string, row: string, column: string) => cell(table, row, column).textContent;
const ready = () => waitFor(() => expect(document.querySelector('[data-report-ready="true"]')).not.toBeNull());
const period = () => screen.getByTestId('report-period').textContent;

describe('reports screen', () => {
  beforeAll(() => {
    installCanvasStub();
  });

  beforeEach(async () => {
    await freshDatabase();
    await saveSettings({ agencyName: 'UBND xã Tân Phú', parentAgencyName: 'Tỉnh Đồng Nai', placeName: 'Tân Phú' });
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('is in the navigation and opens on the current month', async () => {
    clockAt('2026-11-30T10:00:00');
    const user = userEvent.setup();
    renderAt('/');
    await user.click(await screen.findByRole('link', { name: 'Báo cáo' }));
    await ready();
    expect(period()).toBe('Tháng 11/2026');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Báo cáo tình hình tiếp nhận và giải quyết hồ sơ');
    expect(screen.getByText('Không có hồ sơ nào trong kỳ này.')).toBeTruthy();
  });

  it('shows the figures of the dossiers: totals, by field, by procedure, shares and estimates', async () => {
    await seed();
    clockAt('2026-11-30T10:00:00');
    renderAt('/bao-cao?nam=2026&thang=11');
    await ready();
    expect(period()).toBe('Tháng 11/2026');
    const total = (column: string) => text('report-by-field', 'total', column);
    expect(total('receivedTotal')).toBe('5');
    expect(total('carriedOver')).toBe('1');
    expect(total('online')).toBe('1');
    expect(total('desk')).toBe('3');
    expect(total('postal')).toBe('0');
    expect(total('resolved')).toBe('2');
    expect(total('early')).toBe('1');
    expect(total('late')).toBe('1');
    expect(total('inProgress')).toBe('2');
    expect(total('overdue')).toBe('2');
    expect(total('withdrawn')).toBe('1');
    expect(total('returned')).toBe('1');
    expect(total('onTimeRate')).toBe('50,0\u00a0%');
    expect(total('averageDays')).toMatch(/^\d+,\d$/);
    // By field: "Hộ tịch" has no field code (key ''), "Chứng thực" has one.
    expect(text('report-by-field', 'f:', 'receivedTotal')).toBe('3');
    expect(text('report-by-field', 'f:CT', 'receivedTotal')).toBe('2');
    expect(text('report-by-field', 'f:CT', 'onTimeRate')).toBe('0,0\u00a0%');
    // Nothing resolved among the birth registrations but one early: 100 %; a share of nothing is "—".
    expect(text('report-by-field', 'f:', 'onTimeRate')).toBe('100,0\u00a0%');
    expect(text('report-quality-by-field', 'f:CT', 'satisfiedRate')).toBe('—');
    const quality = (column: string) => text('report-quality-by-field', 'total', column);
    expect(quality('lateAll')).toBe('3');
    expect(quality('lateApologised')).toBe('1');
    expect(quality('lateApologisedRate')).toBe('33,3\u00a0%');
    expect(quality('resolvedLateApologised')).toBe('1');
    expect(quality('overdueUnapologised')).toBe('2');
    expect(quality('onlineRate')).toBe('25,0\u00a0%');
    expect(quality('satisfied')).toBe('1');
    expect(quality('satisfiedRate')).toBe('100,0\u00a0%');
    // The procedures' tables come in the frame after the figures.
    await screen.findByTestId('report-by-procedure');
    expect(text('report-by-procedure', 'p:2.000815', 'receivedTotal')).toBe('2');
    expect(text('report-by-procedure', 'p:1.001193', 'receivedTotal')).toBe('3');
    // The 766 block says "estimate" and has no data for what the desk cannot know.
    expect(screen.getByRole('heading', { name: 'Chỉ số theo Quyết định 766/QĐ-TTg (ước tính)' })).toBeTruthy();
    const estimates = screen.getByTestId('report-766');
    const transparency = within(estimates).getByText('Công khai, minh bạch').closest('tr')!;
    expect(within(transparency).getAllByText('không có dữ liệu')).toHaveLength(2);
    const progress = within(estimates).getByText('Tiến độ giải quyết').closest('tr')!;
    expect(progress.textContent).toContain('50,0\u00a0%');
    expect(progress.textContent).toContain('10,0');
  });

  it('draws the charts after the figures, each with its numbers in words', async () => {
    await seed();
    clockAt('2026-11-30T10:00:00');
    renderAt('/bao-cao?nam=2026&quy=4');
    await ready();
    expect(period()).toBe('Quý IV/2026');
    await waitFor(() => expect(document.querySelector('[data-charts-ready="true"]')).not.toBeNull());
    const charts = screen.getAllByRole('img');
    const labels = charts.map((c) => c.getAttribute('aria-label'));
    expect(labels).toEqual([
      'Hồ sơ tiếp nhận và giải quyết theo tháng. Theo tháng: 10/2026: nhận 1, giải quyết 0; 11/2026: nhận 4, giải quyết 2; 12/2026: nhận 0, giải quyết 0',
      'Tỷ lệ giải quyết đúng hạn theo lĩnh vực. Tỷ lệ đúng hạn: Chứng thực 0,0\u00a0%; Hộ tịch 100,0\u00a0%',
      // 30/11: the one of 16/11 (due 19/11) is 6 working days late, the one of 20/10 more than 11.
      'Hồ sơ đang quá hạn theo số ngày làm việc quá hạn. Quá hạn: 0–2 ngày: 0; 3–5 ngày: 0; 6–10 ngày: 1; Từ 11 ngày trở lên: 1',
    ]);
    // chart.js itself ran (only the canvas is a stub in jsdom): one chart per canvas.
    const { Chart } = await import('chart.js');
    for (const canvas of document.querySelectorAll('canvas')) expect(Chart.getChart(canvas)).toBeDefined();
  });

  it('moves to the previous and next period, and picks a quarter or a year', async () => {
    clockAt('2026-11-30T10:00:00');
    const user = userEvent.setup();
    renderAt('/bao-cao');
    await ready();
    await user.click(screen.getByRole('link', { name: 'Kỳ trước: Tháng 10/2026' }));
    await waitFor(() => expect(period()).toBe('Tháng 10/2026'));
    await user.click(screen.getByRole('link', { name: 'Kỳ sau: Tháng 11/2026' }));
    await waitFor(() => expect(period()).toBe('Tháng 11/2026'));

    await user.selectOptions(screen.getByLabelText('Loại kỳ'), 'quarter');
    await user.selectOptions(screen.getByLabelText('Quý'), '3');
    await user.click(screen.getByRole('button', { name: 'Xem' }));
    await waitFor(() => expect(period()).toBe('Quý III/2026'));
    await user.click(screen.getByRole('link', { name: 'Kỳ sau: Quý IV/2026' }));
    await waitFor(() => expect(period()).toBe('Quý IV/2026'));

    await user.selectOptions(screen.getByLabelText('Loại kỳ'), 'year');
    await user.clear(screen.getByLabelText('Năm'));
    await user.type(screen.getByLabelText('Năm'), '25');
    await user.click(screen.getByRole('button', { name: 'Xem' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Năm không hợp lệ: nhập đủ 4 chữ số, ví dụ 2026.');
    await user.type(screen.getByLabelText('Năm'), '25');
    await user.click(screen.getByRole('button', { name: 'Xem' }));
    await waitFor(() => expect(period()).toBe('Năm 2525'));
  });

  it('opens the year from the address, and says so when the address is wrong', async () => {
    clockAt('2026-11-30T10:00:00');
    renderAt('/bao-cao?nam=2026');
    await ready();
    expect(period()).toBe('Năm 2026');
    document.body.innerHTML = '';
    renderAt('/bao-cao?nam=2026&thang=13');
    await ready();
    expect(period()).toBe('Tháng 11/2026');
    expect(screen.getByText('Địa chỉ trang có kỳ báo cáo không hợp lệ; đang hiện tháng này.')).toBeTruthy();
  });

  it('checks a custom range and says in plain Vietnamese what is wrong', async () => {
    await seed();
    clockAt('2026-11-30T10:00:00');
    const user = userEvent.setup();
    renderAt('/bao-cao');
    await ready();
    await user.selectOptions(screen.getByLabelText('Loại kỳ'), 'custom');
    const from = screen.getByLabelText('Từ ngày');
    const to = screen.getByLabelText('Đến ngày');
    await user.clear(from);
    await user.clear(to);
    await user.click(screen.getByRole('button', { name: 'Xem' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Hãy chọn cả ngày đầu và ngày cuối của kỳ báo cáo.');
    await user.type(from, '15112026');
    await user.type(to, '01112026');
    await user.click(screen.getByRole('button', { name: 'Xem' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Ngày cuối kỳ phải bằng hoặc sau ngày đầu kỳ.'));
    expect(from.getAttribute('aria-invalid')).toBe('true');
    expect(period()).toBe('Tháng 11/2026');
    await user.clear(to);
    await user.type(to, '16112026');
    await user.click(screen.getByRole('button', { name: 'Xem' }));
    await waitFor(() => expect(period()).toBe('Từ 15/11/2026 đến 16/11/2026'));
    await ready();
    // Received on the 16th: the overdue one; carried over: the one from October, still open.
    expect(text('report-by-field', 'total', 'receivedTotal')).toBe('2');
    expect(text('report-by-field', 'total', 'carriedOver')).toBe('1');
  });

  it('lists the dossiers behind a figure, for the total or one row, and closes the list', async () => {
    const s = await seed();
    clockAt('2026-11-30T10:00:00');
    const user = userEvent.setup();
    renderAt('/bao-cao?nam=2026&thang=11');
    await ready();
    await user.click(within(cell('report-by-field', 'total', 'overdue')).getByRole('link', { name: 'Xem 2 hồ sơ: đang giải quyết quá hạn — Tổng cộng' }));
    const drill = await screen.findByTestId('report-drill');
    expect(within(drill).getByRole('heading').textContent).toBe('Hồ sơ đang giải quyết quá hạn — Tổng cộng');
    expect(within(drill).getByTestId('report-drill-count').textContent).toBe('2 hồ sơ');
    await waitFor(() => expect(within(drill).getAllByRole('row')).toHaveLength(3));
    const codes = within(drill)
      .getAllByRole('link')
      .filter((a) => a.getAttribute('href')?.startsWith('/ho-so/'));
    expect(codes.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      [s.carried.code, `/ho-so/${s.carried.id}`],
      [s.overdue.code, `/ho-so/${s.overdue.id}`],
    ]);
    const firstRow = within(drill).getAllByRole('row')[1]!;
    expect(firstRow.textContent).toContain('Đỗ Thị Giang');
    expect(firstRow.textContent).toContain('20/10/2026');
    expect(firstRow.textContent).toContain('Đã tiếp nhận');

    // One field's row: only its dossiers.
    await user.click(within(cell('report-quality-by-field', 'f:CT', 'lateAll')).getByRole('link'));
    await waitFor(() => expect(screen.getByTestId('report-drill').querySelector('h2')!.textContent).toBe('Hồ sơ trễ hạn và quá hạn — Chứng thực'));
    await waitFor(() => expect(within(screen.getByTestId('report-drill')).getAllByRole('row')).toHaveLength(3));
    expect(screen.getByTestId('report-drill').textContent).toContain(s.late.code);
    expect(screen.getByTestId('report-drill').textContent).toContain(s.overdue.code);
    expect(screen.getByTestId('report-drill').textContent).not.toContain(s.carried.code);

    await user.click(screen.getByRole('link', { name: 'Đóng danh sách' }));
    await waitFor(() => expect(screen.queryByTestId('report-drill')).toBeNull());
    expect(period()).toBe('Tháng 11/2026');
  });

  it('prints the commune report on A4 with the agency header and the period in words', async () => {
    await seed();
    clockAt('2026-11-30T10:00:00');
    renderAt('/in/bao-cao?nam=2026&quy=4');
    const sheet = await screen.findByTestId('print-sheet');
    expect(sheet.textContent).toContain('TỈNH ĐỒNG NAI');
    expect(sheet.textContent).toContain('UBND XÃ TÂN PHÚ');
    expect(sheet.textContent).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(sheet.textContent).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(sheet.textContent).toContain('Tân Phú, ngày 30 tháng 11 năm 2026');
    expect(within(sheet).getByRole('heading', { level: 1 }).textContent).toBe('BÁO CÁO TÌNH HÌNH TIẾP NHẬN VÀ GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH');
    expect(screen.getByTestId('report-period-words').textContent).toBe('Kỳ báo cáo: Quý IV/2026 (từ ngày 01/10/2026 đến ngày 31/12/2026)');
    expect(text('print-by-field', 'total', 'receivedTotal')).toBe('5');
    expect(text('print-by-procedure', 'procedure:2.000815', 'receivedTotal')).toBe('2');
    expect(screen.getByTestId('print-766').textContent).toContain('ước tính');
    expect(sheet.textContent).toContain('TM. ỦY BAN NHÂN DÂN');
    // No links on paper.
    expect(within(sheet).queryAllByRole('link')).toHaveLength(0);
  });
});
