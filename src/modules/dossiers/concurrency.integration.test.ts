/**
 * Dossier codes under concurrency: 50 simultaneous intakes give 50 consecutive numbers; on PostgreSQL, several
 * separate pools (standing for several API processes) share one daily sequence without repeats or gaps, and a
 * rolled-back intake gives its number back.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Database, inTransaction, openDatabase } from '../../kernel/db.ts';
import { adminQuery, withDatabase } from '../../kernel/testing/postgres-global-setup.ts';
import { createTestDatabase } from '../../kernel/testing/test-database.ts';
import { createDossier } from './application/intake.ts';
import { nextSequence } from './infra/repository.ts';
import { anIntake, aWorld, type World } from './testing/builders.ts';

let database: Database;
let w: World;

beforeAll(async () => {
  database = await createTestDatabase();
  w = await aWorld(database.db);
});
afterAll(() => database.close());

const sequenceOf = (code: string) => Number(code.slice(code.lastIndexOf('-') + 1));

describe('dossier codes', () => {
  it('50 concurrent intakes get 50 consecutive codes of the day', async () => {
    w.clock.set('2026-03-02T08:00:00+07:00');
    const results = await Promise.all(
      Array.from({ length: 50 }, () => createDossier(w.db, w.as.receiver, anIntake(w.procedures.restart), w.services)),
    );
    const numbers = results.map((r) => sequenceOf(r.code)).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(results[0]!.code).toMatch(/-260302-\d{4}$/);
  });

  it('restarts every Vietnam day and gives a failed intake its number back', async () => {
    w.clock.set('2026-03-02T23:30:00+07:00');
    const late = await createDossier(w.db, w.as.receiver, anIntake(w.procedures.restart), w.services);
    expect(late.code).toMatch(/-260302-0051$/);
    w.clock.set('2026-03-02T17:05:00Z'); // 00:05 on 3 March in Vietnam
    const bad = createDossier(w.db, w.as.receiver, anIntake(w.procedures.restart, { documents: [] }), w.services);
    await expect(bad).rejects.toMatchObject({ code: 'DOSSIER_MISSING_DOCUMENTS' });
    // A failure after the number was taken (inside the intake transaction) rolls the number back too.
    const failing = inTransaction(w.db, async (tx) => {
      await nextSequence(tx, w.wardId, '2026-03-03');
      throw new Error('boom');
    });
    await expect(failing).rejects.toThrow('boom');
    const next = await createDossier(w.db, w.as.receiver, anIntake(w.procedures.restart), w.services);
    expect(next.code).toMatch(/-260303-0001$/);
  });
});

describe.runIf(process.env.TEST_ENGINE === 'postgres')('several API processes on one PostgreSQL server', () => {
  it('four separate pools taking 80 intakes share one gapless sequence', async () => {
    const adminUrl = inject('pgAdminUrl');
    const name = `motcua_t_${inject('pgRunId')}_multi_${process.pid}`;
    await adminQuery(adminUrl, `CREATE DATABASE ${name} TEMPLATE ${inject('pgTemplate')}`);
    const url = withDatabase(adminUrl, name);
    const handles = await Promise.all(
      Array.from({ length: 4 }, () => openDatabase({ databaseUrl: url, dataDir: '', poolSize: 4 })),
    );
    try {
      const world = await aWorld(handles[0]!.db);
      world.clock.set('2026-03-04T09:00:00+07:00');
      const results = await Promise.all(
        Array.from({ length: 80 }, (_, i) =>
          createDossier(handles[i % 4]!.db, world.as.receiver, anIntake(world.procedures.restart), world.services),
        ),
      );
      const numbers = results.map((r) => sequenceOf(r.code)).sort((a, b) => a - b);
      expect(numbers).toEqual(Array.from({ length: 80 }, (_, i) => i + 1));
      const stored = await sql<{
        n: number;
      }>`SELECT count(DISTINCT code)::int AS n FROM dossiers WHERE ward_id = ${world.wardId}`.execute(handles[3]!.db);
      expect(stored.rows[0]!.n).toBe(80);
    } finally {
      for (const h of handles) await h.close();
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  });
});
