/** Dictionary keys for the queue's enums, shared by the device pages and the staff console. */
import type { PriorityCategory, RatingScore, TicketStatus } from '../../../src/modules/queue/contracts.ts';
import type { MessageKey } from '../i18n/vi.ts';

export const PRIORITIES: readonly PriorityCategory[] = ['elderly', 'disability', 'pregnant', 'child_under_6', 'merit'];

export const priorityLabel: Record<PriorityCategory, MessageKey> = {
  elderly: 'qd.prio.elderly',
  disability: 'qd.prio.disability',
  pregnant: 'qd.prio.pregnant',
  child_under_6: 'qd.prio.child_under_6',
  merit: 'qd.prio.merit',
};

export const statusLabel: Record<TicketStatus, MessageKey> = {
  waiting: 'qd.status.waiting',
  called: 'qd.status.called',
  serving: 'qd.status.serving',
  on_hold: 'qd.status.on_hold',
  finished: 'qd.status.finished',
  no_show: 'qd.status.no_show',
  cancelled: 'qd.status.cancelled',
};

export const SCORES: readonly RatingScore[] = ['very_satisfied', 'satisfied', 'neutral', 'dissatisfied'];

export const scoreLabel: Record<RatingScore, MessageKey> = {
  very_satisfied: 'qd.score.very_satisfied',
  satisfied: 'qd.score.satisfied',
  neutral: 'qd.score.neutral',
  dissatisfied: 'qd.score.dissatisfied',
};
