import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../kernel/actor.ts';
import { recordAudit, verifyAuditChain } from '../../kernel/audit.ts';
import type { Database } from '../../kernel/db.ts';
import { createTestDatabase } from '../../kernel/testing/test-database.ts';
import { aWard } from './testing/builders.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe('audit log', () => {
  it('chains rows per ward, refuses updates and catches a tampered row', async () => {
    const a = await aWard(database.db);
    const b = await aWard(database.db);
    for (let i = 0; i < 5; i++) {
      await recordAudit(database.db, systemActor(a.id), `req-${i}`, {
        action: 'test.write',
        targetType: 'thing',
        targetId: String(i),
        details: { i, nested: { z: 1, a: [1, 'x'] } },
      });
      await recordAudit(database.db, systemActor(b.id), null, { action: 'test.other' });
    }
    expect(await verifyAuditChain(database.db, a.id)).toEqual({ wardId: a.id, rows: 5, ok: true });
    expect((await verifyAuditChain(database.db, b.id)).ok).toBe(true);

    await expect(sql`UPDATE audit_log SET action = 'x' WHERE ward_id = ${a.id}`.execute(database.db)).rejects.toThrow(
      /append-only/,
    );

    // A superuser bypasses the trigger and rewrites history: the chain shows it.
    await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`.execute(database.db);
    await sql`UPDATE audit_log SET details = '{"i": 99}'::jsonb WHERE ward_id = ${a.id} AND seq = 3`.execute(
      database.db,
    );
    await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only`.execute(database.db);
    expect(await verifyAuditChain(database.db, a.id)).toMatchObject({
      ok: false,
      brokenAt: { seq: 3, reason: 'hash' },
    });
    expect((await verifyAuditChain(database.db, b.id)).ok).toBe(true);
  });

  it('keeps the chain gapless under concurrent writers', async () => {
    const w = await aWard(database.db);
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        recordAudit(database.db, systemActor(w.id), null, { action: 'test.concurrent', details: { i } }),
      ),
    );
    const v = await verifyAuditChain(database.db, w.id);
    expect(v).toEqual({ wardId: w.id, rows: 30, ok: true });
  });
});
