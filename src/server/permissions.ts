/**
 * The permission matrix: one declarative table of which role may call which endpoint. Every /api route must
 * appear here (the server refuses to start otherwise) and a test walks every route × every role against it.
 * Modules contribute their rows from their own http/permissions.ts; this file only assembles them.
 */

import type { PermissionTable } from '../kernel/http.ts';
import { assistantPermissions } from '../modules/assistant/index.ts';
import { backlogPermissions } from '../modules/backlog/index.ts';
import { calendarPermissions } from '../modules/calendar/index.ts';
import { catalogPermissions } from '../modules/catalog/index.ts';
import { dossierPermissions } from '../modules/dossiers/index.ts';
import { filesPermissions } from '../modules/files/index.ts';
import { identityPermissions } from '../modules/identity/index.ts';
import { notifyPermissions } from '../modules/notify/index.ts';
import { queuePermissions } from '../modules/queue/index.ts';

export const PERMISSIONS: PermissionTable = {
  'GET /api/health': 'public',
  ...identityPermissions,
  ...calendarPermissions,
  ...catalogPermissions,
  ...notifyPermissions,
  ...filesPermissions,
  ...queuePermissions,
  ...dossierPermissions,
  ...assistantPermissions,
  ...backlogPermissions,
};

export function accessFor(method: string, url: string) {
  return PERMISSIONS[`${method} ${url}`];
}
