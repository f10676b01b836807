/**
 * The citizen's online submission (no login): files are uploaded first (each recorded as a portal upload), then
 * one submission names them with the procedure's checklist and the applicant. The dossier is registered with
 * channel `online` in status `submitted` (portal code 1), where it waits in the "to receive online" queue.
 * Each submission carries an Idempotency-Key: a retry with the same body gets the same dossier and code; as only
 * the secret's hash is kept, the retry's answer carries a newly issued secret (the first one stops working).
 */
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Actor } from '../../../kernel/actor.ts';
import { type AnyDb, inTransaction } from '../../../kernel/db.ts';
import { commonError } from '../../../kernel/errors.ts';
import { formatInstantVn } from '../../calendar/index.ts';
import { type Procedure, requiredDocumentsOf } from '../../catalog/index.ts';
import { type BlobStore, type StoredFile, storeFile } from '../../files/index.ts';
import { type IntakeResult, OnlineSubmission } from '../contracts.ts';
import { hashLookupSecret, newLookupSecret } from '../domain/codes.ts';
import { PORTAL_CODE } from '../domain/workflow.ts';
import { dossierError } from '../dossiers.errors.ts';
import { findDossierByCode, stateOfRecord } from '../infra/repository.ts';
import { registerDossier } from './intake.ts';
import type { DossierServices } from './support.ts';

/** Per client address and window: uploads and submissions (a family's dossier has a handful of files). */
export const PORTAL_POLICY = { windowMinutes: 60, uploads: 60, submissions: 10, uploadMaxAgeHours: 24 } as const;

/** Who acts on the portal: a citizen, named in the log as the applicant. */
export function citizenActor(wardId: string, name = 'Công dân (cổng trực tuyến)'): Actor {
  return { kind: 'citizen', id: null, name, wardId, roles: [] };
}

/** Counts one request of `kind` from `client`; RATE_LIMITED past the policy's number in the window. */
export async function ensureWithinPortalLimit(
  db: AnyDb,
  kind: 'upload' | 'submit',
  client: string,
  now: Date,
): Promise<void> {
  const max = kind === 'upload' ? PORTAL_POLICY.uploads : PORTAL_POLICY.submissions;
  const windowStart = new Date(now.getTime() - PORTAL_POLICY.windowMinutes * 60_000);
  const r = await sql<{ hits: number }>`
    INSERT INTO dossier_portal_throttle (key, hits, window_started_at) VALUES (${`${kind}:${client}`}, 1, ${now})
    ON CONFLICT (key) DO UPDATE SET
      hits = CASE WHEN dossier_portal_throttle.window_started_at < ${windowStart} THEN 1 ELSE dossier_portal_throttle.hits + 1 END,
      window_started_at = CASE WHEN dossier_portal_throttle.window_started_at < ${windowStart} THEN ${now} ELSE dossier_portal_throttle.window_started_at END
    RETURNING hits`.execute(db);
  if (Number(r.rows[0]?.hits ?? 0) > max)
    throw commonError('RATE_LIMITED', { limit: max, windowMinutes: PORTAL_POLICY.windowMinutes });
}

export interface PortalUpload {
  wardId: string;
  stream: AsyncIterable<Uint8Array>;
  name: string;
  mediaType: string;
  maxBytes: number;
  requestId: string | null;
}

/** Stores a citizen's file (type sniffed, size limited, SHA-256) and records it as a portal upload. */
export async function uploadPortalFile(
  db: AnyDb,
  store: BlobStore,
  input: PortalUpload,
  now: Date,
): Promise<StoredFile> {
  const stored = await storeFile(db, store, {
    ...input,
    kind: 'attachment',
    actor: citizenActor(input.wardId),
    now,
  });
  await sql`INSERT INTO dossier_portal_uploads (ward_id, file_id, uploaded_at)
    VALUES (${input.wardId}, ${stored.id}, ${now})`.execute(db);
  return stored;
}

/** Every required, unconditional document of the checklist needs an uploaded file. */
function checkOnlineDocuments(procedure: Procedure, documentIds: Set<string>): void {
  if (!procedure.channels.includes('online'))
    throw dossierError('DOSSIER_PROCEDURE_NOT_ONLINE', { procedureCode: procedure.code });
  const missing = requiredDocumentsOf(procedure.documents).filter(
    (d) => d.required && d.condition === null && !documentIds.has(d.id),
  );
  if (missing.length > 0)
    throw dossierError('DOSSIER_MISSING_DOCUMENTS', {
      missing: missing.map((m) => ({ documentId: m.id, name: m.name, kind: m.kind })),
    });
}

/** Marks each file as used by the dossier; refuses files not uploaded on the portal, used, or too old. */
async function claimUploads(tx: AnyDb, wardId: string, dossierId: string, fileIds: string[], now: Date) {
  const oldest = new Date(now.getTime() - PORTAL_POLICY.uploadMaxAgeHours * 3_600_000);
  for (const fileId of new Set(fileIds)) {
    const r = await sql`UPDATE dossier_portal_uploads SET dossier_id = ${dossierId}
      WHERE ward_id = ${wardId} AND file_id = ${fileId} AND dossier_id IS NULL AND uploaded_at >= ${oldest}`.execute(
      tx,
    );
    if (Number(r.numAffectedRows ?? 0) !== 1) throw dossierError('DOSSIER_FILE_NOT_FOUND', { fileId });
  }
}

export interface OnlineSubmissionInput {
  wardId: string;
  body: OnlineSubmission;
  idempotencyKey: string | undefined;
  requestId: string | null;
}

export async function submitOnline(
  db: AnyDb,
  input: OnlineSubmissionInput,
  services: DossierServices,
): Promise<IntakeResult & { replayed: boolean }> {
  const key = input.idempotencyKey?.trim();
  if (!key || key.length < 8 || key.length > 200)
    throw commonError('VALIDATION_FAILED', { header: 'Idempotency-Key', reason: '8–200 characters, required' });
  const parsed = OnlineSubmission.safeParse(input.body);
  if (!parsed.success) throw commonError('VALIDATION_FAILED', { issues: parsed.error.issues });
  const body = parsed.data;
  const wardId = input.wardId;
  const requestHash = createHash('sha256').update(JSON.stringify(body)).digest('hex');
  const now = services.clock.now();
  const ctx = { actor: citizenActor(wardId), requestId: input.requestId };

  return inTransaction(db, async (tx) => {
    // Claim the key first: a concurrent retry waits here on the row and then replays.
    const claimed = await sql<{ dossier_id: string }>`
      SELECT dossier_id FROM dossier_online_submissions WHERE ward_id = ${wardId} AND idempotency_key = ${key}
      FOR UPDATE`.execute(tx);
    const prior = claimed.rows[0];
    if (prior) return replay(tx, wardId, key, requestHash, now);
    const result = await registerDossier(
      tx,
      ctx,
      {
        procedureCode: body.procedureCode,
        channel: 'online',
        applicant: body.applicant,
        ...(body.proxy ? { proxy: body.proxy } : {}),
        documents: body.documents.map((d) => ({
          ...(d.documentId ? { documentId: d.documentId } : {}),
          name: d.name,
          kind: 'copy' as const,
          count: 1,
          fileId: d.fileId,
        })),
        outcome: 'submit',
      },
      services,
      (procedure) =>
        checkOnlineDocuments(procedure, new Set(body.documents.flatMap((d) => (d.documentId ? [d.documentId] : [])))),
    );
    const row = await findDossierByCode(tx, wardId, result.code);
    if (!row) throw dossierError('DOSSIER_NOT_FOUND');
    await claimUploads(
      tx,
      wardId,
      row.id,
      body.documents.map((d) => d.fileId),
      now,
    );
    const inserted = await sql`
      INSERT INTO dossier_online_submissions (ward_id, idempotency_key, request_hash, dossier_id, created_at)
      VALUES (${wardId}, ${key}, ${requestHash}, ${row.id}, ${now}) ON CONFLICT DO NOTHING`.execute(tx);
    // Lost a race with the same key: this transaction's dossier (and its code number) is rolled back.
    if (Number(inserted.numAffectedRows ?? 0) !== 1) throw commonError('VERSION_CONFLICT', { idempotencyKey: key });
    return { ...result, replayed: false };
  });
}

async function replay(
  tx: AnyDb,
  wardId: string,
  key: string,
  requestHash: string,
  now: Date,
): Promise<IntakeResult & { replayed: boolean }> {
  const r = await sql<{ request_hash: string; code: string }>`
    SELECT s.request_hash, d.code FROM dossier_online_submissions s
    JOIN dossiers d ON d.ward_id = s.ward_id AND d.id = s.dossier_id
    WHERE s.ward_id = ${wardId} AND s.idempotency_key = ${key}`.execute(tx);
  const prior = r.rows[0];
  if (!prior || prior.request_hash !== requestHash) throw commonError('IDEMPOTENCY_KEY_REUSED');
  const secret = newLookupSecret();
  await sql`UPDATE dossiers SET lookup_secret_hash = ${hashLookupSecret(secret)}, updated_at = ${now}
    WHERE ward_id = ${wardId} AND code = ${prior.code}`.execute(tx);
  const record = await findDossierByCode(tx, wardId, prior.code);
  if (!record) throw dossierError('DOSSIER_NOT_FOUND');
  const s = stateOfRecord(record);
  return {
    code: prior.code,
    status: s.status,
    statusCode: PORTAL_CODE[s.status],
    appointmentAt: s.appointmentAt ? formatInstantVn(new Date(s.appointmentAt)) : null,
    lookupSecret: secret,
    version: s.version,
    replayed: true,
  };
}
