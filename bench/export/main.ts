/**
 * The .xlsx export of the dossier list in Chromium, with the app's own code: the rows read from
 * IndexedDB as the list's button reads them (filteredDossierRows), the table built
 * (dossierListTable), the file built (exportBlob: write-excel-file's browser entry, imported on
 * demand as in the app). Driven by bench/exportXlsx.mjs.
 */
import type { DossierEvent } from '../../src/domain/dossier/events';
import { deriveDossier } from '../../src/domain/dossier/lifecycle';
import { formatDossierCode } from '../../src/domain/dossierCode';
import { createDeskRules, DEFAULT_DESK_SETTINGS } from '../../src/domain/deskSettings';
import { procedures } from '../../src/data/catalogue/procedures';
import { exportBlob } from '../../src/features/export/exportTable';
import { dossierListTable } from '../../src/features/export/tables/dossierList';
import { db } from '../../src/store/db';
import { toDossierRow, type DossierRow } from '../../src/store/dossierRow';
import { filteredDossierRows } from '../../src/store/exportRows';

const DAY = 86_400_000;
const rules = createDeskRules(DEFAULT_DESK_SETTINGS);
const heap = () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;
const gc = () => (globalThis as unknown as { gc?: () => void }).gc?.();

/** `count` dossiers received over a year, four in five returned, with addresses and phones. */
async function seed(count: number): Promise<number> {
  await db().delete();
  await db().open();
  const now = Date.now();
  const batch = 5000;
  for (let start = 0; start < count; start += batch) {
    const rows: DossierRow[] = [];
    for (let i = start; i < Math.min(count, start + batch); i++) {
      const procedure = procedures[i % procedures.length]!;
      const at = now - Math.floor((i / count) * 365 * DAY) - (i % 97) * 60_000;
      const event: DossierEvent = {
        id: `ev-${i}`,
        dossierId: `bench-${i}`,
        deviceId: 'bench',
        officerId: 'bench',
        hlc: `${String(at).padStart(15, '0')}:00000:bench`,
        at,
        type: 'received',
        code: formatDossierCode('000.00.53.H48', at, (i % 9000) + 1),
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
        channel: i % 3 === 0 ? 'online' : 'desk',
        applicant: {
          kind: 'person',
          name: `Nguyễn Thị Hồng Nhung ${i}`,
          idNumber: String(1_000_000_000 + i).padStart(12, '0'),
          address: `Bản Phăng ${i % 40}, xã Mường Phăng, tỉnh Điện Biên`,
          phone: `09${String(10_000_000 + i).slice(-8)}`,
        },
        documents: [],
        sets: 1,
        feeVnd: 0,
        returnMethod: 'desk',
        dueAt: at + 7 * DAY,
      };
      const state = deriveDossier([event], { dueRules: rules.dueRules });
      rows.push(toDossierRow(i % 5 === 0 ? state : { ...state, status: 'returned', resolvedAt: at + 5 * DAY, timeliness: i % 10 === 1 ? 'late' : 'early' }));
    }
    await db().dossiers.bulkAdd(rows);
  }
  return db().dossiers.count();
}

/** One export as the list's button runs it; times in ms, heap in bytes (main thread). */
async function exportList(format: 'xlsx' | 'csv') {
  gc();
  const heapBefore = heap();
  let peak = heapBefore;
  const sample = () => (peak = Math.max(peak, heap()));
  // The longest stretch the page could not answer the officer (long tasks on the main thread).
  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration)));
  observer.observe({ type: 'longtask' });
  const t0 = performance.now();
  const rows = await filteredDossierRows({}, { now: Date.now(), rules, nearDueWorkingDays: 1 });
  const t1 = performance.now();
  sample();
  const table = dossierListTable({ rows, filter: {}, agencyName: 'UBND xã Mường Phăng', now: Date.now() });
  const t2 = performance.now();
  sample();
  const blob = await exportBlob(table, format);
  const t3 = performance.now();
  sample();
  const heapAfter = heap();
  await new Promise((r) => setTimeout(r, 50));
  observer.takeRecords().forEach((e) => tasks.push(e.duration));
  observer.disconnect();
  return {
    rows: rows.length,
    readMs: t1 - t0,
    tableMs: t2 - t1,
    fileMs: t3 - t2,
    totalMs: t3 - t0,
    bytes: blob.size,
    heapBefore,
    heapPeakSampled: peak,
    heapAfter,
    longestTaskMs: Math.max(0, ...tasks),
  };
}

function readable<A extends unknown[], R>(fn: (...args: A) => Promise<R>) {
  return (...args: A) =>
    fn(...args).catch((e: unknown) => {
      throw new Error(e instanceof Error ? `${e.name}: ${e.message}\n${e.stack}` : String(e));
    });
}

Object.assign(window, { bench: { seed: readable(seed), exportList: readable(exportList) } });
document.getElementById('status')!.textContent = 'ready';
