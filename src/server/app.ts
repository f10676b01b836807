/**
 * The composition root: one Fastify app serving the API (/api), OpenAPI (/api/docs), metrics (/metrics)
 * and the built web app (/). Module routes are registered here and nowhere else.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import { commonError } from '../kernel/errors.ts';
import type { App, AppDeps } from '../kernel/http.ts';
import { registerAssistantRoutes } from '../modules/assistant/index.ts';
import { registerBacklogRoutes } from '../modules/backlog/index.ts';
import { registerCalendarRoutes } from '../modules/calendar/index.ts';
import { registerCatalogRoutes } from '../modules/catalog/index.ts';
import { convertLegacyDossier, registerDossierRoutes } from '../modules/dossiers/index.ts';
import { createLocalBlobStore, registerFilesRoutes } from '../modules/files/index.ts';
import { findPublicWard, registerIdentityRoutes } from '../modules/identity/index.ts';
import { registerNotifyRoutes } from '../modules/notify/index.ts';
import { registerQueueRoutes } from '../modules/queue/index.ts';
import type { Config } from './config.ts';
import { accessFor } from './permissions.ts';
import { registerAuth } from './plugins/auth.ts';
import { errorBody, registerErrorHandling } from './plugins/errors.ts';
import { registerIdempotency } from './plugins/idempotency.ts';
import { registerMetrics } from './plugins/metrics.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const WEB_DIST = path.join(ROOT, 'web/dist');

async function readVersion(): Promise<string> {
  const pkg = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

export interface BuildOptions {
  /** A pino logger; none in tests. */
  logger?: FastifyBaseLogger;
  /** Routes seen at registration, for the permission-matrix test. */
  onRouteSeen?: (method: string, url: string) => void;
}

export async function buildApp(
  deps: AppDeps,
  config: Pick<Config, 'bodyLimit' | 'cookieSecure' | 'files'> & Partial<Pick<Config, 'defaultWardCode' | 'publicUrl'>>,
  options: BuildOptions = {},
): Promise<App> {
  const app = Fastify({
    ...(options.logger ? { loggerInstance: options.logger } : { logger: false }),
    bodyLimit: config.bodyLimit,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    trustProxy: true,
    return503OnClosing: true,
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) return;
    for (const method of [route.method].flat()) {
      if (method === 'HEAD' || method === 'OPTIONS') continue;
      if (!accessFor(method, route.url))
        throw new Error(`Route ${method} ${route.url} is missing from the permission matrix`);
      options.onRouteSeen?.(method, route.url);
    }
  });
  app.addHook('onSend', async (req, reply, payload) => {
    reply.header('x-request-id', req.id);
    return payload;
  });

  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Một Cửa API',
        version: await readVersion(),
        description: 'Ward one-stop service center platform',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          session: { type: 'apiKey', in: 'cookie', name: 'motcua_session' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  registerErrorHandling(app);
  registerAuth(app, deps);
  registerIdempotency(app, deps);
  registerMetrics(app);

  const version = await readVersion();
  const Health = z.object({ status: z.literal('ok'), db: z.enum(['pglite', 'postgres']), version: z.string() });
  app.get('/api/health', { schema: { tags: ['operations'], response: { 200: Health } } }, async () => {
    await sql`SELECT 1`.execute(deps.database.db);
    return { status: 'ok' as const, db: deps.database.engine, version };
  });

  const secureCookie = (req: { protocol: string }) =>
    config.cookieSecure === 'auto' ? req.protocol === 'https' : config.cookieSecure === 'true';
  registerIdentityRoutes(app, deps, { secureCookie, defaultWardCode: config.defaultWardCode });
  registerQueueRoutes(app, deps);
  registerCalendarRoutes(app, deps);
  registerCatalogRoutes(app, deps);
  registerNotifyRoutes(app, deps);
  registerAssistantRoutes(app, deps, {
    resolvePublicWard: async (code) => (await findPublicWard(deps.database.db, code ?? config.defaultWardCode)).id,
  });
  const store = createLocalBlobStore(config.files.filesDir);
  await registerFilesRoutes(app, deps, { store, uploadLimitBytes: config.files.uploadLimitBytes });
  registerDossierRoutes(app, deps, { store, publicBaseUrl: config.publicUrl });
  // Starting work on a backlog item turns it into a live dossier that keeps its original code and dates.
  await registerBacklogRoutes(app, deps, {
    conversion: {
      convertLegacyDossier: (db, ctx, input) => convertLegacyDossier(db, ctx, input, { clock: deps.clock }),
    },
    store,
    workDir: path.join(path.dirname(config.files.filesDir), 'backlog-work'),
    uploadLimitBytes: 100 * 1024 * 1024,
  });

  const hasWeb = existsSync(path.join(WEB_DIST, 'index.html'));
  // The files of web/dist are registered at start (a rebuilt web/dist needs a restart); every other GET gets
  // index.html from the not-found handler below.
  if (hasWeb) await app.register(fastifyStatic, { root: WEB_DIST, wildcard: false, index: false });
  app.setNotFoundHandler(async (req, reply) => {
    if (req.url.startsWith('/api/') || req.method !== 'GET') {
      return reply
        .status(404)
        .send(errorBody(commonError('ROUTE_NOT_FOUND', { method: req.method, url: req.url.split('?')[0] })));
    }
    if (!hasWeb) return reply.status(404).type('text/plain').send('The web app is not built: run `npm run build:web`.');
    // Single-page app: every other GET gets index.html; hashed assets are cached for a year.
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
  return app;
}
