import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { printPaths } from '../../src/features/print/paths';
import { recordVisit, type VisitInput } from '../../src/store/visits';
import { freshDatabase, TEST_PROCEDURE, vn } from '../store/helpers';
import { renderAt } from './render';

const huy = { kind: 'person' as const, name: 'Đặng Quốc Huy', idNumber: '079090001234', address: 'Ấp 4, xã Tân Phú' };
const lan = { kind: 'person' as const, name: 'Trần Thị Lan', idNumber: '001190009999' };

const visit = (outcome: VisitInput['outcome'], at: string, extra: Partial<VisitInput> = {}): VisitInput => ({
  outcome,
  procedureId: TEST_PROCEDURE.id,
  procedureCode: TEST_PROCEDURE.code,
  procedureName: TEST_PROCEDURE.name,
  applicant: huy,
  missing: [],
  reason: '',
  at: vn(at),
  ...extra,
});

async function user() {
  const { default: userEvent } = await import('@testing-library/user-event');
  return userEvent.setup();
}

const items = () => within(screen.getByRole('list', { name: 'Danh sách lượt tiếp' })).getAllByRole('listitem');

describe('visits screen', () => {
  beforeEach(async () => {
    await freshDatabase();
  });

  it('is reached from the home screen and says when there is nothing yet', async () => {
    const u = await user();
    renderAt('/');
    await u.click(await screen.findByRole('link', { name: /Lượt tiếp không tạo hồ sơ/ }));
    expect(await screen.findByRole('heading', { name: 'Lượt tiếp không tạo hồ sơ' })).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('visit-count').textContent).toBe('Chưa có lượt tiếp nào kết thúc mà không tạo hồ sơ.'));
  });

  it('lists each visit newest first with what happened, and links to its form and to a new intake', async () => {
    const guidance = await recordVisit(
      visit('guidance', '2026-11-20T09:05:00', {
        missing: [
          { name: 'Giấy chứng sinh', originals: 1, copies: 0 },
          { name: 'Giấy chứng nhận kết hôn', originals: 0, copies: 1 },
        ],
        reason: 'Thiếu giấy tờ theo quy định',
      }),
    );
    const refusal = await recordVisit(visit('refusal', '2026-11-21T14:30:00', { applicant: lan, reason: 'Không đủ điều kiện' }));
    const redirect = await recordVisit(
      visit('redirect', '2026-11-22T08:00:00', { procedureId: null, procedureCode: null, procedureName: null, applicant: { kind: 'person', name: '' }, reason: 'Công an xã' }),
    );
    renderAt('/luot-tiep');
    await waitFor(() => expect(screen.getByTestId('visit-count').textContent).toBe('3 lượt'));
    const [first, second, third] = items();

    expect(first!.textContent).toContain('08:00 22/11/2026');
    expect(first!.textContent).toContain('Chỉ dẫn nơi khác');
    expect(first!.textContent).toContain('(không ghi tên) — Không thuộc thủ tục của xã');
    expect(first!.textContent).toContain('Chỉ dẫn đến: Công an xã');
    // No form for a redirection: nothing to reprint.
    expect(within(first!).queryByRole('link', { name: /In lại/ })).toBeNull();
    expect(within(first!).getByRole('link', { name: 'Tiếp nhận lại' }).getAttribute('href')).toBe(`/tiep-nhan?luot=${redirect.id}`);

    expect(second!.textContent).toContain('14:30 21/11/2026');
    expect(second!.textContent).toContain('Từ chối tiếp nhận');
    expect(second!.textContent).toContain('Trần Thị Lan · Số định danh 001190009999 — Đăng ký khai sinh (1.001193)');
    expect(second!.textContent).toContain('Lý do từ chối: Không đủ điều kiện');
    expect(within(second!).getByRole('link', { name: 'In lại Mẫu 03' }).getAttribute('href')).toBe(printPaths.visitRefusal(refusal.id));

    expect(third!.textContent).toContain('09:05 20/11/2026');
    expect(third!.textContent).toContain('Hướng dẫn bổ sung');
    expect(third!.textContent).toContain('Còn thiếu: Giấy chứng sinh (1 bản chính); Giấy chứng nhận kết hôn (1 bản sao)');
    expect(third!.textContent).toContain('Lý do: Thiếu giấy tờ theo quy định');
    expect(third!.textContent).toContain('Cán bộ: Nguyễn Văn Cán Bộ');
    expect(within(third!).getByRole('link', { name: 'In lại Mẫu 02' }).getAttribute('href')).toBe(printPaths.guidance(guidance.id));
    expect(within(third!).getByRole('link', { name: 'Tiếp nhận lại' }).getAttribute('href')).toBe(`/tiep-nhan?luot=${guidance.id}`);
  });

  it('reprints a guidance form from the list', async () => {
    await recordVisit(visit('guidance', '2026-11-20T09:05:00', { missing: [{ name: 'Giấy chứng sinh', originals: 1, copies: 0 }] }));
    const u = await user();
    renderAt('/luot-tiep');
    await u.click(await screen.findByRole('link', { name: 'In lại Mẫu 02' }));
    const sheet = await screen.findByTestId('print-sheet');
    expect(sheet.textContent).toContain('Giấy chứng sinh');
  });

  it('marks a citizen guided more than once for the same procedure', async () => {
    await recordVisit(visit('guidance', '2026-11-02T09:00:00'));
    await recordVisit(visit('guidance', '2026-11-10T09:00:00'));
    // Another procedure, another person: not counted.
    await recordVisit(visit('guidance', '2026-11-11T09:00:00', { procedureId: '1.000894', procedureCode: '1.000894', procedureName: 'Đăng ký kết hôn' }));
    await recordVisit(visit('guidance', '2026-11-12T09:00:00', { applicant: lan }));
    await recordVisit(visit('refusal', '2026-11-13T09:00:00', { reason: 'Không đủ điều kiện' }));
    renderAt('/luot-tiep');
    await waitFor(() => expect(screen.getByTestId('visit-count').textContent).toBe('5 lượt'));
    const marks = items().map((li) => within(li).queryByTestId('guided')?.textContent ?? null);
    expect(marks).toEqual(['Đã hướng dẫn 2 lần', null, null, 'Đã hướng dẫn 2 lần', 'Đã hướng dẫn 2 lần']);
    expect(within(items()[1]!).queryByTestId('guided')).toBeNull();
    expect(within(items()[3]!).getByTestId('guided').getAttribute('title')).toContain('chỉ hướng dẫn một lần');
  });

  it('filters by outcome, by name typed without diacritics or ID number, and by a period typed dd/mm/yyyy', async () => {
    await recordVisit(visit('guidance', '2026-11-20T09:00:00'));
    await recordVisit(visit('refusal', '2026-11-21T09:00:00', { applicant: lan, reason: 'x' }));
    await recordVisit(visit('guidance', '2026-11-25T09:00:00', { applicant: lan }));
    const u = await user();
    renderAt('/luot-tiep');
    await waitFor(() => expect(screen.getByTestId('visit-count').textContent).toBe('3 lượt'));

    await u.selectOptions(screen.getByLabelText('Kết quả'), 'refusal');
    await waitFor(() => expect(screen.getByTestId('visit-count').textContent).toBe('1 lượt'));
    expect(items()[0]!.textContent).toContain('Trần Thị Lan');
    await u.selectOptions(screen.getByLabelText('Kết quả'), '');

    await u.type(screen.getByLabelText('Tìm theo tên hoặc số định danh của công dân'), 'tran thi lan');
    await waitFor(() => expect(screen.getByTestId('visit-count').textContent).toBe('2 lượt'));
    await u.clear(screen.getByLabelText('Tìm theo tên hoặc số định danh của công dân'));
    await u.type(screen.getByLabelText('Tìm theo tên hoặc số định danh của công dân'), '079090');
    await waitFor(() => expect(screen.getByTestId('visit-count').textContent).toBe('1 lượt'));
    expect(items()[0]!.textContent).toContain('Đặng Quốc Huy');
    await u.clear(screen.getByLabelText('Tìm theo tên hoặc số định danh của công dân'));

    await u.type(screen.getByLabelText('Từ ngày'), '21112026');
    await u.type(screen.getByLabelText('Đến ngày'), '24112026');
    expect((screen.getByLabelText('Từ ngày') as HTMLInputElement).value).toBe('21/11/2026');
    await waitFor(() => expect(screen.getByTestId('visit-count').textContent).toBe('1 lượt'));
    expect(items()[0]!.textContent).toContain('Từ chối tiếp nhận');
  });

  it('reads a page at a time and shows older visits on demand', async () => {
    for (let i = 0; i < 60; i++) {
      await recordVisit(visit('guidance', '2026-11-01T08:00:00', { at: vn('2026-11-01T08:00:00') + i * 60_000, applicant: { kind: 'person', name: `Người ${i}` } }));
    }
    const u = await user();
    renderAt('/luot-tiep');
    await waitFor(() => expect(screen.getByTestId('visit-count').textContent).toBe('50 lượt mới nhất'));
    expect(items()).toHaveLength(50);
    expect(items()[0]!.textContent).toContain('Người 59');
    await u.click(screen.getByRole('button', { name: 'Xem thêm lượt cũ hơn' }));
    await waitFor(() => expect(screen.getByTestId('visit-count').textContent).toBe('60 lượt'));
    expect(items().at(-1)!.textContent).toContain('Người 0');
    expect(screen.queryByRole('button', { name: 'Xem thêm lượt cũ hơn' })).toBeNull();
  });
});
