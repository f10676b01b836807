/**
 * The projection of a dossier and how one logged action changes it. Each log row carries what was decided
 * (`effects`: the new status, appointment, step deadlines…), so folding the log needs no calendar or catalog
 * and always gives the same state: `rebuildDossier` is `foldActions` over the stored rows.
 */
import { z } from 'zod';
import { DossierStatus, type LogType, ReturnMethod, StepDeadline } from '../contracts.ts';

const Instant = z.string();

/** What an action changed; absent fields stay as they were, null clears. */
export const Effects = z.strictObject({
  status: DossierStatus,
  resumeStatus: DossierStatus.nullable().optional(),
  receivedAt: Instant.optional(),
  appointmentAt: Instant.nullable().optional(),
  statutoryDueAt: Instant.nullable().optional(),
  pausedAt: Instant.nullable().optional(),
  pausedDue: Instant.nullable().optional(),
  steps: z.array(StepDeadline).optional(),
  departmentId: z.string().nullable().optional(),
  departmentName: z.string().nullable().optional(),
  assigneeId: z.string().nullable().optional(),
  assigneeName: z.string().nullable().optional(),
  supplementRequested: z.boolean().optional(),
  rescheduled: z.boolean().optional(),
  finishedAt: Instant.optional(),
  returnedAt: Instant.optional(),
  returnMethod: ReturnMethod.optional(),
  resultNumber: z.string().optional(),
});
export type Effects = z.infer<typeof Effects>;

/** The payload column: what a person said (details, shown in the log) and what was decided (effects). */
export const ActionPayload = z.strictObject({
  details: z.record(z.string(), z.unknown()),
  effects: Effects,
});
export type ActionPayload = z.infer<typeof ActionPayload>;

export interface LoggedAction {
  seq: number;
  type: LogType;
  at: string;
  actorKind: 'staff' | 'device' | 'system' | 'citizen';
  actorId: string | null;
  actorName: string;
  fromStatus: DossierStatus | null;
  toStatus: DossierStatus;
  payload: ActionPayload;
}

export interface DossierState {
  status: DossierStatus;
  version: number;
  resumeStatus: DossierStatus | null;
  receivedAt: string | null;
  appointmentAt: string | null;
  statutoryDueAt: string | null;
  pausedAt: string | null;
  pausedDue: string | null;
  steps: StepDeadline[];
  departmentId: string | null;
  departmentName: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
  supplementCount: number;
  rescheduled: boolean;
  finishedAt: string | null;
  returnedAt: string | null;
  returnMethod: ReturnMethod | null;
  resultNumber: string | null;
}

export const INITIAL_STATE: DossierState = Object.freeze({
  status: 'submitted',
  version: 0,
  resumeStatus: null,
  receivedAt: null,
  appointmentAt: null,
  statutoryDueAt: null,
  pausedAt: null,
  pausedDue: null,
  steps: [],
  departmentId: null,
  departmentName: null,
  assigneeId: null,
  assigneeName: null,
  supplementCount: 0,
  rescheduled: false,
  finishedAt: null,
  returnedAt: null,
  returnMethod: null,
  resultNumber: null,
}) as DossierState;

export function applyEffects(state: DossierState, effects: Effects): DossierState {
  const { supplementRequested, ...rest } = effects;
  const next: DossierState = { ...state, version: state.version + 1 };
  for (const [key, value] of Object.entries(rest)) {
    if (value !== undefined) (next as unknown as Record<string, unknown>)[key] = value;
  }
  if (supplementRequested) next.supplementCount = state.supplementCount + 1;
  return next;
}

/** The state after every action of the log, in order. */
export function foldActions(actions: readonly Pick<LoggedAction, 'payload'>[]): DossierState {
  return actions.reduce((s, a) => applyEffects(s, a.payload.effects), INITIAL_STATE);
}
