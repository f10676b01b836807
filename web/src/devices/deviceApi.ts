/**
 * The HTTP client of the device and citizen pages: the same contract as app/api.ts (zod-checked JSON, coded
 * ApiError, Idempotency-Key on creates) but authenticated by a device's bearer token instead of a session
 * cookie, so no CSRF token is involved. Public pages call it without a token.
 */
import type { z } from 'zod';
import { ApiError } from '../app/api.ts';

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
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: options.token ? 'omit' : 'same-origin',
      body: options.body === undefined ? null : JSON.stringify(options.body),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, 'NETWORK', 'The server cannot be reached.', 'Không kết nối được máy chủ.');
  }
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  if (!res.ok) {
    const e = (json as { error?: Record<string, unknown> } | undefined)?.error;
    if (e && typeof e.code === 'string')
      throw new ApiError(res.status, e.code, String(e.message ?? e.code), String(e.messageVi ?? e.message ?? e.code));
    throw new ApiError(
      res.status,
      `HTTP_${res.status}`,
      `Request failed (${res.status}).`,
      `Yêu cầu thất bại (${res.status}).`,
    );
  }
  if (res.status === 204) return undefined as z.infer<S>;
  return options.schema ? options.schema.parse(json) : (json as z.infer<S>);
}
