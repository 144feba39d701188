/**
 * The desk's figures (src/domain/statistics, docs/statistics.md) on a fixture whose every figure
 * is worked out by hand below. November 2026 has no holiday: its working days are Monday–Friday,
 * 2–6, 9–13, 16–20, 23–27 and 30 November; office hours 07:00–11:30 and 13:30–17:00, so a
 * working day is 480 office minutes. Every limit is 3 working days: received on a Monday at 09:00,
 * due Thursday 17:00.
 */
import { describe, expect, it } from 'vitest';
import { receivedPayload } from '../fixtures';
import { createHlc } from '../../src/domain/clock';
import { createDeskRules, DEFAULT_DESK_SETTINGS } from '../../src/domain/deskSettings';
import type { DossierEvent, DossierEventPayload, ReceivedPayload } from '../../src/domain/dossier/events';
import { deriveDossier, recordDecisions } from '../../src/domain/dossier/lifecycle';
import {
  appointmentAt,
  computeReport,
  customPeriod,
  dossierFacts,
  factsBehind,
  monthsOf,
  periodBounds,
  periodLabelVi,
  periodOf,
  shiftPeriod,
  OfficeClock,
  type DossierFacts,
  type FigureKey,
  type Figures,
} from '../../src/domain/statistics';
import { seeded } from '../prng';
import { statisticalTimeliness, timeStatusOf } from '../../src/features/dossiers/dossierView';

const vn = (y: number, mo: number, d: number, h = 0, mi = 0) => Date.UTC(y, mo - 1, d, h - 7, mi);
const rules = createDeskRules(DEFAULT_DESK_SETTINGS);
const cal = rules.calendar;
const THREE_DAYS = { amount: 3, unit: 'working-days' } as const;

const HO_TICH = { fieldCode: 'G03-GD10', fieldName: 'Hộ tịch' };
const CHUNG_THUC = { fieldCode: 'G03-GD09', fieldName: 'Chứng thực' };
const DESK_UNIT = { kind: 'desk', name: 'Một cửa' } as const;
const TUPHAP = { kind: 'commune-specialist', name: 'Tư pháp - Hộ tịch' } as const;

let deviceSeq = 0;

/** A dossier's history made as the store makes it: each event with the rules' decisions recorded. */
function dossier(
  id: string,
  receivedAt: number,
  steps: [number, DossierEventPayload][],
  options: { field?: typeof HO_TICH; channel?: ReceivedPayload['channel']; dueAt?: number; scans?: boolean } = {},
): DossierEvent[] {
  const now = { t: receivedAt };
  const clock = createHlc(`dev-${++deviceSeq}`, () => now.t);
  const dueAt = options.dueAt ?? rules.dueAt(receivedAt, THREE_DAYS);
  const field = options.field ?? HO_TICH;
  const received = receivedPayload({
    code: `000.00.21.H17-${id}`,
    dueAt,
    apologyDueAt: rules.apologyDueAt(dueAt, receivedAt),
    channel: options.channel ?? 'desk',
    documents: [{ name: 'Tờ khai', originals: 1, copies: 0, received: true, ...(options.scans ? { attachmentIds: ['a1'] } : {}) }],
  });
  received.terms = { ...received.terms, ...field };
  const events: DossierEvent[] = [];
  let n = 0;
  for (const [at, payload] of [[receivedAt, received] as [number, DossierEventPayload], ...steps]) {
    now.t = at;
    const event = { ...payload, id: `${id}-e${++n}`, dossierId: id, deviceId: 'dev', officerId: 'o', hlc: clock.tick(), at } as DossierEvent;
    events.push(recordDecisions(events, event, rules.dueRules));
  }
  deriveDossier(events); // every history of the fixture is one the rules accept
  return events;
}

/** Signed a minute before the result reaches the desk (a result needs the approval first). */
const resultReady = (at: number): [number, DossierEventPayload][] => [
  [at - 60_000, { type: 'approved', signer: 'Chủ tịch UBND xã' }],
  [at, { type: 'result-ready' }],
];
const returned = (at: number): [number, DossierEventPayload] => [at, { type: 'returned', method: 'desk', recipient: 'Công dân' }];
const rated = (at: number, level: 'satisfied' | 'very-satisfied'): [number, DossierEventPayload] => [at, { type: 'rated', level }];

const histories: Record<string, DossierEvent[]> = {
  // D1 carried over, resolved early: received Fri 30 Oct 09:00, due Wed 4 Nov 17:00; result
  // Tue 3 Nov 10:00 (a day before). Office time: 30 Oct 09:00–17:00 = 150 + 210 = 360; 2 Nov 480;
  // 3 Nov 07:00–10:00 = 180; 1,020 minutes. Returned and rated in November.
  D1: dossier('D1', vn(2026, 10, 30, 9), [
    [vn(2026, 10, 30, 10), { type: 'transferred', from: DESK_UNIT, to: TUPHAP }],
    ...resultReady(vn(2026, 11, 3, 10)),
    returned(vn(2026, 11, 4, 8)),
    rated(vn(2026, 11, 4, 8, 5), 'satisfied'),
  ]),
  // D2 finished in October (result Thu 29 Oct), handed over and rated in November: outside the
  // November balance, but counted as returned and rated there.
  D2: dossier('D2', vn(2026, 10, 26, 9), [...resultReady(vn(2026, 10, 29, 10)), returned(vn(2026, 11, 2, 9)), rated(vn(2026, 11, 2, 9, 5), 'very-satisfied')]),
  // D3 online, with scans, resolved on time: received Mon 2 Nov 09:00, due Thu 5 Nov 17:00, result
  // Thu 5 Nov 15:00. Office time: 360 + 480 + 480 + (270 + 90) = 1,680.
  D3: dossier('D3', vn(2026, 11, 2, 9), [...resultReady(vn(2026, 11, 5, 15))], { channel: 'online', scans: true }),
  // D4 late and apologised for: received Mon 9 Nov 09:00, due Thu 12 Nov 17:00; apology Wed 11 Nov
  // with a new date Tue 17 Nov; result Mon 16 Nov 10:00 — in time for the new date, late for the
  // appointment: late (DOMAIN.md §8, late stays late), apologised. Office time: 360 + 480 × 4 +
  // 180 = 2,460.
  D4: dossier('D4', vn(2026, 11, 9, 9), [
    [vn(2026, 11, 11, 10), { type: 'apologised', reason: 'Chờ xác minh', newDueAt: vn(2026, 11, 17, 17) }],
    ...resultReady(vn(2026, 11, 16, 10)),
  ]),
  // D5 a supplement pause across the period's end: received Mon 23 Nov 09:00, due Thu 26 Nov 17:00;
  // the clock stops Tue 24 Nov 10:00 and is still stopped on 30 November: in progress, within the
  // deadline, though 26 November has passed. The supplement comes Wed 2 Dec 10:00: the pause
  // covered 6 working days (24→25, 25→26, 26→27, 27→30, 30→1, 1→2), so the appointment moves to
  // Fri 4 Dec 17:00; the result comes that morning: on time, in December.
  D5: dossier('D5', vn(2026, 11, 23, 9), [
    [vn(2026, 11, 24, 10), { type: 'supplement-requested', items: [{ name: 'Giấy chứng sinh', originals: 1, copies: 0 }], reason: 'Thiếu', requestedBy: 'handler' }],
    [vn(2026, 12, 2, 10), { type: 'supplement-supplied', items: [{ name: 'Giấy chứng sinh', originals: 1, copies: 0 }] }],
    ...resultReady(vn(2026, 12, 4, 10)),
  ]),
  // D6 stopped at the citizen's request (Mẫu 05) in November: neither resolved nor in progress.
  D6: dossier('D6', vn(2026, 11, 10, 9), [[vn(2026, 11, 12, 9), { type: 'withdrawn', kind: 'stopped', reason: 'Công dân đề nghị dừng' }]], { field: CHUNG_THUC }),
  // D7 overdue, no apology: received Mon 16 Nov 09:00, due Thu 19 Nov 17:00, still open on 30 Nov:
  // 7 working days past its due date (20, 23, 24, 25, 26, 27, 30).
  D7: dossier('D7', vn(2026, 11, 16, 9), [], { field: CHUNG_THUC }),
  // D8 posted, refused the next day: resolved early, of which refused. Office time 360 + 120 = 480.
  D8: dossier('D8', vn(2026, 11, 16, 9), [[vn(2026, 11, 17, 9), { type: 'refused', reasons: 'Không đủ điều kiện' }]], { field: CHUNG_THUC, channel: 'postal' }),
  // D9 received in December: not in November's figures.
  D9: dossier('D9', vn(2026, 12, 1, 9), []),
  // D10 overdue and apologised for: received Mon 2 Nov, due Thu 5 Nov; apology Wed 4 Nov with a new
  // date 10 Dec; still open on 30 Nov: overdue against the appointment, apologised; 17 working days
  // past it (6, 9–13, 16–20, 23–27, 30).
  D10: dossier('D10', vn(2026, 11, 2, 9), [[vn(2026, 11, 4, 10), { type: 'apologised', reason: 'Chờ xác minh', newDueAt: vn(2026, 12, 10, 17) }]]),
  // D11 carried over, within its (long) deadline on 30 November.
  D11: dossier('D11', vn(2026, 10, 30, 9), [], { dueAt: vn(2026, 12, 9, 17) }),
};

const facts: DossierFacts[] = Object.values(histories).map((h) => dossierFacts(h));
const NOVEMBER = periodOf('month', '2026-11-15');
const AFTER = vn(2026, 12, 20, 12); // the report is made in December: November is over
const report = computeReport(facts, NOVEMBER, { now: AFTER, cal });
const ids = (key: FigureKey, scope = {}) => factsBehind(facts, NOVEMBER, key, scope, { now: AFTER, cal }).map((f) => f.id);

describe('facts from events', () => {
  it('follow the dossier: pause and its shift, apology, resolution, return, rating, scans', () => {
    const d5 = facts.find((f) => f.id === 'D5')!;
    expect(d5.pauses).toEqual([{ from: vn(2026, 11, 24, 10), to: vn(2026, 12, 2, 10), shift: vn(2026, 12, 4, 17) - vn(2026, 11, 26, 17) }]);
    expect(appointmentAt(d5, vn(2026, 11, 30, 23))).toBe(vn(2026, 11, 26, 17));
    expect(appointmentAt(d5, vn(2026, 12, 4, 10))).toBe(vn(2026, 12, 4, 17));
    const d4 = facts.find((f) => f.id === 'D4')!;
    expect(d4).toMatchObject({ apologisedAt: vn(2026, 11, 11, 10), newDueAt: vn(2026, 11, 17, 17), resolvedAt: vn(2026, 11, 16, 10), refused: false });
    // The lifecycle judges it against the new date; the statistics against the appointment.
    expect(deriveDossier(histories.D4!).timeliness).toBe('early');
    expect(facts.find((f) => f.id === 'D1')).toMatchObject({ returnedAt: vn(2026, 11, 4, 8), returnMethod: 'desk', rating: 'satisfied', digitised: false });
    expect(facts.find((f) => f.id === 'D3')).toMatchObject({ channel: 'online', digitised: true });
    expect(facts.find((f) => f.id === 'D6')).toMatchObject({ withdrawnAt: vn(2026, 11, 12, 9), withdrawal: 'stopped', resolvedAt: null });
    expect(facts.find((f) => f.id === 'D8')).toMatchObject({ refused: true, resolvedAt: vn(2026, 11, 17, 9) });
  });
});

describe('November 2026, worked by hand', () => {
  it('balances: carried over + new = resolved + withdrawn + in progress', () => {
    const t = report.total;
    expect(t).toMatchObject({ carriedOver: 2, receivedNew: 7, receivedTotal: 9, byChannel: { desk: 5, online: 1, postal: 1 } });
    expect(t).toMatchObject({ resolved: 4, resolvedEarly: 2, resolvedOnTime: 1, resolvedLate: 1, resolvedLateApologised: 1, refused: 1 });
    expect(t).toMatchObject({ inProgress: 4, inProgressWithin: 2, inProgressOverdue: 2, inProgressOverdueApologised: 1, overdueUnapologised: 1 });
    expect(t).toMatchObject({ withdrawn: 1, withdrawnStopped: 1 });
    expect(t.resolved + t.withdrawn + t.inProgress).toBe(t.receivedTotal);
  });

  it('names the dossiers behind each figure', () => {
    expect(ids('carriedOver')).toEqual(['D1', 'D11']);
    expect(ids('receivedNew')).toEqual(['D10', 'D3', 'D4', 'D6', 'D7', 'D8', 'D5']);
    expect(ids('resolvedEarly')).toEqual(['D1', 'D8']);
    expect(ids('resolvedOnTime')).toEqual(['D3']);
    expect(ids('resolvedLate')).toEqual(['D4']);
    expect(ids('inProgressWithin')).toEqual(['D11', 'D5']);
    expect(ids('inProgressOverdue')).toEqual(['D10', 'D7']);
    expect(ids('overdueUnapologised')).toEqual(['D7']);
    expect(ids('lateApologised')).toEqual(['D10', 'D4']);
    expect(ids('withdrawn')).toEqual(['D6']);
    expect(ids('returned')).toEqual(['D2', 'D1']);
    expect(ids('rated')).toEqual(['D2', 'D1']);
    expect(ids('byChannel.postal')).toEqual(['D8']);
    expect(ids('digitised')).toEqual(['D3']);
    expect(ids('receivedTotal', { fieldCode: 'G03-GD09' })).toEqual(['D6', 'D7', 'D8']);
    expect(ids('overdueAge.2')).toEqual(['D7']);
    expect(ids('overdueAge.3')).toEqual(['D10']);
    expect(ids('overdueAge.0')).toEqual([]);
    expect(ids('rating.very-satisfied')).toEqual(['D2']);
    expect(ids('rating.satisfied')).toEqual(['D1']);
  });

  it('rates, average time, apologies, channels, ratings', () => {
    const t = report.total;
    expect(t.onTimeRate).toBe(3 / 4);
    // (1,020 + 1,680 + 2,460 + 480) office minutes over 4 resolved, 480 minutes a day.
    expect(t.averageWorkingDays).toBeCloseTo(5640 / 4 / 480, 10);
    expect(t).toMatchObject({ late: 3, lateApologised: 2, returned: 2, returnedBy: { desk: 2, postal: 0, online: 0 }, digitised: 1, rated: 2 });
    expect(t.lateApologisedRate).toBeCloseTo(2 / 3, 10);
    expect(t.onlineRate).toBeCloseTo(1 / 7, 10);
    expect(t.digitisedRate).toBeCloseTo(1 / 7, 10);
    expect(t.ratings).toEqual({ 'very-satisfied': 1, satisfied: 1, acceptable: 0, 'not-satisfied': 0 });
    expect(t.satisfiedRate).toBe(1);
  });

  it('per field, per month, overdue by age, Decision 766 estimates', () => {
    const byField = Object.fromEntries(report.byField.map((r) => [r.key, r]));
    expect(report.byField.map((r) => r.key)).toEqual(['G03-GD09', 'G03-GD10']);
    expect(byField['G03-GD09']).toMatchObject({ name: 'Chứng thực', figures: { receivedNew: 3, carriedOver: 0, resolved: 1, refused: 1, withdrawn: 1, inProgressOverdue: 1 } });
    expect(byField['G03-GD10']!.figures).toMatchObject({ carriedOver: 2, receivedNew: 4, resolved: 3, inProgress: 3 });
    expect(report.byProcedure).toHaveLength(1);
    expect(report.monthly).toEqual([{ month: '2026-11', received: 7, resolved: 4, onTimeRate: 0.75 }]);
    expect(report.overdueByAge.map((b) => b.count)).toEqual([0, 0, 1, 1]);
    expect(report.asOf).toBe(periodBounds(NOVEMBER).end);
    const est = Object.fromEntries(report.estimates766.map((e) => [e.key, e.points]));
    expect(est).toEqual({ transparency: null, progress: 15, online: Math.round((12 / 7) * 10) / 10, payment: null, digitisation: Math.round((22 / 7) * 10) / 10, satisfaction: 18 });
  });

  it('a period not over is taken now: the same dossiers mid-November', () => {
    const mid = computeReport(facts, NOVEMBER, { now: vn(2026, 11, 18, 12), cal });
    // D1, D11 carried over; received so far: D3, D4, D6, D7, D8, D10. D4 is resolved late (16 Nov),
    // D7 is due tomorrow (within), D10 overdue since 5 Nov.
    expect(mid.total).toMatchObject({ carriedOver: 2, receivedNew: 6, resolved: 4, withdrawn: 1, inProgress: 3, inProgressOverdue: 1 });
    expect(mid.asOf).toBe(vn(2026, 11, 18, 12));
  });

  it('December: the supplement paused in November resolves on time against its moved appointment', () => {
    const dec = computeReport(facts, periodOf('month', '2026-12-01'), { now: AFTER, cal });
    expect(ids('resolvedOnTime')).not.toContain('D5');
    expect(factsBehind(facts, periodOf('month', '2026-12-01'), 'resolvedOnTime', {}, { now: AFTER, cal }).map((f) => f.id)).toEqual(['D5']);
    // Carried over into December: D5, D7, D10, D11 (D1–D4, D6, D8 finished in November or before).
    expect(dec.total).toMatchObject({ carriedOver: 4, receivedNew: 1 });
  });
});

describe('the dossier page says what the reports count', () => {
  it('late and apologised for, though in time for the new date; a refusal in time', () => {
    const fmt = String;
    const d4 = deriveDossier(histories.D4!);
    expect(statisticalTimeliness(histories.D4!, {})).toBe('late');
    expect(timeStatusOf(d4, AFTER, rules, fmt, statisticalTimeliness(histories.D4!, {})).key).toBe('dossiers.page.time.lateMetNewDate');
    expect(timeStatusOf(deriveDossier(histories.D3!), AFTER, rules, fmt, statisticalTimeliness(histories.D3!, {})).key).toBe('dossiers.page.time.onTime');
    expect(timeStatusOf(deriveDossier(histories.D8!), AFTER, rules, fmt).key).toBe('dossiers.page.time.refusedInTime');
    expect(statisticalTimeliness(histories.D7!, {})).toBeNull();
  });
});

describe('the office clock the reports count with', () => {
  it('gives the calendar\'s office minutes, whatever order the days are asked in', () => {
    const rnd = seeded(11);
    const clock = new OfficeClock(cal, vn(2026, 12, 31));
    const t0 = vn(2025, 12, 20);
    for (let i = 0; i < 400; i++) {
      const a = t0 + Math.floor(rnd() * 400 * 86_400_000);
      const b = a + Math.floor(rnd() * 30 * 86_400_000);
      expect(clock.minutesBetween(a, b)).toBeCloseTo(cal.workingMinutesBetween(a, b), 6);
    }
  });
});

describe('periods', () => {
  it('months, quarters, years and custom ranges, in Vietnam time', () => {
    expect(periodOf('quarter', '2026-11-15')).toEqual({ kind: 'quarter', from: '2026-10-01', to: '2026-12-31' });
    expect(periodOf('month', '2028-02-10')).toEqual({ kind: 'month', from: '2028-02-01', to: '2028-02-29' });
    expect(shiftPeriod(periodOf('month', '2026-01-15'), -1)).toEqual({ kind: 'month', from: '2025-12-01', to: '2025-12-31' });
    expect(shiftPeriod(periodOf('quarter', '2026-11-15'), 1)).toEqual({ kind: 'quarter', from: '2027-01-01', to: '2027-03-31' });
    expect(shiftPeriod(customPeriod('2026-11-01', '2026-11-10'), 1)).toEqual({ kind: 'custom', from: '2026-11-11', to: '2026-11-20' });
    expect(() => customPeriod('2026-11-10', '2026-11-01')).toThrow('Ngày cuối kỳ phải sau');
    expect(periodBounds(NOVEMBER)).toEqual({ start: vn(2026, 11, 1), end: vn(2026, 12, 1) });
    expect(monthsOf(periodOf('quarter', '2026-11-15'))).toEqual(['2026-10', '2026-11', '2026-12']);
    expect([NOVEMBER, periodOf('quarter', '2026-11-01'), periodOf('year', '2026-11-01'), customPeriod('2026-11-01', '2026-11-10')].map(periodLabelVi)).toEqual([
      'Tháng 11/2026',
      'Quý IV/2026',
      'Năm 2026',
      'Từ 01/11/2026 đến 10/11/2026',
    ]);
  });
});

describe('on random facts', () => {
  const KEYS: FigureKey[] = ['overdueAge.0', 'overdueAge.1', 'overdueAge.2', 'overdueAge.3', 'carriedOver', 'receivedNew', 'resolved', 'resolvedEarly', 'resolvedOnTime', 'resolvedLate', 'refused', 'inProgressWithin', 'inProgressOverdue', 'overdueUnapologised', 'withdrawn', 'returned', 'late', 'lateApologised', 'digitised', 'rated'];
  const COUNT: Partial<Record<FigureKey, keyof Figures>> = { late: 'late', lateApologised: 'lateApologised' };

  function randomFacts(seed: number, n: number): DossierFacts[] {
    const rnd = seeded(seed);
    const out: DossierFacts[] = [];
    const t0 = vn(2026, 1, 1);
    for (let i = 0; i < n; i++) {
      const receivedAt = t0 + Math.floor(rnd() * 330) * 86_400_000 + 3_600_000 * (2 + Math.floor(rnd() * 8));
      const due = receivedAt + (1 + Math.floor(rnd() * 15)) * 86_400_000;
      const paused = rnd() < 0.2;
      const pauseFrom = receivedAt + Math.floor(rnd() * 5) * 86_400_000;
      const pauseTo = rnd() < 0.7 ? pauseFrom + Math.floor(1 + rnd() * 20) * 86_400_000 : null;
      const ended = rnd() < 0.85 ? Math.max(receivedAt, pauseTo ?? pauseFrom) + Math.floor(rnd() * 25) * 86_400_000 : null;
      const withdrawn = ended !== null && rnd() < 0.05;
      const apologisedAt = rnd() < 0.15 ? receivedAt + 86_400_000 : null;
      out.push({
        id: `r${i}`,
        code: `c${i}`,
        receivedAt,
        channel: (['desk', 'online', 'postal'] as const)[Math.floor(rnd() * 3)]!,
        fieldCode: rnd() < 0.1 ? null : `F${Math.floor(rnd() * 4)}`,
        fieldName: 'x',
        procedureCode: `P${Math.floor(rnd() * 9)}`,
        procedureName: 'y',
        originalDueAt: due,
        pauses: paused ? [{ from: pauseFrom, to: pauseTo === null || (ended !== null && pauseTo > ended) ? null : pauseTo, shift: pauseTo ? pauseTo - pauseFrom : 0 }] : [],
        apologisedAt,
        newDueAt: apologisedAt ? due + 5 * 86_400_000 : null,
        resolvedAt: withdrawn ? null : ended,
        refused: !withdrawn && ended !== null && rnd() < 0.1,
        withdrawnAt: withdrawn ? ended : null,
        withdrawal: withdrawn ? 'withdrawn' : null,
        returnedAt: !withdrawn && ended !== null && rnd() < 0.8 ? ended + Math.floor(rnd() * 40) * 86_400_000 : null,
        returnMethod: 'desk',
        ratedAt: null,
        rating: null,
        digitised: rnd() < 0.5,
      });
    }
    return out;
  }

  it('every period balances, fields sum to the total, and every drill-down lists as many dossiers as its figure', () => {
    for (const seed of [1, 2, 3]) {
      const all = randomFacts(seed, 600);
      for (const period of [periodOf('month', '2026-03-10'), periodOf('quarter', '2026-08-10'), periodOf('year', '2026-01-01'), customPeriod('2026-05-17', '2026-06-03')]) {
        const r = computeReport(all, period, { now: vn(2026, 12, 31, 12), cal });
        const t = r.total;
        expect(t.resolved + t.withdrawn + t.inProgress).toBe(t.receivedTotal);
        expect(t.resolvedEarly + t.resolvedOnTime + t.resolvedLate).toBe(t.resolved);
        expect(t.byChannel.desk + t.byChannel.online + t.byChannel.postal).toBe(t.receivedNew);
        for (const k of ['receivedTotal', 'resolved', 'inProgressOverdue', 'withdrawn', 'returned'] as const) {
          expect(r.byField.reduce((s, row) => s + row.figures[k], 0)).toBe(t[k]);
          expect(r.byProcedure.reduce((s, row) => s + row.figures[k], 0)).toBe(t[k]);
        }
        expect(r.overdueByAge.reduce((s, b) => s + b.count, 0)).toBe(t.inProgressOverdue);
        for (const key of KEYS) {
          const figure = key.startsWith('overdueAge.') ? r.overdueByAge[Number(key.slice(-1))]!.count : (t[(COUNT[key] ?? key) as keyof Figures] as number);
          expect(factsBehind(all, period, key, {}, { now: vn(2026, 12, 31, 12), cal })).toHaveLength(figure);
        }
      }
    }
  });

  it('a quarter is its months: received, resolved and withdrawn add up; the carried over is the first month\'s', () => {
    const all = randomFacts(7, 800);
    const q = computeReport(all, periodOf('quarter', '2026-05-01'), { now: vn(2026, 12, 31), cal }).total;
    const months = [4, 5, 6].map((m) => computeReport(all, periodOf('month', `2026-0${m}-01`), { now: vn(2026, 12, 31), cal }).total);
    for (const k of ['receivedNew', 'resolved', 'resolvedLate', 'withdrawn', 'returned'] as const) expect(months.reduce((s, m) => s + m[k], 0)).toBe(q[k]);
    expect(q.carriedOver).toBe(months[0]!.carriedOver);
    expect(q.inProgress).toBe(months[2]!.inProgress);
  });
});
