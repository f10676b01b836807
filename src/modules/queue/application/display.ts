/** What the display board shows, and what the phone page behind the QR code shows. */
import { sql } from 'kysely';
import type { AnyDb } from '../../../kernel/db.ts';
import type { DisplayCall, DisplaySnapshot, PublicTicket, TicketStatus } from '../contracts.ts';
import { callAnnouncement } from '../domain/announce.ts';
import { localDateOf, startOfLocalDay } from '../domain/time.ts';
import { queueError } from '../queue.errors.ts';
import { positionOf } from './position.ts';
import type { TicketRow } from './ticket-log.ts';

export function toDisplayCall(e: {
  ticketNumber: string;
  group: string;
  counterNumber: number;
  at: string;
  recall: boolean;
}): DisplayCall {
  return { ...e, speech: callAnnouncement(e.ticketNumber, e.counterNumber) };
}

interface SnapshotRows {
  counters: {
    number: number;
    name: string;
    open: boolean;
    ticket_number: string | null;
    status: TicketStatus | null;
  }[];
  calls: { number: string; letter: string; counter_number: number; at: string; type: string }[];
  waiting: { letter: string; name: string; name_en: string; n: number }[];
}

/** The board's state in one query (a change in a busy ward recomputes it for all its boards at once). */
export async function displaySnapshot(db: AnyDb, wardId: string, now: Date): Promise<DisplaySnapshot> {
  const since = startOfLocalDay(localDateOf(now));
  const r = await sql<SnapshotRows>`
    SELECT
      (SELECT coalesce(json_agg(x ORDER BY x.number), '[]') FROM (
        SELECT c.number, c.name, c.staff_id IS NOT NULL AS open, t.number AS ticket_number, t.status
        FROM queue_counters c
        LEFT JOIN queue_tickets t ON t.ward_id = c.ward_id AND t.id = c.current_ticket_id
        WHERE c.ward_id = ${wardId} AND c.active) x) AS counters,
      (SELECT coalesce(json_agg(x ORDER BY x.at DESC, x.seq DESC), '[]') FROM (
        SELECT t.number, g.letter, c.number AS counter_number, a.at, a.seq, a.type
        FROM queue_ticket_actions a
        JOIN queue_tickets t ON t.ward_id = a.ward_id AND t.id = a.ticket_id
        JOIN queue_groups g ON g.ward_id = a.ward_id AND g.id = a.group_id
        JOIN queue_counters c ON c.ward_id = a.ward_id AND c.id = a.counter_id
        WHERE a.ward_id = ${wardId} AND a.type IN ('call', 'recall') AND a.at >= ${since}
        ORDER BY a.at DESC, a.seq DESC LIMIT 10) x) AS calls,
      (SELECT coalesce(json_agg(x ORDER BY x.sort_order, x.letter), '[]') FROM (
        SELECT g.letter, g.name, g.name_en, g.sort_order,
          (SELECT count(*)::int FROM queue_tickets t
           WHERE t.ward_id = g.ward_id AND t.group_id = g.id AND t.status = 'waiting') AS n
        FROM queue_groups g WHERE g.ward_id = ${wardId} AND g.active) x) AS waiting`.execute(db);
  const { counters, calls, waiting } = r.rows[0] as SnapshotRows;
  return {
    at: now.toISOString(),
    counters: counters.map((c) => ({
      number: c.number,
      name: c.name,
      open: c.open,
      ticketNumber: c.ticket_number,
      status: c.status,
    })),
    lastCalls: calls.map((c) =>
      toDisplayCall({
        ticketNumber: c.number,
        group: c.letter,
        counterNumber: c.counter_number,
        at: new Date(c.at).toISOString(),
        recall: c.type === 'recall',
      }),
    ),
    waiting: waiting.map((w) => ({ group: w.letter, name: w.name, nameEn: w.name_en, count: w.n })),
  };
}

/** The public view of a ticket by its unguessable track id (any ward): position only, no personal data. */
export async function findPublicTicket(db: AnyDb, trackId: string, now: Date): Promise<PublicTicket> {
  const r = await sql<
    TicketRow & {
      letter: string;
      group_name: string;
      group_name_en: string;
      zone: string;
      counter_number: number | null;
    }
  >`
    SELECT t.*, g.letter, g.name AS group_name, g.name_en AS group_name_en, g.zone, c.number AS counter_number
    FROM queue_tickets t
    JOIN queue_groups g ON g.ward_id = t.ward_id AND g.id = t.group_id
    LEFT JOIN queue_counters c ON c.ward_id = t.ward_id AND c.id = t.counter_id
    WHERE t.track_id = ${trackId}`.execute(db);
  const row = r.rows[0];
  if (!row) throw queueError('QUEUE_TICKET_NOT_FOUND');
  const { ahead, estimatedWaitMinutes } = await positionOf(db, row, now);
  const atCounter = row.status === 'called' || row.status === 'serving';
  return {
    number: row.number,
    group: row.letter,
    groupName: row.group_name,
    groupNameEn: row.group_name_en,
    zone: row.zone,
    status: row.status,
    ahead,
    estimatedWaitMinutes,
    counterNumber: atCounter ? row.counter_number : null,
    issuedAt: new Date(row.arrived_at).toISOString(),
    calledAt: row.called_at ? new Date(row.called_at).toISOString() : null,
  };
}
