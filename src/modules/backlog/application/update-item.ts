/** Changing backlog items: the row update and its audit entry, always together, in the caller's transaction. */
import type { UpdateObject } from 'kysely';
import type { RequestContext } from '../../../kernel/actor.ts';
import { type AuditEvent, recordAudit } from '../../../kernel/audit.ts';
import { type AnyDb, tablesOf } from '../../../kernel/db.ts';
import type { BacklogTables } from '../infra/tables.ts';

export type ItemUpdate = UpdateObject<BacklogTables, 'backlog_items'>;

/**
 * Writes `set` (with `updated_at = now`) to one item, or to several, of the actor's ward, then records `audit`.
 * The caller's `set` carries the new version. An empty list updates nothing but is still audited.
 */
export async function updateItem(
  tx: AnyDb,
  ctx: RequestContext,
  id: string | readonly string[],
  set: ItemUpdate,
  audit: AuditEvent,
  now: Date,
): Promise<void> {
  const ids = typeof id === 'string' ? [id] : id;
  if (ids.length > 0)
    await tablesOf<BacklogTables>(tx)
      .updateTable('backlog_items')
      .set({ ...set, updated_at: now })
      .where('ward_id', '=', ctx.actor.wardId)
      .where('id', 'in', ids)
      .execute();
  await recordAudit(tx, ctx.actor, ctx.requestId, audit, now);
}
