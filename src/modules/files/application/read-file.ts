/**
 * Reading files back, always ward-scoped and checksum-verified: a content that no longer matches the SHA-256
 * recorded at upload (damaged disk, tampering) is never served.
 */
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { RequestContext } from '../../../kernel/actor.ts';
import { recordAudit } from '../../../kernel/audit.ts';
import { type AnyDb, tablesOf } from '../../../kernel/db.ts';
import { StoredFile } from '../contracts.ts';
import { filesError } from '../files.errors.ts';
import type { BlobStore } from '../infra/blob-store.ts';
import type { FilesTables } from '../infra/tables.ts';

export function toStoredFile(row: {
  id: string;
  sha256: string;
  size_bytes: number;
  media_type: string;
  original_name: string;
  kind: string;
  created_at: Date | string;
}): StoredFile {
  return StoredFile.parse({
    id: row.id,
    sha256: row.sha256,
    size: Number(row.size_bytes),
    mediaType: row.media_type,
    name: row.original_name,
    kind: row.kind,
    createdAt: new Date(row.created_at).toISOString(),
  });
}

/** The metadata of a ward's file; FILE_NOT_FOUND for an unknown id or another ward's file. */
export async function getFileInfo(db: AnyDb, wardId: string, id: string): Promise<StoredFile> {
  const row = await tablesOf<FilesTables>(db)
    .selectFrom('files')
    .selectAll()
    .where('ward_id', '=', wardId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw filesError('FILE_NOT_FOUND', { id });
  return toStoredFile(row);
}

async function ensureIntact(store: BlobStore, file: StoredFile): Promise<void> {
  const hash = createHash('sha256');
  for await (const chunk of await store.open(file.sha256)) hash.update(chunk as Buffer);
  if (hash.digest('hex') !== file.sha256) throw filesError('FILE_CHECKSUM_MISMATCH', { id: file.id });
}

/** The whole content in memory, verified (for generating documents from attachments). */
export async function readFile(
  db: AnyDb,
  store: BlobStore,
  ref: { wardId: string; id: string },
): Promise<{ file: StoredFile; bytes: Buffer }> {
  const file = await getFileInfo(db, ref.wardId, ref.id);
  const chunks: Buffer[] = [];
  const hash = createHash('sha256');
  for await (const chunk of await store.open(file.sha256)) {
    hash.update(chunk as Buffer);
    chunks.push(chunk as Buffer);
  }
  if (hash.digest('hex') !== file.sha256) throw filesError('FILE_CHECKSUM_MISMATCH', { id: file.id });
  return { file, bytes: Buffer.concat(chunks) };
}

/**
 * A verified stream for a person's download: the content is hashed first, then streamed, so a mismatch is
 * a coded error instead of a truncated response. The read of personal data is audited.
 */
export async function openFile(
  db: AnyDb,
  store: BlobStore,
  ctx: RequestContext,
  id: string,
  now: Date = new Date(),
): Promise<{ file: StoredFile; stream: Readable }> {
  const file = await getFileInfo(db, ctx.actor.wardId, id);
  await ensureIntact(store, file);
  await recordAudit(db, ctx.actor, ctx.requestId, { action: 'file.read', targetType: 'file', targetId: id }, now);
  return { file, stream: await store.open(file.sha256) };
}
