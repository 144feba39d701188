import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DossierEvent } from '../../src/domain/dossier/events';
import { DESK_UNIT } from '../../src/domain/dossier/lifecycle';
import { dossierHistory } from '../../src/store/dossiers';
import { freshDatabase, vn } from '../store/helpers';
import { clockAt, receive } from './dossiers-fixtures';
import { renderAt } from './render';

type User = ReturnType<typeof userEvent.setup>;

const form = (name: string) => screen.getByRole('form', { name });
const save = (user: User, name: string) => user.click(within(form(name)).getByRole('button', { name: 'Lưu' }));
const last = async (id: string): Promise<DossierEvent> => (await dossierHistory(id)).at(-1)!;
const notice = () => screen.findByText(/^Đã ghi nhận:/);

// Long flows of forms: on a shared, busy machine they need more than the default 5 s.
vi.setConfig({ testTimeout: 30_000 });

afterEach(() => {
  vi.useRealTimers();
});

beforeEach(async () => {
  await freshDatabase();
});

/** Received Friday 20 Nov 2026, 09:00: due Wednesday 25 Nov at 17:00 (3 working days). */
async function openDossier(user: User, now: string) {
  const d = await receive(vn('2026-11-20T09:00:00'), { name: 'Nguyễn Thị Hoà' });
  clockAt(now);
  renderAt(`/ho-so/${d.id}`);
  await screen.findByRole('heading', { level: 1 });
  return { id: d.id, user };
}

describe('dossier actions', () => {
  it('transfers to a provincial agency, from where the dossier is now', async () => {
    const { id, user } = await openDossier(userEvent.setup(), '2026-11-20T10:00:00');
    await user.click(screen.getByRole('button', { name: 'Chuyển xử lý' }));
    await save(user, 'Chuyển xử lý');
    expect(within(form('Chuyển xử lý')).getByText('Chưa nhập: Tên đơn vị hoặc bộ phận.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('Tên đơn vị hoặc bộ phận'));
    expect(await dossierHistory(id)).toHaveLength(1);

    await user.selectOptions(screen.getByLabelText('Chuyển đến'), 'provincial-agency');
    await user.type(screen.getByLabelText('Tên đơn vị hoặc bộ phận'), 'Sở Tư pháp');
    await user.type(screen.getByLabelText('Người nhận (không bắt buộc)'), 'Trần Văn C');
    await save(user, 'Chuyển xử lý');
    expect((await notice()).textContent).toBe('Đã ghi nhận: Chuyển xử lý.');

    expect(await last(id)).toMatchObject({
      type: 'transferred',
      from: DESK_UNIT,
      to: { kind: 'provincial-agency', name: 'Sở Tư pháp', person: 'Trần Văn C' },
      at: vn('2026-11-20T10:00:00'),
    });
    await waitFor(() => expect(screen.getByTestId('dossier-facts').textContent).toContain('Cơ quan cấp tỉnh: Sở Tư pháp (Trần Văn C)'));
    // The timeline is a live query: it re-renders a moment after the write.
    await waitFor(() => expect(screen.getByTestId('timeline').textContent).toContain('Đơn vị xử lý: Cơ quan cấp tỉnh: Sở Tư pháp (Trần Văn C)'));
  });

  it('records an appraisal conclusion', async () => {
    const { id, user } = await openDossier(userEvent.setup(), '2026-11-23T10:00:00');
    await user.click(screen.getByRole('button', { name: 'Ghi kết quả thẩm định' }));
    await save(user, 'Ghi kết quả thẩm định');
    expect(screen.getByText('Chưa chọn kết luận.')).toBeTruthy();
    await user.click(screen.getByLabelText('Cần bổ sung hồ sơ'));
    await save(user, 'Ghi kết quả thẩm định');
    await notice();
    expect(await last(id)).toMatchObject({ type: 'appraised', conclusion: 'needs-supplement' });
  });

  it('asks for a supplement, pauses the clock, and resumes it only when everything is in', async () => {
    const { id, user } = await openDossier(userEvent.setup(), '2026-11-23T09:00:00');
    await user.click(screen.getByRole('button', { name: 'Yêu cầu bổ sung' }));
    await save(user, 'Yêu cầu bổ sung');
    expect(screen.getByText('Phải liệt kê ít nhất một giấy tờ cần bổ sung.')).toBeTruthy();
    expect(screen.getByText('Chưa nhập: Lý do yêu cầu bổ sung.')).toBeTruthy();

    await user.type(screen.getByLabelText('Tên giấy tờ'), 'Giấy chứng sinh');
    await user.click(screen.getByRole('button', { name: 'Thêm giấy tờ' }));
    await user.type(screen.getAllByLabelText('Tên giấy tờ')[1]!, 'Giấy xác nhận cư trú');
    await user.clear(screen.getAllByLabelText('Số bản sao chứng thực')[1]!);
    await user.type(screen.getAllByLabelText('Số bản sao chứng thực')[1]!, '2');
    await user.clear(screen.getAllByLabelText('Số bản chụp')[1]!);
    await user.type(screen.getAllByLabelText('Số bản chụp')[1]!, '1');
    await user.type(screen.getByLabelText('Lý do yêu cầu bổ sung'), 'Thiếu giấy chứng sinh bản chính');
    await save(user, 'Yêu cầu bổ sung');
    await notice();

    const request = await last(id);
    expect(request).toMatchObject({
      type: 'supplement-requested',
      items: [
        { name: 'Giấy chứng sinh', originals: 1, copies: 0, photocopies: 0 },
        { name: 'Giấy xác nhận cư trú', originals: 1, copies: 2, photocopies: 1 },
      ],
      reason: 'Thiếu giấy chứng sinh bản chính',
      requestedBy: 'desk',
    });
    // The notice's link reads the live history: it appears a moment after the write.
    expect((await screen.findByRole('link', { name: 'In phiếu yêu cầu bổ sung (Mẫu 02)' })).getAttribute('href')).toBe(`/in/bo-sung/${id}/${request.id}`);
    await waitFor(() => expect(screen.getByTestId('time-status').textContent).toBe('Tạm dừng tính thời hạn (chờ công dân bổ sung) từ 09:00 23/11/2026'));
    expect(screen.getByTestId('dossier-facts').textContent).toContain('Chờ bổ sung');
    expect(screen.getByRole('link', { name: /^Mẫu 02 — Phiếu yêu cầu bổ sung/ })).toBeTruthy();

    // Wednesday: the citizen brings one of the two papers.
    clockAt('2026-11-25T09:00:00');
    await user.click(screen.getByRole('button', { name: 'Nhận hồ sơ bổ sung' }));
    expect(screen.getByText(/Chỉ khi đã nhận đủ tất cả giấy tờ được yêu cầu, thời hạn giải quyết mới tiếp tục tính/)).toBeTruthy();
    await save(user, 'Nhận hồ sơ bổ sung');
    expect(screen.getByText('Hãy đánh dấu giấy tờ công dân đã nộp.')).toBeTruthy();
    await user.click(screen.getByLabelText(/^Giấy chứng sinh/));
    await save(user, 'Nhận hồ sơ bổ sung');
    expect(await screen.findByText('Còn thiếu: Giấy xác nhận cư trú. Thời hạn vẫn tạm dừng cho đến khi nhận đủ.')).toBeTruthy();
    expect(screen.getByTestId('time-status').textContent).toMatch(/^Tạm dừng/);

    // Thursday: the rest comes in; the clock runs again and the due date moves by the pause.
    clockAt('2026-11-26T09:00:00');
    await user.click(screen.getByRole('button', { name: 'Nhận hồ sơ bổ sung' }));
    const earlier = screen.getByLabelText(/^Giấy chứng sinh/) as HTMLInputElement;
    expect(earlier.checked && earlier.disabled).toBe(true);
    await user.click(screen.getByLabelText(/^Giấy xác nhận cư trú/));
    await save(user, 'Nhận hồ sơ bổ sung');
    expect(await screen.findByText(/^Đã nhận đủ giấy tờ bổ sung; thời hạn tiếp tục tính\. Hẹn trả: /)).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('dossier-facts').textContent).toContain('Đã tiếp nhận'));
    expect(screen.getByTestId('due').textContent).toContain('Hẹn trả ban đầu: 17:00 25/11/2026; đã cộng thời gian tạm dừng chờ bổ sung');
    expect(screen.getByTestId('time-status').textContent).not.toMatch(/Tạm dừng/);
  });

  it('approves, records the result, returns it by post, then hands over to the citizen for the rating', async () => {
    const { id, user } = await openDossier(userEvent.setup(), '2026-11-24T09:00:00');
    await user.click(screen.getByRole('button', { name: 'Phê duyệt' }));
    await user.type(screen.getByLabelText('Người ký phê duyệt'), 'Chủ tịch UBND xã Nguyễn Văn A');
    await save(user, 'Phê duyệt');
    await notice();
    expect(await last(id)).toMatchObject({ type: 'approved', signer: 'Chủ tịch UBND xã Nguyễn Văn A' });

    await user.click(await screen.findByRole('button', { name: 'Kết quả đã về' }));
    await user.type(screen.getByLabelText('Số văn bản kết quả (nếu có)'), '123/TLKS');
    await save(user, 'Kết quả đã về');
    await notice();
    expect(await last(id)).toMatchObject({ type: 'result-ready', resultNumber: '123/TLKS' });
    await waitFor(() => expect(screen.getByTestId('dossier-facts').textContent).toContain('Có kết quả, chờ trả'));
    expect(screen.getByTestId('time-status').textContent).toBe('Giải quyết trước hạn');

    await user.click(await screen.findByRole('button', { name: 'Trả kết quả' }));
    expect((screen.getByLabelText('Người nhận kết quả') as HTMLInputElement).value).toBe('Nguyễn Thị Hoà');
    await user.click(screen.getByLabelText('Qua dịch vụ bưu chính công ích'));
    await save(user, 'Trả kết quả');
    expect(screen.getByText('Trả qua bưu chính thì phải ghi mã bưu gửi.')).toBeTruthy();
    await user.type(screen.getByLabelText('Mã bưu gửi'), 'EB123456789VN');
    await user.type(screen.getByLabelText('Phí, lệ phí đã thu (đồng, không bắt buộc)'), '8.000');
    await save(user, 'Trả kết quả');
    await notice();
    expect(await last(id)).toMatchObject({ type: 'returned', method: 'postal', recipient: 'Nguyễn Thị Hoà', postalTracking: 'EB123456789VN', feeCollectedVnd: 8000 });
    // The timeline is a live query: it re-renders a moment after the write.
    await waitFor(() => expect(screen.getByTestId('timeline').textContent).toContain('Đã thu phí, lệ phí: 8.000 đồng'));

    const done = (await notice()).closest('[role="status"]') as HTMLElement;
    await user.click(within(done).getByRole('link', { name: 'Mời công dân đánh giá mức độ hài lòng' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Đánh giá mức độ hài lòng' })).toBeTruthy();
    await user.click(screen.getByLabelText('Rất hài lòng'));
    await user.click(screen.getByRole('button', { name: 'Gửi đánh giá' }));
    expect(await screen.findByRole('heading', { name: 'Xin cảm ơn ông/bà đã đánh giá!' })).toBeTruthy();
    expect(await last(id)).toMatchObject({ type: 'rated', level: 'very-satisfied' });

    await user.click(screen.getByRole('link', { name: 'Quay lại hồ sơ' }));
    await waitFor(() => expect(within(screen.getByTestId('timeline')).getAllByRole('listitem').at(-1)!.textContent).toContain('Rất hài lòng'));
    expect(screen.queryByRole('link', { name: 'Mời công dân đánh giá mức độ hài lòng' })).toBeNull();
    const forbidden = screen.getByText(/^Không thực hiện được/).closest('details')!;
    expect(forbidden.querySelector('[data-action="rated"]')!.textContent).toBe(
      'Đánh giá mức độ hài lòng: Công dân đã đánh giá mức độ hài lòng cho hồ sơ này; mỗi hồ sơ chỉ được đánh giá một lần',
    );
  });

  it('warns from the near-due day, with the last day to apologise', async () => {
    const { user } = await openDossier(userEvent.setup(), '2026-11-24T09:00:00');
    const banner = await screen.findByRole('alert');
    expect(banner.textContent).toContain(
      'Hồ sơ sắp đến hạn trả (17:00 25/11/2026) và chưa có văn bản xin lỗi. Nếu không kịp trả kết quả, phải gửi văn bản xin lỗi và hẹn lại ngày trả chậm nhất trong ngày 24/11/2026.',
    );
    await user.click(within(banner).getByRole('button', { name: 'Lập văn bản xin lỗi' }));
    const apology = form('Xin lỗi và hẹn lại ngày trả');
    expect(within(apology).queryByText(/^Lưu ý:/)).toBeNull();
    expect(within(apology).getByText('Hạn chót gửi văn bản xin lỗi: ngày 24/11/2026 (1 ngày làm việc trước ngày hẹn trả 25/11/2026).')).toBeTruthy();
  });

  it('accepts a late apology with a warning, checks the new date, and allows it only once', async () => {
    const { id, user } = await openDossier(userEvent.setup(), '2026-11-26T10:00:00');
    expect((await screen.findByRole('alert')).textContent).toContain('Hồ sơ đã quá hạn (17:00 25/11/2026) mà chưa có văn bản xin lỗi');
    await user.click(screen.getByRole('button', { name: 'Xin lỗi và hẹn lại ngày trả' }));
    const apology = form('Xin lỗi và hẹn lại ngày trả');
    expect(within(apology).getByText(/^Lưu ý: Văn bản xin lỗi gửi muộn/)).toBeTruthy();

    await user.type(screen.getByLabelText('Lý do chậm trễ'), 'Chờ xác minh của Sở Tư pháp');
    fireEvent.change(screen.getByLabelText('Ngày hẹn trả mới'), { target: { value: '25/11/2026' } });
    await save(user, 'Xin lỗi và hẹn lại ngày trả');
    expect(within(apology).getByText('Ngày hẹn trả mới phải sau ngày hẹn trả hiện tại (25/11/2026).')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Ngày hẹn trả mới'), { target: { value: '28/11/2026' } });
    await save(user, 'Xin lỗi và hẹn lại ngày trả');
    expect(within(apology).getByText('Ngày 28/11/2026 là ngày nghỉ; hãy chọn một ngày làm việc.')).toBeTruthy();
    expect((screen.getByLabelText('Lý do chậm trễ') as HTMLTextAreaElement).value).toBe('Chờ xác minh của Sở Tư pháp');

    fireEvent.change(screen.getByLabelText('Ngày hẹn trả mới'), { target: { value: '30/11/2026' } });
    await save(user, 'Xin lỗi và hẹn lại ngày trả');
    await notice();
    expect(await last(id)).toMatchObject({ type: 'apologised', reason: 'Chờ xác minh của Sở Tư pháp', newDueAt: vn('2026-11-30T17:00:00') });
    // The link names the form as it prints (Circular 03/2025).
    expect(screen.getByRole('link', { name: 'In văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết (Mẫu 04)' }).getAttribute('href')).toBe(`/in/xin-loi/${id}`);
    expect(screen.getByRole('link', { name: 'Mẫu 04 — Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết' }).getAttribute('href')).toBe(`/in/xin-loi/${id}`);
    expect(screen.getByRole('link', { name: 'Mẫu 06 — Phiếu kiểm soát quá trình giải quyết hồ sơ' }).getAttribute('href')).toBe(`/in/kiem-soat/${id}`);
    await waitFor(() => expect(screen.getByTestId('due').textContent).toBe('17:00 30/11/2026 (Hẹn trả ban đầu: 17:00 25/11/2026; đã hẹn lại bằng văn bản xin lỗi)'));
    expect(screen.queryByText(/mà chưa có văn bản xin lỗi/)).toBeNull();

    // Only once: no second apology is offered, and the reason is given.
    expect(screen.queryByRole('button', { name: 'Xin lỗi và hẹn lại ngày trả' })).toBeNull();
    expect(screen.getByText(/^Không thực hiện được/).closest('details')!.textContent).toContain(
      'Xin lỗi và hẹn lại ngày trả: Chỉ được hẹn lại ngày trả kết quả một lần',
    );
  });

  it('refuses with reasons, then offers the refusal form (Mẫu 03)', async () => {
    const { id, user } = await openDossier(userEvent.setup(), '2026-11-23T10:00:00');
    await user.click(screen.getByRole('button', { name: 'Từ chối giải quyết' }));
    await save(user, 'Từ chối giải quyết');
    expect(screen.getByText('Chưa nhập: Lý do từ chối.')).toBeTruthy();
    await user.type(screen.getByLabelText('Lý do từ chối'), 'Người yêu cầu không có quyền đăng ký');
    await save(user, 'Từ chối giải quyết');
    await notice();
    expect(await last(id)).toMatchObject({ type: 'refused', reasons: 'Người yêu cầu không có quyền đăng ký' });
    expect(screen.getByRole('link', { name: 'In phiếu từ chối (Mẫu 03)' }).getAttribute('href')).toBe(`/in/tu-choi-ho-so/${id}`);
    await waitFor(() => expect(screen.getByTestId('dossier-facts').textContent).toContain('Đã từ chối'));
    // Closed: only a note is left.
    expect(within(screen.getByRole('region', { name: 'Xử lý hồ sơ' })).getAllByRole('button').map((b) => b.textContent)).toEqual(['Đóng thông báo', 'Ghi chú']);
    expect(await screen.findByRole('link', { name: 'Mẫu 03 — Phiếu từ chối giải quyết hồ sơ' })).toBeTruthy();
  });

  it('stops processing at the citizen’s request, then offers the stop notice (Mẫu 05)', async () => {
    const { id, user } = await openDossier(userEvent.setup(), '2026-11-23T10:00:00');
    await user.click(screen.getByRole('button', { name: 'Rút / dừng giải quyết' }));
    await user.click(screen.getByLabelText('Công dân đề nghị dừng giải quyết (in Mẫu 05)'));
    await user.type(screen.getByLabelText('Lý do'), 'Công dân đã chuyển nơi cư trú');
    await save(user, 'Rút / dừng giải quyết');
    await notice();
    expect(await last(id)).toMatchObject({ type: 'withdrawn', kind: 'stopped', reason: 'Công dân đã chuyển nơi cư trú' });
    // The notice's link reads the live history: it appears a moment after the write.
    expect((await screen.findByRole('link', { name: 'In thông báo dừng giải quyết (Mẫu 05)' })).getAttribute('href')).toBe(`/in/dung/${id}`);
    await waitFor(() => expect(screen.getByTestId('timeline').textContent).toContain('Dừng giải quyết theo đề nghị'));
    expect(screen.getByTestId('time-status').textContent).toBe('Không xét hạn (hồ sơ đã rút hoặc dừng)');
  });

  it('a plain withdrawal offers no stop notice', async () => {
    const { id, user } = await openDossier(userEvent.setup(), '2026-11-23T10:00:00');
    await user.click(screen.getByRole('button', { name: 'Rút / dừng giải quyết' }));
    await user.type(screen.getByLabelText('Lý do'), 'Công dân rút hồ sơ');
    await save(user, 'Rút / dừng giải quyết');
    await notice();
    expect(await last(id)).toMatchObject({ type: 'withdrawn', kind: 'withdrawn' });
    // Once the page shows the withdrawal, still no stop notice.
    await waitFor(() => expect(screen.getByTestId('timeline').textContent).toContain('Rút hồ sơ'));
    expect(screen.queryByRole('link', { name: /Mẫu 05/ })).toBeNull();
  });
});
