/** Pure dossier rules: the workflow table, codes and masking, deciding actions, form 06 ratings. */
import { describe, expect, it } from 'vitest';
import { plainDate } from '../../../kernel/plain-date.ts';
import { buildWorkCalendar, DEFAULT_CALENDAR_SETTINGS } from '../../calendar/index.ts';
import { defaultClockRules } from '../../catalog/index.ts';
import { ActionType, DossierStatus } from '../contracts.ts';
import {
  formatDossierCode,
  hashLookupSecret,
  initialsOf,
  maskIdNumber,
  maskPhone,
  newLookupSecret,
  parseDossierCode,
} from './codes.ts';
import { appointmentFrom, timelinessOf } from './deadlines.ts';
import { type DecideContext, decideAction } from './decide.ts';
import { applyEffects, foldActions, INITIAL_STATE } from './state.ts';
import { ACTION_ROLES, ALLOWED_ACTIONS, allowedActionsFor, checkActionRole, PORTAL_CODE } from './workflow.ts';

const calendar = buildWorkCalendar({ settings: DEFAULT_CALENDAR_SETTINGS });
const vn = (s: string) => new Date(`${s}+07:00`);
const duration = { kind: 'working_days' as const, value: 5 };
const ctx = (roles: string[], now = vn('2026-03-02T08:00:00'), id = 'u1'): DecideContext => ({
  now,
  calendar,
  procedure: { duration, clockRules: defaultClockRules(duration) },
  actor: { id, name: 'officer', roles },
});

describe('workflow table', () => {
  it('maps every status to a portal code 1–10 and every action appears somewhere', () => {
    for (const s of DossierStatus.options) expect(PORTAL_CODE[s]).toBeGreaterThanOrEqual(1);
    const used = new Set(Object.values(ALLOWED_ACTIONS).flat());
    expect([...used].sort()).toEqual([...ActionType.options].sort());
    for (const a of ActionType.options)
      expect(ACTION_ROLES[a].any.length + ACTION_ROLES[a].assigned.length).toBeGreaterThan(0);
  });

  it('lets a specialist act only on a dossier assigned to them', () => {
    expect(checkActionRole('submit-for-approval', 'in-progress', ['specialist'], 'a', 'a')).toBe('ok');
    expect(checkActionRole('submit-for-approval', 'in-progress', ['specialist'], 'b', 'a')).toBe('assignment');
    expect(checkActionRole('approve', 'awaiting-approval', ['specialist'], 'a', 'a')).toBe('role');
    expect(checkActionRole('approve', 'awaiting-approval', ['leader'], 'x', null)).toBe('ok');
  });

  it('leaves reject-after-appraisal to leaders once the dossier awaits approval', () => {
    expect(checkActionRole('reject-after-appraisal', 'in-progress', ['specialist'], 'a', 'a')).toBe('ok');
    expect(checkActionRole('reject-after-appraisal', 'awaiting-approval', ['specialist'], 'a', 'a')).toBe('role');
    expect(checkActionRole('reject-after-appraisal', 'awaiting-approval', ['leader'], 'x', 'a')).toBe('ok');
    expect(allowedActionsFor('awaiting-approval', ['specialist'], 'a', 'a')).not.toContain('reject-after-appraisal');
    expect(allowedActionsFor('awaiting-approval', ['leader'], 'x', 'a')).toContain('reject-after-appraisal');
    expect(allowedActionsFor('in-progress', ['specialist'], 'a', 'a')).toContain('reject-after-appraisal');
  });
});

describe('codes and personal data', () => {
  it('formats <agency>-<YYMMDD>-<at least 4 digits> and parses it back', () => {
    expect(formatDossierCode('000.00.06.H56', plainDate('2023-10-27'), 361)).toBe('000.00.06.H56-231027-0361');
    expect(formatDossierCode('000.00.06.H56', plainDate('2026-01-05'), 12345)).toBe('000.00.06.H56-260105-12345');
    expect(parseDossierCode('000.00.06.H56-231027-0361')).toEqual({
      agencyEid: '000.00.06.H56',
      yymmdd: '231027',
      sequence: 361,
    });
    expect(() => formatDossierCode('X', plainDate('2026-01-05'), 0)).toThrow();
  });

  it('masks and hashes', () => {
    expect(maskIdNumber('079123456789')).toBe('*********789');
    expect(maskPhone('0912345678')).toBe('0912***678');
    expect(initialsOf('  Nguyễn  Văn   Ân ')).toBe('N.V.Â.');
    const s = newLookupSecret();
    expect(s).toMatch(/^[A-HJKMNP-Z2-9]{10}$/);
    expect(hashLookupSecret(s.toLowerCase())).toBe(hashLookupSecret(s));
  });
});

describe('deciding actions', () => {
  it('receives with an appointment and step deadlines ending at it', () => {
    const d = decideAction(INITIAL_STATE, { type: 'receive' }, ctx(['receiver']));
    expect(d.effects.appointmentAt).toBe(vn('2026-03-09T08:00:00').toISOString());
    expect(d.effects.steps?.at(-1)?.due).toBe(d.effects.appointmentAt);
    expect(appointmentFrom(calendar, vn('2026-03-02T16:00:00'), { kind: 'same_day', cutoff: '15:00' })).toEqual(
      vn('2026-03-03T17:00:00'),
    );
  });

  it('refuses a wrong state, a second reschedule and a past date', () => {
    const received = applyEffects(
      INITIAL_STATE,
      decideAction(INITIAL_STATE, { type: 'receive' }, ctx(['receiver'])).effects,
    );
    expect(() => decideAction(received, { type: 'approve' }, ctx(['leader']))).toThrow(
      expect.objectContaining({ code: 'DOSSIER_WRONG_STATE' }),
    );
    const resched = decideAction(
      received,
      { type: 'apologize-and-reschedule', reason: 'r', newDate: '2026-03-12' },
      ctx(['leader']),
    );
    const after = applyEffects(received, resched.effects);
    expect(after.appointmentAt).toBe(vn('2026-03-12T17:00:00').toISOString());
    expect(() =>
      decideAction(after, { type: 'apologize-and-reschedule', reason: 'r', newDate: '2026-03-13' }, ctx(['leader'])),
    ).toThrow(expect.objectContaining({ code: 'DOSSIER_ALREADY_RESCHEDULED' }));
    expect(() =>
      decideAction(received, { type: 'apologize-and-reschedule', reason: 'r', newDate: '2026-03-07' }, ctx(['leader'])),
    ).toThrow(expect.objectContaining({ code: 'DOSSIER_NEW_DATE_INVALID' }));
  });

  it('folds a log into the same state as applying it step by step', () => {
    const a = decideAction(INITIAL_STATE, { type: 'receive' }, ctx(['receiver']));
    const s1 = applyEffects(INITIAL_STATE, a.effects);
    const b = decideAction(s1, { type: 'withdraw', reason: 'x' }, ctx(['receiver']));
    expect(foldActions([{ payload: a }, { payload: b }])).toEqual(applyEffects(s1, b.effects));
  });

  it('rates hand-overs for form 06', () => {
    const due = vn('2026-03-04T17:00:00');
    expect(timelinessOf(vn('2026-03-03T10:00:00'), due)).toBe('early');
    expect(timelinessOf(vn('2026-03-04T16:59:00'), due)).toBe('on-time');
    expect(timelinessOf(vn('2026-03-04T17:01:00'), due)).toBe('late');
  });
});
