/** Service groups of a ward and the mapping from procedure fields to groups. */
import type { RequestContext } from '../../../kernel/actor.ts';
import { type AnyDb, inTransaction, tablesOf } from '../../../kernel/db.ts';
import { recordAudit } from '../../identity/index.ts';
import { type Group, GroupUpsert } from '../contracts.ts';
import type { QueueTables } from '../infra/tables.ts';
import { queueError } from '../queue.errors.ts';

export async function listGroups(db: AnyDb, wardId: string, opts: { activeOnly?: boolean } = {}): Promise<Group[]> {
  const t = tablesOf<QueueTables>(db);
  let q = t.selectFrom('queue_groups').selectAll().where('ward_id', '=', wardId);
  if (opts.activeOnly) q = q.where('active', '=', true);
  const groups = await q.orderBy('sort_order').orderBy('letter').execute();
  const fields = await t
    .selectFrom('queue_group_fields')
    .select(['group_id', 'field'])
    .where('ward_id', '=', wardId)
    .orderBy('field')
    .execute();
  return groups.map((g) => ({
    id: g.id,
    letter: g.letter,
    name: g.name,
    nameEn: g.name_en,
    zone: g.zone,
    sortOrder: g.sort_order,
    active: g.active,
    fields: fields.filter((f) => f.group_id === g.id).map((f) => f.field),
  }));
}

/** Creates or replaces the group with this letter, including its fields. */
export async function upsertGroup(db: AnyDb, ctx: RequestContext, letter: string, raw: GroupUpsert): Promise<Group> {
  const input = GroupUpsert.parse(raw);
  const wardId = ctx.actor.wardId;
  const upper = letter.toUpperCase();
  await inTransaction(db, async (tx) => {
    const t = tablesOf<QueueTables>(tx);
    const values = {
      name: input.name,
      name_en: input.nameEn,
      zone: input.zone,
      sort_order: input.sortOrder,
      active: input.active,
    };
    const group = await t
      .insertInto('queue_groups')
      .values({ ward_id: wardId, letter: upper, ...values })
      .onConflict((oc) => oc.columns(['ward_id', 'letter']).doUpdateSet(values))
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.deleteFrom('queue_group_fields').where('ward_id', '=', wardId).where('group_id', '=', group.id).execute();
    for (const field of new Set(input.fields)) {
      const r = await t
        .insertInto('queue_group_fields')
        .values({ ward_id: wardId, field, group_id: group.id })
        .onConflict((oc) => oc.columns(['ward_id', 'field']).doNothing())
        .returning('field')
        .executeTakeFirst();
      if (!r) throw queueError('QUEUE_FIELD_TAKEN', { field });
    }
    await recordAudit(tx, ctx.actor, ctx.requestId, {
      action: 'queue.group.upsert',
      targetType: 'queue_group',
      targetId: group.id,
      details: { letter: upper },
    });
  });
  const found = (await listGroups(db, wardId)).find((g) => g.letter === upper);
  if (!found) throw queueError('QUEUE_GROUP_NOT_FOUND', { group: upper });
  return found;
}

/** The group serving a procedure field (catalog_procedures.field), for the kiosk, robot and assistant. */
export async function findGroupForField(db: AnyDb, wardId: string, field: string): Promise<Group | undefined> {
  const hit = await tablesOf<QueueTables>(db)
    .selectFrom('queue_group_fields')
    .select('group_id')
    .where('ward_id', '=', wardId)
    .where('field', '=', field)
    .executeTakeFirst();
  if (!hit) return undefined;
  return (await listGroups(db, wardId)).find((g) => g.id === hit.group_id);
}
