/** HTTP routes of dossiers: intake, lists and work queues, actions, forms and the register, public lookup. */
import { z } from 'zod';
import { type App, type AppDeps, actorOf, contextOf } from '../../../kernel/http.ts';
import { formatInstantVn } from '../../calendar/index.ts';
import type { BlobStore } from '../../files/index.ts';
import { actOnDossier } from '../application/act.ts';
import { attachFile } from '../application/attach.ts';
import { getDossierForm } from '../application/forms.ts';
import { createDossier } from '../application/intake.ts';
import { lookupDossierStatus } from '../application/lookup.ts';
import { countQueues, getDossierDetail, listDossiers } from '../application/queries.ts';
import { getRegister } from '../application/register.ts';
import type { DossierServices } from '../application/support.ts';
import { listMyAlerts } from '../application/sweep.ts';
import {
  ActionRequest,
  AttachRequest,
  CodeParam,
  DossierAlert,
  DossierDetail,
  DossierListQuery,
  DossierPage,
  FormNumber,
  FormParam,
  FormQuery,
  IntakeRequest,
  IntakeResult,
  LookupQuery,
  PublicStatus,
  QueueCounts,
  RegisterQuery,
} from '../contracts.ts';
import { dossierError } from '../dossiers.errors.ts';
import { registerPublicDossierRoutes } from './public-routes.ts';

export interface DossierRouteOptions {
  /** The files module's store (generated forms are kept there); without it forms are generated every time. */
  store?: BlobStore;
  /** PUBLIC_URL: base of the citizen status page in QR codes and SMS links. */
  publicBaseUrl?: string;
}

/** `If-Match: "3"`, `W/"3"` or `3` → 3. */
function ifMatchVersion(header: string | string[] | undefined): number | undefined {
  const v = Array.isArray(header) ? header[0] : header;
  if (v === undefined) return undefined;
  const m = /^(?:W\/)?"?(\d{1,9})"?$/.exec(v.trim());
  if (!m) throw dossierError('DOSSIER_VERSION_REQUIRED', { ifMatch: v });
  return Number(m[1]);
}

const PDF = 'application/pdf';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const disposition = (name: string) => `inline; filename="${name}"`;

export function registerDossierRoutes(app: App, deps: AppDeps, options: DossierRouteOptions = {}): void {
  const tags = ['dossiers'];
  const db = () => deps.database.db;
  const services: DossierServices = { clock: deps.clock, ...options };
  const now = () => deps.clock.now();
  registerPublicDossierRoutes(app, deps, services);

  app.post(
    '/api/dossiers',
    { schema: { tags, body: IntakeRequest, response: { 201: IntakeResult } } },
    async (req, reply) => reply.status(201).send(await createDossier(db(), contextOf(req), req.body, services)),
  );
  app.get(
    '/api/dossiers',
    { schema: { tags, querystring: DossierListQuery, response: { 200: DossierPage } } },
    async (req) => listDossiers(db(), actorOf(req), req.query, now()),
  );
  app.get('/api/dossiers/queues', { schema: { tags, response: { 200: QueueCounts } } }, async (req) =>
    countQueues(db(), actorOf(req), now()),
  );
  app.get('/api/dossiers/alerts', { schema: { tags, response: { 200: z.array(DossierAlert) } } }, async (req) =>
    (await listMyAlerts(db(), actorOf(req))).map((a) => ({
      code: a.code,
      kind: a.kind,
      dueAt: formatInstantVn(new Date(a.due_at)),
      createdAt: formatInstantVn(new Date(a.created_at)),
    })),
  );
  for (const format of ['pdf', 'xlsx'] as const) {
    app.get(
      `/api/dossiers/register.${format}`,
      { schema: { tags, querystring: RegisterQuery } },
      async (req, reply) => {
        const r = await getRegister(db(), contextOf(req), req.query, format, services);
        return reply
          .type(format === 'pdf' ? PDF : XLSX)
          .header('content-disposition', disposition(r.fileName))
          .header('x-content-sha256', r.sha256 ?? '')
          .send(r.bytes);
      },
    );
  }
  app.get(
    '/api/dossiers/:code',
    { schema: { tags, params: CodeParam, response: { 200: DossierDetail } } },
    async (req, reply) => {
      const d = await getDossierDetail(db(), contextOf(req), req.params.code, now());
      reply.header('etag', `"${d.version}"`);
      return d;
    },
  );
  app.post(
    '/api/dossiers/:code/actions',
    { schema: { tags, params: CodeParam, body: ActionRequest, response: { 200: DossierDetail } } },
    async (req, reply) => {
      const ctx = contextOf(req);
      await actOnDossier(db(), ctx, req.params.code, req.body, services, {
        expectedVersion: ifMatchVersion(req.headers['if-match']),
      });
      const d = await getDossierDetail(db(), ctx, req.params.code, now());
      reply.header('etag', `"${d.version}"`);
      return d;
    },
  );
  app.post(
    '/api/dossiers/:code/attachments',
    { schema: { tags, params: CodeParam, body: AttachRequest, response: { 200: DossierDetail } } },
    async (req) => {
      const ctx = contextOf(req);
      await attachFile(db(), ctx, req.params.code, req.body, now());
      return getDossierDetail(db(), ctx, req.params.code, now());
    },
  );
  app.get(
    '/api/dossiers/:code/forms/:form',
    { schema: { tags, params: FormParam, querystring: FormQuery } },
    async (req, reply) => {
      const form = FormNumber.parse(req.params.form.slice(0, 2));
      const r = await getDossierForm(
        db(),
        contextOf(req),
        req.params.code,
        form,
        { secret: req.query.secret },
        services,
      );
      return reply
        .type(PDF)
        .header('content-disposition', disposition(r.fileName))
        .header('x-content-sha256', r.sha256 ?? '')
        .header('cache-control', 'no-store')
        .send(r.bytes);
    },
  );
  app.get(
    '/api/public/dossiers/:code',
    { schema: { tags, params: CodeParam, querystring: LookupQuery, response: { 200: PublicStatus } } },
    async (req, reply) => {
      reply.header('cache-control', 'no-store');
      const secret = req.query.mk ?? req.query.secret ?? '';
      return lookupDossierStatus(db(), { code: req.params.code, secret, clientKey: req.ip }, now());
    },
  );
}
