/**
 * The citizen portal's routes (no login): procedures offered online, file upload (multipart, size and type
 * limits, SHA-256) and the online submission (Idempotency-Key). Both writes are limited per client address.
 * @fastify/multipart is registered in this plugin's own encapsulated scope, so only the upload accepts it.
 */
import multipart from '@fastify/multipart';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { App, AppDeps } from '../../../kernel/http.ts';
import { filesError, StoredFile } from '../../files/index.ts';
import { findWardByCode, identityError, WardCode } from '../../identity/index.ts';
import { ensureWithinPortalLimit, submitOnline, uploadPortalFile } from '../application/online.ts';
import { getPortalProcedure, searchPortalProcedures } from '../application/portal-catalog.ts';
import type { DossierServices } from '../application/support.ts';
import {
  IntakeResult,
  OnlineSubmission,
  PortalProcedure,
  PortalProcedureHit,
  PortalSearchQuery,
} from '../contracts.ts';

/** Largest file a citizen may upload (the staff limit, UPLOAD_LIMIT_BYTES, may be larger). */
export const PORTAL_UPLOAD_LIMIT_BYTES = 10 * 1024 * 1024;

const WardParam = z.strictObject({ wardCode: WardCode });
const ProcedureParam = z.strictObject({ code: z.string().trim().min(1).max(100) });

export function registerPublicDossierRoutes(app: App, deps: AppDeps, services: DossierServices): void {
  const tags = ['dossiers', 'public'];
  const db = () => deps.database.db;
  const now = () => deps.clock.now();
  const wardIdOf = async (code: string) => {
    const ward = await findWardByCode(db(), code);
    if (!ward) throw identityError('WARD_NOT_FOUND');
    return ward.id;
  };

  app.get(
    '/api/public/portal/procedures',
    { schema: { tags, querystring: PortalSearchQuery, response: { 200: z.array(PortalProcedureHit) } } },
    async (req) => searchPortalProcedures(db(), req.query.q || undefined),
  );
  app.get(
    '/api/public/portal/procedures/:code',
    { schema: { tags, params: ProcedureParam, response: { 200: PortalProcedure } } },
    async (req) => getPortalProcedure(db(), req.params.code),
  );
  app.post(
    '/api/public/wards/:wardCode/dossiers',
    { schema: { tags, params: WardParam, body: OnlineSubmission, response: { 201: IntakeResult } } },
    async (req, reply) => {
      const wardId = await wardIdOf(req.params.wardCode);
      await ensureWithinPortalLimit(db(), 'submit', req.ip, now());
      const key = req.headers['idempotency-key'];
      const { replayed, ...result } = await submitOnline(
        db(),
        { wardId, body: req.body, idempotencyKey: typeof key === 'string' ? key : undefined, requestId: req.id },
        services,
      );
      if (replayed) reply.header('idempotent-replayed', 'true');
      return reply.header('cache-control', 'no-store').status(201).send(result);
    },
  );

  void app.register(async (scope) => {
    const s = scope.withTypeProvider<ZodTypeProvider>();
    await s.register(multipart, {
      throwFileSizeLimit: false,
      limits: { fileSize: PORTAL_UPLOAD_LIMIT_BYTES + 1, files: 1, fields: 2, parts: 3, fieldSize: 1024 },
    });
    s.post(
      '/api/public/wards/:wardCode/files',
      { schema: { tags, params: WardParam, consumes: ['multipart/form-data'], response: { 201: StoredFile } } },
      async (req, reply) => {
        if (!req.isMultipart()) throw filesError('FILE_PART_MISSING', { contentType: req.headers['content-type'] });
        const wardId = await wardIdOf(req.params.wardCode);
        const store = services.store;
        if (!store) throw filesError('FILE_PART_MISSING', { reason: 'no file store configured' });
        await ensureWithinPortalLimit(db(), 'upload', req.ip, now());
        const part = await req.file();
        if (part?.fieldname !== 'file') throw filesError('FILE_PART_MISSING');
        const stored = await uploadPortalFile(
          db(),
          store,
          {
            wardId,
            stream: part.file,
            name: part.filename,
            mediaType: part.mimetype,
            maxBytes: PORTAL_UPLOAD_LIMIT_BYTES,
            requestId: req.id,
          },
          now(),
        );
        return reply.status(201).send(stored);
      },
    );
  });
}
