import type { PermissionTable } from '../../../kernel/http.ts';

const OVERSEERS = ['admin', 'director'] as const;

export const notifyPermissions = {
  'GET /api/notifications': OVERSEERS,
  'POST /api/notifications/:id/retry': OVERSEERS,
} as const satisfies PermissionTable;
