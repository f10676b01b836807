import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../kernel/db.ts';
import { isDomainError } from '../../../kernel/errors.ts';
import { createTestDatabase } from '../../../kernel/testing/test-database.ts';
import {
  aNationalEntry,
  aSeedProcedure,
  fixtureRecords,
  removeSeedFiles,
  seedText,
  writeSeedFile,
} from '../testing/builders.ts';
import { importCatalog } from './import-catalog.ts';
import { getProcedure } from './procedures.ts';
import { searchCatalog } from './search.ts';

async function counts(database: Database) {
  const r = await sql<{ p: number; n: number; s: number }>`SELECT
    (SELECT count(*)::int FROM catalog_procedures) AS p,
    (SELECT count(*)::int FROM catalog_national_procedures) AS n,
    (SELECT count(*)::int FROM catalog_state) AS s`.execute(database.db);
  return r.rows[0]!;
}

async function snapshot(database: Database) {
  const p = await sql`SELECT id, version, updated_at, seed_hash FROM catalog_procedures ORDER BY id`.execute(
    database.db,
  );
  const n = await sql`SELECT code, row_hash FROM catalog_national_procedures ORDER BY code`.execute(database.db);
  const s = await sql`SELECT revision FROM catalog_state`.execute(database.db);
  return JSON.stringify([p.rows, n.rows, s.rows]);
}

describe('importCatalog with a fixture', () => {
  let database: Database;
  let file: string;
  beforeAll(async () => {
    database = await createTestDatabase();
    file = await writeSeedFile('fixture.jsonl.gz', seedText(fixtureRecords()));
  });
  afterAll(async () => {
    await database?.close();
    await removeSeedFiles();
  });

  it('imports everything, then a second import changes nothing', async () => {
    const first = await importCatalog(database.db, { files: [file] });
    expect(first).toMatchObject({
      skipped: false,
      procedures: { inserted: 3 },
      national: { inserted: 3 },
      timeFlagged: 1,
    });
    expect(await counts(database)).toEqual({ p: 3, n: 3, s: 1 });
    const before = await snapshot(database);

    const second = await importCatalog(database.db, { files: [file] });
    expect(second.skipped).toBe(true);
    const forced = await importCatalog(database.db, { files: [file], force: true });
    expect(forced).toMatchObject({
      skipped: false,
      procedures: { inserted: 0, updated: 0, unchanged: 3 },
      national: { unchanged: 3, deleted: 0 },
    });
    expect(await snapshot(database)).toBe(before);
  });

  it('parses processing times on import and keeps from-memory values out of the published fields', async () => {
    const birth = await getProcedure(database.db, '1.001193');
    expect(birth.processingTime).toMatchObject({
      duration: { kind: 'same_day', cutoff: '15:00' },
      source: 'text',
      needsReview: false,
    });
    expect(birth.clockRules.supplement).toBe('restart');
    const will = await getProcedure(database.db, '27-chung-thuc-di-chuc');
    expect(will.processingTime).toMatchObject({ duration: { kind: 'unknown' }, needsReview: true });
    expect(will.feeText).toBe('Miễn lệ phí');
    expect(will.unverified.map((u) => u.field)).toEqual(['processingTime', 'fee', 'documents']);
    expect(will.reviewReasons).toEqual(['unverified_values', 'time_unparsed', 'not_fully_sourced']);
  });

  it('refreshes changed records, deletes national entries that left the file, and moves the search index', async () => {
    expect((await searchCatalog(database.db, { q: 'hộ chiếu' })).map((h) => h.code)).toEqual(['1.001456']);
    const changed = fixtureRecords()
      .filter((r) => !(r.kind === 'national' && r.code === '1.001456'))
      .map((r) =>
        r.kind === 'procedure' && r.id === '01-dang-ky-khai-sinh' ? { ...r, nameEn: 'Registration of a birth' } : r,
      );
    const next = await writeSeedFile('fixture.jsonl', seedText(changed));
    const summary = await importCatalog(database.db, { files: [next] });
    expect(summary).toMatchObject({ procedures: { updated: 1, unchanged: 2 }, national: { deleted: 1, unchanged: 2 } });
    expect((await getProcedure(database.db, '1.001193')).nameEn).toBe('Registration of a birth');
    expect(await searchCatalog(database.db, { q: 'hộ chiếu' })).toEqual([]);
  });
});

describe('importCatalog refuses a malformed file whole', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.close();
    await removeSeedFiles();
  });

  it.each([
    ['a broken JSON line', `${seedText(fixtureRecords())}{"kind":"national",\n`, 7, 'not valid JSON'],
    [
      'an invalid record',
      seedText([...fixtureRecords().slice(0, 4), { ...aNationalEntry({ code: '1.000001' }), level: 'district' }]),
      5,
      'level',
    ],
    [
      'a duplicate code',
      seedText([...fixtureRecords(), aSeedProcedure({ id: 'copy-of-birth' })]),
      7,
      'duplicate procedure code 1.001193',
    ],
  ])('%s', async (_label, content, line, reason) => {
    const file = await writeSeedFile('bad.jsonl', content);
    const error = await importCatalog(database.db, { files: [file] }).catch((e: unknown) => e);
    expect(isDomainError(error) && error.code).toBe('CATALOG_FILE_MALFORMED');
    expect(isDomainError(error) && error.details).toMatchObject({
      file,
      line,
      reason: expect.stringContaining(reason),
    });
    expect(await counts(database)).toEqual({ p: 0, n: 0, s: 0 });
  });

  it('rolls back when the database refuses a record mid-import', async () => {
    const first = seedText([aSeedProcedure(), aNationalEntry(), aSeedProcedure({ id: 'another', code: '1.000002' })]);
    await importCatalog(database.db, { files: [await writeSeedFile('first.jsonl', first)] });
    // A new id reusing an existing code passes file validation but breaks the unique code in the database,
    // after the national entries of this file were already written inside the transaction.
    const clash = seedText([aNationalEntry({ code: '9.999999' }), aSeedProcedure({ id: 'renamed', code: '1.000002' })]);
    const error = await importCatalog(database.db, { files: [await writeSeedFile('clash.jsonl', clash)] }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    const codes = await sql<{ code: string }>`SELECT code FROM catalog_national_procedures ORDER BY code`.execute(
      database.db,
    );
    expect(codes.rows.map((r) => r.code)).toEqual(['1.014063']);
    const ids = await sql<{ id: string }>`SELECT id FROM catalog_procedures ORDER BY id`.execute(database.db);
    expect(ids.rows.map((r) => r.id)).toEqual(['01-dang-ky-khai-sinh', 'another']);
  });
});

const SHARED = path.resolve(import.meta.dirname, '../../../../../shared/catalog/ward-procedures.json');

describe('the committed seed', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.close();
    await removeSeedFiles();
  });

  it('imports every curated procedure with a structured time or a review flag, and the national catalog', async () => {
    const summary = await importCatalog(database.db);
    expect(summary.procedures.inserted).toBe(72);
    expect(summary.national.inserted).toBeGreaterThan(5600);
    const rows = await sql<{ kind: string; review: boolean }>`
      SELECT processing_time->>'kind' AS kind, time_needs_review AS review FROM catalog_procedures`.execute(
      database.db,
    );
    expect(rows.rows.filter((r) => r.kind === 'unknown' && !r.review)).toEqual([]);
    expect((await searchCatalog(database.db, { q: 'khai sinh' }))[0]?.nameVi).toBe('Thủ tục đăng ký khai sinh');
    expect((await getProcedure(database.db, '1.004222')).handledAtCenter).toBe(false);
    expect((await importCatalog(database.db)).skipped).toBe(true);
  });

  it.skipIf(!existsSync(SHARED))('holds every curated record of ../shared/catalog', async () => {
    const source = JSON.parse(readFileSync(SHARED, 'utf8')) as { id: string; from_memory: unknown }[];
    const ids = await sql<{ id: string }>`SELECT id FROM catalog_procedures ORDER BY id`.execute(database.db);
    expect(ids.rows.map((r) => r.id)).toEqual(source.map((s) => s.id).sort());
    const unverified = await sql<{
      n: number;
    }>`SELECT count(*)::int AS n FROM catalog_procedures WHERE unverified <> '[]'::jsonb`.execute(database.db);
    expect(unverified.rows[0]!.n).toBe(source.filter((s) => s.from_memory).length);
  });
});
