/**
 * The one HTTP client of the web app: JSON in and out, responses checked with the shared zod contracts,
 * the CSRF token kept in memory (never in storage) and sent on every mutation, an idempotency key on creates.
 */
import type { z } from 'zod';

let csrfToken: string | null = null;

/** Set from Me after sign-in and after GET /api/auth/me on reload; cleared on sign-out. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** For requests that cannot go through api() (a multipart upload with progress). */
export function csrfHeaders(): Record<string, string> {
  return csrfToken ? { 'x-csrf-token': csrfToken } : {};
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly messageVi: string;
  readonly details: Record<string, unknown> | undefined;

  constructor(status: number, code: string, message: string, messageVi: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.messageVi = messageVi;
    this.details = details;
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface RequestOptions<S extends z.ZodType> {
  body?: unknown;
  /** The contract of the response; when omitted the body is returned unchecked. */
  schema?: S;
  /** Send an Idempotency-Key so that a retried create returns the first result. */
  idempotent?: boolean;
}

export async function api<S extends z.ZodType>(
  method: Method,
  path: string,
  options: RequestOptions<S> = {},
): Promise<z.infer<S>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  if (options.idempotent) headers['idempotency-key'] = crypto.randomUUID();
  const body = options.body === undefined ? null : JSON.stringify(options.body);
  return request(path, { method, headers, credentials: 'same-origin', body }, options.schema);
}

/**
 * One HTTP exchange for every client of the web app (console, devices, citizen pages): an unreachable server is
 * the coded NETWORK error (an abort stays an abort), an error answer becomes its coded ApiError, a success is
 * checked against `schema` (204 gives undefined).
 */
export async function request<S extends z.ZodType>(path: string, init: RequestInit, schema?: S): Promise<z.infer<S>> {
  let res: Response;
  try {
    res = await fetch(path, init);
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, 'NETWORK', 'The server cannot be reached.', 'Không kết nối được máy chủ.');
  }
  const text = await res.text();
  const json: unknown = text ? safeJson(text) : undefined;
  if (!res.ok) throw toApiError(res.status, json);
  if (res.status === 204) return undefined as z.infer<S>;
  return schema ? schema.parse(json) : (json as z.infer<S>);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function toApiError(status: number, body: unknown): ApiError {
  const e = (body as { error?: Record<string, unknown> } | undefined)?.error;
  if (e && typeof e.code === 'string') {
    return new ApiError(
      status,
      e.code,
      String(e.message ?? e.code),
      String(e.messageVi ?? e.message ?? e.code),
      (e.details as Record<string, unknown> | undefined) ?? undefined,
    );
  }
  return new ApiError(status, `HTTP_${status}`, `Request failed (${status}).`, `Yêu cầu thất bại (${status}).`);
}

/** The message for the UI language: messageVi in Vietnamese, message in English. */
export function errorMessage(e: unknown, lang: 'vi' | 'en'): string {
  if (e instanceof ApiError) return lang === 'vi' ? e.messageVi : e.message;
  if (e instanceof Error) return e.message;
  return String(e);
}

export function isApiError(e: unknown, status?: number): e is ApiError {
  return e instanceof ApiError && (status === undefined || e.status === status);
}
