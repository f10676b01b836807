/** One ticket with its timed periods and action log, for the counter screen and reviews. */
import { sql } from 'kysely';
import type { AnyDb } from '../../../kernel/db.ts';
import type { PeriodKind, TicketDetail } from '../contracts.ts';
import { minutesBetween, round1 } from '../domain/time.ts';
import { getTicketView } from './ticket-log.ts';

export async function getTicketDetail(db: AnyDb, wardId: string, id: string, now: Date): Promise<TicketDetail> {
  const view = await getTicketView(db, wardId, id);
  const periods = await sql<{
    kind: PeriodKind;
    letter: string;
    counter_id: string | null;
    staff_id: string | null;
    started_at: Date;
    ended_at: Date | null;
  }>`
    SELECT p.kind, g.letter, p.counter_id, p.staff_id, p.started_at, p.ended_at
    FROM queue_ticket_periods p JOIN queue_groups g ON g.ward_id = p.ward_id AND g.id = p.group_id
    WHERE p.ward_id = ${wardId} AND p.ticket_id = ${id} ORDER BY p.seq`.execute(db);
  const actions = await sql<{
    seq: number;
    at: Date;
    type: string;
    actor_name: string | null;
    counter_id: string | null;
    letter: string;
    details: Record<string, unknown>;
  }>`
    SELECT a.seq, a.at, a.type, a.actor_name, a.counter_id, g.letter, a.details
    FROM queue_ticket_actions a JOIN queue_groups g ON g.ward_id = a.ward_id AND g.id = a.group_id
    WHERE a.ward_id = ${wardId} AND a.ticket_id = ${id} ORDER BY a.seq`.execute(db);
  const mapped = periods.rows.map((p) => ({
    kind: p.kind,
    group: p.letter,
    counterId: p.counter_id,
    staffId: p.staff_id,
    startedAt: new Date(p.started_at).toISOString(),
    endedAt: p.ended_at ? new Date(p.ended_at).toISOString() : null,
    minutes: round1(minutesBetween(new Date(p.started_at), p.ended_at ? new Date(p.ended_at) : now)),
  }));
  const total = (kind: PeriodKind) => round1(mapped.filter((p) => p.kind === kind).reduce((s, p) => s + p.minutes, 0));
  return {
    ...view,
    periods: mapped,
    actions: actions.rows.map((a) => ({
      seq: a.seq,
      at: new Date(a.at).toISOString(),
      type: a.type,
      actorName: a.actor_name,
      counterId: a.counter_id,
      group: a.letter,
      details: typeof a.details === 'string' ? JSON.parse(a.details) : a.details,
    })),
    waitMinutes: total('waiting'),
    serviceMinutes: total('serving'),
  };
}
