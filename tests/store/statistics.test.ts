/**
 * The figures' facts as the store keeps them (statBlocks.ts): every write that derives a dossier
 * also puts its facts in its month's block, so what the reports read is always what the events say.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { formatHlc } from '../../src/domain/clock';
import { createWorkCalendar } from '../../src/domain/calendar/workCalendar';
import { computeReport, dossierFacts, periodOf, type DossierFacts } from '../../src/domain/statistics';
import { db } from '../../src/store/db';
import { addDossierEvent, dossierHistory, receiveDossier } from '../../src/store/dossiers';
import { loadStatFacts } from '../../src/store/statistics';
import { decodeBlock, encodeBlock, OPEN_UNTIL, withFacts } from '../../src/store/statBlocks';
import { applyPulledPage } from '../../src/store/sync';
import { freshDatabase, receiveInput, vn } from './helpers';

const person = (name: string) => ({ kind: 'person' as const, name });
const byId = (facts: DossierFacts[]) => [...facts].sort((a, b) => a.id.localeCompare(b.id));

async function factsFromEvents(ids: string[]): Promise<DossierFacts[]> {
  return byId(await Promise.all(ids.map(async (id) => dossierFacts(await dossierHistory(id)))));
}

describe('the figures read what the events say', () => {
  beforeEach(async () => {
    await freshDatabase();
  });

  it('keeps one entry per dossier in the block of its month of receipt, updated on every event', async () => {
    const a = await receiveDossier(receiveInput(vn('2026-10-30T09:00:00'), person('Lê Thị A')));
    const b = await receiveDossier(receiveInput(vn('2026-11-02T09:00:00'), person('Trần Văn B')));
    const c = await receiveDossier(receiveInput(vn('2026-11-03T09:00:00'), person('Phạm Thị C')));
    await addDossierEvent(b.id, { type: 'approved', signer: 'Chủ tịch' }, vn('2026-11-04T09:00:00'));
    await addDossierEvent(b.id, { type: 'result-ready' }, vn('2026-11-04T10:00:00'));
    await addDossierEvent(c.id, { type: 'withdrawn', kind: 'withdrawn', reason: 'Công dân rút' }, vn('2026-11-04T11:00:00'));

    const blocks = await db().statBlocks.toArray();
    expect(blocks.map((x) => [x.month, x.n])).toEqual([
      ['2026-10', 1],
      ['2026-11', 2],
    ]);
    // October's dossier is open: its block can count in any later period.
    expect(blocks[0]!.until).toBe(OPEN_UNTIL);
    expect(blocks[1]!.until).toBe(vn('2026-11-04T11:00:00'));

    const november = periodOf('month', '2026-11-01');
    expect(byId(await loadStatFacts(november))).toEqual(await factsFromEvents([a.id, b.id, c.id]));
    const report = computeReport(await loadStatFacts(november), november, { now: vn('2026-12-01T09:00:00'), cal: createWorkCalendar() });
    expect(report.total).toMatchObject({ carriedOver: 1, receivedNew: 2, resolved: 1, withdrawn: 1, inProgress: 1 });
  });

  it('reads an earlier month only while one of its dossiers can still count', async () => {
    const a = await receiveDossier(receiveInput(vn('2026-09-01T09:00:00'), person('Lê Thị A')));
    await addDossierEvent(a.id, { type: 'approved', signer: 'Chủ tịch' }, vn('2026-09-02T09:00:00'));
    await addDossierEvent(a.id, { type: 'result-ready' }, vn('2026-09-02T10:00:00'));
    await receiveDossier(receiveInput(vn('2026-11-02T09:00:00'), person('Trần Văn B')));
    // September's only dossier is resolved, not yet handed over: the block is still open for a return.
    expect((await loadStatFacts(periodOf('month', '2026-11-01'))).map((f) => f.id)).toHaveLength(1);
    await addDossierEvent(a.id, { type: 'returned', method: 'desk', recipient: 'Lê Thị A' }, vn('2026-11-05T09:00:00'));
    // Handed over in November: it counts there as returned, and in no month after.
    expect((await loadStatFacts(periodOf('month', '2026-11-01'))).map((f) => f.id)).toContain(a.id);
    expect((await loadStatFacts(periodOf('month', '2026-12-01'))).map((f) => f.id)).not.toContain(a.id);
    // A period before a dossier's receipt never holds it.
    expect(await loadStatFacts(periodOf('month', '2026-08-01'))).toEqual([]);
  });

  it('keeps the facts of dossiers pulled from the hub, in the same transaction as their events', async () => {
    const a = await receiveDossier(receiveInput(vn('2026-11-02T09:00:00'), person('Lê Thị A')));
    const history = await dossierHistory(a.id);
    // Another device's dossier and an event on ours arrive in one page.
    const other = { ...history[0]!, id: 'ev-other', dossierId: 'other', code: '000.00.53.H48-261102-5001', hlc: formatHlc({ ms: vn('2026-11-02T10:00:00'), counter: 0, deviceId: 'otherdev' }), deviceId: 'otherdev' } as typeof history[0];
    const approval = { id: 'ev-appr', dossierId: a.id, deviceId: 'otherdev', officerId: 'o2', hlc: formatHlc({ ms: vn('2026-11-03T09:00:00'), counter: 0, deviceId: 'otherdev' }), at: vn('2026-11-03T09:00:00'), type: 'approved', signer: 'Chủ tịch' } as const;
    await applyPulledPage(db(), { events: [other, approval], cursor: 'c1', upToDate: true, codeSlot: null } as never, vn('2026-11-03T10:00:00'));
    const facts = byId(await loadStatFacts(periodOf('month', '2026-11-01')));
    expect(facts.map((f) => f.id)).toEqual([a.id, 'other'].sort());
    expect(facts).toEqual(await factsFromEvents([a.id, 'other']));
  });
});

describe('the packed block', () => {
  it('gives back every fact as it was put, nulls, clock stops and all', () => {
    const base: DossierFacts = {
      id: 'a', code: '000.00.53.H48-261102-0001', receivedAt: vn('2026-11-02T09:00:00'), channel: 'desk', fieldCode: null, fieldName: 'Hộ tịch',
      procedureCode: '1.001193', procedureName: 'Đăng ký khai sinh', originalDueAt: vn('2026-11-05T17:00:00'), pauses: [], apologisedAt: null, newDueAt: null,
      resolvedAt: null, refused: false, withdrawnAt: null, withdrawal: null, returnedAt: null, returnMethod: null, ratedAt: null, rating: null, digitised: false,
    };
    const facts: DossierFacts[] = [
      base,
      { ...base, id: 'b', code: 'x-2', channel: 'postal', fieldCode: 'G03-GD09', fieldName: 'Chứng thực', procedureCode: '2.000815', procedureName: 'Chứng thực bản sao', pauses: [{ from: 1, to: null, shift: 0 }], apologisedAt: 5, newDueAt: 6, withdrawnAt: 7, withdrawal: 'stopped' },
      { ...base, id: 'c', code: 'x-3', channel: 'online', resolvedAt: 8, refused: true, returnedAt: 9, returnMethod: 'online', ratedAt: 10, rating: 'not-satisfied', digitised: true, pauses: [{ from: 2, to: 3, shift: 4 }, { from: 5, to: 6, shift: 0 }] },
    ];
    const block = structuredClone(encodeBlock('2026-11', facts));
    expect(decodeBlock(block)).toEqual(facts);
    expect(block.dict).toHaveLength(2);
    expect(block.until).toBe(OPEN_UNTIL);
    expect(encodeBlock('2026-11', [facts[2]!]).until).toBe(10);
    // Put again: overwritten where it stands; a new one appended; the others untouched.
    const changed = { ...facts[1]!, withdrawnAt: null, withdrawal: null, pauses: [], resolvedAt: 11 };
    const fourth = { ...base, id: 'd', code: 'x-4' };
    const next = withFacts(block, [changed, fourth, changed]);
    expect(decodeBlock(next)).toEqual([facts[0], changed, facts[2], fourth]);
    expect(decodeBlock(block)).toEqual(facts);
  });
});
