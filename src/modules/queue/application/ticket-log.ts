/**
 * The one way a ticket changes: append an action, close and open timed periods, update the projection on
 * the ticket row, in one statement guarded by the ticket's version (optimistic: no row lock is needed).
 */
import type { RawBuilder, Selectable } from 'kysely';
import { sql } from 'kysely';
import type { Actor } from '../../../kernel/actor.ts';
import { type AnyDb, tablesOf } from '../../../kernel/db.ts';
import { commonError } from '../../../kernel/errors.ts';
import { maskPhone, type Ticket, type TicketAction } from '../contracts.ts';
import { allowedActions, type Transition, transition } from '../domain/ticket-state.ts';
import type { QueueTables } from '../infra/tables.ts';
import { queueError } from '../queue.errors.ts';

export type TicketRow = Selectable<QueueTables['queue_tickets']>;
/** What an action decides on about a counter. */
export type CounterState = Pick<
  Selectable<QueueTables['queue_counters']>,
  'id' | 'ward_id' | 'number' | 'active' | 'staff_id' | 'current_ticket_id'
>;
type PatchColumn =
  | 'group_id'
  | 'counter_id'
  | 'staff_id'
  | 'recalls'
  | 'called_at'
  | 'finished_at'
  | 'dossier_refs'
  | 'precedence_from';
/** New column values: plain values, or SQL over the statement's CTEs (call-next's counter `c`). */
type TicketPatch = { [K in PatchColumn]?: TicketRow[K] | RawBuilder<unknown> };

export async function lockTicket(tx: AnyDb, wardId: string, id: string): Promise<TicketRow> {
  const row = await tablesOf<QueueTables>(tx)
    .selectFrom('queue_tickets')
    .selectAll()
    .where('ward_id', '=', wardId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw queueError('QUEUE_TICKET_NOT_FOUND');
  return row;
}

export interface ActionInput {
  action: TicketAction;
  actor: Actor;
  at: Date;
  counterId: string | null;
  patch?: TicketPatch;
  details?: Record<string, unknown>;
  /** The counter row changed with the ticket (its current or last ticket; 'ticket': this one), in the same statement. */
  counter?: { id: string; current?: string | null | 'ticket'; last?: string | 'ticket' };
  /**
   * The counter as the decision saw it, when it was read without a lock: the statement locks it first and
   * writes nothing (VERSION_CONFLICT) if its officer, activity or current ticket changed meanwhile.
   */
  counterSeen?: CounterState;
}

export function ensureAllowed(row: Pick<TicketRow, 'status'>, action: TicketAction) {
  const next = transition(row.status, action);
  if (!next)
    throw queueError('QUEUE_TICKET_WRONG_STATE', { status: row.status, action, allowed: allowedActions(row.status) });
  return next;
}

/**
 * Applies `action` to a ticket read at `row.version`: refuses with QUEUE_TICKET_WRONG_STATE when the table
 * forbids it. One statement (atomic without a surrounding transaction) appends the action, closes and opens
 * the timed periods, updates the ticket and the counter, all guarded by the ticket's version and, with
 * `counterSeen`, by the counter's state: if another command changed either since they were read, nothing is
 * written and VERSION_CONFLICT is thrown. The counter is locked before the ticket, as in call-next.
 * Returns the ticket as it now is, with its group letter and counter number.
 */
export async function applyAction(tx: AnyDb, row: TicketRow, input: ActionInput): Promise<ViewRow> {
  const next = ensureAllowed(row, input.action);
  const seen = input.counterSeen;
  const r = await sql<ViewRow>`
    ${actionWith({
      wardId: row.ward_id,
      next,
      input,
      before: seen
        ? sql`seen AS (
      SELECT id FROM queue_counters
      WHERE ward_id = ${row.ward_id} AND id = ${seen.id} AND active = ${seen.active}
        AND staff_id IS NOT DISTINCT FROM ${seen.staff_id}::uuid
        AND current_ticket_id IS NOT DISTINCT FROM ${seen.current_ticket_id}::uuid
      FOR UPDATE
    ), `
        : undefined,
      which: sql`id = ${row.id} AND version = ${row.version} ${seen ? sql`AND EXISTS (SELECT 1 FROM seen)` : sql``}`,
    })}
    SELECT u.*, g.letter AS group_letter, c.number AS counter_number
    FROM u
    JOIN queue_groups g ON g.ward_id = u.ward_id AND g.id = u.group_id
    LEFT JOIN queue_counters c ON c.ward_id = u.ward_id AND c.id = u.counter_id`.execute(tx);
  const updated = r.rows[0];
  if (!updated) throw commonError('VERSION_CONFLICT');
  return updated;
}

/**
 * The WITH list that writes `input` on the ticket row `which` selects (as `u`): the ticket's new state and
 * version, the action row, the periods closed and opened, the counter row. `before` holds CTEs that `which`
 * may use (each followed by a comma). The caller adds the final SELECT.
 */
export function actionWith(w: {
  wardId: string;
  next: Transition;
  input: ActionInput;
  before?: RawBuilder<unknown> | undefined;
  which: RawBuilder<unknown>;
}): RawBuilder<unknown> {
  const { next, input } = w;
  const patch = Object.entries(input.patch ?? {}).filter(([, v]) => v !== undefined);
  const set = sql.join([
    ...patch.map(([column, value]) => sql`${sql.ref(column)} = ${value}`),
    sql`status = ${next.status}, version = queue_tickets.version + 1, updated_at = ${input.at}`,
  ]);
  const opensAtCounter = next.opens !== null && next.opens !== 'waiting';
  const counter = input.counter;
  const ticketId = (v: string | null | 'ticket') => (v === 'ticket' ? sql`(SELECT id FROM u)` : sql`${v}::uuid`);
  const counterSet = counter
    ? sql.join([
        ...(counter.current !== undefined ? [sql`current_ticket_id = ${ticketId(counter.current)}`] : []),
        ...(counter.last !== undefined ? [sql`last_ticket_id = ${ticketId(counter.last)}`] : []),
      ])
    : null;
  return sql`
    WITH ${w.before ?? sql``}u AS (
      UPDATE queue_tickets SET ${set}
      WHERE ward_id = ${w.wardId} AND ${w.which}
      RETURNING *
    ), logged AS (
      INSERT INTO queue_ticket_actions
        (ward_id, ticket_id, seq, at, type, actor_kind, actor_id, actor_name, counter_id, group_id, details)
      SELECT u.ward_id, u.id, u.version, ${input.at}::timestamptz, ${input.action}::text, ${input.actor.kind}::text,
        ${input.actor.id}::uuid, ${input.actor.name}::text, ${input.counterId}::uuid, u.group_id,
        ${JSON.stringify(input.details ?? {})}::jsonb
      FROM u
    )${
      next.changesPeriod
        ? sql`, closed AS (
      UPDATE queue_ticket_periods p SET ended_at = ${input.at}::timestamptz
      FROM u WHERE p.ward_id = u.ward_id AND p.ticket_id = u.id AND p.ended_at IS NULL
    )`
        : sql``
    }${
      next.changesPeriod && next.opens
        ? sql`, opened AS (
      INSERT INTO queue_ticket_periods
        (ward_id, ticket_id, seq, kind, group_id, counter_id, staff_id, started_at, ended_at)
      SELECT u.ward_id, u.id, u.version, ${next.opens}::text, u.group_id,
        ${opensAtCounter ? sql`u.counter_id, u.staff_id` : sql`NULL::uuid, NULL::uuid`}, ${input.at}::timestamptz, NULL
      FROM u
    )`
        : sql``
    }${
      counter && counterSet
        ? sql`, counter AS (
      UPDATE queue_counters SET ${counterSet}
      WHERE ward_id = ${w.wardId} AND id = ${counter.id} AND EXISTS (SELECT 1 FROM u)
    )`
        : sql``
    }`;
}

const VIEW_COLUMNS = sql`t.*, g.letter AS group_letter, c.number AS counter_number`;

export type ViewRow = TicketRow & { group_letter: string; counter_number: number | null };

async function selectViewRows(
  db: AnyDb,
  wardId: string,
  where: { id?: string; status?: string; groupLetter?: string; date?: string },
): Promise<ViewRow[]> {
  const rows = await sql<ViewRow>`
    SELECT ${VIEW_COLUMNS}
    FROM queue_tickets t
    JOIN queue_groups g ON g.ward_id = t.ward_id AND g.id = t.group_id
    LEFT JOIN queue_counters c ON c.ward_id = t.ward_id AND c.id = t.counter_id
    WHERE t.ward_id = ${wardId}
      ${where.id ? sql`AND t.id = ${where.id}` : sql``}
      ${where.status ? sql`AND t.status = ${where.status}` : sql``}
      ${where.groupLetter ? sql`AND g.letter = ${where.groupLetter}` : sql``}
      ${where.date ? sql`AND t.local_date = ${where.date}::date` : sql``}
    ORDER BY t.arrived_at, t.id
    LIMIT 1000`.execute(db);
  return rows.rows;
}

export async function listTicketViews(
  db: AnyDb,
  wardId: string,
  where: { id?: string; status?: string; groupLetter?: string; date?: string },
): Promise<Ticket[]> {
  return (await selectViewRows(db, wardId, where)).map(toTicket);
}

/** The ticket (with its group letter) and the counter it is at, both read without a lock. */
export async function findTicketAndCounter(
  db: AnyDb,
  wardId: string,
  id: string,
): Promise<{ ticket: ViewRow; counter: CounterState | undefined } | undefined> {
  const r = await sql<ViewRow & { c_active: boolean | null; c_staff_id: string | null; c_current: string | null }>`
    SELECT ${VIEW_COLUMNS}, c.active AS c_active, c.staff_id AS c_staff_id, c.current_ticket_id AS c_current
    FROM queue_tickets t
    JOIN queue_groups g ON g.ward_id = t.ward_id AND g.id = t.group_id
    LEFT JOIN queue_counters c ON c.ward_id = t.ward_id AND c.id = t.counter_id
    WHERE t.ward_id = ${wardId} AND t.id = ${id}`.execute(db);
  const row = r.rows[0];
  if (!row) return undefined;
  const { c_active, c_staff_id, c_current, ...ticket } = row;
  const counter =
    row.counter_id !== null && row.counter_number !== null
      ? {
          id: row.counter_id,
          ward_id: row.ward_id,
          number: row.counter_number,
          active: c_active === true,
          staff_id: c_staff_id,
          current_ticket_id: c_current,
        }
      : undefined;
  return { ticket, counter };
}

/** The ticket with its group letter and counter number, not locked (applyAction checks the version). */
export async function findTicket(db: AnyDb, wardId: string, id: string): Promise<ViewRow | undefined> {
  const [row] = await selectViewRows(db, wardId, { id });
  return row;
}

export async function getTicketView(db: AnyDb, wardId: string, id: string): Promise<Ticket> {
  const [view] = await listTicketViews(db, wardId, { id });
  if (!view) throw queueError('QUEUE_TICKET_NOT_FOUND');
  return view;
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export function toTicket(r: ViewRow): Ticket {
  return {
    id: r.id,
    number: r.number,
    group: r.group_letter,
    status: r.status,
    priority: r.priority,
    channel: r.channel,
    lang: r.lang,
    phone: maskPhone(r.phone),
    appointment: r.appointment_id !== null,
    arrivedAt: iso(r.arrived_at) as string,
    calledAt: iso(r.called_at),
    finishedAt: iso(r.finished_at),
    counterId: r.counter_id,
    counterNumber: r.counter_number,
    recalls: r.recalls,
    dossierRefs: r.dossier_refs ?? [],
    allowedActions: [...allowedActions(r.status)],
    version: r.version,
  };
}
