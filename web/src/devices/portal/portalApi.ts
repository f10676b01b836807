/**
 * The portal's writes: a multipart upload (deviceApi speaks JSON only) and the submission with one
 * Idempotency-Key per filled form, so a retry after a lost answer gets the same dossier, never a second one.
 */
import type { z } from 'zod';
import { ApiError } from '../../app/api.ts';

async function send<S extends z.ZodType>(path: string, init: RequestInit, schema: S): Promise<z.infer<S>> {
  let res: Response;
  try {
    res = await fetch(path, { ...init, credentials: 'omit' });
  } catch {
    throw new ApiError(0, 'NETWORK', 'The server cannot be reached.', 'Không kết nối được máy chủ.');
  }
  let json: unknown;
  try {
    json = await res.json();
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
  return schema.parse(json);
}

export function uploadFile<S extends z.ZodType>(wardCode: string, file: File, schema: S): Promise<z.infer<S>> {
  const form = new FormData();
  form.append('file', file, file.name);
  return send(`/api/public/wards/${encodeURIComponent(wardCode)}/files`, { method: 'POST', body: form }, schema);
}

export function submitDossier<S extends z.ZodType>(
  wardCode: string,
  body: unknown,
  idempotencyKey: string,
  schema: S,
): Promise<z.infer<S>> {
  return send(
    `/api/public/wards/${encodeURIComponent(wardCode)}/dossiers`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'idempotency-key': idempotencyKey },
      body: JSON.stringify(body),
    },
    schema,
  );
}
