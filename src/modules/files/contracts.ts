/** Files contracts shared by the API and the web app. */
import { z } from 'zod';

export const FileKind = z.enum(['attachment', 'scan', 'generated-form']);
export type FileKind = z.infer<typeof FileKind>;

export const AllowedMediaType = z.enum([
  'application/pdf',
  'image/jpeg',
  'image/png',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
]);
export type AllowedMediaType = z.infer<typeof AllowedMediaType>;

export const StoredFile = z.object({
  id: z.uuid(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().min(0),
  mediaType: AllowedMediaType,
  name: z.string(),
  kind: FileKind,
  createdAt: z.iso.datetime(),
});
export type StoredFile = z.infer<typeof StoredFile>;

export const UploadQuery = z.strictObject({ kind: FileKind.default('attachment') });
export const FileIdParam = z.strictObject({ id: z.uuid() });
export const DownloadQuery = z.strictObject({ download: z.enum(['0', '1']).optional() });
