import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { DESK_UNIT } from '../../src/domain/dossier/lifecycle';
import { addDossierEvent, receiveDossier } from '../../src/store/dossiers';
import { freshDatabase, receiveInput, vn } from '../store/helpers';
import { receive } from './dossiers-fixtures';
import { renderAt } from './render';

const JUSTICE = { kind: 'commune-specialist' as const, name: 'Tư pháp – Hộ tịch', person: 'Lê Văn C' };
const CHAIR = { kind: 'leader' as const, name: 'Chủ tịch UBND xã', person: 'Nguyễn Văn A' };

describe('timeline: who did what', () => {
  beforeEach(async () => {
    await freshDatabase();
  });

  it('shows the actor of each event and, apart, the desk officer who recorded it', async () => {
    const d = await receive(vn('2026-11-20T09:00:00'), { name: 'Nguyễn Thị Hoà' });
    const add = (payload: Parameters<typeof addDossierEvent>[1], at: string) => addDossierEvent(d.id, payload, vn(at));
    await add({ type: 'transferred', from: DESK_UNIT, to: JUSTICE }, '2026-11-20T10:00:00');
    // An appraisal recorded before appraisals named their author: the unit holding the dossier.
    await add({ type: 'appraised', conclusion: 'needs-supplement' }, '2026-11-23T08:00:00');
    await add(
      { type: 'supplement-requested', items: [{ name: 'Giấy chứng sinh', originals: 1, copies: 0 }], reason: 'Thiếu', requestedBy: 'handler', by: { ...JUSTICE, person: 'Phạm Thị D' } },
      '2026-11-23T08:30:00',
    );
    await add({ type: 'supplement-supplied', items: [{ name: 'Giấy chứng sinh', originals: 1, copies: 0 }] }, '2026-11-24T09:00:00');
    await add({ type: 'appraised', conclusion: 'eligible', by: JUSTICE }, '2026-11-24T10:00:00');
    await add({ type: 'transferred', from: JUSTICE, to: CHAIR }, '2026-11-24T11:00:00');
    await add({ type: 'approved', signer: 'Nguyễn Văn A', signerTitle: 'Chủ tịch' }, '2026-11-24T14:00:00');
    await add({ type: 'result-ready', resultNumber: '12/TLKS' }, '2026-11-24T15:00:00');
    await add({ type: 'returned', method: 'desk', recipient: 'Trần Văn B' }, '2026-11-25T08:00:00');
    await add({ type: 'rated', level: 'satisfied' }, '2026-11-25T08:05:00');
    await add({ type: 'noted', text: 'Công dân cảm ơn' }, '2026-11-25T08:10:00');

    renderAt(`/ho-so/${d.id}`);
    const timeline = await screen.findByTestId('timeline', {}, { timeout: 10_000 });
    const rows = within(timeline)
      .getAllByRole('listitem')
      .filter((li) => li.dataset.event);
    const actor = (li: HTMLElement) => li.querySelector('[data-testid="actor"]')?.textContent ?? null;
    const recorded = (li: HTMLElement) => li.querySelector('[data-testid="recorded-by"]')?.textContent ?? null;

    expect(rows.map((li) => [li.dataset.event, actor(li)])).toEqual([
      ['received', 'Cán bộ tiếp nhận: Nguyễn Văn Cán Bộ'],
      ['transferred', 'Đơn vị xử lý: Công chức chuyên môn của xã: Tư pháp – Hộ tịch (Lê Văn C)'],
      ['appraised', 'Người thẩm định: Công chức chuyên môn của xã: Tư pháp – Hộ tịch (Lê Văn C)'],
      ['supplement-requested', 'Bên yêu cầu: Công chức chuyên môn của xã: Tư pháp – Hộ tịch (Phạm Thị D)'],
      ['supplement-supplied', 'Người thực hiện: công dân Nguyễn Thị Hoà'],
      ['appraised', 'Người thẩm định: Công chức chuyên môn của xã: Tư pháp – Hộ tịch (Lê Văn C)'],
      ['transferred', 'Đơn vị xử lý: Lãnh đạo: Chủ tịch UBND xã (Nguyễn Văn A)'],
      ['approved', 'Người ký: Chủ tịch Nguyễn Văn A'],
      ['result-ready', 'Đơn vị gửi kết quả: Lãnh đạo: Chủ tịch UBND xã (Nguyễn Văn A)'],
      ['returned', 'Người nhận kết quả: Trần Văn B'],
      ['rated', 'Người thực hiện: công dân'],
      ['noted', null],
    ]);
    // The officer who entered each event is shown apart, never as its author; the receipt's author is the officer.
    expect(rows.map(recorded)).toEqual([null, ...Array<string>(rows.length - 1).fill('Ghi nhận: Nguyễn Văn Cán Bộ')]);
    for (const li of rows.slice(1)) expect(actor(li) ?? '').not.toContain('Nguyễn Văn Cán Bộ');
    expect(rows.every((li) => li.querySelector('[data-testid="recorded-by"]')?.classList.contains('muted') ?? true)).toBe(true);
  });

  it('names the desk when the desk asked for the supplement, and an organisation that supplied it', async () => {
    const d = await receiveDossier(receiveInput(vn('2026-11-20T09:00:00'), { kind: 'organisation', name: 'Công ty TNHH An Phú', representative: 'Lê Văn E' }));
    await addDossierEvent(d.id, { type: 'supplement-requested', items: [], reason: 'Thiếu', requestedBy: 'desk' }, vn('2026-11-20T09:30:00'));
    await addDossierEvent(d.id, { type: 'supplement-supplied', items: [] }, vn('2026-11-21T09:30:00'));
    renderAt(`/ho-so/${d.id}`);
    const timeline = await screen.findByTestId('timeline', {}, { timeout: 10_000 });
    const actors = Array.from(timeline.querySelectorAll('[data-testid="actor"]'), (p) => p.textContent);
    expect(actors.slice(1)).toEqual(['Bên yêu cầu: Bộ phận tiếp nhận và trả kết quả — UBND XÃ THỬ', 'Người thực hiện: Công ty TNHH An Phú (tổ chức nộp hồ sơ)']);
  });
});
