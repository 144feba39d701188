import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppRoutes } from '../../src/app/App';
import type { Procedure } from '../../src/domain/procedure';
import { ensureCatalogue, invalidateCatalogueIndex, toProcedureRow } from '../../src/store/catalogue';
import { db } from '../../src/store/db';
import { listDrafts } from '../../src/store/drafts';
import { receiveDossier } from '../../src/store/dossiers';
import { recordVisit } from '../../src/store/visits';
import { freshDatabase, TEST_PROCEDURE, vn } from '../store/helpers';

const QR = '001090012345|123456789|Nguyễn Văn An|15031990|Nam|Số 1 Đường Láng, Hà Nội|01022021';

const NO_LIMIT: Procedure = {
  ...TEST_PROCEDURE,
  id: '9.000001',
  code: '9.000001',
  name: 'Thủ tục chưa có thời hạn',
  channels: [{ channel: 'desk', timeLimit: { amount: null, unit: 'working-days' }, fees: [{ label: 'Lệ phí', amountVnd: null }] }],
};

function Where() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

function renderAt(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <AppRoutes />
      <Where />
    </MemoryRouter>,
  );
}

const location = () => screen.getByTestId('location').textContent ?? '';

async function seed(...procedures: Procedure[]) {
  await db().procedures.bulkPut(procedures.map(toProcedureRow));
  invalidateCatalogueIndex();
}

/** Opens the form on TEST_PROCEDURE (one case, one required document, 3 working days). */
async function openTestProcedure(path = `/tiep-nhan?thu-tuc=${TEST_PROCEDURE.id}`) {
  renderAt(path);
  await screen.findByText(TEST_PROCEDURE.name);
}

const documentBox = () => screen.getByRole('checkbox', { name: 'Tờ khai đăng ký khai sinh' });

describe('intake: choosing the procedure', () => {
  beforeEach(async () => {
    await freshDatabase();
    invalidateCatalogueIndex();
    await ensureCatalogue();
  });

  it('finds it by typing without diacritics and takes it with Enter, then asks for the case', async () => {
    const user = userEvent.setup();
    renderAt('/tiep-nhan');
    const box = await screen.findByRole('combobox', { name: 'Tìm thủ tục theo tên hoặc mã' });
    expect(document.activeElement).toBe(box);
    await user.type(box, 'dang ky khai sinh');
    const list = await screen.findByRole('listbox');
    expect(within(list).getAllByRole('option')[0]?.textContent).toMatch(/^Thủ tục đăng ký khai sinh1\.001193/);
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Thủ tục đăng ký khai sinh')).toBeTruthy();
    expect(screen.queryByRole('combobox')).toBeNull();
    // Cases that are not ways of submitting are chosen apart: the officer is taken to them next.
    await user.click(screen.getByRole('button', { name: 'Đổi thủ tục' }));
    await user.type(screen.getByRole('combobox', { name: 'Tìm thủ tục theo tên hoặc mã' }), '2.000720');
    await user.keyboard('{Enter}');
    const first = await screen.findByRole('radio', { name: /^Thay đổi tên hộ kinh doanh/ });
    await waitFor(() => expect(document.activeElement).toBe(first));
    expect(screen.getByText('Chọn thủ tục (và trường hợp) để hiện danh mục giấy tờ.')).toBeTruthy();
  });

  it('makes the case and the channel one choice when the cases are ways of submitting', async () => {
    const user = userEvent.setup();
    renderAt('/tiep-nhan?thu-tuc=1.001193');
    await screen.findByText('Thủ tục đăng ký khai sinh');
    // No separate case to pick: at the desk, the paper form's case applies; the applicant is next.
    expect(screen.queryByRole('radio', { name: /Nộp hồ sơ trực tiếp/ })).toBeNull();
    expect(screen.getAllByRole('group', { name: 'Hình thức nộp' })).toHaveLength(1);
    const group = screen.getByRole('group', { name: 'Hình thức nộp' });
    expect(within(group).getAllByRole('radio').map((r) => r.parentElement?.textContent)).toEqual(['Trực tiếp', 'Trực tuyến', 'Dịch vụ bưu chính']);
    expect((within(group).getByRole('radio', { name: 'Trực tiếp' }) as HTMLInputElement).checked).toBe(true);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Quét mã QR trên thẻ căn cước (máy quét)')));
    expect(screen.getByRole('checkbox', { name: 'Tờ khai đăng ký khai sinh theo mẫu' })).toBeTruthy();

    // Online: the e-form's case, and the dossier records both as one.
    await user.click(within(group).getByRole('radio', { name: 'Trực tuyến' }));
    expect(screen.queryByRole('checkbox', { name: 'Tờ khai đăng ký khai sinh theo mẫu' })).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Mẫu hộ tịch điện tử tương tác đăng ký khai sinh' }));
    expect(group.textContent).toMatch(/Nộp hồ sơ trực tuyến/);
    await user.type(screen.getByLabelText('Họ và tên'), 'Lê Thị Hoa');
    for (const box of screen.getAllByRole('checkbox')) if (!(box as HTMLInputElement).checked) await user.click(box);
    await user.click(screen.getByRole('button', { name: 'Tiếp nhận và in giấy hẹn' }));
    await waitFor(() => expect(location()).toMatch(/^\/in\/tiep-nhan\//));
    const [received] = await db().events.toArray();
    expect(received?.type === 'received' && [received.caseId, received.channel]).toEqual(['truc-tuyen', 'online']);
  }, 20_000);

  it('offers only the channels the cases cover', async () => {
    renderAt('/tiep-nhan?thu-tuc=1.000689');
    await screen.findByText('Thủ tục đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con');
    const group = screen.getByRole('group', { name: 'Hình thức nộp' });
    expect(within(group).getAllByRole('radio').map((r) => r.parentElement?.textContent)).toEqual(['Trực tiếp', 'Dịch vụ bưu chính']);
  });

  it('moves through the results with the arrow keys', async () => {
    const user = userEvent.setup();
    renderAt('/tiep-nhan');
    const box = await screen.findByRole('combobox', { name: 'Tìm thủ tục theo tên hoặc mã' });
    await user.type(box, 'dang ky khai sinh');
    const options = within(await screen.findByRole('listbox')).getAllByRole('option');
    await user.keyboard('{ArrowDown}');
    expect(box.getAttribute('aria-activedescendant')).toBe(options[1]?.id);
    const second = options[1]?.querySelector('.rc-option-name')?.textContent ?? '';
    await user.keyboard('{Enter}');
    expect(await screen.findByText(second)).toBeTruthy();
  });

  it('offers the procedures this device receives most before anything is typed', async () => {
    const marriage = (await db().procedures.get('1.000894'))!;
    for (let i = 0; i < 2; i++) {
      await receiveDossier({
        procedure: marriage,
        caseId: marriage.cases[0]!.id,
        channel: 'desk',
        applicant: { kind: 'person', name: `Người ${i}` },
        documents: [],
        sets: 1,
        feeVnd: 0,
        returnMethod: 'desk',
      });
    }
    renderAt('/tiep-nhan');
    const list = await screen.findByRole('listbox', { name: 'Hay tiếp nhận trên máy này' });
    expect(within(list).getByRole('option', { name: /Thủ tục đăng ký kết hôn.*2 hồ sơ gần đây/ })).toBeTruthy();
  });
});

describe('intake: the applicant and the ID card', () => {
  beforeEach(async () => {
    await freshDatabase();
    await seed(TEST_PROCEDURE);
  });

  it('fills the applicant from a scan typed into the scan field, and the Enter does not submit', async () => {
    // A scanner types in one burst: no pause between keys (a pause of 250 ms on a loaded machine
    // would complete the scan early, as it should for a scanner that sends no Enter).
    const user = userEvent.setup({ delay: null });
    await openTestProcedure();
    const scan = screen.getByLabelText('Quét mã QR trên thẻ căn cước (máy quét)');
    await waitFor(() => expect(document.activeElement).toBe(scan));
    await user.type(scan, `${QR}{Enter}`);

    expect((screen.getByLabelText('Họ và tên') as HTMLInputElement).value).toBe('Nguyễn Văn An');
    expect((screen.getByLabelText('Số định danh cá nhân (12 số)') as HTMLInputElement).value).toBe('001090012345');
    // The card's ddMMyyyy shows day first, whatever the browser's language.
    expect((screen.getByLabelText('Ngày sinh') as HTMLInputElement).value).toBe('15/03/1990');
    expect((screen.getByRole('radio', { name: 'Nam' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Địa chỉ') as HTMLInputElement).value).toBe('Số 1 Đường Láng, Hà Nội');
    expect(screen.getByText(/Đã điền từ thẻ căn cước: họ tên, số định danh, ngày sinh/)).toBeTruthy();
    expect((scan as HTMLInputElement).value).toBe('');
    // Nothing was submitted: still on the form, no dossier, no visit.
    expect(location()).toMatch(/^\/tiep-nhan/);
    expect(await db().dossiers.count()).toBe(0);
    expect(await db().visits.count()).toBe(0);
  });

  it('takes the date of birth typed day first, dd/mm/yyyy, and catches a scan typed into it', async () => {
    const user = userEvent.setup();
    await openTestProcedure();
    const dob = screen.getByLabelText('Ngày sinh') as HTMLInputElement;
    await user.type(dob, '12031990');
    expect(dob.value).toBe('12/03/1990');
    await user.type(screen.getByLabelText('Họ và tên'), 'Lê Thị Hoa');
    await user.click(documentBox());
    await user.click(screen.getByRole('button', { name: 'Tiếp nhận và in giấy hẹn' }));
    await waitFor(() => expect(location()).toMatch(/^\/in\/tiep-nhan\//));
    const [row] = await db().dossiers.toArray();
    expect(row?.applicant).toMatchObject({ dateOfBirth: '1990-03-12' });
  });

  it('catches a scan typed into the date of birth', async () => {
    const user = userEvent.setup({ delay: null }); // a scanner's burst
    await openTestProcedure();
    const dob = screen.getByLabelText('Ngày sinh') as HTMLInputElement;
    await user.type(dob, `${QR}{Enter}`);
    expect((screen.getByLabelText('Họ và tên') as HTMLInputElement).value).toBe('Nguyễn Văn An');
    expect(dob.value).toBe('15/03/1990');
  });

  it('catches a scan typed into any other field and gives that field its value back', async () => {
    const user = userEvent.setup({ delay: null }); // a scanner's burst
    await openTestProcedure();
    const phone = screen.getByLabelText('Số điện thoại') as HTMLInputElement;
    await user.type(phone, '0912');
    await user.type(phone, `${QR}{Enter}`);
    expect(phone.value).toBe('0912');
    expect((screen.getByLabelText('Họ và tên') as HTMLInputElement).value).toBe('Nguyễn Văn An');
    expect(location()).toMatch(/^\/tiep-nhan/);
    expect(await db().visits.count()).toBe(0);
  });

  it('shows a wrong ID number as an error and a mismatch with the gender or birth year as a warning', async () => {
    const user = userEvent.setup();
    await openTestProcedure();
    const id = screen.getByLabelText('Số định danh cá nhân (12 số)');
    await user.type(id, '12345');
    await user.tab();
    const error = screen.getByText('Số định danh cá nhân phải gồm đúng 12 chữ số');
    expect(id.getAttribute('aria-invalid')).toBe('true');
    expect(id.getAttribute('aria-describedby')).toContain(error.id);

    await user.clear(id);
    await user.type(id, '001090012345');
    expect(screen.queryByText('Số định danh cá nhân phải gồm đúng 12 chữ số')).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'Nữ' }));
    expect(screen.getByText('Số định danh là của công dân nam, nhưng giới tính đã nhập là nữ')).toBeTruthy();
    expect(id.getAttribute('aria-invalid')).toBeNull();

    // A warning never blocks: the dossier is received with the number as typed.
    await user.type(screen.getByLabelText('Họ và tên'), 'Trần Thị Bình');
    await user.click(documentBox());
    await user.click(screen.getByRole('button', { name: 'Tiếp nhận và in giấy hẹn' }));
    await waitFor(() => expect(location()).toMatch(/^\/in\/tiep-nhan\//));
    const [row] = await db().dossiers.toArray();
    expect(row?.applicant).toMatchObject({ idNumber: '001090012345', gender: 'female' });
  });

  it('shows an ID-number warning of a scanned card once, beside the number', async () => {
    const user = userEvent.setup({ delay: null }); // a scanner's burst
    await openTestProcedure();
    // 001090… is a man born in 1990; the card says Nữ and 1991.
    await user.type(screen.getByLabelText('Quét mã QR trên thẻ căn cước (máy quét)'), '001090012345||Lê Thị Hoa|15031991|Nữ|Hà Nội|01022021{Enter}');
    expect((screen.getByLabelText('Họ và tên') as HTMLInputElement).value).toBe('Lê Thị Hoa');
    expect(screen.getAllByText('Số định danh là của công dân nam, nhưng giới tính đã nhập là nữ')).toHaveLength(1);
    expect(screen.getAllByText('Số định danh cho năm sinh 1990, nhưng ngày sinh đã nhập là năm 1991')).toHaveLength(1);
    const id = screen.getByLabelText('Số định danh cá nhân (12 số)');
    expect(document.getElementById('rc-idNumber-warnings')?.textContent).toMatch(/công dân nam/);
    expect(id.getAttribute('aria-describedby')).toContain('rc-idNumber-warnings');
  });

  it('says plainly when there is no camera, and typing goes on', async () => {
    const user = userEvent.setup();
    await openTestProcedure();
    await user.click(screen.getByRole('button', { name: 'Quét bằng camera' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/không có camera dùng được/);
    await user.click(screen.getByRole('button', { name: 'Đóng camera' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Quét bằng camera' }));
    await user.type(screen.getByLabelText('Họ và tên'), 'Lê Thị Hoa');
    expect((screen.getByLabelText('Họ và tên') as HTMLInputElement).value).toBe('Lê Thị Hoa');
  });

  it('says plainly when the camera is refused', async () => {
    const getUserMedia = vi.fn().mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    Object.defineProperty(navigator, 'mediaDevices', { value: { getUserMedia }, configurable: true });
    try {
      const user = userEvent.setup();
      await openTestProcedure();
      await user.click(screen.getByRole('button', { name: 'Quét bằng camera' }));
      expect((await screen.findByRole('alert')).textContent).toMatch(/Chưa được phép dùng camera/);
      expect(getUserMedia).toHaveBeenCalled();
    } finally {
      Reflect.deleteProperty(navigator, 'mediaDevices');
    }
  });
});

describe('intake: outcomes', () => {
  beforeEach(async () => {
    await freshDatabase();
    await seed(TEST_PROCEDURE, NO_LIMIT);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('turns the primary action into guidance while a required document is missing, and records it', async () => {
    const user = userEvent.setup();
    await openTestProcedure();
    await user.type(screen.getByLabelText('Họ và tên'), 'Lê Thị Hoa');
    expect(screen.queryByRole('button', { name: 'Tiếp nhận và in giấy hẹn' })).toBeNull();
    expect(within(screen.getByTestId('missing-documents')).getByText('Tờ khai đăng ký khai sinh')).toBeTruthy();

    await user.click(documentBox());
    expect(screen.getByRole('button', { name: 'Tiếp nhận và in giấy hẹn' })).toBeTruthy();
    await user.click(documentBox());

    await user.click(screen.getByRole('button', { name: 'Hướng dẫn bổ sung' }));
    await waitFor(() => expect(location()).toMatch(/^\/in\/huong-dan\//));
    const [visit] = await db().visits.toArray();
    expect(visit).toMatchObject({ outcome: 'guidance', procedureId: TEST_PROCEDURE.id, applicant: { name: 'Lê Thị Hoa' } });
    expect(visit?.missing).toEqual([{ name: 'Tờ khai đăng ký khai sinh', originals: 1, copies: 0, note: null }]);
    expect(location()).toBe(`/in/huong-dan/${visit!.id}`);
    expect(await db().dossiers.count()).toBe(0);
    expect(await listDrafts('receive')).toEqual([]);
  });

  it('names its shortcuts by what they do: Ctrl+S keeps the draft, Ctrl+Enter receives only a complete dossier', async () => {
    const user = userEvent.setup();
    await openTestProcedure();
    expect(screen.getByText('Ctrl+Enter: tiếp nhận và in giấy hẹn · Ctrl+S: lưu nháp')).toBeTruthy();
    await user.type(screen.getByLabelText('Họ và tên'), 'Lê Thị Hoa');
    // A document is missing: Ctrl+Enter says so and records nothing (no guidance behind the officer's back).
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(await screen.findByText(/Chưa tiếp nhận: còn thiếu 1 giấy tờ bắt buộc/)).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('missing-documents')));
    expect(await db().visits.count()).toBe(0);
    await user.click(documentBox());
    // Ctrl+S saves the draft now and never receives.
    await user.keyboard('{Control>}s{/Control}');
    expect(await screen.findByText('Đã lưu nháp. Hồ sơ chưa được tiếp nhận.')).toBeTruthy();
    expect(location()).toMatch(/^\/tiep-nhan/);
    expect(await db().dossiers.count()).toBe(0);
    const [draft] = await listDrafts('receive');
    expect((draft?.data as { applicant: { name: string } }).applicant.name).toBe('Lê Thị Hoa');
    expect(screen.getByRole('button', { name: 'Tiếp nhận và in giấy hẹn' }).getAttribute('aria-keyshortcuts')).toBe('Control+Enter');
  });

  it('saves a complete dossier with its appointment, drops the draft and opens the receipt (Ctrl+Enter)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(vn('2026-11-20T09:00:00'));
    const user = userEvent.setup();
    await openTestProcedure();
    await user.type(screen.getByLabelText('Họ và tên'), 'Lê Thị Hoa');
    await user.click(documentBox());
    // Friday 20/11/2026 + 3 working days → Wednesday 25/11, at closing time.
    expect(screen.getByTestId('appointment').textContent).toBe('Hẹn trả: 17 giờ 00 phút, ngày 25 tháng 11 năm 2026');
    await waitFor(async () => expect(await listDrafts('receive')).toHaveLength(1));

    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(location()).toMatch(/^\/in\/tiep-nhan\//));
    const rows = await db().dossiers.toArray();
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(location()).toBe(`/in/tiep-nhan/${row.id}`);
    expect(row.applicant.name).toBe('Lê Thị Hoa');
    expect(row.receivedAt).toBe(vn('2026-11-20T09:00:00'));
    expect(row.dueAt).toBe(vn('2026-11-25T17:00:00'));
    expect(row.code).toBe('000.00.53.H48-261120-0001');
    expect(await listDrafts('receive')).toEqual([]);
    const [received] = await db().events.toArray();
    expect(received?.type === 'received' && received.documents).toEqual([{ name: 'Tờ khai đăng ký khai sinh', originals: 1, copies: 0, received: true, attachmentIds: [] }]);
  });

  it('requires an address when the result is returned by post', async () => {
    const user = userEvent.setup();
    await openTestProcedure();
    await user.type(screen.getByLabelText('Địa chỉ'), 'Thôn 2, xã Tân Phú');
    await user.type(screen.getByLabelText('Họ và tên'), 'Lê Thị Hoa');
    await user.click(documentBox());
    await user.click(screen.getByRole('radio', { name: 'Qua dịch vụ bưu chính' }));
    await user.click(screen.getByRole('button', { name: 'Tiếp nhận và in giấy hẹn' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText('Nhập địa chỉ nhận kết quả qua bưu chính.')).toBeTruthy();
    const address = screen.getByLabelText('Địa chỉ nhận kết quả qua bưu chính');
    expect(address.getAttribute('aria-invalid')).toBe('true');
    expect(await db().dossiers.count()).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Dùng địa chỉ của người nộp' }));
    expect((address as HTMLTextAreaElement).value).toBe('Thôn 2, xã Tân Phú');
    // The catalogue says free; the officer may still enter what is charged.
    const fee = screen.getByLabelText('Phí, lệ phí (đồng)') as HTMLInputElement;
    expect(fee.value).toBe('0');
    await user.clear(fee);
    await user.type(fee, '20.000');
    expect(screen.getByText('= 20.000 đồng')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Tiếp nhận và in giấy hẹn' }));
    await waitFor(() => expect(location()).toMatch(/^\/in\/tiep-nhan\//));
    const [row] = await db().events.toArray();
    expect(row?.type === 'received' && [row.returnMethod, row.returnAddress, row.feeVnd]).toEqual(['postal', 'Thôn 2, xã Tân Phú', 20000]);
  });

  it('explains and blocks a procedure whose time limit is not confirmed', async () => {
    const user = userEvent.setup();
    renderAt(`/tiep-nhan?thu-tuc=${NO_LIMIT.id}`);
    await screen.findByText(NO_LIMIT.name);
    expect(screen.getByTestId('no-time-limit').textContent).toMatch(/chưa có thời hạn giải quyết được xác nhận.*chưa tiếp nhận được/);
    expect(screen.getByText('Mức phí chưa xác nhận trong danh mục: nhập số tiền nếu có thu.')).toBeTruthy();
    await user.type(screen.getByLabelText('Họ và tên'), 'Lê Thị Hoa');
    await user.click(documentBox());
    await user.click(screen.getByRole('button', { name: 'Tiếp nhận và in giấy hẹn' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toMatch(/chưa có thời hạn giải quyết được xác nhận/);
    expect(await db().dossiers.count()).toBe(0);
    expect((screen.getByLabelText('Họ và tên') as HTMLInputElement).value).toBe('Lê Thị Hoa');
  });

  it('records a refusal with its reasons and opens the refusal form', async () => {
    const user = userEvent.setup();
    await openTestProcedure();
    await user.type(screen.getByLabelText('Họ và tên'), 'Lê Thị Hoa');
    await user.click(screen.getByRole('button', { name: 'Từ chối tiếp nhận' }));
    await user.click(screen.getByRole('button', { name: 'Ghi nhận và in phiếu từ chối' }));
    expect(await screen.findByText('Nhập lý do từ chối.', { selector: '.rc-summary a' })).toBeTruthy();
    await user.type(screen.getByLabelText('Lý do từ chối'), 'Quá thời hạn đăng ký theo quy định');
    await user.click(screen.getByRole('button', { name: 'Ghi nhận và in phiếu từ chối' }));
    await waitFor(() => expect(location()).toMatch(/^\/in\/tu-choi\//));
    const [visit] = await db().visits.toArray();
    expect(visit).toMatchObject({ outcome: 'refusal', reason: 'Quá thời hạn đăng ký theo quy định', missing: [] });
  });

  it('logs a citizen directed elsewhere without a form, and opens a new dossier', async () => {
    const user = userEvent.setup();
    await openTestProcedure();
    await user.type(screen.getByLabelText('Họ và tên'), 'Lê Thị Hoa');
    await user.click(screen.getByRole('button', { name: 'Không thuộc thẩm quyền' }));
    await user.type(screen.getByLabelText('Đã hướng dẫn công dân đến (cơ quan, địa chỉ)'), 'Chi nhánh Văn phòng đăng ký đất đai');
    await user.click(screen.getByRole('button', { name: 'Ghi nhận lượt hướng dẫn' }));
    expect(await screen.findByText(/Đã ghi nhận: công dân được hướng dẫn đến Chi nhánh Văn phòng đăng ký đất đai/)).toBeTruthy();
    const [visit] = await db().visits.toArray();
    expect(visit).toMatchObject({ outcome: 'redirect', reason: 'Chi nhánh Văn phòng đăng ký đất đai' });
    expect((screen.getByLabelText('Họ và tên') as HTMLInputElement).value).toBe('');
    expect(location()).toMatch(/^\/tiep-nhan\?/);
  });

  it('keeps a PDF per document, refuses one over the size cap, and stores it with the dossier', async () => {
    const user = userEvent.setup({ applyAccept: false });
    await openTestProcedure();
    await user.type(screen.getByLabelText('Họ và tên'), 'Lê Thị Hoa');
    await user.click(documentBox());
    const input = screen.getByTestId('rc-doc-0-file') as HTMLInputElement;
    const big = new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'qua-lon.pdf', { type: 'application/pdf' });
    await user.upload(input, big);
    expect(await screen.findByText(/Tệp “qua-lon.pdf” nặng .* quá mức cho phép/)).toBeTruthy();
    const word = new File(['x'], 'don.docx', { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
    await user.upload(input, word);
    expect(await screen.findByText('Tệp “don.docx” không phải ảnh hoặc PDF.')).toBeTruthy();
    // This browser cannot decode the image (jsdom has no canvas): the officer is told, nothing is kept.
    await user.upload(input, new File([new Uint8Array(10)], 'anh.jpg', { type: 'image/jpeg' }));
    expect(await screen.findByText(/Không đọc được ảnh “anh.jpg”/)).toBeTruthy();

    await user.upload(input, new File([new Uint8Array(2048)], 'to-khai.pdf', { type: 'application/pdf' }));
    expect(await screen.findByText('to-khai.pdf')).toBeTruthy();
    await user.upload(input, new File([new Uint8Array(10)], 'nham.pdf', { type: 'application/pdf' }));
    await user.click(await screen.findByRole('button', { name: 'Xoá tệp nham.pdf' }));
    expect(screen.queryByText('nham.pdf')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Tiếp nhận và in giấy hẹn' }));
    await waitFor(() => expect(location()).toMatch(/^\/in\/tiep-nhan\//));
    const files = await db().attachments.toArray();
    expect(files.map((f) => [f.name, f.mime, f.size])).toEqual([['to-khai.pdf', 'application/pdf', 2048]]);
    const [received] = await db().events.toArray();
    expect(received?.type === 'received' && received.documents[0]?.attachmentIds).toEqual([files[0]!.id]);
  });
});

describe('intake: the desk is not configured', () => {
  beforeEach(async () => {
    await freshDatabase({ configured: false });
    await seed(TEST_PROCEDURE);
  });

  it('says why nothing can be received and links to the settings; nothing typed is lost', async () => {
    const user = userEvent.setup();
    await openTestProcedure();
    const banner = await screen.findByText(/Chưa khai báo mã định danh của cơ quan/, { selector: '.rc-banner' });
    expect(within(banner).getByRole('link', { name: 'Vào Cài đặt' }).getAttribute('href')).toBe('/cai-dat');
    await user.type(screen.getByLabelText('Họ và tên'), 'Lê Thị Hoa');
    await user.click(documentBox());
    await user.click(screen.getByRole('button', { name: 'Tiếp nhận và in giấy hẹn' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Vào Cài đặt' }).getAttribute('href')).toBe('/cai-dat');
    expect(await db().dossiers.count()).toBe(0);
    expect((screen.getByLabelText('Họ và tên') as HTMLInputElement).value).toBe('Lê Thị Hoa');
  });
});

describe('intake: the next citizen', () => {
  beforeEach(async () => {
    await freshDatabase();
    await seed(TEST_PROCEDURE);
  });

  it('keeps no draft of an abandoned pick: a procedure chosen and nothing typed', async () => {
    const user = userEvent.setup();
    const first = renderAt('/tiep-nhan');
    await user.type(await screen.findByRole('combobox', { name: 'Tìm thủ tục theo tên hoặc mã' }), TEST_PROCEDURE.code);
    await user.keyboard('{Enter}');
    await screen.findByText(TEST_PROCEDURE.name);
    await user.click(screen.getByRole('radio', { name: 'Qua dịch vụ bưu chính' }));
    first.unmount();
    // One left over by an older version, with nothing in it, is cleared too.
    await db().drafts.put({ id: 'old', kind: 'receive', data: { procedureId: TEST_PROCEDURE.id, procedureName: TEST_PROCEDURE.name }, updatedAt: 1 });

    renderAt('/tiep-nhan');
    expect(await screen.findByRole('combobox', { name: 'Tìm thủ tục theo tên hoặc mã' })).toBeTruthy();
    expect(screen.queryByText('Hồ sơ đang nhập dở')).toBeNull();
    expect(screen.queryByText(/hồ sơ khác đang nhập dở/)).toBeNull();
    await waitFor(async () => expect(await db().drafts.count()).toBe(0));
  });

  it('opens a new dossier at once from ?moi=1 (the receipt offers it), the unfinished ones still reachable', async () => {
    const user = userEvent.setup();
    const first = await openTestProcedureAndType('Lê Thị Hoa');
    first.unmount();
    renderAt('/tiep-nhan?moi=1');
    const box = await screen.findByRole('combobox', { name: 'Tìm thủ tục theo tên hoặc mã' });
    await waitFor(() => expect(document.activeElement).toBe(box));
    expect(screen.getByText(/Còn 1 hồ sơ khác đang nhập dở/)).toBeTruthy();
    await waitFor(() => expect(location()).toMatch(/^\/tiep-nhan\?nhap=[^&]+$/));
    await user.click(screen.getByRole('link', { name: 'Xem danh sách' }));
    expect(await screen.findByRole('button', { name: /^Tiếp tục hồ sơ: Đăng ký khai sinh — Lê Thị Hoa/ })).toBeTruthy();
  });
});

describe('intake: a citizen who comes back', () => {
  beforeEach(async () => {
    await freshDatabase();
    await seed(TEST_PROCEDURE, { ...TEST_PROCEDURE, id: '9.000002', code: '9.000002', name: 'Thủ tục thứ hai', cases: [{ id: 'c', name: 'Chung', documents: [{ name: 'Đơn', originals: 1, copies: 0 }, { name: 'Giấy tờ A', originals: 1, copies: 1 }] }] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('starts the intake again from a guidance visit with everything filled, and says when the guidance was given', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(vn('2026-11-20T09:00:00'));
    const user = userEvent.setup();
    const first = renderAt('/tiep-nhan?thu-tuc=9.000002');
    await screen.findByText('Thủ tục thứ hai');
    await user.type(screen.getByLabelText('Họ và tên'), 'Lê Thị Hoa');
    await user.type(screen.getByLabelText('Số định danh cá nhân (12 số)'), '001190012345');
    await user.type(screen.getByLabelText('Ngày sinh'), '02011990');
    await user.type(screen.getByLabelText('Số điện thoại'), '0912345678');
    await user.click(screen.getByRole('checkbox', { name: 'Đơn' }));
    await user.click(screen.getByRole('radio', { name: 'Qua dịch vụ bưu chính' }));
    await user.click(screen.getByRole('button', { name: 'Hướng dẫn bổ sung' }));
    await waitFor(() => expect(location()).toMatch(/^\/in\/huong-dan\//));
    const [visit] = await db().visits.toArray();
    expect(visit?.form).toMatchObject({ caseId: 'c', channel: 'desk', returnMethod: 'postal' });
    first.unmount();

    // Three days later the citizen brings the missing paper.
    vi.setSystemTime(vn('2026-11-23T10:00:00'));
    renderAt(`/tiep-nhan?luot=${visit!.id}`);
    expect(
      await screen.findByText(
        'Công dân đã được hướng dẫn bổ sung hồ sơ ngày 20/11/2026 (Mẫu 02), còn thiếu: Giấy tờ A. Thông tin của lần đó đã được điền sẵn: kiểm tra lại và đánh dấu giấy tờ công dân mang đến lần này.',
      ),
    ).toBeTruthy();
    await screen.findByText('Thủ tục thứ hai');
    expect((screen.getByLabelText('Họ và tên') as HTMLInputElement).value).toBe('Lê Thị Hoa');
    expect((screen.getByLabelText('Số định danh cá nhân (12 số)') as HTMLInputElement).value).toBe('001190012345');
    expect((screen.getByLabelText('Ngày sinh') as HTMLInputElement).value).toBe('02/01/1990');
    expect((screen.getByLabelText('Số điện thoại') as HTMLInputElement).value).toBe('0912345678');
    expect((screen.getByRole('checkbox', { name: 'Đơn' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Giấy tờ A' }) as HTMLInputElement).checked).toBe(false);
    expect((screen.getByRole('radio', { name: 'Qua dịch vụ bưu chính' }) as HTMLInputElement).checked).toBe(true);
    // The visit it came from is not repeated as a warning beside the ID number.
    expect(screen.queryByTestId('earlier-guidance')).toBeNull();
    await waitFor(() => expect(location()).toMatch(/^\/tiep-nhan\?nhap=[^&]+$/));
    expect(await listDrafts('receive')).toHaveLength(1);

    await user.click(screen.getByRole('checkbox', { name: 'Giấy tờ A' }));
    await user.type(screen.getByLabelText('Địa chỉ nhận kết quả qua bưu chính'), 'Thôn 2');
    await user.click(screen.getByRole('button', { name: 'Tiếp nhận và in giấy hẹn' }));
    await waitFor(() => expect(location()).toMatch(/^\/in\/tiep-nhan\//));
    const [row] = await db().dossiers.toArray();
    expect(row?.applicant).toMatchObject({ name: 'Lê Thị Hoa', idNumber: '001190012345', dateOfBirth: '1990-01-02', phone: '0912345678' });
  }, 20_000);

  it('shows that guidance was already given when the ID number typed matches an earlier guidance', async () => {
    await recordVisit({
      at: vn('2026-11-20T09:00:00'),
      outcome: 'guidance',
      procedureId: TEST_PROCEDURE.id,
      procedureCode: TEST_PROCEDURE.code,
      procedureName: TEST_PROCEDURE.name,
      applicant: { kind: 'person', name: 'Lê Thị Hoa', idNumber: '001190012345' },
      missing: [{ name: 'Tờ khai đăng ký khai sinh', originals: 1, copies: 0, note: null }],
      reason: 'Thiếu tờ khai',
    });
    const user = userEvent.setup();
    await openTestProcedure();
    const id = screen.getByLabelText('Số định danh cá nhân (12 số)');
    await user.type(id, '001190012346');
    expect(screen.queryByTestId('earlier-guidance')).toBeNull();
    await user.clear(id);
    await user.type(id, '001190012345');
    const box = await screen.findByTestId('earlier-guidance');
    expect(box.textContent).toMatch(/đã được hướng dẫn bổ sung ngày 20\/11\/2026 \(Đăng ký khai sinh\), còn thiếu: Tờ khai đăng ký khai sinh/);
    expect(box.textContent).toMatch(/Chỉ hướng dẫn một lần/);
    const [visit] = await db().visits.toArray();
    expect(within(box).getByRole('link', { name: 'In lại phiếu hướng dẫn' }).getAttribute('href')).toBe(`/in/huong-dan/${visit!.id}`);
  });
});

async function openTestProcedureAndType(name: string) {
  const user = userEvent.setup();
  const view = renderAt(`/tiep-nhan?thu-tuc=${TEST_PROCEDURE.id}`);
  await screen.findByText(TEST_PROCEDURE.name);
  await user.type(screen.getByLabelText('Họ và tên'), name);
  await waitFor(async () => expect(await listDrafts('receive')).toHaveLength(1));
  return view;
}

describe('intake: never losing what was typed', () => {
  beforeEach(async () => {
    await freshDatabase();
    await seed(TEST_PROCEDURE);
  });

  it('gives every typed value back after the screen is closed mid-typing and opened again', async () => {
    const user = userEvent.setup();
    const first = renderAt(`/tiep-nhan?thu-tuc=${TEST_PROCEDURE.id}`);
    await screen.findByText(TEST_PROCEDURE.name);
    await user.type(screen.getByLabelText('Họ và tên'), 'Lê Thị Hoa');
    await user.type(screen.getByLabelText('Số định danh cá nhân (12 số)'), '001190012345');
    await user.click(screen.getByRole('radio', { name: 'Nữ' }));
    await user.click(documentBox());
    const originals = screen.getByRole('spinbutton', { name: /Bản chính/ });
    await user.clear(originals);
    await user.type(originals, '2');
    await user.click(screen.getByRole('radio', { name: 'Qua dịch vụ bưu chính' }));
    await user.type(screen.getByLabelText('Ghi chú'), 'Nộp thay cho con');
    // Closed at once, before the typing pause that saves the draft: leaving saves it too.
    await user.type(screen.getByLabelText('Địa chỉ nhận kết quả qua bưu chính'), 'Thôn 2');
    first.unmount();

    renderAt('/tiep-nhan');
    expect(await screen.findByText('Hồ sơ đang nhập dở')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: /^Tiếp tục hồ sơ: Đăng ký khai sinh — Lê Thị Hoa/ }));

    await screen.findByText(TEST_PROCEDURE.name);
    expect((screen.getByLabelText('Họ và tên') as HTMLInputElement).value).toBe('Lê Thị Hoa');
    expect((screen.getByLabelText('Số định danh cá nhân (12 số)') as HTMLInputElement).value).toBe('001190012345');
    expect((screen.getByRole('radio', { name: 'Nữ' }) as HTMLInputElement).checked).toBe(true);
    expect((documentBox() as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('spinbutton', { name: /Bản chính/ }) as HTMLInputElement).value).toBe('2');
    expect((screen.getByRole('radio', { name: 'Qua dịch vụ bưu chính' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Địa chỉ nhận kết quả qua bưu chính') as HTMLTextAreaElement).value).toBe('Thôn 2');
    expect((screen.getByLabelText('Ghi chú') as HTMLTextAreaElement).value).toBe('Nộp thay cho con');
    expect(location()).toMatch(/[?&]nhap=/);
  });

  it('writes the draft when the page is closed, without waiting for the pause in typing', async () => {
    const user = userEvent.setup();
    await openTestProcedure();
    await user.type(screen.getByLabelText('Họ và tên'), 'Lê Thị Hoa');
    await waitFor(async () => expect(await listDrafts('receive')).toHaveLength(1));
    await user.type(screen.getByLabelText('Số điện thoại'), '0912345678');
    window.dispatchEvent(new Event('pagehide'));
    // Read at once: the typing pause (300 ms) that would otherwise save it has not passed.
    const [draft] = await listDrafts('receive');
    expect((draft?.data as { applicant: { phone: string } }).applicant.phone).toBe('0912345678');
  });

  it('opens a draft straight from ?nhap= and receives it as one dossier with the id made when the form opened', async () => {
    const user = userEvent.setup();
    const first = renderAt(`/tiep-nhan?thu-tuc=${TEST_PROCEDURE.id}`);
    await screen.findByText(TEST_PROCEDURE.name);
    await user.type(screen.getByLabelText('Họ và tên'), 'Lê Thị Hoa');
    await waitFor(async () => expect(await listDrafts('receive')).toHaveLength(1));
    const [draft] = await listDrafts('receive');
    const dossierId = (draft!.data as { dossierId: string }).dossierId;
    first.unmount();

    renderAt(`/tiep-nhan?nhap=${draft!.id}`);
    await screen.findByText(TEST_PROCEDURE.name);
    expect((screen.getByLabelText('Họ và tên') as HTMLInputElement).value).toBe('Lê Thị Hoa');
    await user.click(documentBox());
    await user.click(screen.getByRole('button', { name: 'Tiếp nhận và in giấy hẹn' }));
    await waitFor(() => expect(location()).toBe(`/in/tiep-nhan/${dossierId}`));
    expect(await db().dossiers.count()).toBe(1);
  });
});
