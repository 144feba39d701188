import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { addDossierEvent, dossierHistory } from '../../src/store/dossiers';
import { freshDatabase, vn } from '../store/helpers';
import { receive } from './dossiers-fixtures';
import { renderAt } from './render';

/** A dossier whose result was handed over at the desk. */
async function returnedDossier() {
  const d = await receive(vn('2026-11-20T09:00:00'), { name: 'Nguyễn Thị Hoà' });
  await addDossierEvent(d.id, { type: 'approved', signer: 'Chủ tịch' }, vn('2026-11-23T09:00:00'));
  await addDossierEvent(d.id, { type: 'result-ready' }, vn('2026-11-23T10:00:00'));
  await addDossierEvent(d.id, { type: 'returned', method: 'desk', recipient: 'Nguyễn Thị Hoà' }, vn('2026-11-24T09:00:00'));
  return d;
}

describe('satisfaction rating screen', () => {
  beforeEach(async () => {
    await freshDatabase();
  });

  it('stores the citizen’s rating and comment, then thanks them', async () => {
    const user = userEvent.setup();
    const d = await returnedDossier();
    renderAt(`/ho-so/${d.id}/danh-gia`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Đánh giá mức độ hài lòng' })).toBeTruthy();
    expect(screen.getByText(`Hồ sơ ${d.code} — Đăng ký khai sinh`)).toBeTruthy();
    // Full screen: the desk's navigation is not there for the citizen to wander into.
    expect(screen.queryByRole('navigation')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Gửi đánh giá' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Xin ông/bà chọn một mức đánh giá.');
    expect(await dossierHistory(d.id)).toHaveLength(4);

    const choices = screen.getAllByRole('radio').map((r) => r.closest('label')!.textContent);
    expect(choices).toEqual(['Rất hài lòng', 'Hài lòng', 'Chấp nhận được', 'Không hài lòng']);
    await user.click(screen.getByLabelText('Hài lòng'));
    await user.type(screen.getByLabelText('Góp ý thêm (không bắt buộc)'), 'Cán bộ hướng dẫn tận tình');
    await user.click(screen.getByRole('button', { name: 'Gửi đánh giá' }));

    expect(await screen.findByRole('heading', { name: 'Xin cảm ơn ông/bà đã đánh giá!' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Quay lại hồ sơ' }).getAttribute('href')).toBe(`/ho-so/${d.id}`);
    const history = await dossierHistory(d.id);
    expect(history.at(-1)).toMatchObject({ type: 'rated', level: 'satisfied', comment: 'Cán bộ hướng dẫn tận tình' });
  });

  it('works with the keyboard alone', async () => {
    const user = userEvent.setup();
    const d = await returnedDossier();
    renderAt(`/ho-so/${d.id}/danh-gia`);
    await screen.findByRole('heading', { level: 1, name: 'Đánh giá mức độ hài lòng' });
    await user.tab();
    expect(document.activeElement).toBe(screen.getByLabelText('Rất hài lòng'));
    await user.keyboard(' ');
    await user.tab(); // the comment
    await user.tab(); // the button
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Gửi đánh giá' }));
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { name: 'Xin cảm ơn ông/bà đã đánh giá!' })).toBeTruthy();
    expect((await dossierHistory(d.id)).at(-1)).toMatchObject({ type: 'rated', level: 'very-satisfied' });
  });

  it('refuses a second rating, and says why', async () => {
    const d = await returnedDossier();
    await addDossierEvent(d.id, { type: 'rated', level: 'acceptable' }, vn('2026-11-24T09:05:00'));
    renderAt(`/ho-so/${d.id}/danh-gia`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Chưa thể đánh giá' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe('Công dân đã đánh giá mức độ hài lòng cho hồ sơ này; mỗi hồ sơ chỉ được đánh giá một lần');
    expect(screen.queryByRole('button', { name: 'Gửi đánh giá' })).toBeNull();
    expect(await dossierHistory(d.id)).toHaveLength(5);
  });

  it('is not possible before the result is returned', async () => {
    const d = await receive(vn('2026-11-20T09:00:00'), { name: 'Nguyễn Thị Hoà' });
    renderAt(`/ho-so/${d.id}/danh-gia`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Chưa thể đánh giá' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe('Hồ sơ đã tiếp nhận; chỉ được đánh giá sau khi trả kết quả');
    expect(screen.getByRole('link', { name: 'Quay lại hồ sơ' }).getAttribute('href')).toBe(`/ho-so/${d.id}`);
  });
});
