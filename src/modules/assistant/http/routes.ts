/**
 * HTTP routes of the assistant. Asking and rating are public (kiosk page, portal, phones): devices and
 * officers ask in their own ward, everyone else names a ward or gets the installation's public ward.
 */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { type App, type AppDeps, contextOf } from '../../../kernel/http.ts';
import { IssuedTicket } from '../../queue/index.ts';
import { type Asker, ask, recordFeedback } from '../application/ask.ts';
import { attachPhrasing, deletePhrasing, dismissQuestion, listPhrasings, listReview } from '../application/review.ts';
import { takeTicket } from '../application/ticket.ts';
import {
  AskRequest,
  AskResponse,
  AttachPhrasing,
  FeedbackRequest,
  Phrasing,
  ResolvedCount,
  ReviewItem,
  ReviewQuery,
  TicketRequest,
} from '../contracts.ts';

export interface AssistantRouteOptions {
  /** The ward public callers ask in: the one named by code, else the installation's public ward (its id). */
  resolvePublicWard: (code: string | undefined) => Promise<string>;
}

const IdParam = z.strictObject({ id: z.uuid() });
const Ok = z.object({ ok: z.literal(true) });

export function registerAssistantRoutes(app: App, deps: AppDeps, opts: AssistantRouteOptions): void {
  const db = () => deps.database.db;
  const now = () => deps.clock.now();
  const tags = ['assistant'];

  const askerOf = async (req: FastifyRequest, wardCode: string | undefined): Promise<Asker> => {
    const a = req.actor;
    if (a?.kind === 'device') {
      const channel = a.roles.includes('robot') ? 'robot' : 'kiosk';
      return { wardId: a.wardId, channel, clientKey: `device:${a.id}` };
    }
    if (a) return { wardId: a.wardId, channel: 'staff', clientKey: `staff:${a.id}` };
    return { wardId: await opts.resolvePublicWard(wardCode), channel: 'web', clientKey: `ip:${req.ip}` };
  };

  app.post('/api/assistant/ask', { schema: { tags, body: AskRequest, response: { 200: AskResponse } } }, async (req) =>
    ask(db(), deps.clock, await askerOf(req, req.body.ward), req.body),
  );
  app.post(
    '/api/assistant/questions/:id/feedback',
    { schema: { tags, params: IdParam, body: FeedbackRequest, response: { 200: Ok } } },
    async (req) => {
      const asker = await askerOf(req, req.body.ward);
      await recordFeedback(db(), deps.clock, asker.wardId, req.params.id, req.body.helpful);
      return { ok: true as const };
    },
  );
  app.post(
    '/api/assistant/ticket',
    { schema: { tags, body: TicketRequest, response: { 201: IssuedTicket } } },
    async (req, reply) => reply.status(201).send(await takeTicket(db(), contextOf(req), req.body, now())),
  );
  app.get(
    '/api/assistant/questions',
    { schema: { tags, querystring: ReviewQuery, response: { 200: z.array(ReviewItem) } } },
    async (req) => listReview(db(), contextOf(req).actor.wardId, req.query),
  );
  app.post(
    '/api/assistant/questions/:id/dismiss',
    { schema: { tags, params: IdParam, response: { 200: ResolvedCount } } },
    async (req) => dismissQuestion(db(), contextOf(req), req.params.id, now()),
  );
  app.get('/api/assistant/phrasings', { schema: { tags, response: { 200: z.array(Phrasing) } } }, async (req) =>
    listPhrasings(db(), contextOf(req).actor.wardId),
  );
  app.post(
    '/api/assistant/phrasings',
    { schema: { tags, body: AttachPhrasing, response: { 201: Phrasing } } },
    async (req, reply) => reply.status(201).send(await attachPhrasing(db(), contextOf(req), req.body, now())),
  );
  app.delete(
    '/api/assistant/phrasings/:id',
    { schema: { tags, params: IdParam, response: { 200: Ok } } },
    async (req) => {
      await deletePhrasing(db(), contextOf(req), req.params.id, now());
      return { ok: true as const };
    },
  );
}
