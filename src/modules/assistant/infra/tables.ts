/** Kysely types of the assistant tables (db/migrations/20261126_0600_create-assistant.sql). */
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json<T> = ColumnType<T, string, string>;

export interface AssistantTables {
  assistant_questions: {
    ward_id: string;
    id: Generated<string>;
    asked_at: Timestamp;
    channel: string;
    lang: string;
    question: string;
    question_key: string;
    kind: string;
    confident: boolean;
    top_code: string | null;
    top_score: number | null;
    answers: Json<unknown>;
    latency_ms: number;
    feedback: number | null;
    feedback_at: Timestamp | null;
    ticket_group: string | null;
    resolved_at: Timestamp | null;
    resolution: string | null;
  };
  assistant_phrasings: {
    ward_id: string;
    id: Generated<string>;
    code: string;
    phrase: string;
    phrase_key: string;
    source_question_id: string | null;
    created_at: Timestamp;
    created_by: string | null;
  };
  assistant_rate_limits: {
    ward_id: string;
    client_key: string;
    window_started_at: Timestamp;
    requests: number;
  };
}
