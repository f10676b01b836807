/** English UI strings, assembled from one file per module in ./messages (each checked against its Vietnamese keys). */

import { enAssistant } from './messages/assistant.en.ts';
import { enBacklog } from './messages/backlog.en.ts';
import { enCalendar } from './messages/calendar.en.ts';
import { enCatalog } from './messages/catalog.en.ts';
import { enCore } from './messages/core.en.ts';
import { enDossiers } from './messages/dossiers.en.ts';
import { enQueue } from './messages/queue.en.ts';
import type { MessageKey } from './vi.ts';

export const en: Record<MessageKey, string> = {
  ...enCore,
  ...enCatalog,
  ...enCalendar,
  ...enQueue,
  ...enDossiers,
  ...enAssistant,
  ...enBacklog,
};
