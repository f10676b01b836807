/**
 * The ward's phase plan: officers and their capacity, the leaders' milestones, and planning (or re-planning)
 * the open competent items on the ward calendar. Re-planning keeps finished work fixed: done items count
 * toward the milestones, items in progress stay with their officer at the head of the queue.
 */
import { z } from 'zod';
import type { RequestContext } from '../../../kernel/actor.ts';
import { recordAudit } from '../../../kernel/audit.ts';
import { type AnyDb, inTransaction, tablesOf } from '../../../kernel/db.ts';
import { commonError } from '../../../kernel/errors.ts';
import { type PlainDate, plainDate } from '../../../kernel/plain-date.ts';
import { backlogError } from '../backlog.errors.ts';
import { type BacklogPlan, Milestone, type PlanAssignment, PlanRequest, StaffCapacity } from '../contracts.ts';
import type { BacklogTables } from '../infra/tables.ts';
import { solvePlan } from './solve-plan.ts';
import { type BacklogServices, todayOf } from './support.ts';

export async function listStaffCapacity(db: AnyDb, wardId: string): Promise<StaffCapacity[]> {
  const rows = await tablesOf<BacklogTables>(db)
    .selectFrom('backlog_staff_capacity')
    .selectAll()
    .where('ward_id', '=', wardId)
    .orderBy('staff_id')
    .execute();
  return rows.map((r) => ({ staffId: r.staff_id, fields: r.fields, hoursPerDay: Number(r.hours_per_day) }));
}

/** Replaces the list of officers working on the backlog (names come from GET /api/staff). */
export async function setStaffCapacity(db: AnyDb, ctx: RequestContext, list: StaffCapacity[], now: Date) {
  const parsed = z.array(StaffCapacity).max(500).safeParse(list);
  if (!parsed.success) throw commonError('VALIDATION_FAILED', { issues: parsed.error.issues });
  return inTransaction(db, async (tx) => {
    const t = tablesOf<BacklogTables>(tx);
    await t.deleteFrom('backlog_staff_capacity').where('ward_id', '=', ctx.actor.wardId).execute();
    if (parsed.data.length > 0) {
      try {
        await t
          .insertInto('backlog_staff_capacity')
          .values(
            parsed.data.map((s) => ({
              ward_id: ctx.actor.wardId,
              staff_id: s.staffId,
              fields: s.fields,
              hours_per_day: s.hoursPerDay,
              updated_at: now,
            })),
          )
          .execute();
      } catch (e) {
        // The foreign key to the ward's staff refuses officers of another ward or unknown ids.
        if ((e as { code?: string }).code === '23503')
          throw backlogError('BACKLOG_STAFF_UNKNOWN', { staffIds: parsed.data.map((s) => s.staffId) });
        throw e;
      }
    }
    await recordAudit(
      tx,
      ctx.actor,
      ctx.requestId,
      { action: 'backlog.capacity', details: { officers: parsed.data.length } },
      now,
    );
    return listStaffCapacity(tx, ctx.actor.wardId);
  });
}

export async function listMilestones(db: AnyDb, wardId: string): Promise<Milestone[]> {
  const rows = await tablesOf<BacklogTables>(db)
    .selectFrom('backlog_milestones')
    .selectAll()
    .where('ward_id', '=', wardId)
    .orderBy('date')
    .execute();
  return rows.map((r) => ({ date: plainDate(r.date), share: Number(r.share) }));
}

export async function setMilestones(db: AnyDb, ctx: RequestContext, list: Milestone[], now: Date) {
  const parsed = z.array(Milestone).min(1).max(50).safeParse(list);
  if (!parsed.success) throw commonError('VALIDATION_FAILED', { issues: parsed.error.issues });
  return inTransaction(db, async (tx) => {
    const t = tablesOf<BacklogTables>(tx);
    await t.deleteFrom('backlog_milestones').where('ward_id', '=', ctx.actor.wardId).execute();
    await t
      .insertInto('backlog_milestones')
      .values(parsed.data.map((m) => ({ ward_id: ctx.actor.wardId, ...m })))
      .execute();
    await recordAudit(
      tx,
      ctx.actor,
      ctx.requestId,
      { action: 'backlog.milestones', details: { milestones: parsed.data } },
      now,
    );
    return listMilestones(tx, ctx.actor.wardId);
  });
}

export async function planBacklog(
  db: AnyDb,
  ctx: RequestContext,
  request: PlanRequest,
  services: Pick<BacklogServices, 'clock' | 'solver'>,
): Promise<BacklogPlan> {
  const req = PlanRequest.parse(request);
  const wardId = ctx.actor.wardId;
  const started = performance.now();
  const [staff, milestones] = [await listStaffCapacity(db, wardId), await listMilestones(db, wardId)];
  if (staff.length === 0) throw backlogError('BACKLOG_NO_STAFF');
  if (milestones.length === 0) throw backlogError('BACKLOG_NO_MILESTONES');
  const rows = await tablesOf<BacklogTables>(db)
    .selectFrom('backlog_items')
    .select(['id', 'field', 'effort_hours', 'received_on', 'original_due', 'status', 'assigned_staff_id'])
    .where('ward_id', '=', wardId)
    .where('competence', '=', 'ward')
    .where('status', 'in', ['open', 'in_progress', 'done'])
    .execute();
  const open = rows.filter((r) => r.status !== 'done');
  const start = req.start ?? todayOf(services.clock);
  const { plan, horizonEnd, summary } = await solvePlan(
    db,
    wardId,
    {
      items: open.map((r) => ({
        id: r.id,
        field: r.field,
        effort: Number(r.effort_hours),
        received: plainDate(r.received_on),
        due: r.original_due ? plainDate(r.original_due) : null,
        competent: true,
      })),
      staff: staff.map((s) => ({ id: s.staffId, fields: s.fields, hoursPerDay: s.hoursPerDay })),
      milestones,
      priority: req.priority,
      pinned: open
        .filter((r) => r.status === 'in_progress' && r.assigned_staff_id)
        .map((r) => ({ itemId: r.id, staffId: r.assigned_staff_id! })),
      doneBefore: rows.length - open.length,
    },
    { start, horizonEnd: req.horizonEnd, started },
    services.solver,
  );
  const now = services.clock.now();
  return inTransaction(db, async (tx) => {
    const t = tablesOf<BacklogTables>(tx);
    await t
      .updateTable('backlog_plans')
      .set({ active: false })
      .where('ward_id', '=', wardId)
      .where('active', '=', true)
      .execute();
    const saved = await t
      .insertInto('backlog_plans')
      .values({
        ward_id: wardId,
        created_at: now,
        created_by: ctx.actor.name,
        start_date: start,
        horizon_end: horizonEnd,
        priority: req.priority,
        active: true,
        fixed_done: rows.length - open.length,
        result: JSON.stringify(summary),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (let k = 0; k < plan.assignments.length; k += 1000) {
      await t
        .insertInto('backlog_plan_assignments')
        .values(
          plan.assignments.slice(k, k + 1000).map((a) => ({
            ward_id: wardId,
            plan_id: saved.id,
            item_id: a.itemId,
            staff_id: a.staffId,
            day: a.day,
            start_day: a.startDay,
            effort_hours: a.effort,
          })),
        )
        .execute();
    }
    await recordAudit(
      tx,
      ctx.actor,
      ctx.requestId,
      {
        action: 'backlog.plan',
        targetType: 'backlog_plan',
        targetId: saved.id,
        details: { feasible: plan.feasible, assignments: plan.assignments.length },
      },
      now,
    );
    return {
      id: saved.id,
      createdAt: now.toISOString(),
      createdBy: ctx.actor.name,
      start,
      horizonEnd,
      priority: req.priority,
      active: true,
      fixedDone: rows.length - open.length,
      result: summary,
    };
  });
}

export async function getActivePlan(db: AnyDb, wardId: string): Promise<BacklogPlan> {
  const r = await tablesOf<BacklogTables>(db)
    .selectFrom('backlog_plans')
    .selectAll()
    .where('ward_id', '=', wardId)
    .where('active', '=', true)
    .executeTakeFirst();
  if (!r) throw backlogError('BACKLOG_PLAN_NOT_FOUND');
  return {
    id: r.id,
    createdAt: new Date(r.created_at).toISOString(),
    createdBy: r.created_by,
    start: plainDate(r.start_date),
    horizonEnd: plainDate(r.horizon_end),
    priority: r.priority,
    active: r.active,
    fixedDone: r.fixed_done,
    result: r.result as BacklogPlan['result'],
  };
}

/** The active plan's assignments, for one officer or all, between two dates. */
export async function listPlanAssignments(
  db: AnyDb,
  wardId: string,
  q: { staffId?: string | undefined; from?: PlainDate | undefined; to?: PlainDate | undefined },
): Promise<PlanAssignment[]> {
  const plan = await getActivePlan(db, wardId);
  let s = tablesOf<BacklogTables>(db)
    .selectFrom('backlog_plan_assignments as a')
    .innerJoin('backlog_items as i', (j) => j.onRef('i.ward_id', '=', 'a.ward_id').onRef('i.id', '=', 'a.item_id'))
    .select(['a.item_id', 'i.original_code', 'a.staff_id', 'a.day', 'a.start_day', 'a.effort_hours', 'i.field'])
    .where('a.ward_id', '=', wardId)
    .where('a.plan_id', '=', plan.id);
  if (q.staffId) s = s.where('a.staff_id', '=', q.staffId);
  if (q.from) s = s.where('a.day', '>=', q.from);
  if (q.to) s = s.where('a.day', '<=', q.to);
  const rows = await s
    .orderBy('a.day')
    .orderBy('a.staff_id')
    .orderBy('a.start_day')
    .orderBy('a.item_id')
    .limit(20_000)
    .execute();
  return rows.map((r) => ({
    itemId: r.item_id,
    originalCode: r.original_code,
    staffId: r.staff_id,
    day: plainDate(r.day),
    startDay: plainDate(r.start_day),
    effortHours: Number(r.effort_hours),
    field: r.field,
  }));
}
