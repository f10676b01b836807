/**
 * The HTTP client of the device and citizen pages: the same contract as app/api.ts (zod-checked JSON, coded
 * ApiError, Idempotency-Key on creates) but authenticated by a device's bearer token instead of a session
 * cookie, so no CSRF token is involved. Public pages call it without a token.
 */
import type { z } from 'zod';
import { request } from '../app/api.ts';

interface DeviceRequest<S extends z.ZodType> {
  token?: string | null;
  body?: unknown;
  schema?: S;
  idempotent?: boolean;
  signal?: AbortSignal;
}

export async function deviceApi<S extends z.ZodType>(
  method: 'GET' | 'POST',
  path: string,
  options: DeviceRequest<S> = {},
): Promise<z.infer<S>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.idempotent) headers['idempotency-key'] = crypto.randomUUID();
  const init: RequestInit = {
    method,
    headers,
    credentials: options.token ? 'omit' : 'same-origin',
    body: options.body === undefined ? null : JSON.stringify(options.body),
    ...(options.signal ? { signal: options.signal } : {}),
  };
  return request(path, init, options.schema);
}
