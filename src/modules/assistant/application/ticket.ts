/** "Lấy số thứ tự" from an answer card: the ticket is issued by the queue for the group serving the procedure. */
import type { RequestContext } from '../../../kernel/actor.ts';
import { type AnyDb, tablesOf } from '../../../kernel/db.ts';
import { type IssuedTicket, issueTicket } from '../../queue/index.ts';
import { assistantError } from '../assistant.errors.ts';
import { TicketRequest } from '../contracts.ts';
import type { AssistantTables } from '../infra/tables.ts';
import { groupsByField } from './ask.ts';
import { loadKnowledge } from './knowledge.ts';

export async function takeTicket(db: AnyDb, ctx: RequestContext, raw: TicketRequest, now: Date): Promise<IssuedTicket> {
  const input = TicketRequest.parse(raw);
  const wardId = ctx.actor.wardId;
  const knowledge = await loadKnowledge(db);
  const docIndex = knowledge.index.byKey.get(input.code);
  const doc = docIndex === undefined ? undefined : knowledge.index.docs[docIndex];
  if (!doc) throw assistantError('ASSISTANT_PROCEDURE_NOT_FOUND', { code: input.code });
  if (!doc.handledAtCenter) throw assistantError('ASSISTANT_NOT_HANDLED_HERE', { code: input.code });
  const group = (await groupsByField(db, wardId)).get(doc.field);
  if (!group) throw assistantError('ASSISTANT_NO_GROUP', { field: doc.field });
  const ticket = await issueTicket(db, ctx, { group: group.letter, lang: input.lang }, now);
  if (input.questionId)
    await tablesOf<AssistantTables>(db)
      .updateTable('assistant_questions')
      .set({ ticket_group: group.letter })
      .where('ward_id', '=', wardId)
      .where('id', '=', input.questionId)
      .execute();
  return ticket;
}
