/**
 * HTTP routes of files: multipart upload and verified, ward-scoped download. @fastify/multipart is registered
 * inside this plugin's own encapsulated scope, so only these routes accept multipart bodies.
 */
import multipart from '@fastify/multipart';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { type App, type AppDeps, actorOf, contextOf } from '../../../kernel/http.ts';
import { openFile } from '../application/read-file.ts';
import { storeFile } from '../application/store-file.ts';
import { DownloadQuery, FileIdParam, StoredFile, UploadQuery } from '../contracts.ts';
import { filesError } from '../files.errors.ts';
import type { BlobStore } from '../infra/blob-store.ts';

export interface FilesRouteOptions {
  store: BlobStore;
  uploadLimitBytes: number;
}

const INLINE = new Set(['application/pdf', 'image/jpeg', 'image/png']);

/** `inline; filename="Giay khai sinh.pdf"; filename*=UTF-8''Gi%E1%BA%A5y…` */
export function contentDisposition(type: 'inline' | 'attachment', name: string): string {
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export async function registerFilesRoutes(app: App, deps: AppDeps, options: FilesRouteOptions): Promise<void> {
  const tags = ['files'];
  const limit = options.uploadLimitBytes;
  await app.register(async (scope) => {
    const s = scope.withTypeProvider<ZodTypeProvider>();
    // One byte past the limit reaches storeFile, which refuses it with FILE_TOO_LARGE.
    await s.register(multipart, {
      throwFileSizeLimit: false,
      limits: { fileSize: limit + 1, files: 1, fields: 10, parts: 11, fieldSize: 4096 },
    });

    s.post(
      '/api/files',
      { schema: { tags, consumes: ['multipart/form-data'], querystring: UploadQuery, response: { 201: StoredFile } } },
      async (req, reply) => {
        if (!req.isMultipart()) throw filesError('FILE_PART_MISSING', { contentType: req.headers['content-type'] });
        const part = await req.file();
        if (part?.fieldname !== 'file') throw filesError('FILE_PART_MISSING');
        const actor = actorOf(req);
        const stored = await storeFile(deps.database.db, options.store, {
          wardId: actor.wardId,
          stream: part.file,
          name: part.filename,
          mediaType: part.mimetype,
          kind: req.query.kind,
          actor,
          requestId: req.id,
          maxBytes: limit,
          now: deps.clock.now(),
        });
        return reply.status(201).send(stored);
      },
    );

    s.get(
      '/api/files/:id',
      { schema: { tags, params: FileIdParam, querystring: DownloadQuery } },
      async (req, reply) => {
        const { file, stream } = await openFile(
          deps.database.db,
          options.store,
          contextOf(req),
          req.params.id,
          deps.clock.now(),
        );
        const disposition = req.query.download === '1' || !INLINE.has(file.mediaType) ? 'attachment' : 'inline';
        return reply
          .header('content-type', file.mediaType)
          .header('content-length', file.size)
          .header('content-disposition', contentDisposition(disposition, file.name))
          .header('x-content-type-options', 'nosniff')
          .header('cache-control', 'private, no-store')
          .header('etag', `"${file.sha256}"`)
          .send(stream);
      },
    );
  });
}
