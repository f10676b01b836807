/**
 * The ticket workflow as data: which actions each status allows, where each action leads and which timed
 * period it opens. A new status that is not handled here is a compile error.
 */
import type { PeriodKind, TicketAction, TicketStatus } from '../contracts.ts';

export const ALLOWED_ACTIONS = {
  waiting: ['call', 'transfer', 'cancel'],
  called: ['recall', 'no-show', 'start', 'hold', 'transfer', 'cancel'],
  serving: ['hold', 'transfer', 'finish'],
  on_hold: ['resume', 'transfer', 'finish', 'cancel'],
  finished: [],
  no_show: [],
  cancelled: [],
} as const satisfies Record<TicketStatus, readonly TicketAction[]>;

export const STATUS_AFTER = {
  call: 'called',
  recall: 'called',
  'no-show': 'no_show',
  start: 'serving',
  hold: 'on_hold',
  resume: 'serving',
  transfer: 'waiting',
  finish: 'finished',
  cancel: 'cancelled',
} as const satisfies Record<TicketAction, TicketStatus>;

export const PERIOD_OF = {
  waiting: 'waiting',
  called: 'called',
  serving: 'serving',
  on_hold: 'on_hold',
  finished: null,
  no_show: null,
  cancelled: null,
} as const satisfies Record<TicketStatus, PeriodKind | null>;

/** Statuses in which the ticket occupies its counter (the counter cannot call another). */
export const AT_COUNTER: readonly TicketStatus[] = ['called', 'serving'];
export const CLOSED: readonly TicketStatus[] = ['finished', 'no_show', 'cancelled'];

export function allowedActions(status: TicketStatus): readonly TicketAction[] {
  return ALLOWED_ACTIONS[status];
}

export function isAllowed(status: TicketStatus, action: TicketAction): boolean {
  return (ALLOWED_ACTIONS[status] as readonly TicketAction[]).includes(action);
}

export interface Transition {
  status: TicketStatus;
  /** Close the open period and open `opens` (null: open none). A recall keeps the running period. */
  changesPeriod: boolean;
  opens: PeriodKind | null;
}

/** Where `action` takes a ticket in `status`; undefined when the table does not allow it. */
export function transition(status: TicketStatus, action: TicketAction): Transition | undefined {
  if (!isAllowed(status, action)) return undefined;
  const next = STATUS_AFTER[action];
  return { status: next, changesPeriod: action !== 'recall', opens: PERIOD_OF[next] };
}

/** Replays a ticket's action log (first entry 'issue') to its status: the projection's ground truth. */
export function replayStatus(actions: readonly string[]): TicketStatus {
  let status: TicketStatus = 'waiting';
  for (const [i, a] of actions.entries()) {
    if (i === 0) {
      if (a !== 'issue') throw new Error(`ticket log must start with issue, not ${a}`);
      continue;
    }
    const t = transition(status, a as TicketAction);
    if (!t) throw new Error(`log entry ${i + 1}: ${a} is not allowed in ${status}`);
    status = t.status;
  }
  return status;
}
