/**
 * HTTP routes of the backlog. The upload route registers @fastify/multipart in its own encapsulated scope (only
 * it accepts multipart bodies) and streams the file to the working directory before the first look.
 */
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import multipart from '@fastify/multipart';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type AnyDb, tablesOf } from '../../../kernel/db.ts';
import { type App, type AppDeps, actorOf, contextOf } from '../../../kernel/http.ts';
import { loadWardCalendar, PlainDateString } from '../../calendar/index.ts';
import { type BlobStore, StoredFile } from '../../files/index.ts';
import { overrideItem, updateTriageSettings } from '../application/classify.ts';
import { commitImport } from '../application/import-commit.ts';
import { previewImport } from '../application/import-preview.ts';
import { getItemRow, isManager, listItemFacets, listItems, toBacklogItem } from '../application/items.ts';
import {
  getActivePlan,
  listMilestones,
  listPlanAssignments,
  listStaffCapacity,
  planBacklog,
  setMilestones,
  setStaffCapacity,
} from '../application/plan-backlog.ts';
import { findProgress } from '../application/progress.ts';
import { type BacklogServices, type DossierConversion, getTriageSettings, todayOf } from '../application/support.ts';
import { getBurndown } from '../application/tracking.ts';
import { createTransferLetter, listTransfers, markTransferred } from '../application/transfers.ts';
import { closeItem, decideDuplicate, listDuplicates, startWork } from '../application/work.ts';
import { backlogError } from '../backlog.errors.ts';
import * as C from '../contracts.ts';
import { loadLpSolver } from '../infra/highs-solver.ts';
import type { BacklogTables } from '../infra/tables.ts';

export interface BacklogRouteOptions {
  store: BlobStore;
  /** Uploads waiting for confirmation and temporary files. */
  workDir: string;
  uploadLimitBytes?: number;
  /** The dossiers module's conversion; without it, starting work answers BACKLOG_CONVERSION_UNAVAILABLE. */
  conversion?: DossierConversion;
}

const Ok = z.object({ ok: z.literal(true) });
const Body = z.strictObject({ receivingBody: z.string().trim().min(1).max(300) });

export async function registerBacklogRoutes(app: App, deps: AppDeps, options: BacklogRouteOptions): Promise<void> {
  const tags = ['backlog'];
  const db = (): AnyDb => deps.database.db;
  const services: BacklogServices = {
    clock: deps.clock,
    store: options.store,
    workDir: options.workDir,
    solver: loadLpSolver,
    conversion: options.conversion,
  };
  const today = () => todayOf(deps.clock);
  const calendarOf = (wardId: string) => loadWardCalendar(db(), wardId);
  const limit = options.uploadLimitBytes ?? 100 * 1024 * 1024;

  await app.register(async (scope) => {
    const s = scope.withTypeProvider<ZodTypeProvider>();
    await s.register(multipart, { limits: { fileSize: limit, files: 1, fields: 5, parts: 6, fieldSize: 1024 } });
    s.post(
      '/api/backlog/imports',
      {
        schema: {
          tags,
          consumes: ['multipart/form-data'],
          querystring: z.strictObject({ source: z.string().trim().min(1).max(200) }),
          response: { 201: C.ImportPreview },
        },
      },
      async (req, reply) => {
        if (!req.isMultipart()) throw backlogError('BACKLOG_FILE_MISSING');
        const part = await req.file();
        if (part?.fieldname !== 'file') throw backlogError('BACKLOG_FILE_MISSING');
        await mkdir(options.workDir, { recursive: true });
        const staged = path.join(options.workDir, `upload-${randomUUID()}`);
        await pipeline(part.file, createWriteStream(staged));
        if (part.file.truncated) {
          await rm(staged, { force: true });
          throw backlogError('BACKLOG_FORMAT_UNSUPPORTED', { reason: `larger than ${limit} bytes` });
        }
        try {
          const preview = await previewImport(
            db(),
            contextOf(req),
            { filePath: staged, fileName: part.filename, sourceUnit: req.query.source, staged: true },
            services,
          );
          if (preview.status === 'committed') await rm(staged, { force: true });
          return reply.status(201).send(preview);
        } catch (e) {
          await rm(staged, { force: true });
          throw e;
        }
      },
    );
  });

  app.get('/api/backlog/imports', { schema: { tags, response: { 200: z.array(C.ImportRecord) } } }, async (req) => {
    const rows = await tablesOf<BacklogTables>(db())
      .selectFrom('backlog_imports')
      .selectAll()
      .where('ward_id', '=', actorOf(req).wardId)
      .orderBy('created_at', 'desc')
      .limit(200)
      .execute();
    return rows.map((r) => ({
      importId: r.id,
      sourceUnit: r.source_unit,
      fileName: r.file_name,
      status: r.status,
      summary: (r.summary as C.ImportSummary | null) ?? null,
      createdAt: new Date(r.created_at).toISOString(),
      createdBy: r.created_by,
    }));
  });
  app.post(
    '/api/backlog/imports/:id/commit',
    { schema: { tags, params: C.ItemIdParam, body: C.ImportConfirm, response: { 200: C.ImportSummary } } },
    async (req) => commitImport(db(), contextOf(req), req.params.id, req.body, services),
  );
  app.get(
    '/api/backlog/imports/:id/progress',
    { schema: { tags, params: C.ItemIdParam, response: { 200: C.ImportProgress } } },
    async (req) => {
      const p = findProgress(req.params.id);
      if (p) return p;
      const r = await tablesOf<BacklogTables>(db())
        .selectFrom('backlog_imports')
        .select(['status', 'error'])
        .where('ward_id', '=', actorOf(req).wardId)
        .where('id', '=', req.params.id)
        .executeTakeFirst();
      if (!r) throw backlogError('BACKLOG_IMPORT_NOT_FOUND', { importId: req.params.id });
      const error = (r.error as { code: string; message: string; messageVi: string } | null) ?? null;
      const phase: C.ImportProgress['phase'] =
        r.status === 'committed' ? 'done' : r.status === 'failed' ? 'failed' : 'reading';
      return {
        importId: req.params.id,
        phase,
        fraction: r.status === 'committed' ? 1 : 0,
        rowsRead: 0,
        error: error && { code: error.code, message: error.message, messageVi: error.messageVi },
      };
    },
  );

  app.get(
    '/api/backlog/items',
    { schema: { tags, querystring: C.ItemListQuery, response: { 200: C.ItemPage } } },
    async (req) => {
      const actor = actorOf(req);
      return listItems(db(), actor, req.query, today(), await calendarOf(actor.wardId));
    },
  );
  app.get('/api/backlog/facets', { schema: { tags, response: { 200: C.ItemFacets } } }, async (req) =>
    listItemFacets(db(), actorOf(req).wardId),
  );
  app.get(
    '/api/backlog/items/:id',
    { schema: { tags, params: C.ItemIdParam, response: { 200: C.BacklogItem } } },
    async (req) => {
      const actor = actorOf(req);
      return toBacklogItem(await getItemRow(db(), actor, req.params.id), today(), await calendarOf(actor.wardId));
    },
  );
  app.get(
    '/api/backlog/items/:id/overrides',
    { schema: { tags, params: C.ItemIdParam, response: { 200: z.array(C.OverrideEntry) } } },
    async (req) => {
      const actor = actorOf(req);
      await getItemRow(db(), actor, req.params.id);
      const rows = await tablesOf<BacklogTables>(db())
        .selectFrom('backlog_item_overrides')
        .selectAll()
        .where('ward_id', '=', actor.wardId)
        .where('item_id', '=', req.params.id)
        .orderBy('at')
        .execute();
      return rows.map((r) => ({
        attribute: r.attribute as C.OverridableAttribute,
        oldValue: r.old_value,
        newValue: r.new_value,
        reason: r.reason,
        actorName: r.actor_name,
        at: new Date(r.at).toISOString(),
      }));
    },
  );
  app.patch(
    '/api/backlog/items/:id',
    { schema: { tags, params: C.ItemIdParam, body: C.ItemOverride, response: { 200: C.BacklogItem } } },
    async (req) => {
      const actor = actorOf(req);
      await overrideItem(db(), contextOf(req), req.params.id, req.body, services);
      return toBacklogItem(await getItemRow(db(), actor, req.params.id), today(), await calendarOf(actor.wardId));
    },
  );
  app.post(
    '/api/backlog/items/:id/start',
    {
      schema: {
        tags,
        params: C.ItemIdParam,
        body: C.StartWork,
        response: { 200: z.object({ dossierCode: z.string(), version: z.number() }) },
      },
    },
    async (req) => startWork(db(), contextOf(req), req.params.id, req.body, services),
  );
  app.post(
    '/api/backlog/items/:id/close',
    {
      schema: { tags, params: C.ItemIdParam, body: C.CloseItem, response: { 200: z.object({ version: z.number() }) } },
    },
    async (req) => closeItem(db(), contextOf(req), req.params.id, req.body, services),
  );

  const DupQuery = z.strictObject({ status: z.enum(['pending', 'same', 'different']).default('pending') });
  app.get(
    '/api/backlog/duplicates',
    { schema: { tags, querystring: DupQuery, response: { 200: z.array(C.DuplicateFlag) } } },
    async (req) => {
      const wardId = actorOf(req).wardId;
      return listDuplicates(db(), wardId, req.query.status, await calendarOf(wardId), services);
    },
  );
  app.post(
    '/api/backlog/duplicates/:id/decision',
    { schema: { tags, params: C.ItemIdParam, body: C.DuplicateDecision, response: { 200: Ok } } },
    async (req) => {
      await decideDuplicate(db(), contextOf(req), req.params.id, req.body, services);
      return { ok: true as const };
    },
  );

  app.get('/api/backlog/transfers', { schema: { tags, response: { 200: z.array(C.TransferGroup) } } }, async (req) =>
    listTransfers(db(), actorOf(req).wardId),
  );
  app.post(
    '/api/backlog/transfers/letter',
    { schema: { tags, body: Body, response: { 201: StoredFile } } },
    async (req, reply) =>
      reply.status(201).send(await createTransferLetter(db(), contextOf(req), req.body.receivingBody, services)),
  );
  app.post(
    '/api/backlog/transfers/sent',
    { schema: { tags, body: Body, response: { 200: z.object({ transferred: z.number() }) } } },
    async (req) => markTransferred(db(), contextOf(req), req.body.receivingBody, services),
  );

  app.get('/api/backlog/settings', { schema: { tags, response: { 200: C.TriageSettings } } }, async (req) =>
    getTriageSettings(db(), actorOf(req).wardId),
  );
  app.put(
    '/api/backlog/settings',
    { schema: { tags, body: C.TriageSettings, response: { 200: z.object({ retriaged: z.number() }) } } },
    async (req) => updateTriageSettings(db(), contextOf(req), req.body, services),
  );
  app.get('/api/backlog/capacity', { schema: { tags, response: { 200: z.array(C.StaffCapacity) } } }, async (req) =>
    listStaffCapacity(db(), actorOf(req).wardId),
  );
  app.put(
    '/api/backlog/capacity',
    { schema: { tags, body: z.array(C.StaffCapacity).max(500), response: { 200: z.array(C.StaffCapacity) } } },
    async (req) => setStaffCapacity(db(), contextOf(req), req.body, deps.clock.now()),
  );
  app.get('/api/backlog/milestones', { schema: { tags, response: { 200: z.array(C.Milestone) } } }, async (req) =>
    listMilestones(db(), actorOf(req).wardId),
  );
  app.put(
    '/api/backlog/milestones',
    { schema: { tags, body: z.array(C.Milestone).min(1).max(50), response: { 200: z.array(C.Milestone) } } },
    async (req) => setMilestones(db(), contextOf(req), req.body, deps.clock.now()),
  );

  app.post(
    '/api/backlog/plans',
    { schema: { tags, body: C.PlanRequest, response: { 201: C.BacklogPlan } } },
    async (req, reply) => reply.status(201).send(await planBacklog(db(), contextOf(req), req.body, services)),
  );
  app.get('/api/backlog/plans/active', { schema: { tags, response: { 200: C.BacklogPlan } } }, async (req) =>
    getActivePlan(db(), actorOf(req).wardId),
  );
  const AssignmentQuery = z.strictObject({
    staffId: z.uuid().optional(),
    from: PlainDateString.optional(),
    to: PlainDateString.optional(),
  });
  app.get(
    '/api/backlog/plans/active/assignments',
    { schema: { tags, querystring: AssignmentQuery, response: { 200: z.array(C.PlanAssignment) } } },
    async (req) => {
      const actor = actorOf(req);
      const staffId = isManager(actor) ? req.query.staffId : (actor.id ?? undefined);
      return listPlanAssignments(db(), actor.wardId, { ...req.query, staffId });
    },
  );
  app.get(
    '/api/backlog/burndown',
    { schema: { tags, querystring: C.BurndownQuery, response: { 200: C.Burndown } } },
    async (req) => {
      const actor = actorOf(req);
      return getBurndown(db(), actor, req.query, today(), await calendarOf(actor.wardId));
    },
  );
}
