/** A fresh database per test, on fake-indexeddb, with the desk configured. */
import { MotcuaDatabase, setDatabase } from '../../src/store/db';
import { forgetClocks } from '../../src/store/deviceClock';
import { saveSettings } from '../../src/store/settings';
import type { Applicant, ReceivedDocument } from '../../src/domain/dossier/events';
import type { Procedure } from '../../src/domain/procedure';
import type { ReceiveInput } from '../../src/store/dossiers';

let n = 0;

export async function freshDatabase(options: { configured?: boolean } = {}): Promise<MotcuaDatabase> {
  const database = new MotcuaDatabase(`motcua-test-${Date.now()}-${n++}`);
  setDatabase(database);
  forgetClocks();
  if (options.configured !== false) {
    await saveSettings({ agencyId: '000.00.53.H48', agencyName: 'UBND XÃ THỬ', officerName: 'Nguyễn Văn Cán Bộ', officerId: 'o1' });
  }
  return database;
}

/** A procedure with a 3-working-day limit, for tests that need predictable dates. */
export const TEST_PROCEDURE: Procedure = {
  id: '1.001193',
  code: '1.001193',
  name: 'Đăng ký khai sinh',
  level: 'commune',
  field: { code: null, name: 'Hộ tịch' },
  channels: [{ channel: 'desk', timeLimit: { amount: 3, unit: 'working-days' }, fees: [] }],
  cases: [{ id: 'c1', name: 'Khai sinh đúng hạn', documents: [{ name: 'Tờ khai đăng ký khai sinh', originals: 1, copies: 0 }] }],
  legalBasis: ['Luật Hộ tịch 2014'],
  onlineLevel: 'full',
  effectiveFrom: '2025-07-01',
  sources: [{ url: 'https://example.invalid/test', title: 'test fixture' }],
};

/** Vietnam wall time as an instant. */
export function vn(isoLocal: string): number {
  return Date.parse(`${isoLocal}+07:00`);
}

/** The birth registration's form, handed in: the usual single document of TEST_PROCEDURE. */
export const BIRTH_FORM: ReceivedDocument = { name: 'Tờ khai đăng ký khai sinh', originals: 1, copies: 0, received: true };

/** A desk receipt of TEST_PROCEDURE for `applicant` at `at` (now when undefined). */
export function receiveInput(at: number | undefined, applicant: Applicant, documents: ReceivedDocument[] = [BIRTH_FORM]): ReceiveInput {
  return { procedure: TEST_PROCEDURE, caseId: 'c1', channel: 'desk', applicant, documents, sets: 1, feeVnd: 0, returnMethod: 'desk', ...(at === undefined ? {} : { at }) };
}
