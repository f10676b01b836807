/**
 * Who is calling, and may they? Runs on every request before the body is read:
 * 1. the actor from `Authorization: Bearer <token>` (kept a while per process, see TokenCache) or the session
 *    cookie;
 * 2. the permission matrix for the matched route (403 / 401 otherwise);
 * 3. CSRF for cookie-authenticated mutations (X-CSRF-Token must equal the session's token).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { commonError } from '../../kernel/errors.ts';
import { type App, type AppDeps, isAllowed } from '../../kernel/http.ts';
import { authenticateSession, SESSION_COOKIE, TokenCache } from '../../modules/identity/index.ts';
import { accessFor } from '../permissions.ts';

const MUTATIONS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function registerAuth(app: App, deps: AppDeps): void {
  app.decorateRequest('actor', null);
  const tokens = new TokenCache(deps.database, deps.clock);
  app.addHook('onReady', () => tokens.start());
  app.addHook('onClose', () => tokens.stop());
  app.addHook('onRequest', async (req: FastifyRequest, _reply: FastifyReply) => {
    const url = req.routeOptions.url;
    if (!url?.startsWith('/api/')) return; // static files, /metrics, 404s
    if (url.startsWith('/api/docs')) return; // OpenAPI UI is public
    const access = accessFor(req.method === 'HEAD' ? 'GET' : req.method, url);
    if (!access) throw commonError('FORBIDDEN', { reason: 'route missing from the permission matrix' });

    const db = deps.database.db;
    const authz = req.headers.authorization;
    if (authz) {
      const m = /^Bearer\s+(\S+)$/i.exec(authz);
      req.actor = m ? ((await tokens.authenticate(db, m[1] as string)) ?? null) : null;
      if (!req.actor) throw commonError('AUTH_REQUIRED', { reason: 'invalid bearer token' });
    } else {
      const cookie = req.cookies[SESSION_COOKIE];
      if (cookie) req.actor = (await authenticateSession(db, deps.clock, cookie)) ?? null;
    }
    if (access === 'public') return;
    if (!req.actor) throw commonError('AUTH_REQUIRED');
    if (!isAllowed(access, req.actor.kind === 'device' ? 'device' : 'staff', req.actor.roles))
      throw commonError('FORBIDDEN');
    if (req.actor.via === 'session' && MUTATIONS.has(req.method)) {
      if (req.headers['x-csrf-token'] !== req.actor.csrfToken) throw commonError('CSRF_FAILED');
    }
  });
}
