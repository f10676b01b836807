import type { PermissionTable } from '../../../kernel/http.ts';

const EVERYONE = [
  'admin',
  'director',
  'leader',
  'receiver',
  'specialist',
  'clerk',
  'advisor',
  'viewer',
  'kiosk',
  'display',
  'robot',
] as const;
const MANAGERS = ['admin', 'director'] as const;
const AT_COUNTER = ['admin', 'director', 'receiver'] as const;
const COUNTER_READERS = ['admin', 'director', 'leader', 'receiver'] as const;
const WATCHERS = ['admin', 'director', 'leader'] as const;
const ISSUERS = ['admin', 'director', 'receiver', 'kiosk', 'robot'] as const;

export const queuePermissions = {
  'GET /api/queue/groups': EVERYONE,
  'PUT /api/queue/groups/:letter': MANAGERS,
  'GET /api/queue/counters': EVERYONE,
  'POST /api/queue/counters': MANAGERS,
  'PATCH /api/queue/counters/:id': MANAGERS,
  'POST /api/queue/counters/:id/sign-in': AT_COUNTER,
  'POST /api/queue/counters/:id/sign-out': AT_COUNTER,
  'POST /api/queue/counters/:id/call-next': AT_COUNTER,
  'POST /api/queue/counters/:id/call': AT_COUNTER,
  'POST /api/queue/tickets': ISSUERS,
  'GET /api/queue/tickets': COUNTER_READERS,
  'GET /api/queue/tickets/:id': COUNTER_READERS,
  'POST /api/queue/tickets/:id/actions': AT_COUNTER,
  'POST /api/queue/tickets/:id/rating': ['admin', 'director', 'receiver', 'kiosk'],
  'GET /api/queue/display': ['admin', 'director', 'leader', 'receiver', 'display', 'kiosk'],
  'GET /api/queue/display/stream': ['admin', 'director', 'display'],
  'GET /api/queue/monitor': WATCHERS,
  'GET /api/queue/reports': WATCHERS,
  'GET /api/queue/reports.xlsx': WATCHERS,
  'GET /api/queue/staffing': WATCHERS,
  'GET /api/queue/settings': WATCHERS,
  'PATCH /api/queue/settings': MANAGERS,
  'PUT /api/queue/appointment-slots': MANAGERS,
  'GET /api/queue/appointment-slots': COUNTER_READERS,
  'GET /api/queue/appointments': COUNTER_READERS,
  'POST /api/queue/appointments/check-in': ISSUERS,
  'GET /api/public/queue/tickets/:id': 'public',
  'GET /api/public/queue/wards/:wardCode/groups': 'public',
  'GET /api/public/queue/wards/:wardCode/slots': 'public',
  'POST /api/public/queue/wards/:wardCode/appointments': 'public',
} as const satisfies PermissionTable;
