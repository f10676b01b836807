import type { PermissionTable } from '../../../kernel/http.ts';

export const calendarPermissions = {
  'GET /api/calendar/holidays': 'staff',
  'GET /api/calendar/settings': 'staff',
  'PUT /api/calendar/settings': ['admin'],
  'GET /api/calendar/days-off': 'staff',
  'POST /api/calendar/days-off': ['admin'],
  'DELETE /api/calendar/days-off/:date': ['admin'],
  'POST /api/calendar/schedules': ['admin'],
  'PUT /api/calendar/schedule-entries/:date': ['admin'],
  'DELETE /api/calendar/schedule-entries/:date': ['admin'],
  'GET /api/calendar/due': 'staff',
} as const satisfies PermissionTable;
