/**
 * Deciding an action: checks the status (allowed-actions table), the role and assignment, and the rules
 * (one supplement, one reschedule), then says what the action changes. Pure: time, calendar and procedure
 * come in the context; the caller appends the result to the log and applies it to the projection.
 */

import { isPlainDate } from '../../../kernel/plain-date.ts';
import { localDateOf, type WorkCalendar } from '../../calendar/index.ts';
import type { ClockRules, Duration } from '../../catalog/index.ts';
import type { ActionRequest } from '../contracts.ts';
import { dossierError } from '../dossiers.errors.ts';
import { appointmentFrom, closingOf, isWorkingDate, resumeClock, stepDeadlinesFrom } from './deadlines.ts';
import type { DossierState, Effects } from './state.ts';
import { checkActionRole, isActionAllowedIn } from './workflow.ts';

export interface DecideContext {
  now: Date;
  calendar: WorkCalendar;
  procedure: { duration: Duration; clockRules: ClockRules };
  actor: { id: string | null; name: string; roles: readonly string[] };
  /** Resolved by the caller for transfer and assign. */
  department?: { id: string; name: string };
  assignee?: { id: string; name: string };
}

export interface Decision {
  details: Record<string, unknown>;
  effects: Effects;
}

const iso = (d: Date) => d.toISOString();

function receiptEffects(ctx: DecideContext): Omit<Effects, 'status'> {
  const due = appointmentFrom(ctx.calendar, ctx.now, ctx.procedure.duration);
  return {
    receivedAt: iso(ctx.now),
    appointmentAt: due ? iso(due) : null,
    statutoryDueAt: due ? iso(due) : null,
    steps: stepDeadlinesFrom(ctx.calendar, ctx.now, due, ctx.procedure.clockRules),
  };
}

function resumeEffects(state: DossierState, ctx: DecideContext, mode: 'pause' | 'restart'): Omit<Effects, 'status'> {
  if (!state.pausedAt || !state.pausedDue) return { pausedAt: null, pausedDue: null, resumeStatus: null };
  const resumed = resumeClock(ctx.calendar, {
    pausedAt: new Date(state.pausedAt),
    pausedDue: new Date(state.pausedDue),
    steps: state.steps,
    now: ctx.now,
    mode,
    duration: ctx.procedure.duration,
    rules: ctx.procedure.clockRules,
  });
  const due = iso(resumed.appointmentAt);
  const keepRescheduled =
    state.rescheduled && state.appointmentAt && state.appointmentAt > due ? state.appointmentAt : due;
  return {
    appointmentAt: keepRescheduled,
    statutoryDueAt: due,
    steps: resumed.steps,
    pausedAt: null,
    pausedDue: null,
    resumeStatus: null,
  };
}

export function decideAction(state: DossierState, command: ActionRequest, ctx: DecideContext): Decision {
  const type = command.type;
  if (!isActionAllowedIn(state.status, type))
    throw dossierError('DOSSIER_WRONG_STATE', { status: state.status, action: type });
  const role = checkActionRole(type, state.status, ctx.actor.roles, ctx.actor.id, state.assigneeId);
  if (role === 'role') throw dossierError('DOSSIER_ACTION_NOT_ALLOWED', { action: type });
  if (role === 'assignment') throw dossierError('DOSSIER_NOT_ASSIGNED_TO_YOU', { action: type });
  const note = command.note ? { note: command.note } : {};
  const now = iso(ctx.now);
  const finish = { finishedAt: now, pausedAt: null, pausedDue: null };

  switch (command.type) {
    case 'receive':
      return { details: note, effects: { status: 'received', ...receiptEffects(ctx) } };
    case 'request-supplement': {
      if (state.supplementCount >= 1 && !command.exceptional)
        throw dossierError('DOSSIER_SUPPLEMENT_ALREADY_REQUESTED', { supplementCount: state.supplementCount });
      const atIntake = state.status === 'submitted';
      return {
        details: { ...note, missing: command.missing, reason: command.reason, exceptional: !!command.exceptional },
        effects: {
          status: 'supplement-requested',
          supplementRequested: true,
          resumeStatus: atIntake ? 'received' : state.status,
          ...(atIntake ? {} : { pausedAt: now, pausedDue: state.appointmentAt }),
        },
      };
    }
    case 'supplement-received': {
      const target = state.resumeStatus ?? 'received';
      if (!state.receivedAt)
        return { details: note, effects: { status: 'received', ...receiptEffects(ctx), resumeStatus: null } };
      return {
        details: note,
        effects: { status: target, ...resumeEffects(state, ctx, ctx.procedure.clockRules.supplement) },
      };
    }
    case 'refuse':
      return { details: { ...note, reasons: command.reasons }, effects: { status: 'not-accepted', finishedAt: now } };
    case 'transfer': {
      const d = ctx.department;
      if (!d) throw dossierError('DOSSIER_DEPARTMENT_NOT_FOUND');
      return {
        details: { ...note, departmentId: d.id, departmentName: d.name },
        effects: { status: 'in-progress', departmentId: d.id, departmentName: d.name },
      };
    }
    case 'assign': {
      const a = ctx.assignee;
      if (!a) throw dossierError('DOSSIER_ASSIGNEE_INVALID');
      return {
        details: { ...note, assigneeId: a.id, assigneeName: a.name },
        effects: { status: 'in-progress', assigneeId: a.id, assigneeName: a.name },
      };
    }
    case 'request-consultation': {
      const pause = ctx.procedure.clockRules.excludeConsultation && state.appointmentAt;
      return {
        details: { ...note, bodies: command.bodies, replyBy: command.replyBy ?? null, clockExcluded: !!pause },
        effects: {
          status: 'consultation',
          resumeStatus: state.status,
          ...(pause ? { pausedAt: now, pausedDue: state.appointmentAt } : {}),
        },
      };
    }
    case 'consultation-received':
      return {
        details: note,
        effects: { status: state.resumeStatus ?? 'in-progress', ...resumeEffects(state, ctx, 'pause') },
      };
    case 'submit-for-approval':
      return { details: note, effects: { status: 'awaiting-approval' } };
    case 'return-for-rework':
      return { details: { ...note, reason: command.reason }, effects: { status: 'in-progress' } };
    case 'approve':
      return { details: note, effects: { status: 'approved' } };
    case 'reject-after-appraisal':
      return { details: { ...note, reasons: command.reasons }, effects: { status: 'rejected', ...finish } };
    case 'sign-and-number':
      return {
        details: { ...note, resultNumber: command.resultNumber },
        effects: { status: 'signed', resultNumber: command.resultNumber, ...finish },
      };
    case 'result-ready':
      return { details: note, effects: { status: 'result-ready' } };
    case 'return-result':
      return {
        details: { ...note, method: command.method },
        effects: { status: 'returned', returnedAt: now, returnMethod: command.method },
      };
    case 'withdraw':
      return { details: { ...note, reason: command.reason }, effects: { status: 'withdrawn', ...finish } };
    case 'stop':
      return { details: { ...note, reason: command.reason }, effects: { status: 'stopped', ...finish } };
    case 'apologize-and-reschedule':
      return decideReschedule(state, command, ctx);
  }
}

function decideReschedule(
  state: DossierState,
  command: Extract<ActionRequest, { type: 'apologize-and-reschedule' }>,
  ctx: DecideContext,
): Decision {
  if (state.rescheduled) throw dossierError('DOSSIER_ALREADY_RESCHEDULED');
  if (!state.appointmentAt) throw dossierError('DOSSIER_NO_DEADLINE');
  const current = localDateOf(new Date(state.appointmentAt));
  const today = localDateOf(ctx.now);
  if (
    !isPlainDate(command.newDate) ||
    command.newDate <= current ||
    command.newDate <= today ||
    !isWorkingDate(ctx.calendar, command.newDate)
  )
    throw dossierError('DOSSIER_NEW_DATE_INVALID', { newDate: command.newDate, currentAppointment: current });
  const newAppointment = closingOf(ctx.calendar, command.newDate);
  return {
    details: {
      ...(command.note ? { note: command.note } : {}),
      reason: command.reason,
      newDate: command.newDate,
      previousAppointmentAt: state.appointmentAt,
      newAppointmentAt: iso(newAppointment),
      approvedBy: ctx.actor.name,
    },
    effects: { status: state.status, appointmentAt: iso(newAppointment), rescheduled: true },
  };
}
