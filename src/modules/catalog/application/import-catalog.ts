/**
 * Loads or refreshes the catalog from seed files (db/seeds/catalog by default). Runs at every start:
 * - the same files as last time (checksum in catalog_state) → skipped after one query;
 * - every line of every file is validated first; one bad line refuses the whole import (line + reason);
 * - then everything is written in one transaction: new records inserted in batches, changed records
 *   updated, unchanged ones left alone. Curated procedures edited by an administrator are kept as they
 *   are; curated procedures are never deleted. National entries missing from the files are deleted
 *   (only when the files contain national entries).
 */
import { sql } from 'kysely';
import { type AnyDb, inTransaction, tablesOf } from '../../../kernel/db.ts';
import { catalogError } from '../catalog.errors.ts';
import type { ImportSummary } from '../contracts.ts';
import { emptySeed, type ParsedSeed, parseSeedLines } from '../domain/seed-records.ts';
import { hashOf, json, nationalRowFromSeed, rowFromSeed } from '../infra/procedure-rows.ts';
import { checksumOf, DEFAULT_SEED_FILES, readSeedFiles, textOf } from '../infra/seed-files.ts';
import type { CatalogTables } from '../infra/tables.ts';
import { invalidateSearchIndex } from './search.ts';

export interface ImportOptions {
  /** Seed files (JSON Lines, optionally .gz); default: the committed seed. */
  files?: readonly string[];
  /** Import even when the checksum matches the last import. */
  force?: boolean;
}

const BATCH = 500;
const LOCK_KEY = 7_281_200;

export async function importCatalog(db: AnyDb, options: ImportOptions = {}): Promise<ImportSummary> {
  const started = performance.now();
  const files = await readSeedFiles(options.files ?? DEFAULT_SEED_FILES);
  const checksum = checksumOf(files);
  const skipped = (): ImportSummary => ({
    skipped: true,
    checksum,
    procedures: { inserted: 0, updated: 0, unchanged: 0, keptEdited: 0 },
    national: { inserted: 0, updated: 0, unchanged: 0, deleted: 0 },
    timeFlagged: 0,
    ms: Math.round(performance.now() - started),
  });
  if (!options.force && (await lastChecksum(db)) === checksum) return skipped();

  const seed = emptySeed();
  for (const file of files) {
    const problem = parseSeedLines(file.path, textOf(file), seed);
    if (problem) throw catalogError('CATALOG_FILE_MALFORMED', { ...problem });
  }

  const summary = await inTransaction(db, async (tx) => {
    await sql`SELECT pg_advisory_xact_lock(${LOCK_KEY})`.execute(tx);
    if (!options.force && (await lastChecksum(tx)) === checksum) return undefined;
    const national =
      seed.national.length > 0 ? await writeNational(tx, seed) : { inserted: 0, updated: 0, unchanged: 0, deleted: 0 };
    const procedures = await writeProcedures(tx, seed);
    const changed =
      procedures.inserted + procedures.updated + national.inserted + national.updated + national.deleted > 0;
    const flagged = await tablesOf<CatalogTables>(tx)
      .selectFrom('catalog_procedures')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('time_needs_review', '=', true)
      .executeTakeFirstOrThrow();
    const result: ImportSummary = {
      skipped: false,
      checksum,
      procedures,
      national,
      timeFlagged: Number(flagged.n),
      ms: 0,
    };
    await tablesOf<CatalogTables>(tx)
      .insertInto('catalog_state')
      .values({ id: 1, seed_checksum: checksum, revision: 1, imported_at: new Date(), summary: json(result) })
      .onConflict((oc) =>
        oc.column('id').doUpdateSet({
          seed_checksum: checksum,
          imported_at: new Date(),
          summary: json(result),
          revision: changed ? sql<number>`catalog_state.revision + 1` : sql<number>`catalog_state.revision`,
        }),
      )
      .execute();
    return result;
  });
  invalidateSearchIndex(db);
  if (!summary) return skipped();
  return { ...summary, ms: Math.round(performance.now() - started) };
}

async function lastChecksum(db: AnyDb): Promise<string | undefined> {
  const row = await tablesOf<CatalogTables>(db)
    .selectFrom('catalog_state')
    .select('seed_checksum')
    .where('id', '=', 1)
    .executeTakeFirst();
  return row?.seed_checksum;
}

async function writeProcedures(tx: AnyDb, seed: ParsedSeed): Promise<ImportSummary['procedures']> {
  const t = tablesOf<CatalogTables>(tx);
  const existing = new Map(
    (await t.selectFrom('catalog_procedures').select(['id', 'seed_hash', 'updated_by']).execute()).map((r) => [
      r.id,
      r,
    ]),
  );
  const counts = { inserted: 0, updated: 0, unchanged: 0, keptEdited: 0 };
  const inserts = [];
  for (const p of seed.procedures) {
    const hash = hashOf(p);
    const row = existing.get(p.id);
    if (!row) {
      inserts.push(rowFromSeed(p, hash));
      counts.inserted++;
    } else if (row.seed_hash === hash) counts.unchanged++;
    else if (row.updated_by !== null) counts.keptEdited++;
    else {
      const { id: _id, ...changes } = rowFromSeed(p, hash);
      await t
        .updateTable('catalog_procedures')
        .set({ ...changes, version: sql<number>`version + 1`, updated_at: new Date() })
        .where('id', '=', p.id)
        .execute();
      counts.updated++;
    }
  }
  for (let i = 0; i < inserts.length; i += BATCH) {
    await t
      .insertInto('catalog_procedures')
      .values(inserts.slice(i, i + BATCH))
      .execute();
  }
  return counts;
}

async function writeNational(tx: AnyDb, seed: ParsedSeed): Promise<ImportSummary['national']> {
  const t = tablesOf<CatalogTables>(tx);
  const existing = new Map(
    (await t.selectFrom('catalog_national_procedures').select(['code', 'row_hash']).execute()).map((r) => [
      r.code,
      r.row_hash,
    ]),
  );
  const counts = { inserted: 0, updated: 0, unchanged: 0, deleted: 0 };
  const writes = [];
  const replaced: string[] = [];
  for (const n of seed.national) {
    const row = nationalRowFromSeed(n);
    const previous = existing.get(n.code);
    existing.delete(n.code);
    if (previous === row.row_hash) {
      counts.unchanged++;
      continue;
    }
    if (previous === undefined) counts.inserted++;
    else {
      counts.updated++;
      replaced.push(n.code);
    }
    writes.push(row);
  }
  const gone = [...existing.keys()];
  for (const codes of [replaced, gone]) {
    for (let i = 0; i < codes.length; i += BATCH) {
      await t
        .deleteFrom('catalog_national_procedures')
        .where('code', 'in', codes.slice(i, i + BATCH))
        .execute();
    }
  }
  counts.deleted = gone.length;
  for (let i = 0; i < writes.length; i += BATCH) {
    await t
      .insertInto('catalog_national_procedures')
      .values(writes.slice(i, i + BATCH))
      .execute();
  }
  return counts;
}
