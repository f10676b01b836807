import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TicketAction, TicketStatus } from '../contracts.ts';
import { ALLOWED_ACTIONS, CLOSED, replayStatus, transition } from './ticket-state.ts';

describe('ticket workflow table', () => {
  it('has a row for every status; closed tickets allow nothing', () => {
    expect(Object.keys(ALLOWED_ACTIONS).sort()).toEqual([...TicketStatus.options].sort());
    for (const s of CLOSED) expect(ALLOWED_ACTIONS[s]).toEqual([]);
  });

  it('recall keeps the running period; transfer reopens waiting; finish opens none', () => {
    expect(transition('called', 'recall')).toEqual({ status: 'called', changesPeriod: false, opens: 'called' });
    expect(transition('serving', 'transfer')).toEqual({ status: 'waiting', changesPeriod: true, opens: 'waiting' });
    expect(transition('serving', 'finish')).toEqual({ status: 'finished', changesPeriod: true, opens: null });
    expect(transition('waiting', 'finish')).toBeUndefined();
  });

  it('replays a log to the projected status and refuses an impossible log', () => {
    expect(replayStatus(['issue', 'call', 'recall', 'start', 'hold', 'resume', 'finish'])).toBe('finished');
    expect(() => replayStatus(['issue', 'start'])).toThrow(/not allowed in waiting/);
  });

  it('property: any accepted sequence of actions reaches a status whose allowed actions come from the table', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TicketAction.options), { maxLength: 30 }), (actions) => {
        const accepted = ['issue'];
        let status: TicketStatus = 'waiting';
        for (const a of actions) {
          const next = transition(status, a);
          if (!next) continue;
          accepted.push(a);
          status = next.status;
        }
        expect(replayStatus(accepted)).toBe(status);
        if (CLOSED.includes(status)) expect(ALLOWED_ACTIONS[status]).toHaveLength(0);
      }),
    );
  });
});
