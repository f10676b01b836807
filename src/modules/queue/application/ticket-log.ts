/**
 * The one way a ticket changes: append an action, close and open timed periods, update the projection on
 * the ticket row, all in the caller's transaction with the ticket row locked.
 */
import type { Selectable } from 'kysely';
import { sql } from 'kysely';
import type { Actor } from '../../../kernel/actor.ts';
import { type AnyDb, tablesOf } from '../../../kernel/db.ts';
import type { Ticket, TicketAction } from '../contracts.ts';
import { maskPhone } from '../domain/announce.ts';
import { allowedActions, transition } from '../domain/ticket-state.ts';
import type { QueueTables } from '../infra/tables.ts';
import { queueError } from '../queue.errors.ts';

export type TicketRow = Selectable<QueueTables['queue_tickets']>;
type TicketPatch = Partial<
  Pick<
    TicketRow,
    | 'group_id'
    | 'counter_id'
    | 'staff_id'
    | 'recalls'
    | 'called_at'
    | 'finished_at'
    | 'dossier_refs'
    | 'precedence_from'
  >
>;

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

export async function findTicket(db: AnyDb, wardId: string, id: string): Promise<TicketRow | undefined> {
  return tablesOf<QueueTables>(db)
    .selectFrom('queue_tickets')
    .selectAll()
    .where('ward_id', '=', wardId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export interface ActionInput {
  action: TicketAction;
  actor: Actor;
  at: Date;
  counterId: string | null;
  patch?: TicketPatch;
  details?: Record<string, unknown>;
}

export function ensureAllowed(row: Pick<TicketRow, 'status'>, action: TicketAction) {
  const next = transition(row.status, action);
  if (!next)
    throw queueError('QUEUE_TICKET_WRONG_STATE', { status: row.status, action, allowed: allowedActions(row.status) });
  return next;
}

/** Applies `action` to a locked ticket row; refuses with QUEUE_TICKET_WRONG_STATE when the table forbids it. */
export async function applyAction(tx: AnyDb, row: TicketRow, input: ActionInput): Promise<TicketRow> {
  const next = ensureAllowed(row, input.action);
  const t = tablesOf<QueueTables>(tx);
  const seq = row.version + 1;
  const merged = { ...row, ...input.patch };
  await t
    .insertInto('queue_ticket_actions')
    .values({
      ward_id: row.ward_id,
      ticket_id: row.id,
      seq,
      at: input.at,
      type: input.action,
      actor_kind: input.actor.kind,
      actor_id: input.actor.id,
      actor_name: input.actor.name,
      counter_id: input.counterId,
      group_id: merged.group_id,
      details: JSON.stringify(input.details ?? {}),
    })
    .execute();
  if (next.changesPeriod) {
    await t
      .updateTable('queue_ticket_periods')
      .set({ ended_at: input.at })
      .where('ward_id', '=', row.ward_id)
      .where('ticket_id', '=', row.id)
      .where('ended_at', 'is', null)
      .execute();
    if (next.opens) {
      const atCounter = next.opens !== 'waiting';
      await t
        .insertInto('queue_ticket_periods')
        .values({
          ward_id: row.ward_id,
          ticket_id: row.id,
          seq,
          kind: next.opens,
          group_id: merged.group_id,
          counter_id: atCounter ? merged.counter_id : null,
          staff_id: atCounter ? merged.staff_id : null,
          started_at: input.at,
          ended_at: null,
        })
        .execute();
    }
  }
  return t
    .updateTable('queue_tickets')
    .set({ ...input.patch, status: next.status, version: seq, updated_at: input.at })
    .where('ward_id', '=', row.ward_id)
    .where('id', '=', row.id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

const VIEW_COLUMNS = sql`t.*, g.letter AS group_letter, c.number AS counter_number`;

type ViewRow = TicketRow & { group_letter: string; counter_number: number | null };

export async function listTicketViews(
  db: AnyDb,
  wardId: string,
  where: { id?: string; status?: string; groupLetter?: string; date?: string },
): Promise<Ticket[]> {
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
  return rows.rows.map(toTicket);
}

export async function getTicketView(db: AnyDb, wardId: string, id: string): Promise<Ticket> {
  const [view] = await listTicketViews(db, wardId, { id });
  if (!view) throw queueError('QUEUE_TICKET_NOT_FOUND');
  return view;
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

function toTicket(r: ViewRow): Ticket {
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
