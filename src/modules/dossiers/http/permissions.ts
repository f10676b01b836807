import type { PermissionTable } from '../../../kernel/http.ts';

/**
 * Route-level access; each action is checked again by role and assignment (domain/workflow.ts ACTION_ROLES).
 * admin is listed on mutations so bad input is answered by validation first; the action table refuses it.
 */
const STAFF_READERS = ['admin', 'director', 'leader', 'receiver', 'specialist', 'clerk', 'advisor', 'viewer'] as const;
const INTAKE = ['admin', 'director', 'leader', 'receiver', 'advisor'] as const;
const ACTORS = ['admin', 'director', 'leader', 'receiver', 'specialist', 'clerk', 'advisor'] as const;
const REGISTER = ['admin', 'director', 'leader', 'receiver', 'clerk'] as const;

export const dossierPermissions = {
  'POST /api/dossiers': INTAKE,
  'GET /api/dossiers': STAFF_READERS,
  'GET /api/dossiers/queues': STAFF_READERS,
  'GET /api/dossiers/alerts': STAFF_READERS,
  'GET /api/dossiers/register.pdf': REGISTER,
  'GET /api/dossiers/register.xlsx': REGISTER,
  'GET /api/dossiers/:code': STAFF_READERS,
  'POST /api/dossiers/:code/actions': ACTORS,
  'POST /api/dossiers/:code/attachments': ACTORS,
  'GET /api/dossiers/:code/forms/:form': STAFF_READERS,
  'GET /api/public/dossiers/:code': 'public',
  'GET /api/public/portal/procedures': 'public',
  'GET /api/public/portal/procedures/:code': 'public',
  'POST /api/public/wards/:wardCode/files': 'public',
  'POST /api/public/wards/:wardCode/dossiers': 'public',
} as const satisfies PermissionTable;
