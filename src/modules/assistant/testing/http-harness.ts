/**
 * An HTTP app with only the assistant routes, for tests before the server wires them (modules may not import
 * the composition root, so test files pass the server's error handling in): zod compilers, bearer-token auth
 * checked against assistantPermissions, public callers resolved to a ward by code or the only ward.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import type { Clock } from '../../../kernel/clock.ts';
import type { Database } from '../../../kernel/db.ts';
import { commonError } from '../../../kernel/errors.ts';
import { type App, isAllowed, type PermissionTable } from '../../../kernel/http.ts';
import { authenticateToken, identityError } from '../../identity/index.ts';
import { assistantPermissions } from '../http/permissions.ts';
import { registerAssistantRoutes } from '../http/routes.ts';

export interface ServerPlugins {
  registerErrorHandling(app: App): void;
}

const PERMISSIONS: PermissionTable = assistantPermissions;

/** The ward named by code, else the only ward (the server uses identity's findPublicWard the same way). */
export async function resolveWardForTests(database: Database, code: string | undefined): Promise<string> {
  const rows = code
    ? await sql<{ id: string }>`SELECT id FROM wards WHERE code = ${code}`.execute(database.db)
    : await sql<{ id: string }>`SELECT id FROM wards ORDER BY code LIMIT 2`.execute(database.db);
  if (rows.rows.length !== 1) throw identityError('WARD_NOT_FOUND', { code });
  return rows.rows[0]?.id as string;
}

export async function createAssistantTestApp(server: ServerPlugins, database: Database, clock: Clock): Promise<App> {
  const app = Fastify({
    logger: false,
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  server.registerErrorHandling(app);
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (req) => {
    const access = PERMISSIONS[`${req.method} ${req.routeOptions.url}`];
    if (!access) throw commonError('FORBIDDEN', { reason: 'route missing from the permission matrix' });
    const m = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
    if (req.headers.authorization) {
      req.actor = m ? ((await authenticateToken(database.db, clock, m[1] as string)) ?? null) : null;
      if (!req.actor) throw commonError('AUTH_REQUIRED');
    }
    if (access === 'public') return;
    if (!req.actor) throw commonError('AUTH_REQUIRED');
    if (!isAllowed(access, req.actor.kind === 'device' ? 'device' : 'staff', req.actor.roles))
      throw commonError('FORBIDDEN');
  });
  registerAssistantRoutes(
    app,
    { database, clock },
    { resolvePublicWard: (code) => resolveWardForTests(database, code) },
  );
  await app.ready();
  return app;
}

export async function closeApp(app: App): Promise<void> {
  await (app as unknown as FastifyInstance).close();
}
