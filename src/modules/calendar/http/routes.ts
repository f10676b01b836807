/**
 * HTTP routes of the calendar: the year view (holidays, swapped and make-up days), the ward's office hours and
 * own days off, the national announced schedule (city administrators only) and a deadline calculator.
 * Every change is audited in the same transaction.
 */
import { z } from 'zod';
import { recordAudit } from '../../../kernel/audit.ts';
import { inTransaction } from '../../../kernel/db.ts';
import { type App, type AppDeps, actorOf, contextOf, type RequestActor } from '../../../kernel/http.ts';
import { removeScheduleEntry, setScheduleEntryEnabled, upsertScheduleEntry } from '../application/edit-schedule.ts';
import { importYearSchedule } from '../application/import-schedule.ts';
import { listHolidays } from '../application/load-ward-calendar.ts';
import {
  addWardDayOff,
  getWardCalendarSettings,
  listWardDaysOff,
  removeWardDayOff,
  updateWardCalendarSettings,
} from '../application/ward-settings.ts';
import { calendarError } from '../calendar.errors.ts';
import { calendarDueCommand } from '../cli.ts';
import {
  CalendarSettings,
  CalendarSettingsPatch,
  DueResult,
  HolidayEntry,
  PlainDateString,
  ScheduleEntry,
  WardDayOff,
  YearSchedule,
} from '../contracts.ts';

const DateParam = z.strictObject({ date: PlainDateString });
const Ok = z.object({ ok: z.literal(true) });
/** Either a toggle ({enabled}) or a whole entry for that date. */
const EntryEdit = z.union([z.strictObject({ enabled: z.boolean() }), ScheduleEntry.omit({ date: true })]);
const ImportResult = z.object({ year: z.number(), entries: z.number(), replaced: z.boolean() });

function ensureCityAdmin(actor: RequestActor): void {
  if (!actor.cityAdmin) throw calendarError('CALENDAR_NATIONAL_EDIT_FORBIDDEN');
}

export function registerCalendarRoutes(app: App, deps: AppDeps): void {
  const db = () => deps.database.db;
  const tags = ['calendar'];

  app.get(
    '/api/calendar/holidays',
    {
      schema: {
        tags,
        querystring: z.strictObject({
          year: z.coerce.number().int().min(1900).max(2100),
          all: z.enum(['true', 'false']).optional(),
        }),
        response: { 200: z.array(HolidayEntry) },
      },
    },
    async (req) => {
      const entries = await listHolidays(db(), req.query.year);
      const own = await listWardDaysOff(db(), actorOf(req).wardId, { from: req.query.year, to: req.query.year });
      const ward: HolidayEntry[] = own.map((d) => ({
        date: d.date,
        name: d.name,
        kind: 'holiday',
        source: 'announced',
        enabled: true,
        provisional: false,
        note: 'ward',
      }));
      const all = [...(req.query.all === 'true' ? entries : entries.filter((e) => e.enabled)), ...ward];
      return all.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    },
  );

  app.get('/api/calendar/settings', { schema: { tags, response: { 200: CalendarSettings } } }, async (req) =>
    getWardCalendarSettings(db(), actorOf(req).wardId),
  );
  app.put(
    '/api/calendar/settings',
    { schema: { tags, body: CalendarSettingsPatch, response: { 200: CalendarSettings } } },
    async (req) => {
      const ctx = contextOf(req);
      return inTransaction(db(), async (tx) => {
        const settings = await updateWardCalendarSettings(tx, ctx.actor.wardId, req.body);
        await recordAudit(tx, ctx.actor, ctx.requestId, {
          action: 'calendar.settings-update',
          targetType: 'ward',
          targetId: ctx.actor.wardId,
          details: { fields: Object.keys(req.body) },
        });
        return settings;
      });
    },
  );

  const YearQuery = z.strictObject({ year: z.coerce.number().int().min(1900).max(2100).optional() });
  app.get(
    '/api/calendar/days-off',
    { schema: { tags, querystring: YearQuery, response: { 200: z.array(WardDayOff) } } },
    async (req) =>
      listWardDaysOff(
        db(),
        actorOf(req).wardId,
        req.query.year ? { from: req.query.year, to: req.query.year } : undefined,
      ),
  );
  app.post(
    '/api/calendar/days-off',
    { schema: { tags, body: WardDayOff, response: { 201: WardDayOff } } },
    async (req, reply) => {
      const ctx = contextOf(req);
      const created = await inTransaction(db(), async (tx) => {
        const day = await addWardDayOff(tx, ctx.actor.wardId, req.body);
        await recordAudit(tx, ctx.actor, ctx.requestId, {
          action: 'calendar.day-off-add',
          targetType: 'date',
          targetId: day.date,
          details: { name: day.name },
        });
        return day;
      });
      return reply.status(201).send(created);
    },
  );
  app.delete(
    '/api/calendar/days-off/:date',
    { schema: { tags, params: DateParam, response: { 200: Ok } } },
    async (req) => {
      const ctx = contextOf(req);
      await inTransaction(db(), async (tx) => {
        await removeWardDayOff(tx, ctx.actor.wardId, req.params.date);
        await recordAudit(tx, ctx.actor, ctx.requestId, {
          action: 'calendar.day-off-remove',
          targetType: 'date',
          targetId: req.params.date,
        });
      });
      return { ok: true as const };
    },
  );

  app.post(
    '/api/calendar/schedules',
    { schema: { tags, body: YearSchedule, response: { 200: ImportResult } } },
    async (req) => {
      const ctx = contextOf(req);
      ensureCityAdmin(ctx.actor);
      return inTransaction(db(), async (tx) => {
        const r = await importYearSchedule(tx, req.body, 'import');
        await recordAudit(tx, ctx.actor, ctx.requestId, {
          action: 'calendar.schedule-import',
          targetType: 'year',
          targetId: String(r.year),
          details: { entries: r.entries },
        });
        return r;
      });
    },
  );
  app.put(
    '/api/calendar/schedule-entries/:date',
    { schema: { tags, params: DateParam, body: EntryEdit, response: { 200: YearSchedule } } },
    async (req) => {
      const ctx = contextOf(req);
      ensureCityAdmin(ctx.actor);
      return inTransaction(db(), async (tx) => {
        const body = req.body;
        const year =
          'kind' in body
            ? await upsertScheduleEntry(tx, { ...body, date: req.params.date })
            : await setScheduleEntryEnabled(tx, req.params.date, body.enabled);
        await recordAudit(tx, ctx.actor, ctx.requestId, {
          action: 'calendar.schedule-edit',
          targetType: 'date',
          targetId: req.params.date,
          details: { ...req.body },
        });
        return year;
      });
    },
  );
  app.delete(
    '/api/calendar/schedule-entries/:date',
    { schema: { tags, params: DateParam, response: { 200: YearSchedule } } },
    async (req) => {
      const ctx = contextOf(req);
      ensureCityAdmin(ctx.actor);
      return inTransaction(db(), async (tx) => {
        const year = await removeScheduleEntry(tx, req.params.date);
        await recordAudit(tx, ctx.actor, ctx.requestId, {
          action: 'calendar.schedule-remove',
          targetType: 'date',
          targetId: req.params.date,
        });
        return year;
      });
    },
  );

  const DueQuery = z.strictObject({
    received: z.string().min(10).max(40),
    workingDays: z.coerce.number().min(0).max(10_000).optional(),
    workingHours: z.coerce.number().min(0).max(80_000).optional(),
    sameDay: z.enum(['true']).optional(),
  });
  app.get('/api/calendar/due', { schema: { tags, querystring: DueQuery, response: { 200: DueResult } } }, async (req) =>
    calendarDueCommand(deps.database, actorOf(req).wardId, {
      ...req.query,
      sameDay: req.query.sameDay === 'true' ? true : undefined,
    }),
  );
}
