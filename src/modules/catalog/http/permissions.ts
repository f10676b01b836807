import type { PermissionTable } from '../../../kernel/http.ts';

const READERS = [
  'admin',
  'director',
  'leader',
  'receiver',
  'specialist',
  'clerk',
  'advisor',
  'viewer',
  'kiosk',
  'robot',
] as const;

export const catalogPermissions = {
  'GET /api/catalog/search': READERS,
  'GET /api/catalog/procedures': 'staff',
  'GET /api/catalog/procedures/:code': 'staff',
  'PATCH /api/catalog/procedures/:code': ['admin'],
  'POST /api/catalog/procedures/:code/verify': ['admin'],
  'GET /api/catalog/review': ['admin', 'director'],
  'GET /api/public/catalog/procedures/:code': 'public',
} as const satisfies PermissionTable;
