/** Builders for calendar tests: `aCalendar().withShippedSchedules().withSaturdayReceiving().build()`. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { plainDate } from '../../../kernel/plain-date.ts';
import { CALENDAR_SEEDS_DIR } from '../application/seed-calendar.ts';
import {
  type CalendarSettings,
  DEFAULT_CALENDAR_SETTINGS,
  type WardDayOff,
  YearSchedule,
  type YearScheduleInput,
} from '../contracts.ts';
import { buildWorkCalendar, type WorkCalendar } from '../domain/calendar.ts';
import { parseInstant } from '../domain/instants.ts';

/** The shipped announced schedule of a year (db/seeds/calendar/<year>.json). */
export function shippedSchedule(year: number): YearSchedule {
  return YearSchedule.parse(JSON.parse(readFileSync(path.join(CALENDAR_SEEDS_DIR, `${year}.json`), 'utf8')));
}

export function aCalendar() {
  let settings: CalendarSettings = structuredClone(DEFAULT_CALENDAR_SETTINGS);
  const announced: YearSchedule[] = [];
  const wardDaysOff: WardDayOff[] = [];
  const builder = {
    withShippedSchedules(...years: number[]) {
      for (const year of years.length > 0 ? years : [2025, 2026]) announced.push(shippedSchedule(year));
      return builder;
    },
    withSchedule(schedule: YearScheduleInput) {
      announced.push(YearSchedule.parse(schedule));
      return builder;
    },
    withSettings(patch: Partial<CalendarSettings>) {
      settings = { ...settings, ...patch };
      return builder;
    },
    withSaturdayReceiving(countsAsProcessing = false) {
      settings = { ...settings, saturdayReceiving: true, saturdayCountsAsProcessing: countsAsProcessing };
      return builder;
    },
    withWardDayOff(date: string, name = 'Ngày nghỉ riêng của phường') {
      wardDaysOff.push({ date: plainDate(date), name });
      return builder;
    },
    build(): WorkCalendar {
      return buildWorkCalendar({ settings, announced, wardDaysOff });
    },
  };
  return builder;
}

/** `vn('2026-02-12 10:00')`: an instant written in Vietnam wall time. */
export const vn = (wallTime: string): Date => parseInstant(wallTime);
