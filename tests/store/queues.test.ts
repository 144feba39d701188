import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_DESK_SETTINGS } from '../../src/domain/deskSettings';
import { rulesFor } from '../../src/domain/deskSettings';
import { addDossierEvent, receiveDossier } from '../../src/store/dossiers';
import { queueCounts, queueRows } from '../../src/store/queues';
import { freshDatabase, receiveInput, TEST_PROCEDURE, vn } from './helpers';

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

  it('holds in "no apology" only dossiers that owe one, and does not call a same-day dossier near due on receipt', async () => {
    const rules = rulesFor(DEFAULT_DESK_SETTINGS);
    const sameDay = { ...TEST_PROCEDURE, channels: [{ channel: 'desk' as const, timeLimit: { amount: 0, unit: 'within-day' as const, cutOff: '15:00' }, fees: [] }] };
    const oneDay = { ...TEST_PROCEDURE, channels: [{ channel: 'desk' as const, timeLimit: { amount: 1, unit: 'working-days' as const }, fees: [] }] };
    // Monday 23 Nov 18:00, after closing: due Tuesday 24 at 17:00, no apology day before it.
    const evening = await receiveDossier({ ...input(vn('2026-11-23T18:00:00')), procedure: sameDay });
    expect(evening.apologyDueAt).toBeNull();
    // Monday 23 Nov 10:00, one working day: due Tuesday 24 at 17:00; Monday is the receipt day.
    const nextDay = await receiveDossier({ ...input(vn('2026-11-23T10:00:00')), procedure: oneDay });
    expect(nextDay.apologyDueAt).toBeNull();
    // Three working days from Friday 20 Nov: due Wednesday 25; result ready on time Tuesday 24.
    const ready = await receiveDossier(input(vn('2026-11-20T09:00:00')));
    await addDossierEvent(ready.id, { type: 'approved', signer: 'Chủ tịch' }, vn('2026-11-24T09:00:00'));
    await addDossierEvent(ready.id, { type: 'result-ready' }, vn('2026-11-24T10:00:00'));

    const evening18 = vn('2026-11-23T18:05:00');
    expect(await queueCounts(evening18, rules, 1)).toMatchObject({ nearDue: 0, overdue: 0, overdueWithoutApology: 0 });
    // Tuesday 15:30, the last two office hours: both near due, neither owes an apology yet.
    const tuesday = vn('2026-11-24T15:30:00');
    expect(await queueCounts(tuesday, rules, 1)).toMatchObject({ nearDue: 2, overdueWithoutApology: 0 });
    expect((await queueRows('nearDue', tuesday, rules, 1)).map((r) => r.id).sort()).toEqual([evening.id, nextDay.id].sort());
    // Thursday 26: both overdue and owe an apology; the result waiting at the desk owes nothing.
    const thursday = vn('2026-11-26T09:00:00');
    expect(await queueCounts(thursday, rules, 1)).toMatchObject({ overdue: 2, overdueWithoutApology: 2, resultReady: 1 });
    expect((await queueRows('overdueWithoutApology', thursday, rules, 1)).map((r) => r.id)).not.toContain(ready.id);
  });
});
