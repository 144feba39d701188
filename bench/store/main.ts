/**
 * The store benchmark's page: the app's real store code in a real browser (IndexedDB in
 * Chromium), driven by bench/store.mjs. Nothing here is used by the app.
 */
import { dossierFacts } from '../../src/domain/statistics/facts';
import { putStatFacts } from '../../src/store/statBlocks';
import { computeReport, periodOf } from '../../src/domain/statistics';
import { loadStatFacts } from '../../src/store/statistics';
import { vnDate } from '../../src/domain/calendar/vnTime';
import type { DossierEvent } from '../../src/domain/dossier/events';
import { deriveDossier } from '../../src/domain/dossier/lifecycle';
import { formatDossierCode } from '../../src/domain/dossierCode';
import type { Procedure } from '../../src/domain/procedure';
import { procedures } from '../../src/data/catalogue/procedures';
import { catalogueIndex, ensureCatalogue, invalidateCatalogueIndex, searchCatalogue, toProcedureRow } from '../../src/store/catalogue';
import { db } from '../../src/store/db';
import { toDossierRow, type DossierRow } from '../../src/store/dossierRow';
import { rulesFor } from '../../src/domain/deskSettings';
import { receiveDossier } from '../../src/store/dossiers';
import { queueRows } from '../../src/store/queues';
import { dossierListIds, type DossierListFilter } from '../../src/store/dossierList';
import { loadSettings, saveSettings } from '../../src/store/settings';
import { SCHEMA } from '../../src/store/schema';

const DAY = 86_400_000;

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function summary(samples: number[]) {
  return { n: samples.length, p50: percentile(samples, 50), p95: percentile(samples, 95), max: Math.max(...samples) };
}

/** Fills the database with `count` dossiers received over the past year, a fifth of them still open. */
async function seed(count: number) {
  await db().delete();
  await db().open();
  await saveSettings({ agencyId: '000.00.53.H48', agencyName: 'UBND XÃ BENCH', officerName: 'Bench' });
  const settings = await loadSettings();
  await ensureCatalogue();
  const rules = rulesFor(settings);
  const now = Date.now();
  const batch = 5000;
  for (let start = 0; start < count; start += batch) {
    const rows: DossierRow[] = [];
    const events: DossierEvent[] = [];
    for (let i = start; i < Math.min(count, start + batch); i++) {
      const procedure = procedures[i % procedures.length]!;
      const at = now - Math.floor((i / count) * 365 * DAY) - (i % 97) * 60_000;
      const dossierId = `bench-${i}`;
      const event: DossierEvent = {
        id: `ev-${i}`,
        dossierId,
        deviceId: settings.deviceId,
        officerId: 'bench',
        hlc: `${String(at).padStart(15, '0')}:00000:${settings.deviceId}`,
        at,
        type: 'received',
        // Another agency's identifier, so the seeded codes never meet the ones saveNew draws.
        code: formatDossierCode('000.00.53.H99', at, (i % 9000) + 1),
        terms: {
          procedureVersion: `${procedure.id}@${procedure.effectiveFrom}`,
          procedureId: procedure.id,
          procedureCode: procedure.code,
          procedureName: procedure.name,
          fieldCode: procedure.field.code,
          fieldName: procedure.field.name,
          timeLimit: { amount: 5, unit: 'working-days' },
          formRegime: 'tt03-2025',
        },
        caseId: null,
        channel: 'desk',
        applicant: { kind: 'person', name: `Nguyễn Văn ${i}`, idNumber: String(1_000_000_000 + i).padStart(12, '0') },
        documents: [],
        sets: 1,
        feeVnd: 0,
        returnMethod: 'desk',
        dueAt: at + 7 * DAY,
      };
      const state = deriveDossier([event], { dueRules: rules.dueRules });
      // Four in five are finished: returned a few days after receipt.
      const row = toDossierRow(i % 5 === 0 ? state : { ...state, status: 'returned', resolvedAt: at + 5 * DAY, timeliness: 'early' });
      rows.push(row);
      events.push(event);
    }
    await db().transaction('rw', [db().dossiers, db().events, db().statBlocks], async () => {
      await db().dossiers.bulkAdd(rows);
      await db().events.bulkAdd(events);
      // The figures' monthly blocks, as every write keeps them (a save then updates a full month).
      await putStatFacts(db().statBlocks, events.map((e) => dossierFacts([e], { dueRules: rules.dueRules })));
    });
  }
  return db().dossiers.count();
}

async function saveNew(runs: number) {
  // A procedure whose desk channel has a confirmed limit in working days.
  const procedure = procedures.find((p) => p.channels.some((c) => c.channel === 'desk' && c.timeLimit?.unit === 'working-days' && c.timeLimit.amount))!;
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await receiveDossier({
      procedure,
      caseId: procedure.cases[0]?.id ?? null,
      channel: 'desk',
      applicant: { kind: 'person', name: `Trần Thị ${i}`, idNumber: '001190012345' },
      documents: [],
      sets: 1,
      feeVnd: 0,
      returnMethod: 'desk',
    });
    samples.push(performance.now() - t0);
  }
  return summary(samples);
}

async function overdueFirst50(runs: number) {
  const settings = await loadSettings();
  const rules = rulesFor(settings);
  const samples: number[] = [];
  let rows = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    rows = (await queueRows('overdue', Date.now(), rules, 1, 50)).length;
    samples.push(performance.now() - t0);
  }
  return { ...summary(samples), rows };
}

/** The full list's filters (ids in display order, as the virtualised list asks for them). */
async function listQueries(runs: number) {
  const settings = await loadSettings();
  const clock = { now: Date.now(), rules: rulesFor(settings), nearDueWorkingDays: 1 };
  const cases: [string, DossierListFilter][] = [
    ['whole list, newest first', {}],
    ['status = received', { status: 'received' }],
    ['one procedure', { procedureId: procedures[3]!.id }],
    ['overdue queue', { queue: 'overdue' }],
    ['applicant text "nguyen van 9999", first search', { text: 'nguyen van 9999' }],
    ['applicant text again', { text: 'nguyen van 9998' }],
  ];
  const out: Record<string, ReturnType<typeof summary> & { ids: number }> = {};
  for (const [name, filter] of cases) {
    const samples: number[] = [];
    let ids = 0;
    for (let i = 0; i < (name.startsWith('applicant text "') ? 1 : runs); i++) {
      const t0 = performance.now();
      ids = (await dossierListIds(filter, clock)).length;
      samples.push(performance.now() - t0);
    }
    out[name] = { ...summary(samples), ids };
  }
  return out;
}

/** 2,000 procedures: the real catalogue, repeated with numbered variants of the names. */
async function seedCatalogue(total: number) {
  const rows: Procedure[] = [];
  for (let i = 0; rows.length < total; i++) {
    const p = procedures[i % procedures.length]!;
    rows.push({ ...p, id: `${p.id}#${i}`, name: `${p.name} (biến thể ${i})` });
  }
  await db().procedures.clear();
  await db().procedures.bulkPut(rows.map(toProcedureRow));
  invalidateCatalogueIndex();
  return (await catalogueIndex()).length;
}

async function searchPerKeystroke(text: string, rounds: number) {
  const entries = await catalogueIndex();
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (let k = 1; k <= text.length; k++) {
      const t0 = performance.now();
      searchCatalogue(entries, text.slice(0, k));
      samples.push(performance.now() - t0);
    }
  }
  return summary(samples);
}

/**
 * Schema version 5's upgrade (every row derived again from its events), run over the seeded
 * database as a device that updates the app runs it once, at its first start after the update.
 */
async function rederiveAll() {
  const step = SCHEMA.find((v) => v.version === 5)!;
  const d = db();
  const t0 = performance.now();
  await d.transaction('rw', [d.dossiers, d.events, d.settings], (tx) => step.upgrade!(tx));
  return { ms: performance.now() - t0, rows: await d.dossiers.count() };
}

/** Schema version 8's upgrade (the figures' monthly blocks built from the events), once per device. */
async function rebuildStatBlocks() {
  const step = SCHEMA.find((v) => v.version === 8)!;
  const d = db();
  await d.statBlocks.clear();
  const t0 = performance.now();
  await d.transaction('rw', [d.dossiers, d.events, d.settings, d.statBlocks], (tx) => step.upgrade!(tx));
  return { ms: performance.now() - t0, rows: await d.dossiers.count(), blocks: await d.statBlocks.count() };
}

/** A year's figures over the seeded dossiers: reading the blocks, unpacking them, counting (n runs). */
async function yearReport(runs: number) {
  const cal = rulesFor(await loadSettings()).calendar;
  const year = periodOf('year', vnDate(Date.now()));
  const raw: number[] = [];
  const read: number[] = [];
  const count: number[] = [];
  let dossiers = 0;
  for (let i = 0; i < runs; i++) {
    const r0 = performance.now();
    await db().statBlocks.toArray();
    raw.push(performance.now() - r0);
    const t0 = performance.now();
    const facts = await loadStatFacts(year);
    const t1 = performance.now();
    const report = computeReport(facts, year, { now: Date.now(), cal });
    count.push(performance.now() - t1);
    read.push(t1 - t0);
    dossiers = report.total.receivedTotal;
  }
  return { raw: summary(raw), read: summary(read), count: summary(count), dossiers };
}

/** Errors cross into Node as plain messages (class names are minified away). */
function readable<A extends unknown[], R>(fn: (...args: A) => Promise<R>) {
  return async (...args: A) => {
    try {
      return await fn(...args);
    } catch (error) {
      throw new Error(`${(error as Error).name}: ${(error as Error).message}`);
    }
  };
}

Object.assign(window, {
  bench: {
    seed: readable(seed),
    saveNew: readable(saveNew),
    overdueFirst50: readable(overdueFirst50),
    listQueries: readable(listQueries),
    seedCatalogue: readable(seedCatalogue),
    searchPerKeystroke: readable(searchPerKeystroke),
    rederiveAll: readable(rederiveAll),
    rebuildStatBlocks: readable(rebuildStatBlocks),
    yearReport: readable(yearReport),
  },
});
document.getElementById('status')!.textContent = 'ready';
