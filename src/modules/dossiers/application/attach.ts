/** Linking an uploaded or scanned file (files module) to a document line of a dossier. */
import type { RequestContext } from '../../../kernel/actor.ts';
import { recordAudit } from '../../../kernel/audit.ts';
import { type AnyDb, inTransaction, tablesOf } from '../../../kernel/db.ts';
import { getFileInfo } from '../../files/index.ts';
import type { AttachRequest } from '../contracts.ts';
import { dossierError } from '../dossiers.errors.ts';
import { findDossierByCode } from '../infra/repository.ts';
import type { DossierTables } from '../infra/tables.ts';

export async function attachFile(
  db: AnyDb,
  ctx: RequestContext,
  code: string,
  input: AttachRequest,
  now: Date,
): Promise<void> {
  const wardId = ctx.actor.wardId;
  await inTransaction(db, async (tx) => {
    const r = await findDossierByCode(tx, wardId, code);
    if (!r) throw dossierError('DOSSIER_NOT_FOUND');
    const file = await getFileInfo(tx, wardId, input.fileId).catch(() => undefined);
    if (!file) throw dossierError('DOSSIER_FILE_NOT_FOUND', { fileId: input.fileId });
    const u = await tablesOf<DossierTables>(tx)
      .updateTable('dossier_documents')
      .set({ file_id: file.id, scanned: file.kind === 'scan', added_at: now })
      .where('ward_id', '=', wardId)
      .where('dossier_id', '=', r.id)
      .where('position', '=', input.position)
      .executeTakeFirst();
    if (Number(u.numUpdatedRows) === 0) throw dossierError('DOSSIER_DOCUMENT_UNKNOWN', { position: input.position });
    await recordAudit(
      tx,
      ctx.actor,
      ctx.requestId,
      {
        action: 'dossier.attach',
        targetType: 'dossier',
        targetId: code,
        details: { position: input.position, fileId: file.id, scanned: file.kind === 'scan' },
      },
      now,
    );
  });
}
