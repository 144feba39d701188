import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { DossierEvent } from '../../src/domain/dossier/events';
import { dossierHistory } from '../../src/store/dossiers';
import { readSettings, saveSettings } from '../../src/store/settings';
import { freshDatabase, vn } from '../store/helpers';
import { receive } from './dossiers-fixtures';
import { renderAt } from './render';

const JUSTICE = { kind: 'commune-specialist' as const, name: 'Tư pháp – Hộ tịch', person: 'Lê Văn C' };
const last = async (id: string): Promise<DossierEvent> => (await dossierHistory(id)).at(-1)!;
const form = (name: string) => screen.getByRole('form', { name });
const options = (id: string) => Array.from(document.querySelectorAll(`datalist#${id} option`), (o) => (o as HTMLOptionElement).value);

describe("settings: the commune's units and leaders", () => {
  beforeEach(async () => {
    await freshDatabase();
  });

  it('keeps a list of units and leaders, and asks for what is missing where the officer looks', { timeout: 60_000 }, async () => {
    const user = userEvent.setup();
    renderAt('/cai-dat');
    const section = (await screen.findByRole('heading', { name: 'Đơn vị và lãnh đạo của xã' }, { timeout: 10_000 })).closest('section')!;
    const s = within(section);
    await user.click(s.getByRole('button', { name: 'Thêm đơn vị' }));
    await user.type(s.getByLabelText('Tên đơn vị 1'), 'Tư pháp – Hộ tịch');
    await user.type(s.getByLabelText('Người phụ trách 1'), 'Lê Văn C');
    await user.click(s.getByRole('button', { name: 'Thêm đơn vị' }));
    await user.selectOptions(s.getByLabelText('Loại đơn vị 2'), 'provincial-agency');
    await user.type(s.getByLabelText('Tên đơn vị 2'), 'Sở Tư pháp');
    await user.click(s.getByRole('button', { name: 'Thêm đơn vị' })); // left empty: dropped
    await user.click(s.getByRole('button', { name: 'Thêm lãnh đạo' }));
    await user.type(s.getByLabelText('Họ tên lãnh đạo 1'), 'Nguyễn Văn A');
    await user.type(s.getByLabelText('Chức vụ lãnh đạo 1'), 'Chủ tịch');
    await user.click(s.getByRole('button', { name: 'Thêm lãnh đạo' }));
    await user.type(s.getByLabelText('Họ tên lãnh đạo 2'), 'Trần Thị B');

    await user.click(s.getByRole('button', { name: 'Lưu danh sách đơn vị và lãnh đạo' }));
    expect(s.getByText('Lãnh đạo 2: chưa nhập chức vụ, ví dụ Chủ tịch hoặc Phó Chủ tịch.')).toBeTruthy();
    expect(document.activeElement).toBe(s.getByLabelText('Chức vụ lãnh đạo 2'));
    expect((await readSettings()).leaders).toBeUndefined();

    await user.type(s.getByLabelText('Chức vụ lãnh đạo 2'), 'Phó Chủ tịch');
    await user.click(s.getByRole('button', { name: 'Lưu danh sách đơn vị và lãnh đạo' }));
    expect(await s.findByText('Đã lưu danh sách đơn vị và lãnh đạo.')).toBeTruthy();
    const saved = await readSettings();
    expect(saved.units).toEqual([JUSTICE, { kind: 'provincial-agency', name: 'Sở Tư pháp', person: null }]);
    expect(saved.leaders).toEqual([
      { name: 'Nguyễn Văn A', title: 'Chủ tịch' },
      { name: 'Trần Thị B', title: 'Phó Chủ tịch' },
    ]);
    expect(s.getAllByTestId('unit-row')).toHaveLength(2);
  });

  it('offers the lists in the transfer, appraisal and approval forms; a pick fills kind, person and title', { timeout: 60_000 }, async () => {
    await saveSettings({
      units: [JUSTICE, { kind: 'provincial-agency', name: 'Sở Tư pháp', person: null }],
      leaders: [
        { name: 'Nguyễn Văn A', title: 'Chủ tịch' },
        { name: 'Trần Thị B', title: 'Phó Chủ tịch' },
      ],
    });
    const d = await receive(vn('2026-11-20T09:00:00'), { name: 'Nguyễn Thị Hoà' });
    const user = userEvent.setup();
    renderAt(`/ho-so/${d.id}`);

    await user.click(await screen.findByRole('button', { name: 'Chuyển xử lý' }, { timeout: 10_000 }));
    const name = screen.getByLabelText('Tên đơn vị hoặc bộ phận');
    expect(name.getAttribute('list')).toBe('transfer-units');
    expect(options('transfer-units')).toEqual(['Tư pháp – Hộ tịch', 'Sở Tư pháp', 'Chủ tịch Nguyễn Văn A', 'Phó Chủ tịch Trần Thị B']);
    await user.type(name, 'Sở Tư pháp');
    expect((screen.getByLabelText('Chuyển đến') as HTMLSelectElement).value).toBe('provincial-agency');
    // Typed without diacritics, the listed unit is recognised: its kind, spelling and person.
    await user.clear(name);
    await user.type(name, 'tu phap – ho tich');
    expect((screen.getByLabelText('Chuyển đến') as HTMLSelectElement).value).toBe('commune-specialist');
    expect((screen.getByLabelText('Người nhận (không bắt buộc)') as HTMLInputElement).value).toBe('Lê Văn C');
    await user.click(within(form('Chuyển xử lý')).getByRole('button', { name: 'Lưu' }));
    await screen.findByText(/^Đã ghi nhận:/);
    expect(await last(d.id)).toMatchObject({ type: 'transferred', to: JUSTICE });

    // The appraisal starts from the unit holding the dossier.
    await user.click(await screen.findByRole('button', { name: 'Ghi kết quả thẩm định' }));
    expect((screen.getByLabelText('Đơn vị thẩm định') as HTMLInputElement).value).toBe('Tư pháp – Hộ tịch');
    expect((screen.getByLabelText('Người thẩm định (không bắt buộc)') as HTMLInputElement).value).toBe('Lê Văn C');
    await user.click(screen.getByLabelText('Đủ điều kiện giải quyết'));
    await user.click(within(form('Ghi kết quả thẩm định')).getByRole('button', { name: 'Lưu' }));
    await waitFor(async () => expect(await last(d.id)).toMatchObject({ type: 'appraised', by: JUSTICE }));

    // The signer: a leader from the list brings the title; free text stays possible.
    await user.click(await screen.findByRole('button', { name: 'Phê duyệt' }));
    expect(options('approval-leaders')).toEqual(['Nguyễn Văn A', 'Trần Thị B']);
    await user.type(screen.getByLabelText('Người ký phê duyệt'), 'Trần Thị B');
    expect((screen.getByLabelText('Chức vụ người ký (không bắt buộc)') as HTMLInputElement).value).toBe('Phó Chủ tịch');
    await user.click(within(form('Phê duyệt')).getByRole('button', { name: 'Lưu' }));
    await waitFor(async () => expect(await last(d.id)).toMatchObject({ type: 'approved', signer: 'Trần Thị B', signerTitle: 'Phó Chủ tịch' }));
    await waitFor(() => expect(screen.getByTestId('timeline').textContent).toContain('Người ký: Phó Chủ tịch Trần Thị B'));

    // The apology names the late unit: the units are offered there too.
    await user.click(await screen.findByRole('button', { name: 'Xin lỗi và hẹn lại ngày trả' }));
    expect(screen.getByLabelText('Đơn vị chậm trễ (không bắt buộc)').getAttribute('list')).toBe('apology-units');
    expect(options('apology-units')).toEqual(['Tư pháp – Hộ tịch', 'Sở Tư pháp']);
  });
});
