/**
 * The sync benchmark's device (bench/sync.mjs forks it, bundled by rolldown): the app's real store,
 * sync engine and fetch transport under Node, on a fake-indexeddb database.
 *
 * 1. enrols with the hub and syncs once (the catalogue and holidays arrive: the state a device
 *    is in when it goes out to work);
 * 2. offline, receives the dossiers through the store's receiveDossier, as the intake form makes
 *    them (formState's case, document list and applicant shape), with the wall clock moved to
 *    each receipt's time so that HLC stamps and `at` agree; follow-up events through
 *    addDossierEvent at their own later times;
 * 3. on the parent's word, one syncNow() through the throttled proxy, timed;
 * 4. checks the hub holds exactly the device's events, byte for byte after canonical JSON (read
 *    back with a second device's pulls, straight to the hub).
 *
 * Messages to the parent (process.send): {kind:'offline-done', ...}, {kind:'synced', ...}, {kind:'verified', ...}.
 */
import 'fake-indexeddb/auto';
import { send, waitFor } from '../deviceIpc';
import { gzipSync, constants as zlib } from 'node:zlib';
import { procedures } from '../../src/data/catalogue/procedures';
import type { DossierEvent, DossierEventPayload, ReceivedDocument, ReturnMethod } from '../../src/domain/dossier/events';
import { termsForChannel, totalFeeVnd, type Channel, type Procedure } from '../../src/domain/procedure';
import { currentCase, receivedDocuments, type DocumentCheck } from '../../src/features/receive/formState';
import { MotcuaDatabase, setDatabase } from '../../src/store/db';
import { setWallClock } from '../../src/store/deviceClock';
import { addDossierEvent, receiveDossier } from '../../src/store/dossiers';
import { saveSettings } from '../../src/store/settings';
import { enrolDevice } from '../../src/sync/enrol';
import { createSyncEngine } from '../../src/sync/engine';
import { API_PREFIX, type PushRequest } from '../../src/sync/protocol';
import { createFetchTransport, type SyncTransport } from '../../src/sync/transport';
import { makeApplicant, pick, seeded, type Random } from './people';

interface Config {
  directUrl: string;
  proxyUrl: string;
  dossiers: number;
  username: string;
  password: string;
  verifyUsername: string;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const VN = 7 * HOUR;

/** Working days (Mon–Fri, Vietnam time) ending yesterday: the device's offline period. */
function workingDays(count: number, today: number): number[] {
  const days: number[] = [];
  let day = Math.floor((today + VN) / DAY) * DAY - VN; // today 00:00 in Vietnam
  while (days.length < count) {
    day -= DAY;
    const weekday = new Date(day + VN).getUTCDay();
    if (weekday !== 0 && weekday !== 6) days.unshift(day);
  }
  return days;
}

/** Procedures the desk can receive: a confirmed limit at the desk (else receiveDossier refuses). */
function receivable(): { procedure: Procedure; weight: number }[] {
  return procedures
    .filter((p) => {
      const limit = termsForChannel(p, 'desk')?.timeLimit;
      return limit && (limit.amount !== null || limit.unit === 'within-day');
    })
    // Certifications and civil status are most of a commune desk's day.
    .map((procedure) => ({ procedure, weight: procedure.field.name === 'Chứng thực' ? 4 : procedure.field.name === 'Hộ tịch' ? 3 : 1 }));
}

function weighted<T>(random: Random, list: { weight: number }[] & T[]): T {
  const total = list.reduce((s, x) => s + x.weight, 0);
  let r = random() * total;
  for (const x of list) {
    r -= x.weight;
    if (r <= 0) return x;
  }
  return list[list.length - 1]!;
}

/** The officer's ticks on the case's list: required papers handed in, optional ones half the time. */
function checks(random: Random, procedure: Procedure, caseId: string | null, channel: Channel): { caseId: string | null; documents: ReceivedDocument[] } {
  const docCase = currentCase(procedure, caseId, channel);
  const ticks: DocumentCheck[] = (docCase?.documents ?? []).map((d) => ({
    name: d.name,
    received: d.optional ? random() < 0.5 : true,
    originals: d.originals ?? 0,
    copies: d.copies ?? 0,
  }));
  return { caseId: docCase?.id ?? null, documents: receivedDocuments(docCase, ticks) };
}

type Action = { at: number; run: () => Promise<unknown> };

async function main(): Promise<void> {
  const config = (await waitFor('config')) as unknown as Config & { kind: string };
  const database = new MotcuaDatabase('bench-sync-device');
  setDatabase(database);
  let wall = Date.now();
  let simulated = false;
  setWallClock(database, () => (simulated ? wall : Date.now()));
  await saveSettings({ officerName: 'Lò Thị Ún', officerId: '' }, database);

  const direct = createFetchTransport({ baseUrl: config.directUrl, timeoutMs: 120_000 });
  await enrolDevice(database, direct, { hubUrl: config.directUrl, username: config.username, password: config.password, deviceName: 'Máy tiếp nhận 1' });
  const first = await createSyncEngine({ db: database, transport: direct, locks: null }).syncNow();
  if (first.kind !== 'synced') throw new Error(`first sync: ${JSON.stringify(first)}`);

  // ---- Offline: the dossiers and their follow-ups, in time order.
  const random = seeded(20261201);
  const choices = receivable();
  const days = workingDays(Math.ceil(config.dossiers / 350), Date.now());
  const perDay = Math.ceil(config.dossiers / days.length);
  const actions: Action[] = [];
  const mix = { receivedOnly: 0, inProgress: 0, returned: 0 };
  let followUps = 0;
  for (let i = 0; i < config.dossiers; i++) {
    const day = days[Math.floor(i / perDay)]!;
    // 07:30–16:30 Vietnam time, in order through the day.
    const at = day + 7.5 * HOUR + Math.floor(((i % perDay) / perDay) * 9 * HOUR) + Math.floor(random() * 60_000);
    const { procedure } = weighted(random, choices);
    const channel: Channel = random() < 0.95 ? 'desk' : 'postal';
    const chosenCase = procedure.cases.length > 1 ? pick(random, procedure.cases).id : null;
    const { caseId, documents } = checks(random, procedure, chosenCase, channel);
    const person = makeApplicant(random, new Date(at).getUTCFullYear());
    const returnMethod: ReturnMethod = random() < 0.85 ? 'desk' : 'postal';
    const dossierId = crypto.randomUUID();
    const fee = totalFeeVnd(termsForChannel(procedure, channel));
    actions.push({
      at,
      run: () =>
        receiveDossier({
          procedure,
          caseId,
          channel,
          applicant: person.applicant,
          documents,
          sets: random() < 0.9 ? 1 : 2,
          feeVnd: fee,
          returnMethod,
          returnAddress: returnMethod === 'postal' ? (person.applicant.address ?? null) : null,
          note: random() < 0.05 ? 'Công dân đề nghị liên hệ qua điện thoại khi có kết quả.' : null,
          dossierId,
          at,
        }, database),
    });
    // The mix: 75 % only received; 15 % handed to the commune's specialist and appraised;
    // 10 % through to the result returned to the citizen.
    const roll = random();
    const steps: { after: number; payload: DossierEventPayload }[] = [];
    if (roll < 0.25) {
      const unit = procedure.field.name === 'Chứng thực' ? 'Công chức Tư pháp - Hộ tịch' : `Công chức phụ trách ${procedure.field.name}`;
      steps.push({ after: 2 * HOUR, payload: { type: 'transferred', from: { kind: 'desk', name: 'Bộ phận Một cửa xã Mường Phăng', person: 'Lò Thị Ún' }, to: { kind: 'commune-specialist', name: unit, person: 'Quàng Văn Inh' } } });
      steps.push({ after: DAY, payload: { type: 'appraised', conclusion: 'eligible', note: null, by: { kind: 'commune-specialist', name: unit, person: 'Quàng Văn Inh' } } });
      if (roll < 0.1) {
        steps.push({ after: 2 * DAY, payload: { type: 'approved', signer: 'Lường Văn Thoong', signerTitle: 'Phó Chủ tịch UBND xã' } });
        steps.push({ after: 2 * DAY + 2 * HOUR, payload: { type: 'result-ready', resultNumber: `${100 + (i % 900)}/UBND-TP`, note: null } });
        steps.push({ after: 3 * DAY, payload: { type: 'returned', method: returnMethod, recipient: person.name, feeCollectedVnd: fee } });
      }
    }
    const last = days[days.length - 1]! + 17 * HOUR;
    const done = steps.filter((s) => at + s.after <= last);
    if (done.length === 0) mix.receivedOnly += 1;
    else if (done[done.length - 1]!.payload.type === 'returned') mix.returned += 1;
    else mix.inProgress += 1;
    for (const s of done) {
      followUps += 1;
      actions.push({ at: at + s.after, run: () => addDossierEvent(dossierId, s.payload, at + s.after, database) });
    }
  }
  actions.sort((a, b) => a.at - b.at);
  simulated = true;
  const t0 = Date.now();
  for (const [n, action] of actions.entries()) {
    wall = action.at;
    await action.run();
    if (n % 2000 === 0 && n > 0) process.stderr.write(`  … ${n} of ${actions.length} offline writes (${((Date.now() - t0) / 1000).toFixed(0)} s)\n`);
  }
  simulated = false;

  const events = (await database.events.toArray()) as DossierEvent[];
  const pending = await database.outbox.count();
  const json = JSON.stringify(events);
  const byType: Record<string, number> = {};
  for (const e of events) byType[e.type] = (byType[e.type] ?? 0) + 1;
  const receivedBytes = events.filter((e) => e.type === 'received').reduce((s, e) => s + JSON.stringify(e).length, 0);
  send({
    kind: 'offline-done',
    dossiers: await database.dossiers.count(),
    events: events.length,
    pending,
    followUps,
    mix,
    byType,
    days: days.length,
    writeSeconds: (Date.now() - t0) / 1000,
    jsonBytes: Buffer.byteLength(json),
    receivedJsonAvg: receivedBytes / (byType.received ?? 1),
    floor: {
      gzip6: gzipSync(json).length,
      gzip9: gzipSync(json, { level: zlib.Z_BEST_COMPRESSION }).length,
    },
  });

  // ---- Online: one sync through the throttled link, timed.
  await waitFor('sync');
  const batches: { events: number; ms: number; startedAt: number }[] = [];
  const wire = createFetchTransport({ baseUrl: config.proxyUrl, timeoutMs: 120_000 });
  const timed: SyncTransport = {
    ...wire,
    async push(credential: string, request: PushRequest) {
      const s = performance.now();
      const reply = await wire.push(credential, request);
      batches.push({ events: request.events.length, ms: performance.now() - s, startedAt: s });
      return reply;
    },
  };
  const engine = createSyncEngine({ db: database, transport: timed, locks: null });
  const s0 = performance.now();
  const outcome = await engine.syncNow();
  const seconds = (performance.now() - s0) / 1000;
  for (const b of batches) b.startedAt -= s0;
  send({ kind: 'synced', outcome, seconds, batches, pendingAfter: await database.outbox.count() });

  // ---- Verification, off the throttled link: another device of the commune pulls everything.
  await waitFor('verify');
  const other = createFetchTransport({ baseUrl: config.directUrl, timeoutMs: 120_000 });
  const enrolled = await other.enrol({ username: config.verifyUsername, password: config.password, deviceName: 'Máy kiểm tra', deviceId: 'bench-verify' });
  const held = new Map<string, string>();
  let cursor: string | null = null;
  for (;;) {
    const page = await other.pull(enrolled.credential, cursor, 1000);
    for (const e of page.events) held.set((e as { id: string }).id, canonical(e));
    cursor = page.cursor;
    if (page.upToDate) break;
  }
  let same = 0;
  const different: string[] = [];
  for (const e of events) {
    if (held.get(e.id) === canonical(e)) same += 1;
    else different.push(e.id);
  }
  send({ kind: 'verified', onHub: held.size, same, different: different.slice(0, 5), differentCount: different.length, pullUrl: `${API_PREFIX}/sync/pull` });
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
