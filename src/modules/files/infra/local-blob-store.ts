/**
 * Content-addressed files on local disk: `<root>/<sha256[0..2]>/<sha256>`. Bytes are hashed while they are
 * written to `<root>/tmp/`, flushed to disk, then renamed into place (atomic: a reader never sees half a file).
 * Identical content ends at the same path, so it is stored once.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { filesError } from '../files.errors.ts';
import type { BlobStore, ByteSource } from './blob-store.ts';

const SHA256 = /^[0-9a-f]{64}$/;

export interface LocalBlobStore extends BlobStore {
  readonly root: string;
  /** Absolute path of a content (for operations and tests). */
  locate(sha256: string): string;
}

export function createLocalBlobStore(root: string): LocalBlobStore {
  const absolute = path.resolve(root);
  const locate = (sha256: string) => {
    if (!SHA256.test(sha256)) throw new Error(`not a sha256: ${sha256}`);
    return path.join(absolute, sha256.slice(0, 2), sha256);
  };
  return {
    kind: 'local',
    root: absolute,
    locate,
    async put(source: ByteSource, limits = {}) {
      const tmpDir = path.join(absolute, 'tmp');
      await mkdir(tmpDir, { recursive: true });
      const tmp = path.join(tmpDir, `${randomUUID()}.part`);
      const hash = createHash('sha256');
      let size = 0;
      const max = limits.maxBytes ?? Number.POSITIVE_INFINITY;
      async function* counted(input: AsyncIterable<Uint8Array>) {
        for await (const chunk of input) {
          size += chunk.byteLength;
          if (size > max) throw filesError('FILE_TOO_LARGE', { limitBytes: max });
          hash.update(chunk);
          yield chunk;
        }
      }
      const input = source instanceof Uint8Array ? Readable.from([source]) : source;
      try {
        await pipeline(counted(input), createWriteStream(tmp, { flush: true }));
        const sha256 = hash.digest('hex');
        const target = locate(sha256);
        await mkdir(path.dirname(target), { recursive: true });
        await rename(tmp, target); // same content: replacing it is harmless and heals a damaged copy
        return { sha256, size };
      } catch (e) {
        await rm(tmp, { force: true });
        throw e;
      }
    },
    async open(sha256: string) {
      const file = locate(sha256);
      if (!(await this.has(sha256))) throw filesError('FILE_CONTENT_MISSING', { sha256 });
      return createReadStream(file);
    },
    async has(sha256: string) {
      try {
        return (await stat(locate(sha256))).isFile();
      } catch {
        return false;
      }
    },
  };
}
