import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../src/store/db';
import { addDossierEvent } from '../../src/store/dossiers';
import { freshDatabase, TEST_PROCEDURE, vn } from '../store/helpers';
import { clockAt, receive } from './dossiers-fixtures';
import { renderAt } from './render';

afterEach(() => {
  vi.useRealTimers();
});

describe('dossier page', () => {
  beforeEach(async () => {
    await freshDatabase();
  });

  it('shows the header and the whole history in order, with times, officers and details', async () => {
    clockAt('2026-11-23T10:00:00');
    const d = await receive(vn('2026-11-20T09:00:00'), { name: 'Nguyễn Thị Hoà', idNumber: '001190012345', phone: '0912345678' });
    await addDossierEvent(d.id, { type: 'transferred', from: { kind: 'desk', name: 'Bộ phận tiếp nhận và trả kết quả' }, to: { kind: 'commune-specialist', name: 'Tư pháp – Hộ tịch', person: 'Lê Văn C' } }, vn('2026-11-20T10:00:00'));
    await addDossierEvent(d.id, { type: 'appraised', conclusion: 'eligible', note: 'Đủ giấy tờ' }, vn('2026-11-23T08:30:00'));
    await addDossierEvent(d.id, { type: 'noted', text: 'Công dân gọi hỏi tiến độ' }, vn('2026-11-23T09:15:00'));

    renderAt(`/ho-so/${d.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: `Hồ sơ ${d.code}` })).toBeTruthy();
    const facts = screen.getByTestId('dossier-facts');
    expect(facts.textContent).toContain('Nguyễn Thị Hoà');
    expect(facts.textContent).toContain('001190012345');
    expect(facts.textContent).toContain('Đăng ký khai sinh');
    expect(facts.textContent).toContain('Đang giải quyết');
    expect(facts.textContent).toContain('09:00 20/11/2026');
    expect(screen.getByTestId('due').textContent).toBe('17:00 25/11/2026');
    // Monday 23 Nov, due Wednesday 25: not yet near due (from Tuesday, the apology's last day).
    expect(screen.getByTestId('time-status').textContent).toBe('Trong hạn');
    expect(facts.textContent).toContain('Công chức chuyên môn của xã: Tư pháp – Hộ tịch (Lê Văn C)');

    const items = within(screen.getByTestId('timeline')).getAllByRole('listitem').filter((li) => li.dataset.event);
    expect(items.map((li) => li.dataset.event)).toEqual(['received', 'transferred', 'appraised', 'noted']);
    expect(items.map((li) => li.querySelector('time')?.textContent)).toEqual(['09:00 20/11/2026', '10:00 20/11/2026', '08:30 23/11/2026', '09:15 23/11/2026']);
    expect(items[0]!.textContent).toContain('Cán bộ tiếp nhận: Nguyễn Văn Cán Bộ');
    expect(items[1]!.textContent).toContain('Đơn vị xử lý: Công chức chuyên môn của xã: Tư pháp – Hộ tịch (Lê Văn C)');
    expect(items[1]!.textContent).toContain('Chuyển từ: Bộ phận tiếp nhận và trả kết quả — UBND XÃ THỬ');
    expect(items[2]!.textContent).toContain('Đủ điều kiện giải quyết');
    expect(items[3]!.textContent).toContain('Công dân gọi hỏi tiến độ');
  });

  it('asks no apology of a same-day dossier received after closing, and never names a past deadline', async () => {
    // Birth registration "within the day; after 15:00 the next working day", received Monday 18:00.
    const sameDay = { ...TEST_PROCEDURE, channels: [{ channel: 'desk' as const, timeLimit: { amount: 0, unit: 'within-day' as const, cutOff: '15:00' }, fees: [] }] };
    clockAt('2026-11-23T18:05:00');
    const d = await receive(vn('2026-11-23T18:00:00'), { name: 'Lò Thị Mai' }, sameDay);
    const view = renderAt(`/ho-so/${d.id}`);
    expect(await screen.findByTestId('due')).toBeTruthy();
    expect(screen.getByTestId('due').textContent).toBe('17:00 24/11/2026');
    expect(screen.getByTestId('time-status').textContent).toBe('Trong hạn');
    expect(document.querySelector('.apology-warning')).toBeNull();
    view.unmount();

    // Tuesday 15:30, the last office hours: near due, and the banner names no date already past.
    clockAt('2026-11-24T15:30:00');
    renderAt(`/ho-so/${d.id}`);
    const banner = await screen.findByRole('alert');
    expect(banner.textContent).toContain('Hồ sơ sắp đến hạn trả (17:00 24/11/2026) và chưa có văn bản xin lỗi');
    expect(banner.textContent).not.toMatch(/chậm nhất/);
    expect(screen.getByTestId('time-status').textContent).toBe('Sắp đến hạn');
  });

  it('links to the forms that apply: the receipt and control sheet always', async () => {
    const d = await receive(Date.now(), { name: 'Trần Văn Bình' });
    renderAt(`/ho-so/${d.id}`);
    const forms = (await screen.findByRole('heading', { name: 'Biểu mẫu in' })).nextElementSibling as HTMLElement;
    const links = within(forms).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual([`/in/tiep-nhan/${d.id}`, `/in/kiem-soat/${d.id}`]);
  });

  it('does not offer a forbidden action, and says why in the collapsed list', async () => {
    const user = userEvent.setup();
    const d = await receive(Date.now(), { name: 'Trần Văn Bình' });
    renderAt(`/ho-so/${d.id}`);
    expect(await screen.findByRole('button', { name: 'Chuyển xử lý' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Trả kết quả' })).toBeNull();
    expect(screen.queryByRole('link', { name: /đánh giá/i })).toBeNull();
    const summary = screen.getByText('Không thực hiện được (4)');
    const details = summary.closest('details')!;
    expect(details.open).toBe(false);
    await user.click(summary);
    expect(details.open).toBe(true);
    const returned = details.querySelector('[data-action="returned"]')!;
    expect(returned.textContent).toBe('Trả kết quả: Hồ sơ đã tiếp nhận, chưa có kết quả; chỉ trả kết quả khi kết quả đã về bộ phận một cửa');
    expect(details.querySelector('[data-action="rated"]')!.textContent).toContain('chỉ được đánh giá sau khi trả kết quả');
  });

  it('keeps what was typed when the save is refused, and says why in Vietnamese', async () => {
    const user = userEvent.setup();
    const d = await receive(Date.now(), { name: 'Trần Văn Bình' });
    renderAt(`/ho-so/${d.id}`);
    await user.click(await screen.findByRole('button', { name: 'Phê duyệt' }));
    await user.type(screen.getByLabelText('Người ký phê duyệt'), 'Chủ tịch Nguyễn Văn A');
    // Meanwhile another officer asks the citizen for a supplement.
    await addDossierEvent(d.id, { type: 'supplement-requested', items: [{ name: 'Giấy chứng sinh', originals: 1, copies: 0 }], reason: 'Thiếu', requestedBy: 'handler' });
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Chưa lưu được: Hồ sơ đang chờ công dân bổ sung; chưa thể phê duyệt. Những gì đã nhập vẫn còn trên màn hình.',
    );
    expect((screen.getByLabelText('Người ký phê duyệt') as HTMLInputElement).value).toBe('Chủ tịch Nguyễn Văn A');
  });

  it('reports a full disk plainly, and nothing is recorded', async () => {
    const user = userEvent.setup();
    const d = await receive(Date.now(), { name: 'Trần Văn Bình' });
    renderAt(`/ho-so/${d.id}`);
    await user.click(await screen.findByRole('button', { name: 'Ghi chú' }));
    await user.type(screen.getByLabelText('Nội dung ghi chú'), 'Đã gọi điện cho công dân');
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    db().outbox.hook('creating', full);
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Bộ nhớ của thiết bị đã đầy');
    db().outbox.hook('creating').unsubscribe(full);
    expect(await db().events.where('dossierId').equals(d.id).count()).toBe(1);
    expect((screen.getByLabelText('Nội dung ghi chú') as HTMLTextAreaElement).value).toBe('Đã gọi điện cho công dân');
  });

  it('says so when the dossier is not on the device', async () => {
    renderAt('/ho-so/khong-co');
    expect(await screen.findByText('Không tìm thấy hồ sơ này trên máy.')).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('link', { name: 'Về danh sách hồ sơ' }).getAttribute('href')).toBe('/ho-so'));
  });
});
