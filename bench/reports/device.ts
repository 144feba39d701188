/**
 * The reports benchmark's generator device (bench/reports.mjs forks it, bundled by rolldown): the
 * app's real store, sync engine and fetch transport under Node, on a fake-indexeddb database —
 * as bench/sync/device.ts, with a year's worth of histories instead of a month of receipts.
 *
 * 1. enrols with the hub and syncs once (catalogue and holidays arrive);
 * 2. offline, receives `dossiers` dossiers over the working days of the year up to today through
 *    the store's receiveDossier, and writes their follow-ups through addDossierEvent, every write
 *    in time order with the device's wall clock moved to its instant (HLC stamps and `at` agree);
 *    events that would fall after now are not made (recent dossiers stay open);
 * 3. one syncNow() straight to the hub: everything is pushed.
 *
 * The Chromium desk then enrols as another device of the commune and pulls all of it through the
 * app's own sync engine (bench/reports.mjs): what is in its IndexedDB is what the app writes.
 *
 * Messages to the parent: {kind:'generated', ...}, {kind:'pushed', ...}.
 */
import 'fake-indexeddb/auto';
import { send, waitFor } from '../deviceIpc';
import { procedures } from '../../src/data/catalogue/procedures';
import type { DossierEventPayload, ReceivedDocument, ReturnMethod, SatisfactionLevel } from '../../src/domain/dossier/events';
import { termsForChannel, totalFeeVnd, type Channel, type Procedure } from '../../src/domain/procedure';
import { rulesFor } from '../../src/domain/deskSettings';
import { DossierRuleError } from '../../src/domain/dossier/lifecycle';
import { currentCase, receivedDocuments, type DocumentCheck } from '../../src/features/receive/formState';
import { MotcuaDatabase, setDatabase } from '../../src/store/db';
import { setWallClock } from '../../src/store/deviceClock';
import { addDossierEvent, receiveDossier } from '../../src/store/dossiers';
import { loadSettings, saveSettings } from '../../src/store/settings';
import { enrolDevice } from '../../src/sync/enrol';
import { createSyncEngine } from '../../src/sync/engine';
import { createFetchTransport } from '../../src/sync/transport';
import { refusedEvents } from '../../src/store/sync';
import { makeApplicant, pick, seeded, type Random } from '../sync/people';

interface Config {
  hubUrl: string;
  dossiers: number;
  seed: number;
  year: number;
  username: string;
  password: string;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const VN = 7 * HOUR;

/** Mon–Fri of `year` (Vietnam time) from 2 January up to yesterday. */
function workingDays(year: number, now: number): number[] {
  const days: number[] = [];
  const today = Math.floor((now + VN) / DAY) * DAY - VN;
  for (let day = Date.UTC(year, 0, 2) - VN; day < today && day < Date.UTC(year + 1, 0, 1) - VN; day += DAY) {
    const weekday = new Date(day + VN).getUTCDay();
    if (weekday !== 0 && weekday !== 6) days.push(day);
  }
  return days;
}

/** Procedures the desk can receive (a confirmed limit at the desk), certifications and civil status weighted. */
function receivable(): { procedure: Procedure; weight: number }[] {
  return procedures
    .filter((p) => {
      const limit = termsForChannel(p, 'desk')?.timeLimit;
      return limit && (limit.amount !== null || limit.unit === 'within-day');
    })
    .map((procedure) => ({ procedure, weight: procedure.field.name === 'Chứng thực' ? 4 : procedure.field.name === 'Hộ tịch' ? 3 : 1 }));
}

function weighted<T extends { weight: number }>(random: Random, list: T[]): T {
  const total = list.reduce((s, x) => s + x.weight, 0);
  let r = random() * total;
  for (const x of list) {
    r -= x.weight;
    if (r <= 0) return x;
  }
  return list[list.length - 1]!;
}

function checks(random: Random, procedure: Procedure, caseId: string | null, channel: Channel, digitised: boolean): { caseId: string | null; documents: ReceivedDocument[] } {
  const docCase = currentCase(procedure, caseId, channel);
  const ticks: DocumentCheck[] = (docCase?.documents ?? []).map((d) => ({
    name: d.name,
    received: d.optional ? random() < 0.5 : true,
    originals: d.originals ?? 0,
    copies: d.copies ?? 0,
  }));
  const documents = receivedDocuments(docCase, ticks);
  // Scans: the ids of the attachments of the documents handed in (the blobs stay on the device
  // that scanned them; only the ids travel in the event, as in the app).
  if (digitised) {
    for (const d of documents) if (d.received && !d.shownOnly && random() < 0.8) d.attachmentIds = [crypto.randomUUID()];
  }
  return { caseId: docCase?.id ?? null, documents };
}

/** What happens to a dossier after its receipt; the shares are of all dossiers. */
type Outcome = 'early' | 'on-time' | 'late' | 'late-apologised' | 'refused' | 'withdrawn' | 'supplement' | 'supplement-waiting' | 'stuck' | 'stuck-apologised';
const OUTCOMES: { outcome: Outcome; weight: number }[] = [
  { outcome: 'early', weight: 56 },
  { outcome: 'on-time', weight: 16 },
  { outcome: 'late', weight: 5 },
  { outcome: 'late-apologised', weight: 4 },
  { outcome: 'refused', weight: 3 },
  { outcome: 'withdrawn', weight: 2 },
  { outcome: 'supplement', weight: 9 },
  { outcome: 'supplement-waiting', weight: 2 },
  { outcome: 'stuck', weight: 1.5 },
  { outcome: 'stuck-apologised', weight: 1.5 },
];
const LEVELS: { level: SatisfactionLevel; weight: number }[] = [
  { level: 'very-satisfied', weight: 45 },
  { level: 'satisfied', weight: 42 },
  { level: 'acceptable', weight: 10 },
  { level: 'not-satisfied', weight: 3 },
];

type Step = { at: number; payload: DossierEventPayload };

async function main(): Promise<void> {
  const config = (await waitFor('config')) as unknown as Config & { kind: string };
  const database = new MotcuaDatabase('bench-reports-device');
  setDatabase(database);
  let wall = Date.now();
  let simulated = false;
  setWallClock(database, () => (simulated ? wall : Date.now()));
  await saveSettings({ officerName: 'Lò Thị Ún', officerId: '' }, database);

  const hub = createFetchTransport({ baseUrl: config.hubUrl, timeoutMs: 300_000 });
  await enrolDevice(database, hub, { hubUrl: config.hubUrl, username: config.username, password: config.password, deviceName: 'Máy tiếp nhận 1' });
  const first = await createSyncEngine({ db: database, transport: hub, locks: null }).syncNow();
  if (first.kind !== 'synced') throw new Error(`first sync: ${JSON.stringify(first)}`);
  const rules = rulesFor(await loadSettings(database));

  const random = seeded(config.seed);
  const now = Date.now();
  const choices = receivable();
  const days = workingDays(config.year, now);
  const perDay = Math.ceil(config.dossiers / days.length);
  const actions: { at: number; run: () => Promise<unknown> }[] = [];
  const mix: Record<string, number> = {};
  const channels: Record<string, number> = {};
  let digitisedCount = 0;
  const desk = { kind: 'desk' as const, name: 'Bộ phận Một cửa xã Mường Phăng', person: 'Lò Thị Ún' };

  for (let i = 0; i < config.dossiers; i++) {
    const day = days[Math.min(days.length - 1, Math.floor(i / perDay))]!;
    // 07:30–16:30 Vietnam time, in order through the day.
    const at = day + 7.5 * HOUR + Math.floor(((i % perDay) / perDay) * 9 * HOUR) + Math.floor(random() * MINUTE);
    const roll = random();
    const channel: Channel = roll < 0.7 ? 'desk' : roll < 0.95 ? 'online' : 'postal';
    channels[channel] = (channels[channel] ?? 0) + 1;
    const { procedure } = weighted(random, choices);
    const chosenCase = procedure.cases.length > 1 ? pick(random, procedure.cases).id : null;
    const digitised = channel === 'online' || random() < 0.3;
    const { caseId, documents } = checks(random, procedure, chosenCase, channel, digitised);
    if (documents.some((d) => (d.attachmentIds?.length ?? 0) > 0)) digitisedCount += 1;
    const person = makeApplicant(random, config.year);
    const returnMethod: ReturnMethod = channel === 'online' ? (random() < 0.6 ? 'online' : 'desk') : channel === 'postal' || random() < 0.1 ? 'postal' : 'desk';
    const terms = termsForChannel(procedure, channel)!;
    const limit = terms.timeLimit!;
    const fee = totalFeeVnd(terms);
    const dossierId = crypto.randomUUID();
    actions.push({
      at,
      run: () =>
        receiveDossier(
          {
            procedure,
            caseId,
            channel,
            applicant: person.applicant,
            documents,
            sets: random() < 0.9 ? 1 : 2,
            feeVnd: fee,
            returnMethod,
            returnAddress: returnMethod === 'postal' ? (person.applicant.address ?? null) : null,
            note: null,
            dossierId,
            at,
          },
          database,
        ),
    });

    // ---- The follow-ups, planned against the appointment the store will compute.
    const due = rules.dueAt(at, limit);
    const span = Math.max(30 * MINUTE, due - at);
    const quick = limit.unit === 'within-day' || span < 8 * HOUR;
    const { outcome } = weighted(random, OUTCOMES);
    mix[outcome] = (mix[outcome] ?? 0) + 1;
    const steps: Step[] = [];
    const unit = procedure.field.name === 'Chứng thực' ? 'Công chức Tư pháp - Hộ tịch' : `Công chức phụ trách ${procedure.field.name}`;
    const handler = { kind: 'commune-specialist' as const, name: unit, person: 'Quàng Văn Inh' };
    /** Transfer, appraisal, approval and the result back at the desk, ending at `end`; from `start`. */
    const processing = (start: number, end: number, withTransfer = true) => {
      const len = end - start;
      if (!quick && withTransfer) {
        steps.push({ at: start + 0.05 * len, payload: { type: 'transferred', from: desk, to: handler } });
        steps.push({ at: start + 0.5 * len, payload: { type: 'appraised', conclusion: 'eligible', note: null, by: handler } });
      }
      steps.push({ at: start + 0.85 * len, payload: { type: 'approved', signer: 'Lường Văn Thoong', signerTitle: 'Phó Chủ tịch UBND xã' } });
      steps.push({ at: end, payload: { type: 'result-ready', resultNumber: `${1 + (i % 900)}/UBND-TP`, note: null } });
      // Handed over: the same day for most, up to a week later for some.
      const handedAt = end + (random() < 0.7 ? 10 * MINUTE + random() * 3 * HOUR : DAY + random() * 6 * DAY);
      steps.push({ at: handedAt, payload: { type: 'returned', method: returnMethod, recipient: person.name, feeCollectedVnd: fee } });
      if (random() < 0.4) steps.push({ at: handedAt + 5 * MINUTE, payload: { type: 'rated', level: weighted(random, LEVELS).level, comment: null } });
    };
    const apology = (when: number, newDue: number) => {
      steps.push({ at: Math.round(when), payload: { type: 'apologised', reason: 'Hồ sơ cần xác minh thêm tại cơ quan chuyên môn', newDueAt: Math.round(newDue), by: unit } });
    };
    switch (outcome) {
      case 'early':
        processing(at, at + (0.1 + 0.45 * random()) * span);
        break;
      case 'on-time':
        // The last hours before the appointment.
        processing(at, due - Math.min(0.1 * span, (0.2 + random() * 3) * HOUR));
        break;
      case 'late':
        processing(at, due + (quick ? 2 * HOUR + random() * 2 * DAY : DAY + random() * 8 * DAY));
        break;
      case 'late-apologised': {
        const end = due + (quick ? 2 * HOUR + random() * 2 * DAY : DAY + random() * 8 * DAY);
        processing(at, end);
        // Before the appointment when there is time for it, else once overdue.
        const when = !quick && due - DAY > at + 2 * HOUR ? due - DAY : due + HOUR;
        apology(when, end + DAY);
        break;
      }
      case 'refused':
        if (!quick) {
          steps.push({ at: at + 0.05 * span, payload: { type: 'transferred', from: desk, to: handler } });
          steps.push({ at: at + 0.4 * span, payload: { type: 'appraised', conclusion: 'not-eligible', note: 'Không đủ điều kiện theo quy định', by: handler } });
        }
        steps.push({ at: at + 0.6 * span, payload: { type: 'refused', reasons: 'Hồ sơ không đủ điều kiện giải quyết theo quy định.' } });
        break;
      case 'withdrawn':
        steps.push({ at: at + (0.1 + 0.5 * random()) * span, payload: { type: 'withdrawn', kind: random() < 0.7 ? 'withdrawn' : 'stopped', reason: 'Công dân đề nghị rút hồ sơ.' } });
        break;
      case 'supplement':
      case 'supplement-waiting': {
        // Asked a little after receipt; the clock stops until the papers come.
        const asked = at + Math.min(0.3 * span, DAY);
        steps.push({ at: asked, payload: { type: 'supplement-requested', items: [{ name: 'Bản sao giấy tờ chứng minh nơi cư trú', originals: 0, copies: 1 }], reason: 'Thiếu giấy tờ theo quy định', requestedBy: quick ? 'desk' : 'handler' } });
        if (outcome === 'supplement-waiting' && now - asked < 75 * DAY) break; // still waiting today
        const supplied = asked + 2 * DAY + random() * 12 * DAY;
        steps.push({ at: supplied, payload: { type: 'supplement-supplied', items: [{ name: 'Bản sao giấy tờ chứng minh nơi cư trú', originals: 0, copies: 1 }], note: null } });
        // The rest of the time limit after the pause: mostly in time, some late.
        const rest = Math.max(HOUR, due - asked);
        processing(supplied, supplied + (random() < 0.85 ? (0.3 + 0.6 * random()) * rest : rest + DAY + random() * 4 * DAY));
        break;
      }
      case 'stuck':
      case 'stuck-apologised':
        if (!quick) {
          steps.push({ at: at + 0.05 * span, payload: { type: 'transferred', from: desk, to: handler } });
          steps.push({ at: at + 0.5 * span, payload: { type: 'appraised', conclusion: 'eligible', note: null, by: handler } });
        }
        if (outcome === 'stuck-apologised') apology(quick || due - DAY <= at + 2 * HOUR ? due + HOUR : due - DAY, due + 10 * DAY);
        break;
    }
    steps.sort((a, b) => a.at - b.at);
    for (const s of steps) {
      const when = Math.round(s.at);
      if (when > now - 5 * MINUTE) break; // not yet happened: the rest of the history neither
      actions.push({ at: when, run: () => addDossierEvent(dossierId, s.payload, when, database) });
    }
  }

  actions.sort((a, b) => a.at - b.at);
  simulated = true;
  const t0 = Date.now();
  let refusedByRules = 0;
  for (const [n, action] of actions.entries()) {
    wall = action.at;
    try {
      await action.run();
    } catch (error) {
      // A planned step the rules refuse (e.g. an apology on a dossier whose pause moved its date):
      // skipped, as the officer's screen would have refused it.
      if (!(error instanceof DossierRuleError)) throw error;
      refusedByRules += 1;
    }
    if (n % 20_000 === 0 && n > 0) process.stderr.write(`  … ${n} of ${actions.length} writes (${((Date.now() - t0) / 1000).toFixed(0)} s)\n`);
  }
  simulated = false;
  const events = await database.events.count();
  send({
    kind: 'generated',
    dossiers: await database.dossiers.count(),
    events,
    refusedByRules,
    mix,
    channels,
    digitised: digitisedCount,
    days: days.length,
    writeSeconds: (Date.now() - t0) / 1000,
  });

  await waitFor('push');
  const s0 = Date.now();
  const outcome = await createSyncEngine({ db: database, transport: hub, locks: null }).syncNow();
  const refused = (await refusedEvents(database, 20)).map((r) => JSON.stringify(r).slice(0, 400));
  send({ kind: 'pushed', refused, outcome, seconds: (Date.now() - s0) / 1000, pendingAfter: await database.outbox.count() });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
