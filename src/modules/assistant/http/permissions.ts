import type { PermissionTable } from '../../../kernel/http.ts';

const REVIEWERS = ['admin', 'director', 'leader'] as const;
const EDITORS = ['admin', 'director'] as const;
const ISSUERS = ['admin', 'director', 'receiver', 'kiosk', 'robot'] as const;

export const assistantPermissions = {
  'POST /api/assistant/ask': 'public',
  'POST /api/assistant/questions/:id/feedback': 'public',
  'POST /api/assistant/ticket': ISSUERS,
  'GET /api/assistant/questions': REVIEWERS,
  'POST /api/assistant/questions/:id/dismiss': EDITORS,
  'GET /api/assistant/phrasings': REVIEWERS,
  'POST /api/assistant/phrasings': EDITORS,
  'DELETE /api/assistant/phrasings/:id': EDITORS,
} as const satisfies PermissionTable;
