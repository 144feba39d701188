/** A dossier's received event as the domain tests need it: a birth registration, 3 working days. */
import type { ReceivedPayload } from '../src/domain/dossier/events';

export function receivedPayload(overrides: Partial<ReceivedPayload> & Pick<ReceivedPayload, 'dueAt'>): ReceivedPayload {
  return {
    type: 'received',
    code: '000.00.53.H48-261123-0001',
    terms: {
      procedureVersion: '1.001193@2025-07-01',
      procedureId: '1.001193',
      procedureCode: '1.001193',
      procedureName: 'Đăng ký khai sinh',
      fieldCode: null,
      fieldName: 'Hộ tịch',
      timeLimit: { amount: 3, unit: 'working-days' },
      formRegime: 'tt03-2025',
    },
    caseId: null,
    channel: 'desk',
    applicant: { kind: 'person', name: 'Nguyễn Văn An' },
    documents: [],
    sets: 1,
    feeVnd: 0,
    returnMethod: 'desk',
    ...overrides,
  };
}
