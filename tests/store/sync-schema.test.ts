import { describe, expect, it } from 'vitest';
import { MotcuaDatabase } from '../../src/store/db';
import { CURRENT_SCHEMA_VERSION, SCHEMA } from '../../src/store/schema';
import { countOutbox, refusedEvents } from '../../src/store/sync';

describe('schema version 7: outbox states', () => {
  it('says why it exists', () => {
    expect(SCHEMA.find((s) => s.version === 7)?.why).toMatch(/refused/);
    expect(CURRENT_SCHEMA_VERSION).toBeGreaterThanOrEqual(7);
  });

  it('upgrades outbox rows stored under version 6 to pending, and indexes only the refused ones', async () => {
    const name = `migrate7-${Date.now()}`;
    const v6 = new MotcuaDatabase(name, { upTo: 6 });
    await v6.open();
    await v6.table('outbox').bulkAdd([
      { eventId: 'e1', dossierId: 'd1', createdAt: 1, attempts: 0 },
      { eventId: 'e2', dossierId: 'd1', createdAt: 2, attempts: 3, lastError: 'timeout' },
    ]);
    v6.close();

    const current = new MotcuaDatabase(name);
    await current.open();
    expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
    const rows = await current.outbox.orderBy('seq').toArray();
    expect(rows.map((r) => [r.eventId, r.state, r.attempts])).toEqual([
      ['e1', 'pending', 0],
      ['e2', 'pending', 3],
    ]);
    expect(await countOutbox(current)).toEqual({ pending: 2, refused: 0 });
    await current.outbox.update(rows[1]!.seq!, { state: 'refused', refusedAt: 10, refusalCode: 'invalid', refusalMessage: 'Sai' });
    expect(await countOutbox(current)).toEqual({ pending: 1, refused: 1 });
    expect((await refusedEvents(current)).map((r) => [r.eventId, r.message])).toEqual([['e2', 'Sai']]);
    current.close();
  });
});
