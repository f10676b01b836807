/** HTTP routes of the queue (staff and devices). Public routes: public-routes.ts; the SSE stream: stream.ts. */
import { z } from 'zod';
import { type App, type AppDeps, actorOf, contextOf } from '../../../kernel/http.ts';
import { plainDate } from '../../../kernel/plain-date.ts';
import { checkIn, listAppointments, listSlots, upsertSlots } from '../application/appointments.ts';
import { callNext, callTicket } from '../application/call.ts';
import { createCounter, listCounters, signIn, signOut, updateCounter } from '../application/counters.ts';
import { displaySnapshot } from '../application/display.ts';
import { listGroups, upsertGroup } from '../application/groups.ts';
import { issueTicket } from '../application/issue-ticket.ts';
import { liveMonitor } from '../application/monitor.ts';
import { rateTicket } from '../application/ratings.ts';
import { queueReportXlsx } from '../application/report-xlsx.ts';
import { periodOf, queueReport } from '../application/reports.ts';
import { getQueueSettings, updateQueueSettings } from '../application/settings.ts';
import { weeklyStaffing } from '../application/staffing-history.ts';
import { actOnTicket } from '../application/ticket-actions.ts';
import { getTicketDetail } from '../application/ticket-detail.ts';
import { listTicketViews } from '../application/ticket-log.ts';
import {
  Appointment,
  CallTicket,
  CheckIn,
  Counter,
  CounterCreate,
  CounterUpdate,
  DisplaySnapshot,
  Group,
  GroupLetter,
  GroupUpsert,
  IssuedTicket,
  Monitor,
  QueueReport,
  QueueSettings,
  QueueSettingsUpdate,
  Rating,
  RatingResult,
  ReportQuery,
  SignIn,
  Slot,
  SlotQuery,
  SlotsCreate,
  Ticket,
  TicketActionRequest,
  TicketDetail,
  TicketIssue,
  TicketListQuery,
  WeeklyStaffing,
} from '../contracts.ts';
import { registerPublicQueueRoutes } from './public-routes.ts';
import { registerDisplayStream, type StreamOptions } from './stream.ts';

const IdParam = z.strictObject({ id: z.uuid() });
const NoBody = z.strictObject({}).nullish();

export function registerQueueRoutes(app: App, deps: AppDeps, opts: StreamOptions = {}): void {
  const db = () => deps.database.db;
  const now = () => deps.clock.now();
  const tags = ['queue'];

  app.get('/api/queue/groups', { schema: { tags, response: { 200: z.array(Group) } } }, async (req) =>
    listGroups(db(), actorOf(req).wardId),
  );
  app.put(
    '/api/queue/groups/:letter',
    { schema: { tags, params: z.strictObject({ letter: GroupLetter }), body: GroupUpsert, response: { 200: Group } } },
    async (req) => upsertGroup(db(), contextOf(req), req.params.letter, req.body),
  );

  app.get('/api/queue/counters', { schema: { tags, response: { 200: z.array(Counter) } } }, async (req) =>
    listCounters(db(), actorOf(req).wardId),
  );
  app.post(
    '/api/queue/counters',
    { schema: { tags, body: CounterCreate, response: { 201: Counter } } },
    async (req, reply) => reply.status(201).send(await createCounter(db(), contextOf(req), req.body)),
  );
  app.patch(
    '/api/queue/counters/:id',
    { schema: { tags, params: IdParam, body: CounterUpdate, response: { 200: Counter } } },
    async (req) => updateCounter(db(), contextOf(req), req.params.id, req.body, now()),
  );
  app.post(
    '/api/queue/counters/:id/sign-in',
    { schema: { tags, params: IdParam, body: SignIn, response: { 200: Counter } } },
    async (req) => signIn(db(), contextOf(req), req.params.id, now(), req.body?.force ?? false),
  );
  app.post(
    '/api/queue/counters/:id/sign-out',
    { schema: { tags, params: IdParam, body: NoBody, response: { 200: Counter } } },
    async (req) => signOut(db(), contextOf(req), req.params.id, now()),
  );
  app.post(
    '/api/queue/counters/:id/call-next',
    { schema: { tags, params: IdParam, body: NoBody, response: { 200: Ticket, 204: z.null() } } },
    async (req, reply) => {
      const ticket = await callNext(db(), contextOf(req), req.params.id, now());
      return ticket ? ticket : reply.status(204).send(null);
    },
  );
  app.post(
    '/api/queue/counters/:id/call',
    { schema: { tags, params: IdParam, body: CallTicket, response: { 200: Ticket } } },
    async (req) => callTicket(db(), contextOf(req), req.params.id, req.body.ticketId, now()),
  );

  app.post(
    '/api/queue/tickets',
    { schema: { tags, body: TicketIssue, response: { 201: IssuedTicket } } },
    async (req, reply) => reply.status(201).send(await issueTicket(db(), contextOf(req), req.body, now())),
  );
  app.get(
    '/api/queue/tickets',
    { schema: { tags, querystring: TicketListQuery, response: { 200: z.array(Ticket) } } },
    async (req) =>
      listTicketViews(db(), actorOf(req).wardId, {
        ...(req.query.status ? { status: req.query.status } : {}),
        ...(req.query.group ? { groupLetter: req.query.group } : {}),
        ...(req.query.date ? { date: req.query.date } : {}),
      }),
  );
  app.get(
    '/api/queue/tickets/:id',
    { schema: { tags, params: IdParam, response: { 200: TicketDetail } } },
    async (req) => getTicketDetail(db(), actorOf(req).wardId, req.params.id, now()),
  );
  app.post(
    '/api/queue/tickets/:id/actions',
    { schema: { tags, params: IdParam, body: TicketActionRequest, response: { 200: Ticket } } },
    async (req) => actOnTicket(db(), contextOf(req), req.params.id, req.body, now()),
  );
  app.post(
    '/api/queue/tickets/:id/rating',
    { schema: { tags, params: IdParam, body: Rating, response: { 201: RatingResult } } },
    async (req, reply) =>
      reply.status(201).send(await rateTicket(db(), contextOf(req), req.params.id, req.body, now())),
  );

  app.get('/api/queue/display', { schema: { tags, response: { 200: DisplaySnapshot } } }, async (req) =>
    displaySnapshot(db(), actorOf(req).wardId, now()),
  );
  registerDisplayStream(app, deps, opts);
  app.get('/api/queue/monitor', { schema: { tags, response: { 200: Monitor } } }, async (req) =>
    liveMonitor(db(), actorOf(req).wardId, now()),
  );
  app.get(
    '/api/queue/reports',
    { schema: { tags, querystring: ReportQuery, response: { 200: QueueReport } } },
    async (req) => queueReport(db(), actorOf(req).wardId, periodOf(req.query.period, plainDate(req.query.date)), now()),
  );
  app.get('/api/queue/reports.xlsx', { schema: { tags, querystring: ReportQuery } }, async (req, reply) => {
    const range = periodOf(req.query.period, plainDate(req.query.date));
    const r = await queueReportXlsx(db(), actorOf(req).wardId, range, now());
    return reply
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="${r.fileName}"`)
      .header('cache-control', 'no-store')
      .send(r.bytes);
  });
  app.get(
    '/api/queue/staffing',
    {
      schema: {
        tags,
        querystring: z.strictObject({ weeks: z.coerce.number().int().min(1).max(26).default(4) }),
        response: { 200: WeeklyStaffing },
      },
    },
    async (req) => weeklyStaffing(db(), actorOf(req).wardId, now(), req.query.weeks),
  );
  app.get('/api/queue/settings', { schema: { tags, response: { 200: QueueSettings } } }, async (req) =>
    getQueueSettings(db(), actorOf(req).wardId),
  );
  app.patch(
    '/api/queue/settings',
    { schema: { tags, body: QueueSettingsUpdate, response: { 200: QueueSettings } } },
    async (req) => updateQueueSettings(db(), actorOf(req).wardId, req.body, now()),
  );

  app.put(
    '/api/queue/appointment-slots',
    { schema: { tags, body: SlotsCreate, response: { 200: z.array(Slot) } } },
    async (req) => upsertSlots(db(), contextOf(req), req.body),
  );
  app.get(
    '/api/queue/appointment-slots',
    { schema: { tags, querystring: SlotQuery, response: { 200: z.array(Slot) } } },
    async (req) => listSlots(db(), actorOf(req).wardId, req.query.group, req.query.date),
  );
  app.get(
    '/api/queue/appointments',
    { schema: { tags, querystring: z.strictObject({ date: z.iso.date() }), response: { 200: z.array(Appointment) } } },
    async (req) => listAppointments(db(), actorOf(req).wardId, req.query.date),
  );
  app.post(
    '/api/queue/appointments/check-in',
    { schema: { tags, body: CheckIn, response: { 201: IssuedTicket } } },
    async (req, reply) =>
      reply.status(201).send(await checkIn(db(), contextOf(req), req.body.code, req.body.lang, now())),
  );

  registerPublicQueueRoutes(app, deps);
}
