/**
 * Stores an upload or a generated document: checks its type from the leading bytes, streams it into the
 * content-addressed store (hashing on the way, refusing it past the size limit) and records the ward's
 * metadata row with an audit entry.
 */
import type { Actor } from '../../../kernel/actor.ts';
import { recordAudit } from '../../../kernel/audit.ts';
import { type AnyDb, inTransaction, tablesOf } from '../../../kernel/db.ts';
import type { AllowedMediaType, FileKind, StoredFile } from '../contracts.ts';
import { cleanFileName, detectMediaType, SNIFF_BYTES } from '../domain/media-types.ts';
import { filesError } from '../files.errors.ts';
import type { BlobStore, ByteSource } from '../infra/blob-store.ts';
import type { FilesTables } from '../infra/tables.ts';
import { toStoredFile } from './read-file.ts';

export interface StoreFileInput {
  wardId: string;
  /** The content: bytes in memory, or a stream (an upload) read once. */
  bytes?: Uint8Array;
  stream?: AsyncIterable<Uint8Array>;
  name: string;
  /** What the client declared; the leading bytes decide, this only tells DOCX from XLSX. */
  mediaType: string;
  kind: FileKind;
  actor: Actor;
  requestId?: string | null;
  /** Refuse content larger than this (FILE_TOO_LARGE). */
  maxBytes?: number;
  now?: Date;
}

/** Passes the content through, deciding its media type from the first bytes before the rest flows. */
async function* typed(source: AsyncIterable<Uint8Array>, decide: (head: Uint8Array) => void) {
  let head = new Uint8Array(0);
  let decided = false;
  for await (const chunk of source) {
    if (decided) {
      yield chunk;
      continue;
    }
    const joined = new Uint8Array(head.byteLength + chunk.byteLength);
    joined.set(head);
    joined.set(chunk, head.byteLength);
    head = joined;
    if (head.byteLength >= SNIFF_BYTES) {
      decide(head);
      decided = true;
      yield head;
    }
  }
  if (!decided) {
    decide(head);
    if (head.byteLength > 0) yield head;
  }
}

export async function storeFile(db: AnyDb, store: BlobStore, input: StoreFileInput): Promise<StoredFile> {
  const name = cleanFileName(input.name);
  const source: ByteSource | undefined = input.bytes ?? input.stream;
  if (!source) throw filesError('FILE_PART_MISSING');
  let mediaType: AllowedMediaType | undefined;
  const content = typed(toAsync(source), (head) => {
    if (head.byteLength === 0) throw filesError('FILE_EMPTY');
    mediaType = detectMediaType(head, name, input.mediaType);
    if (!mediaType) throw filesError('FILE_TYPE_NOT_ALLOWED', { declared: input.mediaType, name });
  });
  const { sha256, size } = await store.put(content, { maxBytes: input.maxBytes });
  if (!mediaType) throw filesError('FILE_EMPTY');
  const detected = mediaType;
  const now = input.now ?? new Date();
  return inTransaction(db, async (tx) => {
    const row = await tablesOf<FilesTables>(tx)
      .insertInto('files')
      .values({
        ward_id: input.wardId,
        sha256,
        size_bytes: size,
        media_type: detected,
        original_name: name,
        kind: input.kind,
        uploaded_by_kind: input.actor.kind,
        uploaded_by_id: input.actor.id,
        uploaded_by_name: input.actor.name,
        created_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(
      tx,
      input.actor,
      input.requestId ?? null,
      { action: 'file.store', targetType: 'file', targetId: row.id, details: { sha256, size, mediaType: detected } },
      now,
    );
    return toStoredFile(row);
  });
}

async function* toAsync(source: ByteSource): AsyncIterable<Uint8Array> {
  if (source instanceof Uint8Array) yield source;
  else yield* source;
}
