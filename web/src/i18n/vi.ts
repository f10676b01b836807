/**
 * The UI dictionary, Vietnamese (the source of the keys), assembled from one file per module in ./messages.
 * English lives in en.ts and must define every key. `{name}` placeholders are filled by `t(key, { name })`.
 */

import { viAssistant } from './messages/assistant.vi.ts';
import { viBacklog } from './messages/backlog.vi.ts';
import { viCalendar } from './messages/calendar.vi.ts';
import { viCatalog } from './messages/catalog.vi.ts';
import { viCore } from './messages/core.vi.ts';
import { viDossiers } from './messages/dossiers.vi.ts';
import { viQueue } from './messages/queue.vi.ts';

export const vi = {
  ...viCore,
  ...viCatalog,
  ...viCalendar,
  ...viQueue,
  ...viDossiers,
  ...viAssistant,
  ...viBacklog,
} as const;

export type MessageKey = keyof typeof vi;
