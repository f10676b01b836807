/**
 * Preview and commit in one call (the CLI and tests): unknown headers must be mapped in `mapping` or, with
 * `keepUnknown`, kept as extra data; otherwise BACKLOG_HEADERS_UNCONFIRMED lists them and nothing is imported.
 */
import type { RequestContext } from '../../../kernel/actor.ts';
import { type AnyDb, tablesOf } from '../../../kernel/db.ts';
import { backlogError } from '../backlog.errors.ts';
import type { ColumnTarget, ImportPreview, ImportSummary } from '../contracts.ts';
import { proposeMapping } from '../domain/columns.ts';
import type { BacklogTables } from '../infra/tables.ts';
import { commitImport } from './import-commit.ts';
import { previewImport } from './import-preview.ts';
import type { BacklogServices } from './support.ts';

export interface ImportFileOptions {
  sourceUnit: string;
  fileName?: string;
  mapping?: Record<string, ColumnTarget>;
  keepUnknown?: boolean;
  onPreview?: (preview: ImportPreview) => void;
  onProgress?: (fraction: number, rows: number) => void;
}

export async function importBacklogFile(
  db: AnyDb,
  ctx: RequestContext,
  filePath: string,
  opts: ImportFileOptions,
  services: Pick<BacklogServices, 'clock' | 'store' | 'workDir'>,
): Promise<ImportSummary> {
  const fileName = opts.fileName ?? filePath.split(/[\\/]/).pop() ?? 'import';
  const preview = await previewImport(db, ctx, { filePath, fileName, sourceUnit: opts.sourceUnit }, services);
  opts.onPreview?.(preview);
  const mapping: Record<string, ColumnTarget> = { ...(opts.mapping ?? {}) };
  if (preview.status === 'awaiting_confirmation') {
    const unknown = preview.unknownHeaders.filter((h) => mapping[h] === undefined);
    const missing = proposeMapping(preview.headers, mapping).missingRequired;
    if (missing.length > 0) {
      await discardImport(db, ctx, preview.importId);
      throw backlogError('BACKLOG_COLUMNS_MISSING', { missing, headers: preview.headers, unknownHeaders: unknown });
    }
    if (unknown.length > 0 && !opts.keepUnknown) {
      await discardImport(db, ctx, preview.importId);
      throw backlogError('BACKLOG_HEADERS_UNCONFIRMED', { unknownHeaders: unknown, importId: null });
    }
    for (const h of unknown) mapping[h] = 'extra';
  }
  return commitImport(db, ctx, preview.importId, { mapping }, { ...services, onProgress: opts.onProgress });
}

async function discardImport(db: AnyDb, ctx: RequestContext, importId: string): Promise<void> {
  await tablesOf<BacklogTables>(db)
    .deleteFrom('backlog_imports')
    .where('ward_id', '=', ctx.actor.wardId)
    .where('id', '=', importId)
    .where('status', '=', 'awaiting_confirmation')
    .execute();
}
