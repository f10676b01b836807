/**
 * Where file bytes live, addressed by their SHA-256. The local implementation writes under DATA_DIR/files;
 * an S3-compatible implementation (upload to a temporary key, then copy to `<sha256>`) can be added behind the
 * same interface. Stores do not verify reads: the application compares the checksum with the metadata.
 */
import type { Readable } from 'node:stream';

export type ByteSource = Uint8Array | AsyncIterable<Uint8Array>;

export interface BlobStore {
  readonly kind: 'local' | 's3';
  /** Stores the bytes once per distinct content; throws FILE_TOO_LARGE past `maxBytes` (nothing is kept). */
  put(source: ByteSource, limits?: { maxBytes?: number }): Promise<{ sha256: string; size: number }>;
  /** The stored bytes; throws FILE_CONTENT_MISSING when absent. */
  open(sha256: string): Promise<Readable>;
  has(sha256: string): Promise<boolean>;
}
