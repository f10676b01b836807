import { ALL_ROLES, type PermissionTable } from '../../../kernel/http.ts';

const ADMINS = ['admin'] as const;
const MANAGERS = ['admin', 'director', 'leader'] as const;

export const identityPermissions = {
  'POST /api/auth/login': 'public',
  'POST /api/auth/logout': 'staff',
  'GET /api/auth/me': ALL_ROLES,
  'POST /api/auth/password': 'staff',
  'GET /api/auth/sessions': 'staff',
  'DELETE /api/auth/sessions/:id': 'staff',
  'POST /api/auth/ward': ADMINS,
  'GET /api/public/ward': 'public',
  'GET /api/ward': 'staff',
  'PATCH /api/ward': ADMINS,
  'GET /api/departments': 'staff',
  'POST /api/departments': ADMINS,
  'GET /api/staff': MANAGERS,
  'POST /api/staff': ADMINS,
  'GET /api/staff/:id': MANAGERS,
  'PATCH /api/staff/:id': ADMINS,
  'GET /api/devices': ADMINS,
  'POST /api/devices': ADMINS,
  'DELETE /api/devices/:id': ADMINS,
  'GET /api/tokens': ADMINS,
  'POST /api/tokens': ADMINS,
  'DELETE /api/tokens/:id': ADMINS,
  'GET /api/audit': ['admin', 'director'],
  'GET /api/audit/verify': ADMINS,
} as const satisfies PermissionTable;
