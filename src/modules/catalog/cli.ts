/**
 * `motcua catalog …` commands as plain functions returning JSON-able objects; the CLI entry point wires
 * them to commander and prints (`--json` prints the object as is).
 */
import type { Database } from '../../kernel/db.ts';
import { importCatalog } from './application/import-catalog.ts';
import { listReviewQueue } from './application/procedures.ts';
import { searchCatalog } from './application/search.ts';
import type { ImportSummary, ReviewItem, SearchHit } from './contracts.ts';

/** `motcua catalog import [--file F] [--force]`: loads the committed seed, or one catalog file. */
export async function catalogImportCommand(
  database: Database,
  options: { file?: string; force?: boolean } = {},
): Promise<ImportSummary> {
  return importCatalog(database.db, {
    ...(options.file ? { files: [options.file] } : {}),
    ...(options.force ? { force: true } : {}),
  });
}

export interface CatalogSearchOutput {
  query: string;
  hits: SearchHit[];
  /** One line per hit for humans: "1.001193  Thủ tục đăng ký khai sinh  [Hộ tịch · ward]". */
  lines: string[];
}

/** `motcua catalog search "khai sinh" [--limit N] [--json]`. */
export async function catalogSearchCommand(
  database: Database,
  query: string,
  options: { limit?: number; scope?: 'all' | 'curated' | 'national' } = {},
): Promise<CatalogSearchOutput> {
  const hits = await searchCatalog(database.db, {
    q: query,
    limit: options.limit ?? 20,
    scope: options.scope ?? 'all',
  });
  const lines = hits.map(
    (h) =>
      `${(h.code ?? '—').padEnd(9)} ${h.nameVi}  [${h.field} · ${h.level}${h.handledAtCenter ? '' : ` · ${h.handlingBody}`}]`,
  );
  return { query, hits, lines };
}

/** `motcua catalog review`: what an administrator still has to check. */
export async function catalogReviewCommand(database: Database): Promise<{ items: ReviewItem[]; lines: string[] }> {
  const items = await listReviewQueue(database.db);
  return { items, lines: items.map((i) => `${i.id}  ${i.reasons.join(',')}  ${i.unverifiedFields.join(',')}`) };
}
