/**
 * Counter actions on a ticket: recall, no-show, start, hold, resume, transfer, finish, cancel.
 * Optimistic: the ticket and its counter are read without locks and the action is written by one statement
 * guarded by the ticket's version and the counter's state, so a concurrent change gives VERSION_CONFLICT
 * instead of a lost update, and a receiver's action costs two statements and no transaction round trips.
 */
import type { RequestContext } from '../../../kernel/actor.ts';
import { type AnyDb, onOneConnection } from '../../../kernel/db.ts';
import { DomainError } from '../../../kernel/errors.ts';
import type { Ticket, TicketActionRequest } from '../contracts.ts';
import { emitQueueEvents, type QueueEvent } from '../infra/events.ts';
import { queueError } from '../queue.errors.ts';
import { callEvent } from './call.ts';
import { ensureCounterActive, ensureCounterFree, ensureMayActAt, findCounterOfStaff } from './counter-access.ts';
import { alertNearTickets } from './near-alerts.ts';
import { getGroupByLetter, getQueueSettings, isManager } from './settings.ts';
import {
  type ActionInput,
  applyAction,
  type CounterState,
  ensureAllowed,
  findTicketAndCounter,
  type TicketRow,
  toTicket,
} from './ticket-log.ts';

export async function actOnTicket(
  db: AnyDb,
  ctx: RequestContext,
  ticketId: string,
  request: TicketActionRequest,
  now: Date,
): Promise<Ticket> {
  // No transaction: the decision reads without locks, and applyAction writes in one statement guarded by
  // the ticket's version and the counter's state (checked under the counter's lock). When something changed in
  // between, decide again on what is there now (which also gives the precise refusal, if any).
  for (let attempt = 1; ; attempt++) {
    try {
      return await actOnce(db, ctx, ticketId, request, now);
    } catch (e) {
      if (attempt >= 3 || !(e instanceof DomainError) || e.code !== 'VERSION_CONFLICT') throw e;
    }
  }
}

async function actOnce(
  db: AnyDb,
  ctx: RequestContext,
  ticketId: string,
  request: TicketActionRequest,
  now: Date,
): Promise<Ticket> {
  const wardId = ctx.actor.wardId;
  const done = await onOneConnection(db, async (tx) => {
    const found = await findTicketAndCounter(tx, wardId, ticketId);
    if (!found) throw queueError('QUEUE_TICKET_NOT_FOUND');
    const row = found.ticket;
    ensureAllowed(row, request.type);
    const counter = await counterFor(tx, ctx, row, found.counter, request.type);
    const base = { actor: ctx.actor, at: now, counterId: counter?.id ?? null, counterSeen: counter };
    const atCounter = counter !== undefined && counter.current_ticket_id === row.id;
    /** The counter lets the ticket go (and remembers it as its last one when it was finished there). */
    const leave = (finished: boolean) =>
      counter && (atCounter || finished)
        ? { id: counter.id, ...(atCounter ? { current: null } : {}), ...(finished ? { last: row.id } : {}) }
        : undefined;
    const events: QueueEvent[] = [];
    let input: ActionInput;
    switch (request.type) {
      case 'recall':
        input = { ...base, action: 'recall', patch: { recalls: row.recalls + 1, called_at: now } };
        if (counter) events.push(callEvent(row, counter, now, true));
        break;
      case 'no-show': {
        const needed = (await getQueueSettings(tx, wardId)).recallsBeforeNoShow;
        if (row.status === 'called' && row.recalls < needed)
          throw queueError('QUEUE_NO_SHOW_TOO_EARLY', { recalls: row.recalls, needed });
        input = { ...base, action: 'no-show', patch: { finished_at: now }, counter: leave(false) };
        break;
      }
      case 'start':
        input = { ...base, action: 'start' };
        break;
      case 'hold':
        input = { ...base, action: 'hold', details: { reason: request.reason ?? null }, counter: leave(false) };
        break;
      case 'resume': {
        const target = counter as CounterState;
        ensureCounterActive(target);
        ensureCounterFree(target);
        const staffId = ctx.actor.kind === 'staff' ? ctx.actor.id : target.staff_id;
        input = {
          ...base,
          action: 'resume',
          patch: { counter_id: target.id, staff_id: staffId },
          counter: { id: target.id, current: row.id },
        };
        break;
      }
      case 'transfer': {
        const group = await getGroupByLetter(tx, wardId, request.group);
        if (group.id === row.group_id) throw queueError('QUEUE_TRANSFER_SAME_GROUP', { group: group.letter });
        const details = { fromGroupId: row.group_id, toGroup: group.letter, reason: request.reason ?? null };
        input = {
          ...base,
          action: 'transfer',
          patch: { group_id: group.id, counter_id: null, staff_id: null, recalls: 0 },
          details,
          counter: leave(false),
        };
        break;
      }
      case 'finish':
        input = {
          ...base,
          action: 'finish',
          patch: { finished_at: now, dossier_refs: request.dossierRefs ?? [] },
          details: { dossierRefs: request.dossierRefs ?? [] },
          counter: leave(true),
        };
        break;
      case 'cancel':
        input = {
          ...base,
          action: 'cancel',
          patch: { finished_at: now },
          details: { reason: request.reason ?? null },
          counter: leave(false),
        };
        break;
    }
    events.push({ type: 'change', wardId, at: now.toISOString() });
    // A waiting ticket leaving its group moves those behind it forward.
    const left = row.status === 'waiting' && (request.type === 'cancel' || request.type === 'transfer');
    return { ticket: await applyAction(tx, row, input), events, movedUp: left ? row.group_id : null };
  });
  await emitQueueEvents(db, done.events);
  if (done.movedUp) await alertNearTickets(db, wardId, done.movedUp, now).catch(() => undefined);
  return toTicket(done.ticket);
}

/**
 * The counter the action happens at (read, not locked: applyAction re-checks it under its lock): the
 * ticket's counter while it is called, served or on hold; for resume by a receiver, the counter they are
 * signed in to. A waiting ticket needs no counter, but a receiver must be signed in somewhere to touch it.
 */
async function counterFor(
  db: AnyDb,
  ctx: RequestContext,
  ticket: TicketRow,
  ticketCounter: CounterState | undefined,
  action: TicketActionRequest['type'],
): Promise<CounterState | undefined> {
  const wardId = ctx.actor.wardId;
  const manager = isManager(ctx.actor);
  const ensureSignedIn = async () => {
    const own = manager ? undefined : await findCounterOfStaff(db, wardId, ctx.actor.id);
    if (!manager && !own) throw queueError('QUEUE_NOT_SIGNED_IN');
    return own;
  };
  if (action === 'resume' && ticket.status === 'on_hold') {
    const own = await ensureSignedIn();
    const target = own ?? ticketCounter;
    if (!target) throw queueError('QUEUE_COUNTER_NOT_FOUND');
    if (!manager && ticket.counter_id !== target.id)
      throw queueError('QUEUE_TICKET_AT_OTHER_COUNTER', { counterId: ticket.counter_id });
    ensureMayActAt(ctx.actor, target);
    return target;
  }
  if (ticket.status === 'waiting' || !ticketCounter) {
    await ensureSignedIn();
    return undefined;
  }
  if (!manager && ticketCounter.staff_id !== ctx.actor.id) {
    await ensureSignedIn();
    throw queueError('QUEUE_TICKET_AT_OTHER_COUNTER', { counterId: ticket.counter_id });
  }
  ensureMayActAt(ctx.actor, ticketCounter);
  return ticketCounter;
}
