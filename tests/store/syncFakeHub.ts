/**
 * A fake provincial hub, in memory, honouring the sync protocol (docs/sync-protocol.md,
 * src/sync/protocol.ts) closely enough for the engine's tests: ids and duplicates, per-event
 * refusals (conflict, wrong-device, unknown-dossier, clock-ahead), a per-commune sequence and
 * opaque cursor with pages, must-refetch after a generation change, revoked devices, lost replies
 * (stored, then the answer never arrives) and a link that is down.
 */
import * as v from 'valibot';
import { parseHlc } from '../../src/domain/clock';
import type { DossierEvent } from '../../src/domain/dossier/events';
import type { Procedure } from '../../src/domain/procedure';
import type { OfficialYearList } from '../../src/domain/calendar/holidays';
import { asDossierEvent, eventSchema, type CodeSlot, type CommuneInfo, type PullReply, type PushReply, type PushResult } from '../../src/sync/protocol';
import { TransportError, type SyncTransport } from '../../src/sync/transport';

export const COMMUNE: CommuneInfo = {
  id: 'c-tan-phu',
  name: 'Xã Tân Phú',
  agencyId: '000.00.53.H48',
  agencyName: 'UBND XÃ TÂN PHÚ',
  parentAgencyName: 'TỈNH ĐỒNG NAI',
  placeName: 'Tân Phú',
  address: 'Ấp 1, xã Tân Phú',
  sequenceScope: 'daily',
};

interface Device {
  deviceId: string;
  name: string;
  codeSlot: CodeSlot;
  revokedAt: number | null;
}

const canonical = (value: unknown): string =>
  JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );

export class FakeHub {
  /** The hub's clock. */
  time = Date.parse('2026-11-20T02:00:00Z');
  generation = 1;
  stored: { seq: number; event: DossierEvent; json: string }[] = [];
  devices = new Map<string, Device>();
  catalogue: { version: string; procedures: Procedure[] } | null = null;
  holidays: { version: number; lists: OfficialYearList[] } = { version: 0, lists: [] };
  /** Link down: every request fails as a network error. */
  offline = false;
  /** The next push is stored, but its reply is lost on the way back. */
  loseNextPushReply = false;
  /** Refuse events for a reason of the test's choosing (null: no opinion). */
  refuse: (event: DossierEvent) => { code: string; message: string } | null = () => null;
  pushCalls = 0;
  pullCalls = 0;
  /** Sizes of the pushes received, in order. */
  pushSizes: number[] = [];
  private slots = 0;

  enrolDevice(deviceId: string, name = `Máy ${deviceId}`): { credential: string; device: Device } {
    this.slots += 1;
    const size = 1000;
    const device: Device = { deviceId, name, codeSlot: { number: this.slots, first: (this.slots - 1) * size + 1, last: this.slots * size }, revokedAt: null };
    const credential = `cred-${deviceId}-${this.slots}`;
    this.devices.set(credential, device);
    return { credential, device };
  }

  revoke(deviceId: string): void {
    for (const d of this.devices.values()) if (d.deviceId === deviceId) d.revokedAt = this.time;
  }

  private auth(credential: string): Device {
    if (this.offline) throw new TransportError('offline', 'Không kết nối được máy chủ (Failed to fetch).');
    const device = this.devices.get(credential);
    if (!device) throw new TransportError('http', 'Thiếu hoặc sai mã xác thực.', { code: 'unauthenticated', status: 401 });
    if (device.revokedAt !== null) {
      throw new TransportError('http', 'Thiết bị này đã bị cán bộ của tỉnh thu hồi quyền đồng bộ.', { code: 'device-revoked', status: 403 });
    }
    return device;
  }

  push(credential: string, events: unknown[]): PushReply {
    this.pushCalls += 1;
    const device = this.auth(credential);
    this.pushSizes.push(events.length);
    const results: PushResult[] = [];
    const dossiers = new Set(this.stored.map((s) => s.event.dossierId));
    const byId = new Map(this.stored.map((s) => [s.event.id, s]));
    for (const [i, raw] of events.entries()) {
      const parsed = v.safeParse(eventSchema, raw);
      if (!parsed.success) {
        results.push({ id: `#${i}`, status: 'refused', code: 'invalid', message: 'Sự kiện không hợp lệ' });
        continue;
      }
      const event = asDossierEvent(parsed.output);
      const json = canonical(event);
      const held = byId.get(event.id);
      if (held) {
        results.push(held.json === json ? { id: event.id, status: 'duplicate' } : { id: event.id, status: 'refused', code: 'conflict', message: 'Trùng mã sự kiện với nội dung khác' });
        continue;
      }
      const custom = this.refuse(event);
      if (custom) {
        results.push({ id: event.id, status: 'refused', ...custom });
        continue;
      }
      if (event.deviceId !== device.deviceId) {
        results.push({ id: event.id, status: 'refused', code: 'wrong-device', message: 'Sự kiện của thiết bị khác' });
        continue;
      }
      if (parseHlc(event.hlc).ms > this.time + 5 * 60_000) {
        results.push({ id: event.id, status: 'refused', code: 'clock-ahead', message: 'Đồng hồ của máy chạy nhanh hơn máy chủ' });
        continue;
      }
      if (event.type !== 'received' && !dossiers.has(event.dossierId)) {
        results.push({ id: event.id, status: 'refused', code: 'unknown-dossier', message: 'Máy chủ chưa có hồ sơ này' });
        continue;
      }
      const entry = { seq: this.stored.length + 1, event, json };
      this.stored.push(entry);
      byId.set(event.id, entry);
      dossiers.add(event.dossierId);
      results.push({ id: event.id, status: 'accepted' });
    }
    if (this.loseNextPushReply) {
      this.loseNextPushReply = false;
      throw new TransportError('timeout', 'Máy chủ không trả lời kịp.');
    }
    return { results, serverTime: this.time };
  }

  pull(credential: string, cursor: string | null, limit = 1000): PullReply {
    this.pullCalls += 1;
    const device = this.auth(credential);
    let after = 0;
    let catalogueVersion = '';
    let holidaysVersion = 0;
    if (cursor) {
      const [gen, seq, cat, hol] = cursor.split(':');
      holidaysVersion = Number(hol);
      if (Number(gen) !== this.generation) throw new TransportError('http', 'Máy chủ đã dựng lại dữ liệu: hãy tải lại từ đầu.', { code: 'must-refetch', status: 409 });
      after = Number(seq);
      catalogueVersion = cat ?? '';
    }
    const later = this.stored.filter((s) => s.seq > after);
    const page: typeof later = [];
    let last = after;
    for (const s of later) {
      if (page.length >= limit) break;
      last = s.seq;
      if (s.event.deviceId !== device.deviceId) page.push(s);
    }
    const upToDate = later.length === 0 || last === later.at(-1)!.seq;
    const sendCatalogue = this.catalogue && this.catalogue.version !== catalogueVersion;
    return {
      events: page.map((s) => JSON.parse(s.json) as unknown),
      ...(sendCatalogue ? { catalogue: { version: this.catalogue!.version, procedures: this.catalogue!.procedures } } : {}),
      ...(this.holidays.version !== holidaysVersion ? { holidays: this.holidays } : {}),
      ...(cursor ? {} : { commune: COMMUNE }),
      codeSlot: device.codeSlot,
      cursor: `${this.generation}:${last}:${this.catalogue?.version ?? catalogueVersion}:${this.holidays.version}`,
      upToDate,
      serverTime: this.time,
    };
  }

  /** The device's link to this hub. */
  transport(): SyncTransport {
    return {
      enrol: async (req) => {
        if (this.offline) throw new TransportError('offline', 'Không kết nối được máy chủ.');
        if (req.password !== 'dung-mat-khau') throw new TransportError('http', 'Sai tên đăng nhập hoặc mật khẩu.', { code: 'bad-credentials', status: 401 });
        const { credential, device } = this.enrolDevice(req.deviceId, req.deviceName);
        return {
          deviceId: device.deviceId,
          deviceName: device.name,
          credential,
          commune: COMMUNE,
          officer: { id: 'officer-1', name: 'Trần Thị Cán Bộ' },
          codeSlot: device.codeSlot,
          serverTime: this.time,
        };
      },
      push: async (credential, req) => this.push(credential, req.events),
      pull: async (credential, cursor, limit) => this.pull(credential, cursor, limit),
    };
  }
}
