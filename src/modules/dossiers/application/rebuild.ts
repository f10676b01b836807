/** Rebuilding the projection of a dossier from its action log (repair, migration, audit). */
import type { RequestContext } from '../../../kernel/actor.ts';
import { recordAudit } from '../../../kernel/audit.ts';
import { type AnyDb, inTransaction, tablesOf } from '../../../kernel/db.ts';
import { type DossierState, foldActions } from '../domain/state.ts';
import { dossierError } from '../dossiers.errors.ts';
import { findDossierByCode, listActions, projectionOf, stateOfRecord } from '../infra/repository.ts';
import type { DossierTables } from '../infra/tables.ts';

export interface RebuildResult {
  code: string;
  /** True when the stored projection differed from the log (and was corrected). */
  changed: boolean;
  state: DossierState;
}

export async function rebuildDossier(db: AnyDb, ctx: RequestContext, code: string, now: Date): Promise<RebuildResult> {
  const wardId = ctx.actor.wardId;
  return inTransaction(db, async (tx) => {
    const row = await findDossierByCode(tx, wardId, code, { forUpdate: true });
    if (!row) throw dossierError('DOSSIER_NOT_FOUND');
    const state = foldActions(await listActions(tx, wardId, row.id));
    const changed = JSON.stringify(stateOfRecord(row)) !== JSON.stringify(state);
    if (changed) {
      await tablesOf<DossierTables>(tx)
        .updateTable('dossiers')
        .set({ ...projectionOf(state), updated_at: now })
        .where('ward_id', '=', wardId)
        .where('id', '=', row.id)
        .execute();
      await recordAudit(
        tx,
        ctx.actor,
        ctx.requestId,
        { action: 'dossier.rebuild', targetType: 'dossier', targetId: code },
        now,
      );
    }
    return { code, changed, state };
  });
}
