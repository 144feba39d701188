import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_DESK_SETTINGS } from '../../src/domain/deskSettings';
import { rulesFor } from '../../src/domain/deskSettings';
import { addDossierEvent, receiveDossier } from '../../src/store/dossiers';
import { queueCounts, queueRows } from '../../src/store/queues';
import { freshDatabase, receiveInput, vn } from './helpers';

const input = (at: number) => receiveInput(at, { kind: 'person', name: 'Phạm Văn B' }, []);

describe('desk queues', () => {
  beforeEach(async () => {
    await freshDatabase();
  });

  it('counts received today, due, near due, overdue and overdue without an apology', async () => {
    const rules = rulesFor(DEFAULT_DESK_SETTINGS);
    // Due Wed 25 Nov (received Fri 20), due Thu 26 Nov (received Mon 23), due Tue 1 Dec (received Thu 26).
    const late = await receiveDossier(input(vn('2026-11-20T09:00:00')));
    const apologised = await receiveDossier(input(vn('2026-11-20T09:30:00')));
    const dueToday = await receiveDossier(input(vn('2026-11-23T09:00:00')));
    await receiveDossier(input(vn('2026-11-26T09:00:00')));
    // The apology is sent on Tue 24 Nov (one working day before the due date) with a new date.
    await addDossierEvent(apologised.id, { type: 'apologised', reason: 'Cần xác minh', newDueAt: vn('2026-11-26T17:00:00') }, vn('2026-11-24T09:00:00'));

    // Thursday 26 Nov, 10:00.
    const now = vn('2026-11-26T10:00:00');
    const counts = await queueCounts(now, rules, 1);
    expect(counts.receivedToday).toBe(1);
    expect(counts.overdue).toBe(1); // due Wed 25 Nov
    // The late one, and the one due today: its apology was due by the end of Wednesday 25 Nov.
    expect(counts.overdueWithoutApology).toBe(2);
    expect(counts.dueToday).toBe(2); // received Mon 23 and the apologised one, both due Thu 26
    expect(counts.nearDue).toBe(2); // due today or by the close of the next working day (Fri 27)

    const overdue = await queueRows('overdueWithoutApology', now, rules, 1);
    expect(overdue.map((d) => d.id)).toEqual([late.id, dueToday.id]);
  });
});
