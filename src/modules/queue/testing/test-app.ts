/**
 * An HTTP test app for the queue before the server wires it: the same compilers, error handler,
 * idempotency plugin and auth rules as src/server/app.ts, with identity's and the queue's permission rows.
 * Once registerQueueRoutes is in buildApp, tests can move to src/server/testing/test-app.ts unchanged.
 * Module code may not import src/server, so the test files pass the server's plugins in (`ServerPlugins`).
 */
import cookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { fixedClock } from '../../../kernel/clock.ts';
import type { Database } from '../../../kernel/db.ts';
import { commonError, type DomainError } from '../../../kernel/errors.ts';
import { type App, type AppDeps, isAllowed, type PermissionTable } from '../../../kernel/http.ts';
import { createTestDatabase } from '../../../kernel/testing/test-database.ts';
import { authenticateSession, authenticateToken, identityPermissions, SESSION_COOKIE } from '../../identity/index.ts';
import { queuePermissions } from '../http/permissions.ts';
import { registerQueueRoutes } from '../http/routes.ts';
import type { StreamOptions } from '../http/stream.ts';

export const PERMISSIONS: PermissionTable = { ...identityPermissions, ...queuePermissions };

export interface QueueTestApp {
  app: App;
  database: Database;
  clock: ReturnType<typeof fixedClock>;
  routes: Array<{ method: string; url: string }>;
  close(): Promise<void>;
}

/** Monday 2 March 2026, 08:00 in Ho Chi Minh City. */
export const MONDAY_8AM = new Date('2026-03-02T01:00:00Z');

/** The server plugins the harness needs; test files import them from src/server/plugins. */
export interface ServerPlugins {
  registerErrorHandling(app: App): void;
  registerIdempotency(app: App, deps: AppDeps): void;
  errorBody(e: DomainError): unknown;
}

export async function createQueueTestApp(
  server: ServerPlugins,
  opts: { stream?: StreamOptions; database?: Database } = {},
): Promise<QueueTestApp> {
  const database = opts.database ?? (await createTestDatabase());
  const clock = fixedClock(MONDAY_8AM);
  const deps = { database, clock };
  const routes: Array<{ method: string; url: string }> = [];
  const app = Fastify({
    logger: false,
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat())
      if (method !== 'HEAD' && method !== 'OPTIONS' && route.url.startsWith('/api/'))
        routes.push({ method, url: route.url });
  });
  await app.register(cookie);
  server.registerErrorHandling(app);
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (req) => {
    const url = req.routeOptions.url;
    if (!url?.startsWith('/api/')) return;
    const access = PERMISSIONS[`${req.method === 'HEAD' ? 'GET' : req.method} ${url}`];
    if (!access) throw commonError('FORBIDDEN', { reason: 'route missing from the permission matrix' });
    const authz = req.headers.authorization;
    if (authz) {
      const m = /^Bearer\s+(\S+)$/i.exec(authz);
      req.actor = m ? ((await authenticateToken(database.db, clock, m[1] as string)) ?? null) : null;
      if (!req.actor) throw commonError('AUTH_REQUIRED');
    } else {
      const c = req.cookies[SESSION_COOKIE];
      if (c) req.actor = (await authenticateSession(database.db, clock, c)) ?? null;
    }
    if (access === 'public') return;
    if (!req.actor) throw commonError('AUTH_REQUIRED');
    if (!isAllowed(access, req.actor.kind === 'device' ? 'device' : 'staff', req.actor.roles))
      throw commonError('FORBIDDEN');
  });
  server.registerIdempotency(app, deps);
  registerQueueRoutes(app, deps, opts.stream);
  app.setNotFoundHandler(async (req, reply) =>
    reply.status(404).send(server.errorBody(commonError('ROUTE_NOT_FOUND', { method: req.method, url: req.url }))),
  );
  await app.ready();
  return {
    app,
    database,
    clock,
    routes,
    async close() {
      await (app as unknown as FastifyInstance).close();
      if (!opts.database) await database.close();
    },
  };
}
