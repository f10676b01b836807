/**
 * The citizen's status lookup (no login): the code and the secret printed on the receipt. A wrong secret and an
 * unknown code get the same answer after the same work (one hash, one throttle write), and failures per client
 * address are limited.
 */
import { timingSafeEqual } from 'node:crypto';
import { sql } from 'kysely';
import type { AnyDb } from '../../../kernel/db.ts';
import { formatInstantVn } from '../../calendar/index.ts';
import { findProcedure } from '../../catalog/index.ts';
import type { PublicStatus } from '../contracts.ts';
import { hashLookupSecret, initialsOf, parseDossierCode } from '../domain/codes.ts';
import { ACTION_LABEL, PORTAL_CODE, STATUS_LABEL } from '../domain/workflow.ts';
import { dossierError } from '../dossiers.errors.ts';
import { listActions, stateOfRecord } from '../infra/repository.ts';
import { loadCalendarAround, remainingOf } from './support.ts';

export const LOOKUP_POLICY = { maxFailures: 10, windowMinutes: 15 } as const;
const DUMMY_HASH = hashLookupSecret('not-a-secret');

async function ensureNotThrottled(db: AnyDb, key: string, now: Date): Promise<void> {
  const r = await sql<{ failures: number; window_started_at: Date }>`
    SELECT failures, window_started_at FROM dossier_lookup_throttle WHERE key = ${key}`.execute(db);
  const row = r.rows[0];
  const windowMs = LOOKUP_POLICY.windowMinutes * 60_000;
  if (
    row &&
    now.getTime() - new Date(row.window_started_at).getTime() < windowMs &&
    row.failures >= LOOKUP_POLICY.maxFailures
  )
    throw dossierError('DOSSIER_LOOKUP_RATE_LIMITED');
}

async function recordFailure(db: AnyDb, key: string, now: Date): Promise<void> {
  const windowStart = new Date(now.getTime() - LOOKUP_POLICY.windowMinutes * 60_000);
  await sql`
    INSERT INTO dossier_lookup_throttle (key, failures, window_started_at) VALUES (${key}, 1, ${now})
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN dossier_lookup_throttle.window_started_at < ${windowStart} THEN 1 ELSE dossier_lookup_throttle.failures + 1 END,
      window_started_at = CASE WHEN dossier_lookup_throttle.window_started_at < ${windowStart} THEN ${now} ELSE dossier_lookup_throttle.window_started_at END`.execute(
    db,
  );
}

function sameHash(a: string, b: string): boolean {
  return timingSafeEqual(Buffer.from(a, 'hex'), Buffer.from(b, 'hex'));
}

export async function lookupDossierStatus(
  db: AnyDb,
  input: { code: string; secret: string; clientKey: string },
  now: Date,
): Promise<PublicStatus> {
  const key = `ip:${input.clientKey}`;
  await ensureNotThrottled(db, key, now);
  const given = hashLookupSecret(input.secret);
  const agency = parseDossierCode(input.code)?.agencyEid ?? '';
  // The code names its agency: the ward is found through it, so the query stays scoped to one ward.
  const r = await sql<Record<string, unknown> & { ward_id: string; id: string; lookup_secret_hash: string }>`
    SELECT d.* FROM dossiers d JOIN wards w ON w.id = d.ward_id
    WHERE w.agency_eid = ${agency} AND d.ward_id = w.id AND d.code = ${input.code}`.execute(db);
  const row = r.rows[0];
  const ok = sameHash(row?.lookup_secret_hash ?? DUMMY_HASH, given) && !!row;
  if (!ok || !row) {
    await recordFailure(db, key, now);
    throw dossierError('DOSSIER_LOOKUP_FAILED');
  }
  const record = row as unknown as Parameters<typeof stateOfRecord>[0];
  const s = stateOfRecord(record);
  const calendar = await loadCalendarAround(db, row.ward_id, now);
  const actions = await listActions(db, row.ward_id, row.id);
  return {
    code: record.code,
    procedureName: record.procedure_name,
    procedureNameEn: (await findProcedure(db, record.procedure_id))?.nameEn ?? null,
    status: s.status,
    statusCode: PORTAL_CODE[s.status],
    statusLabel: STATUS_LABEL[s.status],
    applicantInitials: initialsOf(record.applicant_name),
    receivedAt: s.receivedAt ? formatInstantVn(new Date(s.receivedAt)) : null,
    appointmentAt: s.appointmentAt ? formatInstantVn(new Date(s.appointmentAt)) : null,
    remaining: remainingOf(calendar, s, now),
    steps: actions.map((a) => ({ label: ACTION_LABEL[a.type], at: formatInstantVn(new Date(a.at)) })),
  };
}
