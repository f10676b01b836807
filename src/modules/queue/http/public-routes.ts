/** Routes without sign-in: the phone page behind the ticket's QR code and online booking. */
import { z } from 'zod';
import type { App, AppDeps } from '../../../kernel/http.ts';
import { findWardByCode, identityError, WardCode } from '../../identity/index.ts';
import { bookAppointment, listSlots } from '../application/appointments.ts';
import { findPublicTicket } from '../application/display.ts';
import { listGroups } from '../application/groups.ts';
import { BookedAppointment, Booking, PublicTicket, Slot, SlotQuery } from '../contracts.ts';

const WardParam = z.strictObject({ wardCode: WardCode });
const PublicGroup = z.object({ letter: z.string(), name: z.string(), nameEn: z.string(), zone: z.string() });

export function registerPublicQueueRoutes(app: App, deps: AppDeps): void {
  const db = () => deps.database.db;
  const now = () => deps.clock.now();
  const tags = ['queue', 'public'];
  const wardIdOf = async (code: string) => {
    const ward = await findWardByCode(db(), code);
    if (!ward) throw identityError('WARD_NOT_FOUND');
    return ward.id;
  };

  app.get(
    '/api/public/queue/tickets/:id',
    { schema: { tags, params: z.strictObject({ id: z.uuid() }), response: { 200: PublicTicket } } },
    async (req) => findPublicTicket(db(), req.params.id, now()),
  );
  app.get(
    '/api/public/queue/wards/:wardCode/groups',
    { schema: { tags, params: WardParam, response: { 200: z.array(PublicGroup) } } },
    async (req) =>
      (await listGroups(db(), await wardIdOf(req.params.wardCode), { activeOnly: true })).map((g) => ({
        letter: g.letter,
        name: g.name,
        nameEn: g.nameEn,
        zone: g.zone,
      })),
  );
  app.get(
    '/api/public/queue/wards/:wardCode/slots',
    { schema: { tags, params: WardParam, querystring: SlotQuery, response: { 200: z.array(Slot) } } },
    async (req) => listSlots(db(), await wardIdOf(req.params.wardCode), req.query.group, req.query.date),
  );
  app.post(
    '/api/public/queue/wards/:wardCode/appointments',
    { schema: { tags, params: WardParam, body: Booking, response: { 201: BookedAppointment } } },
    async (req, reply) =>
      reply.status(201).send(await bookAppointment(db(), await wardIdOf(req.params.wardCode), req.body, now())),
  );
}
