import { beforeEach, describe, expect, it } from 'vitest';
import { addDossierEvent, dossierHistory, receiveDossier } from '../../src/store/dossiers';
import { db } from '../../src/store/db';
import { StorageFullError } from '../../src/store/storage';
import { saveSettings } from '../../src/store/settings';
import { freshDatabase, receiveInput, vn } from './helpers';

const input = (at: number, name = 'Lê Thị Hoa') => receiveInput(at, { kind: 'person', name, idNumber: '001190012345' });

describe('receiving a dossier', () => {
  beforeEach(async () => {
    await freshDatabase();
  });

  it('stores the dossier, its received event and an outbox entry together', async () => {
    // Friday 20 Nov 2026, 09:00: 3 working days → Wednesday 25 Nov, at closing.
    const state = await receiveDossier(input(vn('2026-11-20T09:00:00')));
    expect(state.code).toBe('000.00.53.H48-261120-0001');
    expect(state.dueAt).toBe(vn('2026-11-25T17:00:00'));
    expect(await db().dossiers.count()).toBe(1);
    const history = await dossierHistory(state.id);
    expect(history.map((e) => e.type)).toEqual(['received']);
    expect(history[0]!.deviceId).toBeTruthy();
    expect(history[0]!.hlc).toBeTruthy();
    const outbox = await db().outbox.toArray();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]!.eventId).toBe(history[0]!.id);
  });

  it('gives codes in sequence within a day and restarts the sequence the next day', async () => {
    const a = await receiveDossier(input(vn('2026-11-20T09:00:00')));
    const b = await receiveDossier(input(vn('2026-11-20T10:00:00')));
    const c = await receiveDossier(input(vn('2026-11-23T08:00:00')));
    expect([a.code, b.code, c.code]).toEqual(['000.00.53.H48-261120-0001', '000.00.53.H48-261120-0002', '000.00.53.H48-261123-0001']);
  });

  it("draws codes from this device's slot so two devices never collide", async () => {
    await saveSettings({ deviceSlot: 1, slotCount: 2 });
    const a = await receiveDossier(input(vn('2026-11-20T09:00:00')));
    expect(Number(a.code.slice(-4))).toBeGreaterThan(4999);
  });

  it('refuses to receive before the agency identifier is set', async () => {
    await freshDatabase({ configured: false });
    await expect(receiveDossier(input(vn('2026-11-20T09:00:00')))).rejects.toThrow(/mã định danh/);
    expect(await db().dossiers.count()).toBe(0);
  });

  it('receiving the same form twice (double click, resend) creates one dossier', async () => {
    const first = await receiveDossier({ ...input(vn('2026-11-20T09:00:00')), dossierId: 'form-1' });
    const again = await receiveDossier({ ...input(vn('2026-11-20T09:00:01')), dossierId: 'form-1' });
    expect(again.code).toBe(first.code);
    expect(await db().dossiers.count()).toBe(1);
    expect(await db().events.count()).toBe(1);
  });

  it('a full disk gives a clear error and leaves nothing half-written', async () => {
    await receiveDossier(input(vn('2026-11-20T09:00:00')));
    // The outbox write (the last of the transaction) fails as a browser does when the quota is hit.
    const failOnce = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    db().outbox.hook('creating', failOnce);
    await expect(receiveDossier(input(vn('2026-11-20T10:00:00'), 'Người Thứ Hai'))).rejects.toBeInstanceOf(StorageFullError);
    db().outbox.hook('creating').unsubscribe(failOnce);

    expect(await db().dossiers.count()).toBe(1);
    expect(await db().events.count()).toBe(1);
    expect(await db().outbox.count()).toBe(1);
    // The code counter did not move either: the next dossier gets number 2.
    const next = await receiveDossier(input(vn('2026-11-20T11:00:00')));
    expect(next.code.endsWith('-0002')).toBe(true);
  });
});

describe('adding events', () => {
  beforeEach(async () => {
    await freshDatabase();
  });

  it('moves the dossier through transfer, approval, result and return', async () => {
    const d = await receiveDossier(input(vn('2026-11-20T09:00:00')));
    await addDossierEvent(d.id, { type: 'transferred', from: { kind: 'desk', name: 'Một cửa' }, to: { kind: 'commune-specialist', name: 'Tư pháp - Hộ tịch' } }, vn('2026-11-20T10:00:00'));
    await addDossierEvent(d.id, { type: 'approved', signer: 'Chủ tịch UBND xã' }, vn('2026-11-23T09:00:00'));
    await addDossierEvent(d.id, { type: 'result-ready', resultNumber: '123/GKS' }, vn('2026-11-23T10:00:00'));
    const done = await addDossierEvent(d.id, { type: 'returned', method: 'desk', recipient: 'Lê Thị Hoa' }, vn('2026-11-24T08:00:00'));
    expect(done.status).toBe('returned');
    expect(done.timeliness).toBe('early');
    const row = await db().dossiers.get(d.id);
    expect(row?.status).toBe('returned');
    expect(row?.openDueAt).toBeUndefined();
    expect(await db().outbox.count()).toBe(5);
  });

  it('rejects a forbidden step with the rule, and stores nothing', async () => {
    const d = await receiveDossier(input(vn('2026-11-20T09:00:00')));
    await expect(addDossierEvent(d.id, { type: 'returned', method: 'desk', recipient: 'X' }, vn('2026-11-20T10:00:00'))).rejects.toThrow(/kết quả/);
    expect(await db().events.count()).toBe(1);
    expect(await db().outbox.count()).toBe(1);
  });
});

describe('dossier codes', () => {
  beforeEach(async () => {
    await freshDatabase();
  });

  it('never gives a code twice, even when the counter was lost', async () => {
    const first = await receiveDossier(input(vn('2026-11-20T09:00:00')));
    await db().counters.clear(); // e.g. the device was restored from a backup without its counters
    const second = await receiveDossier(input(vn('2026-11-20T10:00:00')));
    expect(first.code.endsWith('-0001')).toBe(true);
    expect(second.code.endsWith('-0002')).toBe(true);
  });
});

describe('intake with attachments and a draft', () => {
  beforeEach(async () => {
    await freshDatabase();
  });

  it('stores scans apart, links them to their document, and drops the draft, all at once', async () => {
    const { saveDraft, loadDraft } = await import('../../src/store/drafts');
    await saveDraft('draft-1', 'receive', { applicantName: 'Lê Thị Hoa' });
    const state = await receiveDossier({
      ...input(vn('2026-11-20T09:00:00')),
      draftId: 'draft-1',
      attachments: [{ documentIndex: 0, name: 'to-khai.jpg', mime: 'image/jpeg', blob: new Blob([new Uint8Array(1234)], { type: 'image/jpeg' }) }],
    });
    const [received] = await dossierHistory(state.id);
    const ids = received!.type === 'received' ? received!.documents[0]!.attachmentIds : [];
    expect(ids).toHaveLength(1);
    const stored = await db().attachments.get(ids![0]!);
    expect(stored?.dossierId).toBe(state.id);
    expect(stored?.size).toBe(1234);
    expect(await loadDraft('draft-1')).toBeUndefined();
  });

  it('keeps the draft when saving fails', async () => {
    const { saveDraft, loadDraft } = await import('../../src/store/drafts');
    await saveDraft('draft-2', 'receive', { applicantName: 'X' });
    const fail = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    db().attachments.hook('creating', fail);
    await expect(
      receiveDossier({
        ...input(vn('2026-11-20T09:00:00')),
        draftId: 'draft-2',
        attachments: [{ documentIndex: null, name: 'a.jpg', mime: 'image/jpeg', blob: new Blob(['x']) }],
      }),
    ).rejects.toBeInstanceOf(StorageFullError);
    db().attachments.hook('creating').unsubscribe(fail);
    expect(await loadDraft('draft-2')).toEqual({ applicantName: 'X' });
    expect(await db().dossiers.count()).toBe(0);
  });
});

describe('dates that later settings must not move (DOMAIN.md §1)', () => {
  beforeEach(async () => {
    await freshDatabase();
  });

  it('keeps the due date of a dossier resumed after a supplement when the pause rule or the holiday list changes', async () => {
    // Received Monday 23 Nov 09:00: due Thursday 26. Paused Tuesday 10:00, resumed Wednesday 10:00:
    // 2 working days were left → due Friday 27 at 17:00.
    const d = await receiveDossier(input(vn('2026-11-23T09:00:00')));
    await addDossierEvent(d.id, { type: 'supplement-requested', items: [{ name: 'Giấy chứng sinh', originals: 1, copies: 0 }], reason: 'Thiếu', requestedBy: 'desk' }, vn('2026-11-24T10:00:00'));
    const resumed = await addDossierEvent(d.id, { type: 'supplement-supplied', items: [{ name: 'Giấy chứng sinh', originals: 1, copies: 0 }] }, vn('2026-11-25T10:00:00'));
    expect(resumed.dueAt).toBe(vn('2026-11-27T17:00:00'));
    const history = await dossierHistory(d.id);
    expect(history[0]).toMatchObject({ type: 'received', apologyDueAt: vn('2026-11-25T17:00:00') });
    expect(history[1]).toMatchObject({ type: 'supplement-requested', clockPaused: true });
    expect(history[2]).toMatchObject({ type: 'supplement-supplied', resumedDueAt: vn('2026-11-27T17:00:00') });

    // Later the desk switches the pause rule off and a holiday list adds 26–27 November.
    const { DEFAULT_CALENDAR_SETTINGS } = await import('../../src/domain/calendar/workCalendar');
    await saveSettings({
      pauseRule: 'keep-running',
      calendar: { ...DEFAULT_CALENDAR_SETTINGS, officialLists: [{ year: 2026, added: ['26', '27'].map((x) => ({ date: `2026-11-${x}`, name: 'Nghỉ' })), removed: [], makeUpWorkingDays: [] }] },
    });
    // The next write derives the whole history again: the dates stay as decided.
    const after = await addDossierEvent(d.id, { type: 'noted', text: 'Công dân gọi hỏi' }, vn('2026-11-25T11:00:00'));
    expect(after).toMatchObject({ dueAt: vn('2026-11-27T17:00:00'), originalDueAt: vn('2026-11-26T17:00:00'), apologyDueAt: vn('2026-11-26T17:00:00') });
    expect((await db().dossiers.get(d.id))?.openDueAt).toBe(vn('2026-11-27T17:00:00'));
  });
});
