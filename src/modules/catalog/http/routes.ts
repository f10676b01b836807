/**
 * HTTP routes of the catalog: search for pickers and the assistant, the list with filters, procedure detail
 * (with `requiredDocuments` in the shape dossier intake uses), administrator edits and verification (the
 * catalog is national reference data, so only city administrators change it; every change is audited), the
 * review queue, and the citizen view that never shows unverified values.
 */
import { z } from 'zod';
import { recordAudit } from '../../../kernel/audit.ts';
import { inTransaction } from '../../../kernel/db.ts';
import { type App, type AppDeps, contextOf, type RequestActor } from '../../../kernel/http.ts';
import { updateProcedure, verifyProcedureFields } from '../application/edit-procedure.ts';
import { getProcedure, getPublicProcedure, listProcedures, listReviewQueue } from '../application/procedures.ts';
import { searchCatalog } from '../application/search.ts';
import { catalogError } from '../catalog.errors.ts';
import {
  Procedure,
  ProcedureDetail,
  ProcedureLevel,
  ProcedureSummary,
  ProcedureUpdate,
  PublicProcedure,
  ReviewItem,
  SearchHit,
  VerifyFieldsInput,
} from '../contracts.ts';
import { requiredDocumentsOf } from '../domain/documents.ts';

const CodeParam = z.strictObject({ code: z.string().trim().min(1).max(100) });
const Bool = z.enum(['true', 'false']).transform((v) => v === 'true');

function ensureCityAdmin(actor: RequestActor): void {
  if (!actor.cityAdmin) throw catalogError('CATALOG_EDIT_FORBIDDEN');
}

export function registerCatalogRoutes(app: App, deps: AppDeps): void {
  const db = () => deps.database.db;
  const tags = ['catalog'];

  const SearchQuery = z.strictObject({
    q: z.string().trim().min(1).max(200),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    scope: z.enum(['all', 'curated', 'national']).default('all'),
  });
  app.get(
    '/api/catalog/search',
    { schema: { tags, querystring: SearchQuery, response: { 200: z.array(SearchHit) } } },
    async (req) => searchCatalog(db(), req.query),
  );

  const ListQuery = z.strictObject({
    field: z.string().min(1).max(200).optional(),
    level: ProcedureLevel.optional(),
    verified: Bool.optional(),
    needsReview: Bool.optional(),
    limit: z.coerce.number().int().min(1).max(500).default(200),
    offset: z.coerce.number().int().min(0).default(0),
  });
  app.get(
    '/api/catalog/procedures',
    { schema: { tags, querystring: ListQuery, response: { 200: z.array(ProcedureSummary) } } },
    async (req) => listProcedures(db(), req.query),
  );
  app.get(
    '/api/catalog/procedures/:code',
    { schema: { tags, params: CodeParam, response: { 200: ProcedureDetail } } },
    async (req) => {
      const p = await getProcedure(db(), req.params.code);
      return { ...p, requiredDocuments: requiredDocumentsOf(p.documents) };
    },
  );
  app.patch(
    '/api/catalog/procedures/:code',
    { schema: { tags, params: CodeParam, body: ProcedureUpdate, response: { 200: Procedure } } },
    async (req) => {
      const ctx = contextOf(req);
      ensureCityAdmin(ctx.actor);
      return inTransaction(db(), async (tx) => {
        const p = await updateProcedure(tx, ctx.actor.name, req.params.code, req.body);
        await recordAudit(tx, ctx.actor, ctx.requestId, {
          action: 'catalog.update',
          targetType: 'procedure',
          targetId: p.id,
          details: { fields: Object.keys(req.body).filter((k) => k !== 'version') },
        });
        return p;
      });
    },
  );
  app.post(
    '/api/catalog/procedures/:code/verify',
    { schema: { tags, params: CodeParam, body: VerifyFieldsInput, response: { 200: Procedure } } },
    async (req) => {
      const ctx = contextOf(req);
      ensureCityAdmin(ctx.actor);
      return inTransaction(db(), async (tx) => {
        const p = await verifyProcedureFields(tx, ctx.actor.name, req.params.code, req.body);
        await recordAudit(tx, ctx.actor, ctx.requestId, {
          action: 'catalog.verify',
          targetType: 'procedure',
          targetId: p.id,
          details: { fields: req.body.fields, decision: req.body.decision },
        });
        return p;
      });
    },
  );
  app.get('/api/catalog/review', { schema: { tags, response: { 200: z.array(ReviewItem) } } }, async () =>
    listReviewQueue(db()),
  );
  app.get(
    '/api/public/catalog/procedures/:code',
    { schema: { tags, params: CodeParam, response: { 200: PublicProcedure } } },
    async (req) => getPublicProcedure(db(), req.params.code),
  );
}
