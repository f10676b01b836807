/**
 * Progress of running imports, in this process (the web page polls it; the CLI draws a bar from the callback).
 * Finished entries are kept for ten minutes so a last poll sees the outcome.
 */
import type { ImportProgress } from '../contracts.ts';

const running = new Map<string, ImportProgress & { expires?: number }>();
const KEEP_MS = 10 * 60_000;

export function setProgress(importId: string, p: Omit<ImportProgress, 'importId' | 'error'>): void {
  running.set(importId, { importId, error: null, ...p });
}

export function finishProgress(
  importId: string,
  p: Omit<ImportProgress, 'importId' | 'error'> & { error?: ImportProgress['error'] },
): void {
  running.set(importId, {
    importId,
    ...p,
    error: p.error ? { code: p.error.code, message: p.error.message, messageVi: p.error.messageVi } : null,
    expires: Date.now() + KEEP_MS,
  });
  for (const [id, entry] of running) if (entry.expires !== undefined && entry.expires < Date.now()) running.delete(id);
}

export function findProgress(importId: string): ImportProgress | undefined {
  const entry = running.get(importId);
  if (!entry) return undefined;
  const { expires: _, ...progress } = entry;
  return progress;
}
