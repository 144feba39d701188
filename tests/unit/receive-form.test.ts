import { keptDocuments, shownDocuments } from '../../src/domain/dossier/documents';
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/app/i18n';
import { parseIdCardQr, type IdCardQr } from '../../src/domain/citizenId';
import type { DocumentCase, Procedure } from '../../src/domain/procedure';
import { foldVietnamese } from '../../src/domain/searchText';
import {
  caseChannels,
  channelCases,
  checksFor,
  currentCase,
  effectiveChannel,
  emptyForm,
  fillFromIdCard,
  formFromVisit,
  missingDocuments,
  newAttachments,
  parseSets,
  parseVnd,
  receiptErrors,
  receivedDocuments,
  restoreForm,
  toApplicant,
  visitErrors,
  visitSnapshot,
  withCheck,
  withText,
} from '../../src/features/receive/formState';
import { rankProcedures } from '../../src/features/receive/procedureSearch';
import { findScannedQr } from '../../src/features/receive/scan';
import type { CatalogueEntry } from '../../src/store/catalogue';
import type { VisitRow } from '../../src/store/db';

const t = translator('vi');
const QR = '001090012345|123456789|Nguyễn Văn An|15031990|Nam|Số 1 Đường Láng, Hà Nội|01022021';

const CASE: DocumentCase = {
  id: 'c1',
  name: 'Chung',
  documents: [
    { name: 'Tờ khai', originals: 1, copies: 0, form: 'Mẫu TK-01' },
    { name: 'Giấy chứng sinh', originals: 1, copies: null },
    { name: 'Văn bản ủy quyền', originals: 1, copies: 0, optional: true },
    { name: 'Giấy tờ tùy thân', originals: 1, copies: 0, showOnly: true },
  ],
};
const PROCEDURE: Procedure = {
  id: 'p1',
  code: '1.000001',
  name: 'Thủ tục thử',
  level: 'commune',
  field: { code: null, name: 'Hộ tịch' },
  channels: [{ channel: 'desk', timeLimit: { amount: 3, unit: 'working-days' }, fees: [] }],
  cases: [CASE],
  legalBasis: [],
  onlineLevel: null,
  effectiveFrom: '2025-07-01',
  sources: [],
};

function card(text = QR): IdCardQr {
  const parsed = parseIdCardQr(text);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed;
}

describe('scanner text typed into a field', () => {
  it('is found after whatever the field held, even when that ends in digits', () => {
    expect(findScannedQr(QR)).toEqual({ before: '', qr: QR });
    expect(findScannedQr(`0912${QR}`)).toEqual({ before: '0912', qr: QR });
    expect(findScannedQr(`Nguyễn ${QR}\n`)?.before).toBe('Nguyễn ');
  });

  it('is recognised with the separators some keyboard layouts produce', () => {
    expect(findScannedQr(QR.replaceAll('|', '¦'))?.before).toBe('');
  });

  it('is not seen in ordinary typing', () => {
    expect(findScannedQr('001090012345')).toBeNull();
    expect(findScannedQr('Số 12 | ngõ 3')).toBeNull();
    // Not yet far enough to be sure: the date of birth has not arrived.
    expect(findScannedQr('001090012345|123456789|Nguyễn Văn An|1503')).toBeNull();
  });
});

describe('filling the applicant from the ID card', () => {
  it('fills a person and says what was filled', () => {
    const { applicant, filled } = fillFromIdCard({ ...emptyForm('d').applicant, phone: '0912345678' }, card());
    expect(applicant).toMatchObject({
      name: 'Nguyễn Văn An',
      idNumber: '001090012345',
      oldIdNumber: '123456789',
      dateOfBirth: '1990-03-15',
      gender: 'male',
      address: 'Số 1 Đường Láng, Hà Nội',
      phone: '0912345678',
    });
    expect(filled).toEqual(['name', 'idNumber', 'dateOfBirth', 'oldIdNumber', 'gender', 'address']);
  });

  it("takes only the representative's name for an organisation", () => {
    const org = { ...emptyForm('d').applicant, kind: 'organisation' as const, name: 'HTX Tân Phú', address: 'Thôn 1' };
    const { applicant, filled } = fillFromIdCard(org, card());
    expect(applicant).toMatchObject({ name: 'HTX Tân Phú', representative: 'Nguyễn Văn An', address: 'Thôn 1' });
    expect(filled).toEqual(['representative']);
  });
});

describe('the checklist of documents', () => {
  it('starts from the catalogue counts, nothing received', () => {
    expect(checksFor(CASE, [])).toEqual([
      { name: 'Tờ khai', received: false, originals: 1, copies: 0 },
      { name: 'Giấy chứng sinh', received: false, originals: 1, copies: 0 },
      { name: 'Văn bản ủy quyền', received: false, originals: 1, copies: 0 },
      { name: 'Giấy tờ tùy thân', received: false, originals: 1, copies: 0 },
    ]);
  });

  it('lists exactly the required documents not received, with the published counts', () => {
    let form = emptyForm('d');
    expect(missingDocuments(CASE, form.documents).map((m) => m.name)).toEqual(['Tờ khai', 'Giấy chứng sinh']);
    form = withCheck(form, { name: 'Tờ khai', received: true, originals: 2, copies: 1 });
    expect(missingDocuments(CASE, form.documents)).toEqual([{ name: 'Giấy chứng sinh', originals: 1, copies: 0, note: null }]);
    form = withCheck(form, { name: 'Giấy chứng sinh', received: true, originals: 1, copies: 0 });
    // Optional and show-only papers never make the dossier incomplete.
    expect(missingDocuments(CASE, form.documents)).toEqual([]);
    expect(checksFor(CASE, form.documents)[0]).toEqual({ name: 'Tờ khai', received: true, originals: 2, copies: 1 });
  });

  it('records a paper only shown for checking (the ID card) as shown, with no counts, whatever the officer typed', () => {
    let form = emptyForm('d');
    form = withCheck(form, { name: 'Tờ khai', received: true, originals: 1, copies: 0 });
    form = withCheck(form, { name: 'Giấy tờ tùy thân', received: true, originals: 1, copies: 0 });
    expect(receivedDocuments(CASE, form.documents)).toEqual([
      { name: 'Tờ khai', received: true, originals: 1, copies: 0 },
      { name: 'Giấy chứng sinh', received: false, originals: 1, copies: 0 },
      { name: 'Văn bản ủy quyền', received: false, originals: 1, copies: 0 },
      { name: 'Giấy tờ tùy thân', received: true, shownOnly: true, originals: 0, copies: 0 },
    ]);
    // Shown, so it is named on the receipt apart; kept, it is not.
    expect(keptDocuments(receivedDocuments(CASE, form.documents)).map((d) => d.name)).toEqual(['Tờ khai']);
    expect(shownDocuments(receivedDocuments(CASE, form.documents)).map((d) => d.name)).toEqual(['Giấy tờ tùy thân']);
  });

  it('links attachments to their document by name, others to none', () => {
    const blob = new Blob(['x']);
    const files = newAttachments(CASE, [
      { id: 'a', documentName: 'Giấy chứng sinh', name: 'cs.jpg', mime: 'image/jpeg', size: 1, blob },
      { id: 'b', documentName: 'Không có trong danh mục', name: 'x.pdf', mime: 'application/pdf', size: 1, blob },
    ]);
    expect(files.map((f) => f.documentIndex)).toEqual([1, null]);
  });
});

describe('cases that are ways of submitting', () => {
  const DESK_OR_POST: DocumentCase = { id: 'truc-tiep', name: 'Nộp hồ sơ trực tiếp hoặc qua hệ thống bưu chính', documents: [] };
  const ONLINE: DocumentCase = { id: 'truc-tuyen', name: 'Nộp hồ sơ trực tuyến (Cổng Dịch vụ công quốc gia hoặc VNeID)', documents: [] };
  const BY_CHANNEL: Procedure = { ...PROCEDURE, cases: [DESK_OR_POST, ONLINE] };

  it('reads the channels from the case names', () => {
    expect(caseChannels(DESK_OR_POST)).toEqual(['desk', 'postal']);
    expect(caseChannels(ONLINE)).toEqual(['online']);
    expect(caseChannels(CASE)).toBeNull();
    expect(channelCases(PROCEDURE)).toBeNull();
  });

  it('lets the channel choose the case, so the two cannot disagree', () => {
    expect(channelCases(BY_CHANNEL)?.map((c) => [c.channel, c.docCase.id])).toEqual([
      ['desk', 'truc-tiep'],
      ['online', 'truc-tuyen'],
      ['postal', 'truc-tiep'],
    ]);
    // A case id left over from another choice does not win over the channel.
    expect(currentCase(BY_CHANNEL, 'truc-tiep', 'online')?.id).toBe('truc-tuyen');
    expect(currentCase(BY_CHANNEL, null, 'postal')?.id).toBe('truc-tiep');
    // A channel no case covers falls back to the first one that is covered.
    const deskOnly: Procedure = { ...PROCEDURE, cases: [DESK_OR_POST] };
    expect(effectiveChannel(deskOnly, 'online')).toBe('desk');
    expect(currentCase(deskOnly, null, 'online')?.id).toBe('truc-tiep');
    expect(receiptErrors({ ...emptyForm('d'), channel: 'online', applicant: { ...emptyForm('d').applicant, name: 'A' } }, BY_CHANNEL, t, '2026-01-01')).toEqual([]);
  });
});

describe('an intake started again from a visit', () => {
  const visit: VisitRow = {
    id: 'v1',
    at: 0,
    outcome: 'refusal',
    procedureId: 'p1',
    procedureCode: '1.000001',
    procedureName: 'Thủ tục thử',
    applicant: { kind: 'person', name: 'Lê Thị Hoa', idNumber: '001190012345', dateOfBirth: '1990-01-02', gender: 'female', phone: '0912345678' },
    missing: [],
    reason: 'Không đủ điều kiện',
    officerId: 'o',
    officerName: 'O',
    deviceId: 'd',
  };

  it('takes the procedure and the applicant from a visit recorded before forms were kept', () => {
    const form = formFromVisit(visit, 'new-dossier');
    expect(form).toMatchObject({ dossierId: 'new-dossier', procedureId: 'p1', procedureName: 'Thủ tục thử', caseId: null, channel: 'desk', documents: [], fromVisit: 'v1' });
    expect(form.applicant).toEqual({ ...emptyForm('x').applicant, name: 'Lê Thị Hoa', idNumber: '001190012345', dateOfBirth: '1990-01-02', gender: 'female', phone: '0912345678' });
    expect(toApplicant(form.applicant)).toMatchObject(visit.applicant);
  });

  it('gives back the case, channel and documents the visit kept, and an organisation as one', () => {
    let before = withCheck(emptyForm('d', 'p1'), { name: 'Tờ khai', received: true, originals: 2, copies: 0 });
    before = { ...before, channel: 'postal', returnMethod: 'postal', returnAddress: 'Thôn 2' };
    const kept = { ...visit, applicant: { kind: 'organisation' as const, name: 'HTX Tân Phú', taxCode: '0312345678', representative: 'Lê Văn A' }, form: visitSnapshot(before, CASE, 'postal') };
    const form = formFromVisit(kept, 'n');
    expect(form).toMatchObject({ caseId: 'c1', channel: 'postal', returnMethod: 'postal', returnAddress: 'Thôn 2' });
    expect(checksFor(CASE, form.documents)).toEqual(checksFor(CASE, before.documents));
    expect(form.applicant).toMatchObject({ kind: 'organisation', name: 'HTX Tân Phú', taxCode: '0312345678', representative: 'Lê Văn A' });
  });
});

describe('checks before saving', () => {
  const today = '2026-11-20';

  it('asks for the procedure, the name, and a postal address when the result goes by post', () => {
    const form = { ...emptyForm('d'), returnMethod: 'postal' as const };
    expect(receiptErrors(form, null, t, today).map((e) => e.field)).toEqual(['procedure', 'name', 'returnAddress']);
    const ok = withText(withText(form, 'name', 'Lê Thị Hoa'), 'returnAddress', 'Thôn 2, xã Tân Phú');
    expect(receiptErrors(ok, PROCEDURE, t, today)).toEqual([]);
  });

  it('rejects a malformed ID number, tax code, phone, email and number of sets', () => {
    let form = withText(emptyForm('d'), 'name', 'A');
    form = withText(withText(withText(form, 'idNumber', '12345'), 'phone', 'abc'), 'email', 'a@b');
    form = withText(form, 'sets', '0');
    const errors = receiptErrors(form, PROCEDURE, t, today);
    expect(errors.map((e) => e.field)).toEqual(['idNumber', 'phone', 'email', 'sets']);
    expect(errors[0]?.message).toBe('Số định danh cá nhân phải gồm đúng 12 chữ số');
    const org = { ...form, applicant: { ...form.applicant, kind: 'organisation' as const, taxCode: '123' } };
    expect(receiptErrors(org, PROCEDURE, t, today).map((e) => e.field)).toContain('taxCode');
  });

  it('needs reasons for a refusal and a place for a redirection, but no name for a redirection', () => {
    const form = emptyForm('d');
    expect(visitErrors(form, 'refusal', PROCEDURE, t, today).map((e) => e.field)).toEqual(['name', 'refusalReasons']);
    expect(visitErrors(form, 'redirect', null, t, today).map((e) => e.field)).toEqual(['redirectTo']);
    expect(visitErrors(withText(form, 'name', 'A'), 'guidance', PROCEDURE, t, today)).toEqual([]);
  });
});

describe('values as typed', () => {
  it('reads fees with thousands separators, and unknown as null', () => {
    expect(parseVnd('20.000')).toBe(20000);
    expect(parseVnd('8 000 đ')).toBe(8000);
    expect(parseVnd('0')).toBe(0);
    expect(parseVnd('')).toBeNull();
  });

  it('reads the number of sets as a whole number from 1', () => {
    expect(parseSets('2')).toBe(2);
    expect(parseSets(' 1 ')).toBe(1);
    expect(parseSets('0')).toBeNull();
    expect(parseSets('1.5')).toBeNull();
  });

  it('gives the store a person or an organisation without empty strings', () => {
    const form = withText(withText(emptyForm('d'), 'name', '  Lê   Thị Hoa '), 'phone', ' 0912 345 678 ');
    expect(toApplicant(form.applicant)).toEqual({
      kind: 'person',
      name: 'Lê Thị Hoa',
      address: null,
      phone: '0912 345 678',
      email: null,
      idNumber: null,
      oldIdNumber: null,
      dateOfBirth: null,
      gender: null,
    });
  });

  it('restores a stored draft over the defaults', () => {
    const restored = restoreForm({ dossierId: 'x1', applicant: { name: 'A' }, sets: '2' }, 'fallback');
    expect(restored.dossierId).toBe('x1');
    expect(restored.applicant).toMatchObject({ kind: 'person', name: 'A', phone: '' });
    expect(restored.sets).toBe('2');
    expect(restored.documents).toEqual([]);
    expect(restoreForm(null, 'fallback').dossierId).toBe('fallback');
  });
});

describe('the procedure picker', () => {
  const entry = (id: string, name: string): CatalogueEntry => ({ id, code: id, name, fieldName: 'Hộ tịch', searchText: foldVietnamese(`${id} ${name} Hộ tịch`) });
  const entries = [
    entry('1.001193', 'Thủ tục đăng ký khai sinh'),
    entry('1.000894', 'Thủ tục đăng ký kết hôn'),
    entry('1.004884', 'Thủ tục đăng ký khai sinh lưu động'),
    entry('2.000815', 'Chứng thực bản sao từ bản chính'),
  ];

  it('offers the frequent procedures when nothing is typed, most used first', () => {
    const uses = [
      { procedureId: '2.000815', count: 9, lastAt: 2 },
      { procedureId: '1.000894', count: 3, lastAt: 1 },
      { procedureId: 'gone', count: 1, lastAt: 0 },
    ];
    expect(rankProcedures(entries, '', uses).results.map((e) => e.id)).toEqual(['2.000815', '1.000894']);
  });

  it('finds by name without diacritics; a frequent one goes first only among equally good matches', () => {
    const uses = [{ procedureId: '1.004884', count: 5, lastAt: 1 }];
    expect(rankProcedures(entries, 'dang ky khai sinh', []).results.map((e) => e.id)).toEqual(['1.001193', '1.004884']);
    // "… khai sinh lưu động" has words the query does not explain: frequent or not, it comes second.
    expect(rankProcedures(entries, 'dang ky khai sinh', uses).results.map((e) => e.id)).toEqual(['1.001193', '1.004884']);
    // "dang ky": "… khai sinh" and "… kết hôn" are equally good; the frequent one first.
    expect(rankProcedures(entries, 'dang ky', []).results[0]?.id).toBe('1.000894');
    expect(rankProcedures(entries, 'dang ky', [{ procedureId: '1.001193', count: 5, lastAt: 1 }]).results[0]?.id).toBe('1.001193');
    expect(rankProcedures(entries, '1.001193', uses).results[0]?.id).toBe('1.001193');
  });
});
