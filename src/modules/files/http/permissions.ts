import type { PermissionTable } from '../../../kernel/http.ts';

/** People who receive, scan or produce documents; viewers and devices may not upload. */
const UPLOADERS = ['admin', 'director', 'leader', 'receiver', 'specialist', 'clerk', 'advisor'] as const;

export const filesPermissions = {
  'POST /api/files': UPLOADERS,
  'GET /api/files/:id': 'staff',
} as const satisfies PermissionTable;
