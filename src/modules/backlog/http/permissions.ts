import type { PermissionTable } from '../../../kernel/http.ts';

/** Leaders run the clearance; officers (specialists) work and correct their own items; clerks send transfers. */
const MANAGE = ['admin', 'director', 'leader'] as const;
const WORK = ['admin', 'director', 'leader', 'specialist'] as const;
const READ = ['admin', 'director', 'leader', 'specialist', 'clerk'] as const;
const TRANSFER = ['admin', 'director', 'leader', 'clerk'] as const;

export const backlogPermissions = {
  'GET /api/backlog/imports': MANAGE,
  'POST /api/backlog/imports': MANAGE,
  'POST /api/backlog/imports/:id/commit': MANAGE,
  'GET /api/backlog/imports/:id/progress': MANAGE,
  'GET /api/backlog/items': READ,
  'GET /api/backlog/facets': READ,
  'GET /api/backlog/items/:id': READ,
  'GET /api/backlog/items/:id/overrides': READ,
  'PATCH /api/backlog/items/:id': WORK,
  'POST /api/backlog/items/:id/start': WORK,
  'POST /api/backlog/items/:id/close': WORK,
  'GET /api/backlog/duplicates': MANAGE,
  'POST /api/backlog/duplicates/:id/decision': MANAGE,
  'GET /api/backlog/transfers': TRANSFER,
  'POST /api/backlog/transfers/letter': TRANSFER,
  'POST /api/backlog/transfers/sent': MANAGE,
  'GET /api/backlog/settings': READ,
  'PUT /api/backlog/settings': MANAGE,
  'GET /api/backlog/capacity': MANAGE,
  'PUT /api/backlog/capacity': MANAGE,
  'GET /api/backlog/milestones': READ,
  'PUT /api/backlog/milestones': MANAGE,
  'POST /api/backlog/plans': MANAGE,
  'GET /api/backlog/plans/active': READ,
  'GET /api/backlog/plans/active/assignments': READ,
  'GET /api/backlog/burndown': MANAGE,
} as const satisfies PermissionTable;
