/**
 * Append-only audit log (table audit_log, created with identity's tables), hash-chained per ward. It lives in
 * the kernel because every module records its mutations and personal-data reads here. `recordAudit` must run inside the transaction of the change
 * it records; a per-ward advisory lock keeps the chain gapless when several processes write at once.
 */

import type { ColumnType } from 'kysely';
import { sql } from 'kysely';
import type { Actor } from './actor.ts';
import { type AuditContent, auditHash, GENESIS_HASH } from './audit-hash.ts';
import { type AnyDb, inTransaction, tablesOf } from './db.ts';

interface AuditTables {
  audit_log: {
    ward_id: string;
    seq: number;
    at: Date;
    actor_kind: 'staff' | 'device' | 'system' | 'citizen';
    actor_id: string | null;
    actor_name: string | null;
    action: string;
    target_type: string | null;
    target_id: string | null;
    request_id: string | null;
    details: ColumnType<Record<string, unknown>, string, string>;
    prev_hash: string;
    hash: string;
  };
}

export interface AuditEntry {
  seq: number;
  at: string;
  actorKind: string;
  actorName: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  requestId: string | null;
  details: Record<string, unknown>;
}

export interface AuditEvent {
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  details?: Record<string, unknown>;
}

export async function recordAudit(
  db: AnyDb,
  actor: Actor,
  requestId: string | null,
  event: AuditEvent,
  at: Date = new Date(),
): Promise<void> {
  await inTransaction(db, async (tx) => {
    await sql`SELECT pg_advisory_xact_lock(hashtext(${`audit:${actor.wardId}`}))`.execute(tx);
    const t = tablesOf<AuditTables>(tx);
    const last = await t
      .selectFrom('audit_log')
      .select(['seq', 'hash'])
      .where('ward_id', '=', actor.wardId)
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    const when = new Date(Math.floor(at.getTime()));
    const content: AuditContent = {
      wardId: actor.wardId,
      seq: (last?.seq ?? 0) + 1,
      at: when.toISOString(),
      actorKind: actor.kind,
      actorId: actor.id,
      actorName: actor.name,
      action: event.action,
      targetType: event.targetType ?? null,
      targetId: event.targetId ?? null,
      requestId,
      details: event.details ?? {},
    };
    const prevHash = last?.hash ?? GENESIS_HASH;
    await t
      .insertInto('audit_log')
      .values({
        ward_id: content.wardId,
        seq: content.seq,
        at: when,
        actor_kind: actor.kind,
        actor_id: content.actorId,
        actor_name: content.actorName,
        action: content.action,
        target_type: content.targetType,
        target_id: content.targetId,
        request_id: requestId,
        details: JSON.stringify(content.details),
        prev_hash: prevHash,
        hash: auditHash(prevHash, content),
      })
      .execute();
  });
}

export interface AuditVerification {
  wardId: string;
  rows: number;
  ok: boolean;
  /** First row whose prev_hash or hash does not match, if any. */
  brokenAt?: { seq: number; reason: 'prev_hash' | 'hash' | 'gap' };
}

/** Walks a ward's chain in order and reports the first broken link. */
export async function verifyAuditChain(db: AnyDb, wardId: string): Promise<AuditVerification> {
  const t = tablesOf<AuditTables>(db);
  let prev = GENESIS_HASH;
  let expectedSeq = 1;
  let rows = 0;
  const pageSize = 5000;
  for (;;) {
    const from = expectedSeq - 1;
    const page = await t
      .selectFrom('audit_log')
      .selectAll()
      .where('ward_id', '=', wardId)
      .where('seq', '>', from)
      .orderBy('seq')
      .limit(pageSize)
      .execute();
    for (const r of page) {
      rows++;
      if (r.seq !== expectedSeq) return { wardId, rows, ok: false, brokenAt: { seq: r.seq, reason: 'gap' } };
      if (r.prev_hash !== prev) return { wardId, rows, ok: false, brokenAt: { seq: r.seq, reason: 'prev_hash' } };
      const content: AuditContent = {
        wardId: r.ward_id,
        seq: r.seq,
        at: new Date(r.at).toISOString(),
        actorKind: r.actor_kind,
        actorId: r.actor_id,
        actorName: r.actor_name,
        action: r.action,
        targetType: r.target_type,
        targetId: r.target_id,
        requestId: r.request_id,
        details: r.details,
      };
      if (auditHash(prev, content) !== r.hash)
        return { wardId, rows, ok: false, brokenAt: { seq: r.seq, reason: 'hash' } };
      prev = r.hash;
      expectedSeq++;
    }
    if (page.length < pageSize) break;
  }
  return { wardId, rows, ok: true };
}

export async function listAudit(
  db: AnyDb,
  wardId: string,
  opts: { limit: number; beforeSeq?: number | undefined },
): Promise<AuditEntry[]> {
  let q = tablesOf<AuditTables>(db)
    .selectFrom('audit_log')
    .selectAll()
    .where('ward_id', '=', wardId)
    .orderBy('seq', 'desc')
    .limit(opts.limit);
  if (opts.beforeSeq !== undefined) q = q.where('seq', '<', opts.beforeSeq);
  const rows = await q.execute();
  return rows.map((r) => ({
    seq: r.seq,
    at: new Date(r.at).toISOString(),
    actorKind: r.actor_kind,
    actorName: r.actor_name,
    action: r.action,
    targetType: r.target_type,
    targetId: r.target_id,
    requestId: r.request_id,
    details: r.details,
  }));
}
