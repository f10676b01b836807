/** A ward's office hours, clock rules and own days off. */
import { z } from 'zod';
import { type AnyDb, inTransaction } from '../../../kernel/db.ts';
import type { PlainDate } from '../../../kernel/plain-date.ts';
import { calendarError } from '../calendar.errors.ts';
import {
  CalendarSettings,
  CalendarSettingsPatch,
  DEFAULT_CALENDAR_SETTINGS,
  WardDayOff,
  type WardDayOff as WardDayOffType,
} from '../contracts.ts';
import type { YearRange } from '../infra/schedule-repository.ts';
import {
  deleteWardDayOff,
  findSettingsRow,
  findWardDaysOff,
  upsertSettingsRow,
  upsertWardDayOff,
} from '../infra/settings-repository.ts';

const WardId = z.guid();

export function ensureWardId(wardId: string): string {
  if (!WardId.safeParse(wardId).success) throw calendarError('CALENDAR_WARD_NOT_FOUND', { wardId });
  return wardId;
}

function isForeignKeyViolation(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === '23503';
}

async function mapWardMissing<T>(wardId: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (isForeignKeyViolation(e)) throw calendarError('CALENDAR_WARD_NOT_FOUND', { wardId });
    throw e;
  }
}

/** The ward's stored settings, or undefined when it uses the defaults. */
export async function findWardCalendarSettings(db: AnyDb, wardId: string): Promise<CalendarSettings | undefined> {
  return findSettingsRow(db, ensureWardId(wardId));
}

/** The ward's settings; the defaults when none are stored. */
export async function getWardCalendarSettings(db: AnyDb, wardId: string): Promise<CalendarSettings> {
  return (await findWardCalendarSettings(db, wardId)) ?? DEFAULT_CALENDAR_SETTINGS;
}

/** Merges a patch into the ward's settings (defaults when none) and stores the result. */
export async function updateWardCalendarSettings(db: AnyDb, wardId: string, patch: unknown): Promise<CalendarSettings> {
  ensureWardId(wardId);
  const parsedPatch = CalendarSettingsPatch.safeParse(patch);
  if (!parsedPatch.success) throw calendarError('CALENDAR_SETTINGS_INVALID', { issues: parsedPatch.error.issues });
  return inTransaction(db, async (tx) => {
    const merged = CalendarSettings.safeParse({ ...(await getWardCalendarSettings(tx, wardId)), ...parsedPatch.data });
    if (!merged.success) throw calendarError('CALENDAR_SETTINGS_INVALID', { issues: merged.error.issues });
    await mapWardMissing(wardId, () => upsertSettingsRow(tx, wardId, merged.data));
    return merged.data;
  });
}

export async function listWardDaysOff(db: AnyDb, wardId: string, range?: YearRange): Promise<WardDayOffType[]> {
  return findWardDaysOff(db, ensureWardId(wardId), range);
}

export async function addWardDayOff(db: AnyDb, wardId: string, input: unknown): Promise<WardDayOffType> {
  ensureWardId(wardId);
  const parsed = WardDayOff.safeParse(input);
  if (!parsed.success) throw calendarError('CALENDAR_SETTINGS_INVALID', { issues: parsed.error.issues });
  await mapWardMissing(wardId, () => upsertWardDayOff(db, wardId, parsed.data));
  return parsed.data;
}

export async function removeWardDayOff(db: AnyDb, wardId: string, date: PlainDate): Promise<void> {
  if (!(await deleteWardDayOff(db, ensureWardId(wardId), date))) {
    throw calendarError('CALENDAR_ENTRY_NOT_FOUND', { wardId, date });
  }
}
