-- Queue: service groups and their number series, counters with a work profile, tickets with an append-only
-- action log and timed periods, appointments, satisfaction ratings and per-ward settings.
-- Every table is ward-keyed: ward_id is the first column of every primary and foreign key.
-- Staff and device ids are stored without a foreign key (identity owns those tables; staff are deactivated,
-- never deleted), with the username copied where a report needs a name.

CREATE TABLE queue_settings (
  ward_id uuid NOT NULL REFERENCES wards (id) ON DELETE CASCADE,
  recalls_before_no_show integer NOT NULL DEFAULT 2 CHECK (recalls_before_no_show BETWEEN 0 AND 10),
  wait_alert_minutes integer NOT NULL DEFAULT 15 CHECK (wait_alert_minutes BETWEEN 1 AND 600),
  target_wait_minutes integer NOT NULL DEFAULT 15 CHECK (target_wait_minutes BETWEEN 1 AND 600),
  target_percent integer NOT NULL DEFAULT 90 CHECK (target_percent BETWEEN 1 AND 99),
  default_service_minutes numeric(6, 2) NOT NULL DEFAULT 10 CHECK (default_service_minutes > 0),
  check_in_early_minutes integer NOT NULL DEFAULT 60 CHECK (check_in_early_minutes BETWEEN 0 AND 600),
  appointment_grace_minutes integer NOT NULL DEFAULT 15 CHECK (appointment_grace_minutes BETWEEN 0 AND 600),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (ward_id)
);
COMMENT ON TABLE queue_settings IS 'Configurable queue rules of a ward; a ward without a row uses the defaults.';
COMMENT ON COLUMN queue_settings.ward_id IS 'The ward these settings apply to.';
COMMENT ON COLUMN queue_settings.recalls_before_no_show IS 'How many recalls a called ticket needs before it may be marked no-show.';
COMMENT ON COLUMN queue_settings.wait_alert_minutes IS 'The live monitor raises an alert when a ticket has waited longer than this.';
COMMENT ON COLUMN queue_settings.target_wait_minutes IS 'Service target: wait at most this many minutes…';
COMMENT ON COLUMN queue_settings.target_percent IS '…for at least this percentage of citizens (staffing recommendations).';
COMMENT ON COLUMN queue_settings.default_service_minutes IS 'Service time assumed before the ward has its own measurements.';
COMMENT ON COLUMN queue_settings.check_in_early_minutes IS 'How early before the slot start an appointment may check in.';
COMMENT ON COLUMN queue_settings.appointment_grace_minutes IS 'How late after the slot end an appointment may still check in before it is a no-show.';
COMMENT ON COLUMN queue_settings.updated_at IS 'Last change.';

CREATE TABLE queue_groups (
  ward_id uuid NOT NULL REFERENCES wards (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  letter text NOT NULL CHECK (letter ~ '^[A-Z]$'),
  name text NOT NULL,
  name_en text NOT NULL,
  zone text NOT NULL DEFAULT '',
  sort_order integer NOT NULL DEFAULT 0,
  active boolean NOT NULL DEFAULT true,
  PRIMARY KEY (ward_id, id),
  UNIQUE (ward_id, letter)
);
COMMENT ON TABLE queue_groups IS 'Service groups (by field, lĩnh vực) a citizen picks at the kiosk; each has its own daily number series.';
COMMENT ON COLUMN queue_groups.ward_id IS 'Owning ward.';
COMMENT ON COLUMN queue_groups.id IS 'Key of the group.';
COMMENT ON COLUMN queue_groups.letter IS 'Letter printed before the number, e.g. A for A012.';
COMMENT ON COLUMN queue_groups.name IS 'Vietnamese name, e.g. Hộ tịch – Chứng thực.';
COMMENT ON COLUMN queue_groups.name_en IS 'English name.';
COMMENT ON COLUMN queue_groups.zone IS 'Where its counters are, printed on the ticket, e.g. Khu A – tầng trệt.';
COMMENT ON COLUMN queue_groups.sort_order IS 'Order on the kiosk and the display board.';
COMMENT ON COLUMN queue_groups.active IS 'False hides the group from the kiosk; existing tickets stay.';

CREATE TABLE queue_group_fields (
  ward_id uuid NOT NULL,
  field text NOT NULL,
  group_id uuid NOT NULL,
  PRIMARY KEY (ward_id, field),
  FOREIGN KEY (ward_id, group_id) REFERENCES queue_groups (ward_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE queue_group_fields IS 'Maps procedure fields (catalog_procedures.field) to the group that serves them.';
COMMENT ON COLUMN queue_group_fields.ward_id IS 'Owning ward.';
COMMENT ON COLUMN queue_group_fields.field IS 'Field name exactly as the catalog spells it, e.g. Hộ tịch.';
COMMENT ON COLUMN queue_group_fields.group_id IS 'The group whose counters serve this field.';

CREATE TABLE queue_counters (
  ward_id uuid NOT NULL REFERENCES wards (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  number integer NOT NULL CHECK (number BETWEEN 1 AND 999),
  name text NOT NULL,
  zone text NOT NULL DEFAULT '',
  active boolean NOT NULL DEFAULT true,
  staff_id uuid,
  staff_name text,
  signed_in_at timestamptz,
  current_ticket_id uuid,
  last_ticket_id uuid,
  PRIMARY KEY (ward_id, id),
  UNIQUE (ward_id, number)
);
CREATE UNIQUE INDEX queue_counters_one_per_officer ON queue_counters (ward_id, staff_id) WHERE staff_id IS NOT NULL;
COMMENT ON TABLE queue_counters IS 'Service counters (quầy); who is signed in and which ticket is at the counter now.';
COMMENT ON COLUMN queue_counters.ward_id IS 'Owning ward.';
COMMENT ON COLUMN queue_counters.id IS 'Key of the counter.';
COMMENT ON COLUMN queue_counters.number IS 'Counter number spoken by the display board (quầy số 3).';
COMMENT ON COLUMN queue_counters.name IS 'Label, e.g. Quầy 3 – Ưu tiên.';
COMMENT ON COLUMN queue_counters.zone IS 'Where the counter is.';
COMMENT ON COLUMN queue_counters.active IS 'False takes the counter out of service.';
COMMENT ON COLUMN queue_counters.staff_id IS 'Staff member signed in to the counter now (identity staff id), null when closed.';
COMMENT ON COLUMN queue_counters.staff_name IS 'Username of that staff member at sign-in.';
COMMENT ON COLUMN queue_counters.signed_in_at IS 'When that staff member signed in.';
COMMENT ON COLUMN queue_counters.current_ticket_id IS 'Ticket called or being served at the counter, null when free.';
COMMENT ON COLUMN queue_counters.last_ticket_id IS 'Last ticket that left the counter (finished, no-show, transferred); the rating tablet rates it.';

CREATE TABLE queue_counter_groups (
  ward_id uuid NOT NULL,
  counter_id uuid NOT NULL,
  group_id uuid NOT NULL,
  position integer NOT NULL CHECK (position >= 1),
  PRIMARY KEY (ward_id, counter_id, group_id),
  UNIQUE (ward_id, counter_id, position),
  FOREIGN KEY (ward_id, counter_id) REFERENCES queue_counters (ward_id, id) ON DELETE CASCADE,
  FOREIGN KEY (ward_id, group_id) REFERENCES queue_groups (ward_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE queue_counter_groups IS 'Work profile of a counter: the groups it serves, in the order call-next looks at them.';
COMMENT ON COLUMN queue_counter_groups.ward_id IS 'Owning ward.';
COMMENT ON COLUMN queue_counter_groups.counter_id IS 'The counter.';
COMMENT ON COLUMN queue_counter_groups.group_id IS 'A group it serves.';
COMMENT ON COLUMN queue_counter_groups.position IS '1 = looked at first; a later group is served only when earlier ones have nobody waiting.';

CREATE TABLE queue_counter_sessions (
  ward_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  counter_id uuid NOT NULL,
  staff_id uuid NOT NULL,
  staff_name text NOT NULL,
  started_at timestamptz NOT NULL,
  ended_at timestamptz,
  PRIMARY KEY (ward_id, id),
  FOREIGN KEY (ward_id, counter_id) REFERENCES queue_counters (ward_id, id) ON DELETE CASCADE
);
CREATE INDEX queue_counter_sessions_open ON queue_counter_sessions (ward_id, started_at);
COMMENT ON TABLE queue_counter_sessions IS 'Who staffed which counter when; with ticket periods it gives officers'' service and idle time.';
COMMENT ON COLUMN queue_counter_sessions.ward_id IS 'Owning ward.';
COMMENT ON COLUMN queue_counter_sessions.id IS 'Key of the session.';
COMMENT ON COLUMN queue_counter_sessions.counter_id IS 'The counter.';
COMMENT ON COLUMN queue_counter_sessions.staff_id IS 'The staff member (identity staff id).';
COMMENT ON COLUMN queue_counter_sessions.staff_name IS 'Username at the time.';
COMMENT ON COLUMN queue_counter_sessions.started_at IS 'Sign-in.';
COMMENT ON COLUMN queue_counter_sessions.ended_at IS 'Sign-out, null while signed in.';

CREATE TABLE queue_number_series (
  ward_id uuid NOT NULL,
  group_id uuid NOT NULL,
  local_date date NOT NULL,
  last_number integer NOT NULL CHECK (last_number >= 1),
  PRIMARY KEY (ward_id, group_id, local_date),
  FOREIGN KEY (ward_id, group_id) REFERENCES queue_groups (ward_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE queue_number_series IS 'Daily number series per group: incremented in the ticket''s transaction, so numbers are gapless and never repeat.';
COMMENT ON COLUMN queue_number_series.ward_id IS 'Owning ward.';
COMMENT ON COLUMN queue_number_series.group_id IS 'The group whose letter the numbers carry.';
COMMENT ON COLUMN queue_number_series.local_date IS 'Business day in Asia/Ho_Chi_Minh.';
COMMENT ON COLUMN queue_number_series.last_number IS 'Last number issued that day (A001 = 1).';

CREATE TABLE queue_appointment_slots (
  ward_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  group_id uuid NOT NULL,
  local_date date NOT NULL,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL CHECK (ends_at > starts_at),
  capacity integer NOT NULL CHECK (capacity BETWEEN 0 AND 1000),
  booked integer NOT NULL DEFAULT 0 CHECK (booked >= 0),
  PRIMARY KEY (ward_id, id),
  UNIQUE (ward_id, group_id, starts_at),
  FOREIGN KEY (ward_id, group_id) REFERENCES queue_groups (ward_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE queue_appointment_slots IS 'Bookable time slots per group and day with a capacity.';
COMMENT ON COLUMN queue_appointment_slots.ward_id IS 'Owning ward.';
COMMENT ON COLUMN queue_appointment_slots.id IS 'Key of the slot.';
COMMENT ON COLUMN queue_appointment_slots.group_id IS 'Group the appointment is for.';
COMMENT ON COLUMN queue_appointment_slots.local_date IS 'Business day of the slot in Asia/Ho_Chi_Minh.';
COMMENT ON COLUMN queue_appointment_slots.starts_at IS 'Start of the slot.';
COMMENT ON COLUMN queue_appointment_slots.ends_at IS 'End of the slot.';
COMMENT ON COLUMN queue_appointment_slots.capacity IS 'How many appointments the slot takes.';
COMMENT ON COLUMN queue_appointment_slots.booked IS 'Appointments booked and not cancelled (kept ≤ capacity in the booking transaction).';

CREATE TABLE queue_appointments (
  ward_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  slot_id uuid NOT NULL,
  group_id uuid NOT NULL,
  code text NOT NULL,
  full_name text NOT NULL,
  phone text NOT NULL,
  status text NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'checked_in', 'no_show', 'cancelled')),
  ticket_id uuid,
  reminded_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (ward_id, id),
  UNIQUE (ward_id, code),
  FOREIGN KEY (ward_id, slot_id) REFERENCES queue_appointment_slots (ward_id, id) ON DELETE CASCADE,
  FOREIGN KEY (ward_id, group_id) REFERENCES queue_groups (ward_id, id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX queue_appointments_one_per_phone ON queue_appointments (ward_id, slot_id, phone)
  WHERE status = 'booked';
COMMENT ON TABLE queue_appointments IS 'Appointments booked online; checked in at the kiosk they become tickets served ahead of walk-ins.';
COMMENT ON COLUMN queue_appointments.ward_id IS 'Owning ward.';
COMMENT ON COLUMN queue_appointments.id IS 'Key of the appointment.';
COMMENT ON COLUMN queue_appointments.slot_id IS 'The booked slot.';
COMMENT ON COLUMN queue_appointments.group_id IS 'Group of the slot (copied for reports).';
COMMENT ON COLUMN queue_appointments.code IS 'Confirmation code given to the citizen and typed or scanned at the kiosk.';
COMMENT ON COLUMN queue_appointments.full_name IS 'Name the citizen gave (personal data: masked in lists).';
COMMENT ON COLUMN queue_appointments.phone IS 'Phone for the reminder (personal data: masked in lists, never public).';
COMMENT ON COLUMN queue_appointments.status IS 'booked, checked_in, no_show (slot passed without check-in) or cancelled.';
COMMENT ON COLUMN queue_appointments.ticket_id IS 'Ticket issued at check-in.';
COMMENT ON COLUMN queue_appointments.reminded_at IS 'When the day-before reminder was queued, null before.';
COMMENT ON COLUMN queue_appointments.created_at IS 'Booking time.';
COMMENT ON COLUMN queue_appointments.updated_at IS 'Last status change.';

CREATE TABLE queue_tickets (
  ward_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  track_id uuid NOT NULL DEFAULT gen_random_uuid() UNIQUE,
  local_date date NOT NULL,
  issued_group_id uuid NOT NULL,
  seq integer NOT NULL CHECK (seq >= 1),
  number text NOT NULL,
  group_id uuid NOT NULL,
  status text NOT NULL CHECK (status IN ('waiting', 'called', 'serving', 'on_hold', 'finished', 'no_show', 'cancelled')),
  priority text CHECK (priority IN ('elderly', 'disability', 'pregnant', 'child_under_6', 'merit')),
  channel text NOT NULL CHECK (channel IN ('kiosk', 'robot', 'staff', 'appointment')),
  lang text NOT NULL DEFAULT 'vi' CHECK (lang IN ('vi', 'en')),
  phone text,
  appointment_id uuid,
  precedence_from timestamptz,
  arrived_at timestamptz NOT NULL,
  counter_id uuid,
  staff_id uuid,
  recalls integer NOT NULL DEFAULT 0,
  called_at timestamptz,
  finished_at timestamptz,
  dossier_refs text[] NOT NULL DEFAULT '{}',
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (ward_id, id),
  UNIQUE (ward_id, issued_group_id, local_date, seq),
  FOREIGN KEY (ward_id, group_id) REFERENCES queue_groups (ward_id, id),
  FOREIGN KEY (ward_id, issued_group_id) REFERENCES queue_groups (ward_id, id),
  FOREIGN KEY (ward_id, counter_id) REFERENCES queue_counters (ward_id, id)
);
CREATE INDEX queue_tickets_waiting ON queue_tickets (ward_id, group_id, arrived_at) WHERE status = 'waiting';
CREATE INDEX queue_tickets_day ON queue_tickets (ward_id, local_date);
COMMENT ON TABLE queue_tickets IS 'Queue tickets; the current state is a projection of queue_ticket_actions, updated in the same transaction.';
COMMENT ON COLUMN queue_tickets.ward_id IS 'Owning ward.';
COMMENT ON COLUMN queue_tickets.id IS 'Key of the ticket (staff side).';
COMMENT ON COLUMN queue_tickets.track_id IS 'Unguessable public key in the QR code: lets a phone follow the position, nothing else.';
COMMENT ON COLUMN queue_tickets.local_date IS 'Business day of issue in Asia/Ho_Chi_Minh.';
COMMENT ON COLUMN queue_tickets.issued_group_id IS 'Group whose series the number came from.';
COMMENT ON COLUMN queue_tickets.seq IS 'Number within that series and day (12 for A012).';
COMMENT ON COLUMN queue_tickets.number IS 'Printed and spoken number, e.g. A012; kept on transfer.';
COMMENT ON COLUMN queue_tickets.group_id IS 'Group the ticket waits for now (changes on transfer).';
COMMENT ON COLUMN queue_tickets.status IS 'waiting, called, serving, on_hold, finished, no_show or cancelled.';
COMMENT ON COLUMN queue_tickets.priority IS 'Priority category (elderly, disability, pregnant, child_under_6, merit) or null.';
COMMENT ON COLUMN queue_tickets.channel IS 'Who issued it: kiosk, robot, staff or appointment (check-in).';
COMMENT ON COLUMN queue_tickets.lang IS 'Language of the printed ticket and the phone page.';
COMMENT ON COLUMN queue_tickets.phone IS 'Optional phone for a "your turn is near" message (personal data: masked, never public).';
COMMENT ON COLUMN queue_tickets.appointment_id IS 'Appointment checked in with this ticket.';
COMMENT ON COLUMN queue_tickets.precedence_from IS 'Slot start of a checked-in appointment: from then on it is called ahead of walk-ins.';
COMMENT ON COLUMN queue_tickets.arrived_at IS 'Arrival time; kept on transfer so a transferred citizen does not start over.';
COMMENT ON COLUMN queue_tickets.counter_id IS 'Counter that called the ticket (kept while on hold and after finishing).';
COMMENT ON COLUMN queue_tickets.staff_id IS 'Officer who called or served it (identity staff id).';
COMMENT ON COLUMN queue_tickets.recalls IS 'How many times the current call was repeated.';
COMMENT ON COLUMN queue_tickets.called_at IS 'Last call.';
COMMENT ON COLUMN queue_tickets.finished_at IS 'When it left the queue (finished, no-show or cancelled).';
COMMENT ON COLUMN queue_tickets.dossier_refs IS 'Dossiers created during the service (dossier ids or codes).';
COMMENT ON COLUMN queue_tickets.version IS 'Number of actions so far (= seq of the last queue_ticket_actions row).';
COMMENT ON COLUMN queue_tickets.updated_at IS 'Time of the last action.';

CREATE TABLE queue_ticket_actions (
  ward_id uuid NOT NULL,
  ticket_id uuid NOT NULL,
  seq integer NOT NULL CHECK (seq >= 1),
  at timestamptz NOT NULL,
  type text NOT NULL,
  actor_kind text NOT NULL CHECK (actor_kind IN ('staff', 'device', 'system', 'citizen')),
  actor_id uuid,
  actor_name text,
  counter_id uuid,
  group_id uuid NOT NULL,
  details jsonb NOT NULL DEFAULT '{}'::jsonb,
  PRIMARY KEY (ward_id, ticket_id, seq),
  FOREIGN KEY (ward_id, ticket_id) REFERENCES queue_tickets (ward_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE queue_ticket_actions IS 'Append-only log of everything done to a ticket; the ticket row can be rebuilt from it.';
COMMENT ON COLUMN queue_ticket_actions.ward_id IS 'Owning ward.';
COMMENT ON COLUMN queue_ticket_actions.ticket_id IS 'The ticket.';
COMMENT ON COLUMN queue_ticket_actions.seq IS 'Position in the ticket''s log: 1 = issue.';
COMMENT ON COLUMN queue_ticket_actions.at IS 'When.';
COMMENT ON COLUMN queue_ticket_actions.type IS 'issue, call, recall, no-show, start, hold, resume, transfer, finish or cancel.';
COMMENT ON COLUMN queue_ticket_actions.actor_kind IS 'staff, device, system or citizen.';
COMMENT ON COLUMN queue_ticket_actions.actor_id IS 'Staff or device id, null for system.';
COMMENT ON COLUMN queue_ticket_actions.actor_name IS 'Username or device name at the time.';
COMMENT ON COLUMN queue_ticket_actions.counter_id IS 'Counter acting (call, start…), null for issue.';
COMMENT ON COLUMN queue_ticket_actions.group_id IS 'Group of the ticket after the action.';
COMMENT ON COLUMN queue_ticket_actions.details IS 'Extra facts: priority and channel at issue, target group of a transfer, dossier refs, reasons.';

CREATE FUNCTION queue_ticket_actions_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'queue_ticket_actions is append-only';
END;
$$;
COMMENT ON FUNCTION queue_ticket_actions_refuse_change() IS 'Refuses UPDATE on queue_ticket_actions (rows go only with their ward or ticket).';
CREATE TRIGGER queue_ticket_actions_append_only BEFORE UPDATE ON queue_ticket_actions
  FOR EACH ROW EXECUTE FUNCTION queue_ticket_actions_refuse_change();

CREATE TABLE queue_ticket_periods (
  ward_id uuid NOT NULL,
  ticket_id uuid NOT NULL,
  seq integer NOT NULL CHECK (seq >= 1),
  kind text NOT NULL CHECK (kind IN ('waiting', 'called', 'serving', 'on_hold')),
  group_id uuid NOT NULL,
  counter_id uuid,
  staff_id uuid,
  started_at timestamptz NOT NULL,
  ended_at timestamptz CHECK (ended_at >= started_at),
  PRIMARY KEY (ward_id, ticket_id, seq),
  FOREIGN KEY (ward_id, ticket_id) REFERENCES queue_tickets (ward_id, id) ON DELETE CASCADE
);
CREATE INDEX queue_ticket_periods_started ON queue_ticket_periods (ward_id, started_at);
COMMENT ON TABLE queue_ticket_periods IS 'Timed periods of a ticket (waiting, called, serving, on hold): exact wait and service times.';
COMMENT ON COLUMN queue_ticket_periods.ward_id IS 'Owning ward.';
COMMENT ON COLUMN queue_ticket_periods.ticket_id IS 'The ticket.';
COMMENT ON COLUMN queue_ticket_periods.seq IS 'Seq of the action that opened the period.';
COMMENT ON COLUMN queue_ticket_periods.kind IS 'waiting, called, serving or on_hold.';
COMMENT ON COLUMN queue_ticket_periods.group_id IS 'Group the ticket belonged to during the period.';
COMMENT ON COLUMN queue_ticket_periods.counter_id IS 'Counter during called/serving/on_hold periods.';
COMMENT ON COLUMN queue_ticket_periods.staff_id IS 'Officer during called/serving/on_hold periods.';
COMMENT ON COLUMN queue_ticket_periods.started_at IS 'Start of the period.';
COMMENT ON COLUMN queue_ticket_periods.ended_at IS 'End of the period, null while it lasts.';

CREATE TABLE queue_ratings (
  ward_id uuid NOT NULL,
  ticket_id uuid NOT NULL,
  score text NOT NULL CHECK (score IN ('very_satisfied', 'satisfied', 'neutral', 'dissatisfied')),
  comment text,
  group_id uuid NOT NULL,
  counter_id uuid,
  staff_id uuid,
  rated_at timestamptz NOT NULL,
  PRIMARY KEY (ward_id, ticket_id),
  FOREIGN KEY (ward_id, ticket_id) REFERENCES queue_tickets (ward_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE queue_ratings IS 'Satisfaction rating after service (one per ticket); feeds indicator 5.4 of Decision 766.';
COMMENT ON COLUMN queue_ratings.ward_id IS 'Owning ward.';
COMMENT ON COLUMN queue_ratings.ticket_id IS 'The ticket rated.';
COMMENT ON COLUMN queue_ratings.score IS 'rất hài lòng (very_satisfied), hài lòng, bình thường (neutral) or không hài lòng (dissatisfied).';
COMMENT ON COLUMN queue_ratings.comment IS 'Optional free text from the citizen.';
COMMENT ON COLUMN queue_ratings.group_id IS 'Group that served the ticket.';
COMMENT ON COLUMN queue_ratings.counter_id IS 'Counter that served the ticket.';
COMMENT ON COLUMN queue_ratings.staff_id IS 'Officer who served the ticket.';
COMMENT ON COLUMN queue_ratings.rated_at IS 'When the rating was given.';
