/** HTTP routes of notify: the outbox as administrators see it. */
import { z } from 'zod';
import { type App, type AppDeps, actorOf, contextOf } from '../../../kernel/http.ts';
import { listNotifications, retryNotification } from '../application/admin.ts';
import { NotificationIdParam, NotificationListQuery, NotificationView } from '../contracts.ts';

const NoBody = z.strictObject({}).nullish();

export function registerNotifyRoutes(app: App, deps: AppDeps): void {
  const tags = ['notify'];
  app.get(
    '/api/notifications',
    { schema: { tags, querystring: NotificationListQuery, response: { 200: z.array(NotificationView) } } },
    async (req) => listNotifications(deps.database.db, actorOf(req).wardId, req.query),
  );
  app.post(
    '/api/notifications/:id/retry',
    { schema: { tags, params: NotificationIdParam, body: NoBody, response: { 200: NotificationView } } },
    async (req) => retryNotification(deps.database.db, deps.clock, contextOf(req), req.params.id),
  );
}
