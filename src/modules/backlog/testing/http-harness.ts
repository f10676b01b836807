/**
 * A Fastify app with only the backlog routes, for HTTP tests before they are wired into src/server (modules may
 * not import the composition root): zod compilers, bearer-token auth checked against backlogPermissions, and the
 * same error body and status mapping as the server's error handler.
 */
import Fastify, { type FastifyError } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { systemActor } from '../../../kernel/actor.ts';
import type { Clock } from '../../../kernel/clock.ts';
import type { Database } from '../../../kernel/db.ts';
import { COMMON_ERRORS, DomainError, type ErrorKind, isDomainError } from '../../../kernel/errors.ts';
import { type App, isAllowed } from '../../../kernel/http.ts';
import type { BlobStore } from '../../files/index.ts';
import { authenticateToken, createToken } from '../../identity/index.ts';
import type { DossierConversion } from '../application/support.ts';
import { backlogPermissions } from '../http/permissions.ts';
import { registerBacklogRoutes } from '../http/routes.ts';

const STATUS: Record<ErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unsupported: 415,
  rule: 422,
  rate_limited: 429,
  unavailable: 503,
};
const common = (code: keyof typeof COMMON_ERRORS) => new DomainError(code, COMMON_ERRORS[code]);

function toError(err: unknown): DomainError {
  if (isDomainError(err)) return err;
  if (hasZodFastifySchemaValidationErrors(err)) return common('VALIDATION_FAILED');
  const code = (err as FastifyError).code;
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return common('UNSUPPORTED_MEDIA_TYPE');
  if (code === 'FST_ERR_CTP_INVALID_JSON_BODY' || code === 'FST_ERR_CTP_EMPTY_JSON_BODY')
    return common('MALFORMED_JSON');
  if (process.env.TEST_LOG) console.error(err);
  return common('INTERNAL');
}

export async function aBacklogApp(
  database: Database,
  clock: Clock,
  opts: { store: BlobStore; workDir: string; conversion?: DossierConversion },
): Promise<App> {
  const app = Fastify({ logger: false, bodyLimit: 1_048_576 }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (req) => {
    const access = (backlogPermissions as Record<string, unknown>)[`${req.method} ${req.routeOptions.url}`] as
      | Parameters<typeof isAllowed>[0]
      | undefined;
    if (!access) return;
    const m = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
    if (m) req.actor = (await authenticateToken(database.db, clock, m[1]!)) ?? null;
    if (access === 'public') return;
    if (!req.actor) throw common('AUTH_REQUIRED');
    if (!isAllowed(access, req.actor.kind, req.actor.roles)) throw common('FORBIDDEN');
  });
  app.setErrorHandler((err, _req, reply) => {
    const e = toError(err);
    const status = e.code === 'INTERNAL' ? 500 : STATUS[e.kind];
    return reply
      .status(status)
      .send({ error: { code: e.code, message: e.message, messageVi: e.messageVi, details: e.details } });
  });
  await registerBacklogRoutes(app, { database, clock }, opts);
  await app.ready();
  return app;
}

export async function aBearerFor(database: Database, wardId: string, staffId: string): Promise<string> {
  const created = await createToken(
    database.db,
    { actor: systemActor(wardId), requestId: null },
    { label: 'test', staffId },
  );
  return created.token;
}
