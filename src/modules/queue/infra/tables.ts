/** Kysely types of the queue tables (db/migrations/20261126_0300_create-queue.sql). */
import type { ColumnType, Generated } from 'kysely';
import type { PeriodKind, PriorityCategory, RatingScore, TicketChannel, TicketStatus } from '../contracts.ts';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Json = ColumnType<Record<string, unknown>, string | undefined, string>;

export interface QueueTables {
  queue_settings: {
    ward_id: string;
    recalls_before_no_show: Generated<number>;
    wait_alert_minutes: Generated<number>;
    target_wait_minutes: Generated<number>;
    target_percent: Generated<number>;
    default_service_minutes: Generated<number>;
    check_in_early_minutes: Generated<number>;
    appointment_grace_minutes: Generated<number>;
    updated_at: Generated<Date>;
  };
  queue_groups: {
    ward_id: string;
    id: Generated<string>;
    letter: string;
    name: string;
    name_en: string;
    zone: Generated<string>;
    sort_order: Generated<number>;
    active: Generated<boolean>;
  };
  queue_group_fields: { ward_id: string; field: string; group_id: string };
  queue_counters: {
    ward_id: string;
    id: Generated<string>;
    number: number;
    name: string;
    zone: Generated<string>;
    active: Generated<boolean>;
    staff_id: string | null;
    staff_name: string | null;
    signed_in_at: NullableTimestamp;
    current_ticket_id: string | null;
    last_ticket_id: string | null;
  };
  queue_counter_groups: { ward_id: string; counter_id: string; group_id: string; position: number };
  queue_counter_sessions: {
    ward_id: string;
    id: Generated<string>;
    counter_id: string;
    staff_id: string;
    staff_name: string;
    started_at: Timestamp;
    ended_at: NullableTimestamp;
  };
  queue_number_series: { ward_id: string; group_id: string; local_date: string; last_number: number };
  queue_appointment_slots: {
    ward_id: string;
    id: Generated<string>;
    group_id: string;
    local_date: string;
    starts_at: Timestamp;
    ends_at: Timestamp;
    capacity: number;
    booked: Generated<number>;
  };
  queue_appointments: {
    ward_id: string;
    id: Generated<string>;
    slot_id: string;
    group_id: string;
    code: string;
    full_name: string;
    phone: string;
    status: Generated<'booked' | 'checked_in' | 'no_show' | 'cancelled'>;
    ticket_id: string | null;
    reminded_at: NullableTimestamp;
    created_at: Timestamp;
    updated_at: Timestamp;
  };
  queue_tickets: {
    ward_id: string;
    id: Generated<string>;
    track_id: Generated<string>;
    local_date: string;
    issued_group_id: string;
    seq: number;
    number: string;
    group_id: string;
    status: TicketStatus;
    priority: PriorityCategory | null;
    channel: TicketChannel;
    lang: 'vi' | 'en';
    phone: string | null;
    appointment_id: string | null;
    precedence_from: NullableTimestamp;
    arrived_at: Timestamp;
    counter_id: string | null;
    staff_id: string | null;
    recalls: Generated<number>;
    called_at: NullableTimestamp;
    finished_at: NullableTimestamp;
    dossier_refs: Generated<string[]>;
    version: Generated<number>;
    updated_at: Timestamp;
  };
  queue_ticket_actions: {
    ward_id: string;
    ticket_id: string;
    seq: number;
    at: Timestamp;
    type: string;
    actor_kind: 'staff' | 'device' | 'system' | 'citizen';
    actor_id: string | null;
    actor_name: string | null;
    counter_id: string | null;
    group_id: string;
    details: Json;
  };
  queue_ticket_periods: {
    ward_id: string;
    ticket_id: string;
    seq: number;
    kind: PeriodKind;
    group_id: string;
    counter_id: string | null;
    staff_id: string | null;
    started_at: Timestamp;
    ended_at: NullableTimestamp;
  };
  queue_ratings: {
    ward_id: string;
    ticket_id: string;
    score: RatingScore;
    comment: string | null;
    group_id: string;
    counter_id: string | null;
    staff_id: string | null;
    rated_at: Timestamp;
  };
}
