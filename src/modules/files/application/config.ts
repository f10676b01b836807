/** Files settings from the environment (validated once at start). */
import path from 'node:path';
import { z } from 'zod';

const FilesEnv = z.object({
  UPLOAD_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(1024 * 1024 * 1024)
    .default(20 * 1024 * 1024),
});

export interface FilesConfig {
  /** Root of the local content-addressed store: DATA_DIR/files. */
  filesDir: string;
  /** Largest accepted upload (UPLOAD_LIMIT_BYTES, default 20 MB). */
  uploadLimitBytes: number;
}

export function loadFilesConfig(dataDir: string, env: NodeJS.ProcessEnv = process.env): FilesConfig {
  const clean = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const e = FilesEnv.parse(clean);
  return { filesDir: path.resolve(dataDir, 'files'), uploadLimitBytes: e.UPLOAD_LIMIT_BYTES };
}
