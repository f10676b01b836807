/**
 * `Idempotency-Key` on mutations: the first response (status + JSON body) is stored per ward, actor and key;
 * a retry gets the same response without running the command again; the same key with a different request
 * is refused. A placeholder row claims the key before the handler runs, so two concurrent retries cannot
 * both execute. A claim left unfinished for STALE_CLAIM (the process died mid-request) is taken over by the next
 * retry, which runs the command again: without that, the key would answer 409 for ever. The command may then
 * run twice if the first had committed before the crash (e.g. a second queue ticket), which beats never.
 */
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import { commonError } from '../../kernel/errors.ts';
import type { App, AppDeps } from '../../kernel/http.ts';

const MUTATIONS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const IN_PROGRESS = 0;
/** Longer than any request may run (uploads of 100 MB on a slow line included). */
const STALE_CLAIM = '10 minutes';

declare module 'fastify' {
  interface FastifyRequest {
    idempotency: { wardId: string; actorId: string; key: string } | null;
  }
}

export function registerIdempotency(app: App, deps: AppDeps): void {
  app.decorateRequest('idempotency', null);
  app.addHook('preHandler', async (req: FastifyRequest, reply: FastifyReply) => {
    const key = req.headers['idempotency-key'];
    if (typeof key !== 'string' || !MUTATIONS.has(req.method) || !req.actor) return;
    if (key.length < 1 || key.length > 200)
      throw commonError('VALIDATION_FAILED', { header: 'Idempotency-Key', reason: '1–200 characters' });
    const db = deps.database.db;
    const wardId = req.actor.wardId;
    const actorId = req.actor.id ?? 'system';
    const requestHash = createHash('sha256')
      .update(`${req.method} ${req.routeOptions.url} ${JSON.stringify(req.params)} ${JSON.stringify(req.body ?? null)}`)
      .digest('hex');
    const claimed = await sql<{ key: string }>`
      INSERT INTO idempotency_keys (ward_id, actor_id, key, request_hash, status_code)
      VALUES (${wardId}, ${actorId}, ${key}, ${requestHash}, ${IN_PROGRESS})
      ON CONFLICT (ward_id, actor_id, key) DO NOTHING RETURNING key`.execute(db);
    const takenOver =
      claimed.rows.length === 1
        ? claimed
        : await sql<{ key: string }>`
      UPDATE idempotency_keys SET created_at = now()
      WHERE ward_id = ${wardId} AND actor_id = ${actorId} AND key = ${key} AND request_hash = ${requestHash}
        AND status_code = ${IN_PROGRESS} AND created_at < now() - ${STALE_CLAIM}::interval
      RETURNING key`.execute(db);
    if (takenOver.rows.length === 1) {
      req.idempotency = { wardId, actorId, key };
      return;
    }
    const prior = await sql<{ request_hash: string; status_code: number; response: unknown }>`
      SELECT request_hash, status_code, response FROM idempotency_keys
      WHERE ward_id = ${wardId} AND actor_id = ${actorId} AND key = ${key}`.execute(db);
    const row = prior.rows[0];
    if (!row || row.request_hash !== requestHash) throw commonError('IDEMPOTENCY_KEY_REUSED');
    if (row.status_code === IN_PROGRESS)
      throw commonError('VERSION_CONFLICT', { reason: 'the first request with this key is still running' });
    reply.header('idempotent-replayed', 'true');
    return reply.status(row.status_code).send(row.response);
  });
  app.addHook('onSend', async (req: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    const claim = req.idempotency;
    if (!claim) return payload;
    req.idempotency = null;
    const db = deps.database.db;
    if (reply.statusCode >= 500) {
      await sql`DELETE FROM idempotency_keys WHERE ward_id = ${claim.wardId} AND actor_id = ${claim.actorId} AND key = ${claim.key}`.execute(
        db,
      );
      return payload;
    }
    let body: unknown = null;
    try {
      body = typeof payload === 'string' ? JSON.parse(payload) : null;
    } catch {
      body = null;
    }
    await sql`UPDATE idempotency_keys SET status_code = ${reply.statusCode}, response = ${JSON.stringify(body)}::jsonb
      WHERE ward_id = ${claim.wardId} AND actor_id = ${claim.actorId} AND key = ${claim.key}`.execute(db);
    return payload;
  });
}
