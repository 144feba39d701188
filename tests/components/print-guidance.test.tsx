import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { DESK_UNIT } from '../../src/domain/dossier/lifecycle';
import { printPaths } from '../../src/features/print/paths';
import { addDossierEvent, dossierHistory, receiveDossier } from '../../src/store/dossiers';
import { saveSettings } from '../../src/store/settings';
import { recordVisit, type VisitInput } from '../../src/store/visits';
import { freshDatabase, TEST_PROCEDURE, vn } from '../store/helpers';
import { renderAt } from './render';

const applicant = { kind: 'person' as const, name: 'Đặng Quốc Huy', gender: 'male' as const, address: 'Ấp 4, xã Tân Phú', phone: '0909000111' };

const visit = (outcome: VisitInput['outcome'], extra: Partial<VisitInput> = {}): VisitInput => ({
  outcome,
  procedureId: TEST_PROCEDURE.id,
  procedureCode: TEST_PROCEDURE.code,
  procedureName: TEST_PROCEDURE.name,
  applicant,
  missing: [],
  reason: '',
  at: vn('2026-11-20T14:10:00'),
  ...extra,
});

/** Friday 20 Nov 2026, 09:05. */
const receive = () =>
  receiveDossier({ procedure: TEST_PROCEDURE, caseId: 'c1', channel: 'desk', applicant, documents: [], sets: 1, feeVnd: 0, returnMethod: 'desk', at: vn('2026-11-20T09:05:00') });

async function rendered(path: string) {
  renderAt(path);
  const sheet = await screen.findByTestId('print-sheet');
  return { sheet, title: within(sheet).getByRole('heading', { level: 1 }).textContent, text: sheet.textContent ?? '' };
}

describe('guidance on what to supply (Mẫu 02)', () => {
  beforeEach(async () => {
    await freshDatabase();
    await saveSettings({ agencyName: 'UBND xã Tân Phú', placeName: 'Tân Phú' });
  });

  it('from a visit: lists what must be supplied, the reason, whom to contact and who guided', async () => {
    const v = await recordVisit(
      visit('guidance', {
        missing: [
          { name: 'Giấy chứng sinh', originals: 1, copies: 0 },
          { name: 'Giấy chứng nhận kết hôn của cha mẹ', originals: 0, copies: 1, note: 'Bản sao chứng thực' },
          { name: 'Sổ hộ khẩu cũ', originals: 0, copies: 0, photocopies: 2 },
        ],
        reason: 'Thiếu giấy tờ theo quy định',
      }),
    );
    const { sheet, title, text } = await rendered(printPaths.guidance(v.id));
    expect(title).toBe('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ');
    expect(text).toContain('Mẫu số 02');
    expect(text).toContain('Tân Phú, ngày 20 tháng 11 năm 2026');
    expect(text).toContain('tiếp nhận hồ sơ của: Ông Đặng Quốc Huy');
    expect(text).toContain('Nội dung yêu cầu giải quyết: Đăng ký khai sinh');
    const rows = within(within(sheet).getByTestId('supplement-items')).getAllByRole<HTMLTableRowElement>('row').slice(1);
    // Originals, certified copies and photocopies each in their own column, as on Mẫu 02.
    expect(rows.map((r) => Array.from(r.cells, (c) => c.textContent))).toEqual([
      ['1', 'Giấy chứng sinh', '01', '', '', ''],
      ['2', 'Giấy chứng nhận kết hôn của cha mẹ', '', '01', '', 'Bản sao chứng thực'],
      ['3', 'Sổ hộ khẩu cũ', '', '', '02', ''],
    ]);
    expect(text).toContain('Lý do: Thiếu giấy tờ theo quy định');
    expect(text).toContain('liên hệ với ông/bà Nguyễn Văn Cán Bộ, Bộ phận tiếp nhận và trả kết quả UBND xã Tân Phú');
    expect(text).toContain('NGƯỜI HƯỚNG DẪN');
  });

  it("prints the desk's phone, set in Settings, on the contact line", async () => {
    const user = userEvent.setup();
    renderAt('/cai-dat');
    const phone = await screen.findByLabelText('Số điện thoại của bộ phận một cửa (in trên phiếu hướng dẫn)');
    await user.type(phone, '0251 3861 234');
    await user.click(screen.getByRole('button', { name: 'Lưu cài đặt' }));
    await screen.findByText('Đã lưu cài đặt.');
    const v = await recordVisit(visit('guidance', { missing: [{ name: 'Giấy chứng sinh', originals: 1, copies: 0 }], reason: 'Thiếu giấy tờ' }));
    const { text } = await rendered(printPaths.guidance(v.id));
    expect(text).toContain('Bộ phận tiếp nhận và trả kết quả UBND xã Tân Phú, số điện thoại 0251 3861 234, để được hướng dẫn.');
  });

  it('leaves out a note that only repeats the document name, and the column when no note is left', async () => {
    const v = await recordVisit(
      visit('guidance', {
        procedureName: 'Cấp bản sao trích lục hộ tịch.',
        missing: [{ name: 'Tờ khai cấp bản sao trích lục hộ tịch theo mẫu', originals: 1, copies: 0, note: 'Mẫu: Tờ khai cấp bản sao trích lục hộ tịch theo mẫu' }],
        reason: 'Thiếu tờ khai.',
      }),
    );
    const { sheet, text } = await rendered(printPaths.guidance(v.id));
    const table = within(sheet).getByTestId('supplement-items');
    expect(within(table).queryByRole('columnheader', { name: 'Ghi chú' })).toBeNull();
    expect(within(table).getAllByRole('row')[1]!.textContent).toBe('1Tờ khai cấp bản sao trích lục hộ tịch theo mẫu01');
    // A catalogue name or a reason that ends with a full stop never prints "..".
    expect(text).not.toContain('..');
  });

  it('from a supplement request during processing: the items of that request and the dossier code', async () => {
    const { id } = await receive();
    await addDossierEvent(id, { type: 'transferred', from: DESK_UNIT, to: { kind: 'commune-specialist', name: 'Tư pháp' } }, vn('2026-11-20T10:00:00'));
    await addDossierEvent(
      id,
      { type: 'supplement-requested', items: [{ name: 'Văn bản ủy quyền', originals: 1, copies: 0 }], reason: 'Người nộp không phải cha mẹ', requestedBy: 'handler' },
      vn('2026-11-23T08:30:00'),
    );
    const requested = (await dossierHistory(id)).find((e) => e.type === 'supplement-requested')!;
    const { sheet, text } = await rendered(printPaths.supplement(id, requested.id));
    expect(text).toContain('Mã hồ sơ: 000.00.53.H48-261120-0001, tiếp nhận lúc 09 giờ 05 phút, ngày 20 tháng 11 năm 2026');
    expect(text).toContain('Tân Phú, ngày 23 tháng 11 năm 2026');
    const rows = within(within(sheet).getByTestId('supplement-items')).getAllByRole<HTMLTableRowElement>('row').slice(1);
    expect(rows.map((r) => r.cells[1]?.textContent)).toEqual(['Văn bản ủy quyền']);
    expect(text).toContain('Lý do: Người nộp không phải cha mẹ');
  });

  it('has no guidance form for a visit that ended otherwise', async () => {
    const v = await recordVisit(visit('redirect', { reason: 'UBND xã Tân An' }));
    renderAt(printPaths.guidance(v.id));
    expect((await screen.findByRole('alert')).textContent).toContain('không kết thúc bằng hướng dẫn bổ sung');
  });

  it('says so for an unknown supplement request of a known dossier', async () => {
    const { id } = await receive();
    renderAt(printPaths.supplement(id, 'no-such-event'));
    expect((await screen.findByRole('alert')).textContent).toBe('Hồ sơ này không có yêu cầu bổ sung nào như vậy.');
  });
});

describe('refusal (Mẫu 03)', () => {
  beforeEach(async () => {
    await freshDatabase();
    await saveSettings({ agencyName: 'UBND xã Tân Phú', placeName: 'Tân Phú' });
  });

  it('from a visit: the applicant, the request and the reasons', async () => {
    const v = await recordVisit(visit('refusal', { reason: 'Trẻ đã được đăng ký khai sinh tại UBND xã Tân An' }));
    const { sheet, title, text } = await rendered(printPaths.visitRefusal(v.id));
    expect(title).toBe('PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ');
    expect(text).toContain('Mẫu số 03');
    expect(text).toContain('Ông Đặng Quốc Huy');
    expect(text).toContain('Nội dung yêu cầu giải quyết: Đăng ký khai sinh');
    expect(within(sheet).getByTestId('reasons').textContent).toBe('Trẻ đã được đăng ký khai sinh tại UBND xã Tân An');
    // Signed at the desk by the officer, titled as offices print it.
    expect(Array.from(sheet.querySelectorAll('.signature-role'), (p) => p.textContent)).toEqual(['NGƯỜI TIẾP NHẬN']);
  });

  it("from the dossier's refusal during processing", async () => {
    const { id } = await receive();
    await addDossierEvent(id, { type: 'refused', reasons: 'Hồ sơ không đủ điều kiện theo Luật Hộ tịch' }, vn('2026-11-24T15:00:00'));
    const { sheet, text } = await rendered(printPaths.refusal(id));
    expect(text).toContain('Mã hồ sơ: 000.00.53.H48-261120-0001');
    expect(text).toContain('Tân Phú, ngày 24 tháng 11 năm 2026');
    expect(within(sheet).getByTestId('reasons').textContent).toBe('Hồ sơ không đủ điều kiện theo Luật Hộ tịch');
    // The commune's decision, signed for the People's Committee by its chair.
    expect(Array.from(sheet.querySelectorAll('.signature-role'), (p) => p.textContent)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']);
  });

  it('has no refusal form for a dossier that was not refused', async () => {
    const { id } = await receive();
    renderAt(printPaths.refusal(id));
    expect((await screen.findByRole('alert')).textContent).toBe('Hồ sơ này không bị từ chối giải quyết, nên không có Phiếu từ chối.');
  });
});
