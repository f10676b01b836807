/**
 * The queue module's public surface: service groups, counters and work profiles, tickets with timed
 * periods, the display stream, appointments, ratings, the live monitor, reports and staffing.
 * Other modules import only this file (or ./contracts.ts from the web).
 */

export {
  bookAppointment,
  checkIn,
  collectReminders,
  listAppointments,
  listSlots,
  markAppointmentNoShows,
  upsertSlots,
} from './application/appointments.ts';
export { callNext, callTicket } from './application/call.ts';
export { createCounter, listCounters, signIn, signOut, updateCounter } from './application/counters.ts';
export { displaySnapshot, findPublicTicket } from './application/display.ts';
export { findGroupForField, listGroups, upsertGroup } from './application/groups.ts';
export { issueTicket, trackUrlOf } from './application/issue-ticket.ts';
export { liveMonitor } from './application/monitor.ts';
export { rateTicket, type SatisfactionSummary, satisfactionBetween } from './application/ratings.ts';
export { sendAppointmentReminders } from './application/reminders.ts';
export { periodOf, queueReport } from './application/reports.ts';
export { DEMO_COUNTERS, DEMO_GROUPS, seedQueueDemo } from './application/seed-demo.ts';
export { DEFAULT_SETTINGS, getQueueSettings, updateQueueSettings } from './application/settings.ts';
export { weeklyStaffing } from './application/staffing-history.ts';
export { actOnTicket } from './application/ticket-actions.ts';
export { getTicketDetail } from './application/ticket-detail.ts';
export {
  queueSimulateCommand,
  queueStaffingCommand,
  SimulateCommandOptions,
  StaffingCommandOptions,
  simulateArrivalsCsv,
} from './cli.ts';
export * from './contracts.ts';
export { callAnnouncement, formatTicketNumber } from './domain/announce.ts';
export { erlangC, performance, recommendCounters, staffingByHourOfWeek } from './domain/erlang.ts';
export { ALLOWED_ACTIONS, allowedActions } from './domain/ticket-state.ts';
export { queuePermissions } from './http/permissions.ts';
export { registerQueueRoutes } from './http/routes.ts';
export type { StreamOptions } from './http/stream.ts';
export { QUEUE_CHANNEL, type QueueEvent, queueEventHub } from './infra/events.ts';
export { QUEUE_ERRORS, type QueueErrorCode, queueError } from './queue.errors.ts';
