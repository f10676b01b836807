/**
 * Assistant module: the procedure assistant of the kiosk, the robot and the portal. Understands questions
 * in Vietnamese (with or without diacritics, typos, shorthand) and English, answers from the catalog only,
 * hands off to the queue for a ticket, and logs questions for the administrators' review.
 * The only public surface of src/modules/assistant.
 */

export { ASSISTANT_POLICY, type Asker, ask, recordFeedback } from './application/ask.ts';
export { buildKnowledge, loadKnowledge } from './application/knowledge.ts';
export { attachPhrasing, deletePhrasing, dismissQuestion, listPhrasings, listReview } from './application/review.ts';
export { takeTicket } from './application/ticket.ts';
export { ASSISTANT_ERRORS, assistantError } from './assistant.errors.ts';
export { askBatchCommand, askCommand, formatAnswer, readBatch } from './cli.ts';
export * from './contracts.ts';
export { type Answer, answerQuestion, type Knowledge } from './domain/answer.ts';
export { assistantPermissions } from './http/permissions.ts';
export { type AssistantRouteOptions, registerAssistantRoutes } from './http/routes.ts';
