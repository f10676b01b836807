/**
 * Catalog search for staff pickers. The index lives in memory, one per database handle, and is rebuilt
 * when the catalog revision moves (imports and edits bump it, in this process or another one).
 */
import { sql } from 'kysely';
import { type AnyDb, tablesOf } from '../../../kernel/db.ts';
import { commonError } from '../../../kernel/errors.ts';
import { type ProcedureLevel, type SearchHit, SearchQuery } from '../contracts.ts';
import { isHandledAtCenter } from '../domain/levels.ts';
import { buildSearchIndex, type SearchDoc, type SearchIndex, searchIndex } from '../domain/search-index.ts';
import type { CatalogTables } from '../infra/tables.ts';

const indexes = new WeakMap<object, Promise<SearchIndex>>();

export function invalidateSearchIndex(db: AnyDb): void {
  indexes.delete(db);
}

async function currentRevision(db: AnyDb): Promise<number> {
  const r = await sql<{ revision: number }>`SELECT revision FROM catalog_state WHERE id = 1`.execute(db);
  return Number(r.rows[0]?.revision ?? 0);
}

async function loadDocs(db: AnyDb): Promise<SearchDoc[]> {
  const t = tablesOf<CatalogTables>(db);
  const curated = await t
    .selectFrom('catalog_procedures')
    .select(['id', 'code', 'name_vi', 'name_en', 'field', 'level', 'handling_body', 'handled_at_center', 'synonyms'])
    .execute();
  const national = await t
    .selectFrom('catalog_national_procedures')
    .select(['code', 'name', 'field', 'level', 'handling_bodies'])
    .execute();
  return [
    ...curated.map(
      (r): SearchDoc => ({
        kind: 'curated',
        id: r.id,
        code: r.code,
        nameVi: r.name_vi,
        nameEn: r.name_en,
        field: r.field,
        level: r.level as ProcedureLevel,
        handlingBody: r.handling_body,
        handledAtCenter: r.handled_at_center,
        synonyms: r.synonyms as string[],
      }),
    ),
    ...national.map(
      (r): SearchDoc => ({
        kind: 'national',
        id: r.code,
        code: r.code,
        nameVi: r.name,
        nameEn: null,
        field: r.field,
        level: r.level as ProcedureLevel,
        handlingBody: (r.handling_bodies as string[]).join('; '),
        handledAtCenter: isHandledAtCenter(r.level as ProcedureLevel, (r.handling_bodies as string[]).join('; ')),
        synonyms: [],
      }),
    ),
  ];
}

/** The index for this handle, rebuilt when the catalog revision changed. */
export async function loadSearchIndex(db: AnyDb): Promise<SearchIndex> {
  const revision = await currentRevision(db);
  const cached = indexes.get(db);
  if (cached) {
    const index = await cached.catch(() => undefined);
    if (index && index.revision === revision) return index;
  }
  const building = loadDocs(db).then((docs) => buildSearchIndex(docs, revision));
  indexes.set(db, building);
  return building;
}

/** Ranked search by name, code, synonym or abbreviation over curated procedures and the national catalog. */
export async function searchCatalog(db: AnyDb, input: SearchQuery): Promise<SearchHit[]> {
  const parsed = SearchQuery.safeParse(input);
  if (!parsed.success) throw commonError('VALIDATION_FAILED', { issues: parsed.error.issues });
  const index = await loadSearchIndex(db);
  return searchIndex(index, parsed.data.q, { limit: parsed.data.limit, scope: parsed.data.scope });
}
