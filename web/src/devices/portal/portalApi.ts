/**
 * The portal's writes: a multipart upload (deviceApi speaks JSON only) and the submission with one
 * Idempotency-Key per filled form, so a retry after a lost answer gets the same dossier, never a second one.
 */
import type { z } from 'zod';
import { request } from '../../app/api.ts';

function send<S extends z.ZodType>(path: string, init: RequestInit, schema: S): Promise<z.infer<S>> {
  return request(path, { ...init, credentials: 'omit' }, schema);
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
