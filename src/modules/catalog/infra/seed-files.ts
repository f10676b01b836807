/** Reading seed files: plain or gzip-compressed JSON Lines, and their combined checksum. */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { catalogError } from '../catalog.errors.ts';

export const SEED_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../db/seeds/catalog');
export const DEFAULT_SEED_FILES = [
  path.join(SEED_DIR, 'ward-procedures.jsonl.gz'),
  path.join(SEED_DIR, 'national.jsonl.gz'),
];

export interface SeedFile {
  path: string;
  bytes: Buffer;
}

export async function readSeedFiles(files: readonly string[]): Promise<SeedFile[]> {
  return Promise.all(
    files.map(async (file) => {
      try {
        return { path: file, bytes: await readFile(file) };
      } catch (e) {
        throw catalogError('CATALOG_FILE_UNREADABLE', { file, reason: (e as Error).message });
      }
    }),
  );
}

/** SHA-256 over each file's name and bytes: the same files give the same checksum. */
export function checksumOf(files: readonly SeedFile[]): string {
  const h = createHash('sha256');
  for (const f of files) {
    h.update(path.basename(f.path));
    h.update('\0');
    h.update(f.bytes);
    h.update('\0');
  }
  return h.digest('hex');
}

export function textOf(file: SeedFile): string {
  try {
    const bytes = file.path.endsWith('.gz') ? gunzipSync(file.bytes) : file.bytes;
    return bytes.toString('utf8');
  } catch (e) {
    throw catalogError('CATALOG_FILE_MALFORMED', {
      file: file.path,
      line: 0,
      reason: `cannot decompress: ${(e as Error).message}`,
    });
  }
}
