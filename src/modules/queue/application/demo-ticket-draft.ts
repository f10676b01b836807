/**
 * One ticket of the demo history as it is built: the same projection, action log and timed periods that
 * applyAction (ticket-log.ts) writes, driven by the workflow table, so the log always replays to the status.
 * Times are whole epoch seconds; counters are numbers and groups letters (the seed maps them to ids).
 */
import type { PlainDate } from '../../../kernel/plain-date.ts';
import type {
  PeriodKind,
  PriorityCategory,
  RatingScore,
  TicketAction,
  TicketChannel,
  TicketStatus,
} from '../contracts.ts';
import { formatTicketNumber } from '../domain/announce.ts';
import { transition } from '../domain/ticket-state.ts';

export interface HistoryAction {
  seq: number;
  type: 'issue' | TicketAction;
  at: number;
  counter: number | null;
  /** Group of the ticket after the action. */
  group: string;
  details: Record<string, unknown>;
}

export interface HistoryPeriod {
  seq: number;
  kind: PeriodKind;
  group: string;
  counter: number | null;
  startedAt: number;
  endedAt: number;
}

export interface HistoryTicket {
  date: PlainDate;
  issuedGroup: string;
  seq: number;
  number: string;
  group: string;
  status: TicketStatus;
  priority: PriorityCategory | null;
  channel: TicketChannel;
  lang: 'vi' | 'en';
  arrivedAt: number;
  counter: number | null;
  recalls: number;
  calledAt: number | null;
  finishedAt: number;
  actions: HistoryAction[];
  periods: HistoryPeriod[];
  rating: { score: RatingScore; at: number } | null;
}

/** A ticket still being built: its open period has no end yet. */
export type Draft = Omit<HistoryTicket, 'periods'> & {
  periods: Array<Omit<HistoryPeriod, 'endedAt'> & { endedAt: number | null }>;
};

/** A ticket issued at `at`: the 'issue' action and an open waiting period. */
export function issued(
  date: PlainDate,
  group: string,
  seq: number,
  at: number,
  o: Pick<Draft, 'priority' | 'channel' | 'lang'>,
): Draft {
  return {
    date,
    issuedGroup: group,
    seq,
    number: formatTicketNumber(group, seq),
    group,
    status: 'waiting',
    ...o,
    arrivedAt: at,
    counter: null,
    recalls: 0,
    calledAt: null,
    finishedAt: at,
    actions: [
      {
        seq: 1,
        type: 'issue',
        at,
        counter: null,
        group,
        details: { channel: o.channel, priority: o.priority, appointment: null },
      },
    ],
    periods: [{ seq: 1, kind: 'waiting', group, counter: null, startedAt: at, endedAt: null }],
    rating: null,
  };
}

/** Appends an action the way applyAction does: the workflow table decides the status and the periods. */
export function act(
  t: Draft,
  type: TicketAction,
  at: number,
  counter: number | null,
  details: Record<string, unknown> = {},
) {
  const next = transition(t.status, type);
  if (!next) throw new Error(`demo history: ${type} is not allowed in ${t.status}`);
  if (type === 'call') [t.counter, t.recalls, t.calledAt] = [counter, 0, at];
  if (type === 'recall') [t.recalls, t.calledAt] = [t.recalls + 1, at];
  if (type === 'transfer') [t.group, t.counter, t.recalls] = [String(details.toGroup), null, 0];
  if (next.status === 'finished' || next.status === 'no_show' || next.status === 'cancelled') t.finishedAt = at;
  const seq = t.actions.length + 1;
  t.actions.push({ seq, type, at, counter, group: t.group, details });
  if (next.changesPeriod) {
    for (const p of t.periods) if (p.endedAt === null) p.endedAt = at;
    if (next.opens)
      t.periods.push({
        seq,
        kind: next.opens,
        group: t.group,
        counter: next.opens === 'waiting' ? null : t.counter,
        startedAt: at,
        endedAt: null,
      });
  }
  t.status = next.status;
}

/** The finished ticket (every period closed: the last one ends when the ticket left the queue). */
export function closed(t: Draft): HistoryTicket {
  return { ...t, periods: t.periods.map((p) => ({ ...p, endedAt: p.endedAt ?? t.finishedAt })) };
}
