/** Dossiers for the dossier screens' tests, received and moved on at fixed instants. */
import { vi } from 'vitest';
import type { Applicant } from '../../src/domain/dossier/events';
import type { DossierState } from '../../src/domain/dossier/state';
import { receiveDossier } from '../../src/store/dossiers';
import { TEST_PROCEDURE, vn } from '../store/helpers';

export function receive(at: number, applicant: Partial<Applicant> & { name: string }, procedure = TEST_PROCEDURE): Promise<DossierState> {
  return receiveDossier({
    procedure,
    caseId: 'c1',
    channel: 'desk',
    applicant: { kind: 'person', ...applicant },
    documents: [{ name: 'Tờ khai đăng ký khai sinh', originals: 1, copies: 0, received: true }],
    sets: 1,
    feeVnd: 0,
    returnMethod: 'desk',
    at,
  });
}

/** Freezes the clock the screens read (Date only: timers keep running for the UI and the database). */
export function clockAt(isoLocal: string): void {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(vn(isoLocal));
}
