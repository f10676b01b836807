-- Dossiers (hồ sơ thủ tục hành chính): the projection of each dossier, its append-only action log, the documents
-- received, generated official forms, the daily code sequences, deadline alerts and the public-lookup throttle.
-- Every tenant table is ward-keyed: ward_id is the first column of every primary and foreign key.
-- Staff ids are stored without a foreign key (identity owns staff; staff are deactivated, never deleted), with the
-- name copied where a form or list needs it. The projection (dossiers) is rebuilt from dossier_actions by
-- rebuildDossier; the applicant's personal data lives only in dossiers.

CREATE TABLE dossier_code_sequences (
  ward_id uuid NOT NULL REFERENCES wards (id) ON DELETE CASCADE,
  local_date date NOT NULL,
  last_number integer NOT NULL CHECK (last_number >= 1),
  PRIMARY KEY (ward_id, local_date)
);
COMMENT ON TABLE dossier_code_sequences IS 'Last sequence number used in dossier codes per ward and Vietnam-time day; incremented in the intake transaction (row lock), so numbers are never repeated or skipped.';
COMMENT ON COLUMN dossier_code_sequences.ward_id IS 'Receiving ward (its agency e-ID prefixes the code).';
COMMENT ON COLUMN dossier_code_sequences.local_date IS 'Receipt date in Asia/Ho_Chi_Minh (the YYMMDD part of the code).';
COMMENT ON COLUMN dossier_code_sequences.last_number IS 'Highest sequence number issued that day (the next dossier gets last_number + 1).';

CREATE TABLE dossiers (
  ward_id uuid NOT NULL REFERENCES wards (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  code text NOT NULL,
  procedure_id text NOT NULL,
  procedure_code text,
  procedure_name text NOT NULL,
  channel text NOT NULL CHECK (channel IN ('counter', 'online', 'post', 'field')),
  ticket_id uuid,
  applicant_name text NOT NULL,
  applicant_id_number text NOT NULL CHECK (applicant_id_number ~ '^[0-9]{12}$'),
  applicant_phone text NOT NULL,
  applicant_email text,
  applicant_address text NOT NULL,
  proxy jsonb,
  lookup_secret_hash text NOT NULL,
  status text NOT NULL,
  portal_status smallint NOT NULL CHECK (portal_status BETWEEN 1 AND 10),
  version integer NOT NULL DEFAULT 1,
  registered_at timestamptz NOT NULL,
  received_at timestamptz,
  appointment_at timestamptz,
  statutory_due_at timestamptz,
  paused_at timestamptz,
  clock jsonb NOT NULL DEFAULT '{}'::jsonb,
  department_id uuid,
  department_name text,
  assignee_id uuid,
  assignee_name text,
  supplement_count integer NOT NULL DEFAULT 0,
  rescheduled boolean NOT NULL DEFAULT false,
  finished_at timestamptz,
  returned_at timestamptz,
  return_method text CHECK (return_method IN ('counter', 'online', 'post')),
  result_number text,
  warned_at timestamptz,
  late_marked_at timestamptz,
  created_by text NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (ward_id, id),
  UNIQUE (ward_id, code)
);
CREATE INDEX dossiers_status_idx ON dossiers (ward_id, status, appointment_at);
CREATE INDEX dossiers_assignee_idx ON dossiers (ward_id, assignee_id, status);
CREATE INDEX dossiers_received_idx ON dossiers (ward_id, registered_at);
COMMENT ON TABLE dossiers IS 'One dossier per row: static intake data plus the current state projected from dossier_actions (rebuilt by rebuildDossier).';
COMMENT ON COLUMN dossiers.ward_id IS 'Receiving ward; every query is scoped by it.';
COMMENT ON COLUMN dossiers.id IS 'Internal key; the public key is code.';
COMMENT ON COLUMN dossiers.code IS 'Mã hồ sơ <agency e-ID>-<YYMMDD>-<sequence of at least 4 digits> (Circular 03/2025).';
COMMENT ON COLUMN dossiers.procedure_id IS 'Catalog procedure id (catalog_procedures.id) at intake.';
COMMENT ON COLUMN dossiers.procedure_code IS 'National procedure code (mã TTHC) at intake, null if the procedure has none.';
COMMENT ON COLUMN dossiers.procedure_name IS 'Procedure name at intake, printed on forms even if the catalog changes.';
COMMENT ON COLUMN dossiers.channel IS 'How it was submitted: counter, online, post (bưu chính công ích) or field (community advisory team).';
COMMENT ON COLUMN dossiers.ticket_id IS 'Queue ticket served when the dossier was taken at the counter (queue module), if any.';
COMMENT ON COLUMN dossiers.applicant_name IS 'Applicant full name (personal data; public lookup shows only initials).';
COMMENT ON COLUMN dossiers.applicant_id_number IS 'Applicant personal ID number (số định danh, 12 digits); personal data, masked in lists.';
COMMENT ON COLUMN dossiers.applicant_phone IS 'Applicant mobile phone (personal data, masked in lists), receives SMS notices.';
COMMENT ON COLUMN dossiers.applicant_email IS 'Applicant email, optional, receives email notices.';
COMMENT ON COLUMN dossiers.applicant_address IS 'Applicant address as written on form 01.';
COMMENT ON COLUMN dossiers.proxy IS 'Authorised representative when the applicant did not come in person: {fullName, idNumber, phone, relation}; null otherwise.';
COMMENT ON COLUMN dossiers.lookup_secret_hash IS 'SHA-256 of the random lookup secret printed on the receipt (the secret itself is never stored).';
COMMENT ON COLUMN dossiers.status IS 'Current status derived from the action log (submitted, received, in-progress, supplement-requested, …).';
COMMENT ON COLUMN dossiers.portal_status IS 'National portal status code 1–10 (DOMAIN.md §2) of the status.';
COMMENT ON COLUMN dossiers.version IS 'Optimistic concurrency version: the number of actions in the log; every action must name it.';
COMMENT ON COLUMN dossiers.registered_at IS 'When the dossier was registered (submitted online or taken at the counter).';
COMMENT ON COLUMN dossiers.received_at IS 'NgayTiepNhan: when it was received as complete; null before.';
COMMENT ON COLUMN dossiers.appointment_at IS 'NgayHenTra: current appointment for the result (after pauses, restarts and a reschedule).';
COMMENT ON COLUMN dossiers.statutory_due_at IS 'Deadline without the reschedule (supplement time already accounted for); the 766 on-time indicator compares with it.';
COMMENT ON COLUMN dossiers.paused_at IS 'When the clock stopped (supplement request, excluded consultation); null while it runs.';
COMMENT ON COLUMN dossiers.clock IS 'Clock state of the projection: pause snapshot and per-step internal deadlines ({pausedDue, steps:[{step,due}]}).';
COMMENT ON COLUMN dossiers.department_id IS 'Department (identity departments.id) the dossier was transferred to.';
COMMENT ON COLUMN dossiers.department_name IS 'Department name at transfer.';
COMMENT ON COLUMN dossiers.assignee_id IS 'Specialist (staff id) assigned to appraise it.';
COMMENT ON COLUMN dossiers.assignee_name IS 'Assignee full name at assignment.';
COMMENT ON COLUMN dossiers.supplement_count IS 'Number of supplement requests; more than one makes the dossier late in the 766 index.';
COMMENT ON COLUMN dossiers.rescheduled IS 'True after the one allowed apology and reschedule (form 04).';
COMMENT ON COLUMN dossiers.finished_at IS 'NgayKetThucXuLy: when processing ended (signed, rejected, stopped, withdrawn, refused).';
COMMENT ON COLUMN dossiers.returned_at IS 'NgayTra: when the result was returned to the applicant.';
COMMENT ON COLUMN dossiers.return_method IS 'How the result was collected: counter, online or post.';
COMMENT ON COLUMN dossiers.result_number IS 'Number the clerk (văn thư) gave the signed result document.';
COMMENT ON COLUMN dossiers.warned_at IS 'When the deadline sweep warned the assignee and director (one working day before); not part of the log.';
COMMENT ON COLUMN dossiers.late_marked_at IS 'When the deadline sweep found it past its appointment; not part of the log.';
COMMENT ON COLUMN dossiers.created_by IS 'Username (or device name) of the officer who registered it.';
COMMENT ON COLUMN dossiers.updated_at IS 'Last change of the projection.';

CREATE TABLE dossier_actions (
  ward_id uuid NOT NULL,
  dossier_id uuid NOT NULL,
  seq integer NOT NULL CHECK (seq >= 1),
  type text NOT NULL,
  at timestamptz NOT NULL,
  actor_kind text NOT NULL CHECK (actor_kind IN ('staff', 'device', 'system', 'citizen')),
  actor_id text,
  actor_name text NOT NULL,
  from_status text,
  to_status text NOT NULL,
  payload jsonb NOT NULL DEFAULT '{}'::jsonb,
  PRIMARY KEY (ward_id, dossier_id, seq),
  FOREIGN KEY (ward_id, dossier_id) REFERENCES dossiers (ward_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE dossier_actions IS 'Append-only action log of a dossier (the legal trail; form 06 is filled from it). Never updated or deleted.';
COMMENT ON COLUMN dossier_actions.ward_id IS 'Owning ward.';
COMMENT ON COLUMN dossier_actions.dossier_id IS 'The dossier acted on.';
COMMENT ON COLUMN dossier_actions.seq IS '1, 2, 3… per dossier; equals the dossier version after the action.';
COMMENT ON COLUMN dossier_actions.type IS 'Action: submit, receive, request-supplement, supplement-received, refuse, transfer, assign, request-consultation, consultation-received, submit-for-approval, return-for-rework, approve, reject-after-appraisal, sign-and-number, result-ready, return-result, withdraw, stop, apologize-and-reschedule.';
COMMENT ON COLUMN dossier_actions.at IS 'When it happened.';
COMMENT ON COLUMN dossier_actions.actor_kind IS 'staff, device, system or citizen.';
COMMENT ON COLUMN dossier_actions.actor_id IS 'Staff or device id; null for the system or a citizen.';
COMMENT ON COLUMN dossier_actions.actor_name IS 'Username or name of the actor at the time.';
COMMENT ON COLUMN dossier_actions.from_status IS 'Status before the action (null for submit).';
COMMENT ON COLUMN dossier_actions.to_status IS 'Status after the action.';
COMMENT ON COLUMN dossier_actions.payload IS 'What was decided (reasons, missing items, new appointment, step deadlines…), validated by the action schema on read; never personal data.';

CREATE TABLE dossier_documents (
  ward_id uuid NOT NULL,
  dossier_id uuid NOT NULL,
  position integer NOT NULL CHECK (position >= 1),
  document_id text,
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('original', 'certified', 'copy')),
  count integer NOT NULL CHECK (count BETWEEN 1 AND 100),
  file_id uuid,
  scanned boolean NOT NULL DEFAULT false,
  added_at timestamptz NOT NULL,
  PRIMARY KEY (ward_id, dossier_id, position),
  FOREIGN KEY (ward_id, dossier_id) REFERENCES dossiers (ward_id, id) ON DELETE CASCADE,
  FOREIGN KEY (ward_id, file_id) REFERENCES files (ward_id, id)
);
COMMENT ON TABLE dossier_documents IS 'Documents handed in with a dossier (the ticked checklist), with the uploaded or scanned file when there is one.';
COMMENT ON COLUMN dossier_documents.ward_id IS 'Owning ward.';
COMMENT ON COLUMN dossier_documents.dossier_id IS 'The dossier.';
COMMENT ON COLUMN dossier_documents.position IS 'Line number on form 01.';
COMMENT ON COLUMN dossier_documents.document_id IS 'Catalog checklist id (doc-1, doc-2… from requiredDocumentsOf), null for an extra document.';
COMMENT ON COLUMN dossier_documents.name IS 'Document name as printed on form 01.';
COMMENT ON COLUMN dossier_documents.kind IS 'original (bản chính), certified (bản sao chứng thực) or copy (bản sao/photocopy).';
COMMENT ON COLUMN dossier_documents.count IS 'Number of copies handed in.';
COMMENT ON COLUMN dossier_documents.file_id IS 'Uploaded or scanned file (files module), null for paper only.';
COMMENT ON COLUMN dossier_documents.scanned IS 'True when the file is a counter scan of a paper document (counts toward the 766 digitisation indicator).';
COMMENT ON COLUMN dossier_documents.added_at IS 'When the document (or its file) was recorded.';

CREATE TABLE dossier_forms (
  ward_id uuid NOT NULL REFERENCES wards (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  dossier_id uuid,
  form text NOT NULL CHECK (form IN ('01', '02', '03', '04', '05', '06', '07')),
  format text NOT NULL CHECK (format IN ('pdf', 'xlsx')),
  dossier_version integer,
  period_from date,
  period_to date,
  file_id uuid NOT NULL,
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  generated_at timestamptz NOT NULL,
  generated_by text NOT NULL,
  PRIMARY KEY (ward_id, id),
  FOREIGN KEY (ward_id, dossier_id) REFERENCES dossiers (ward_id, id) ON DELETE CASCADE,
  FOREIGN KEY (ward_id, file_id) REFERENCES files (ward_id, id)
);
CREATE INDEX dossier_forms_dossier_idx ON dossier_forms (ward_id, dossier_id, form, dossier_version);
COMMENT ON TABLE dossier_forms IS 'Official forms generated on demand (Circular 03/2025 Phụ lục I: 01–06 per dossier, 07 register per period) and stored in the files module.';
COMMENT ON COLUMN dossier_forms.ward_id IS 'Owning ward.';
COMMENT ON COLUMN dossier_forms.id IS 'Key of the generated form.';
COMMENT ON COLUMN dossier_forms.dossier_id IS 'The dossier (forms 01–06); null for the register (07).';
COMMENT ON COLUMN dossier_forms.form IS 'Form number 01–07.';
COMMENT ON COLUMN dossier_forms.format IS 'pdf, or xlsx for the register.';
COMMENT ON COLUMN dossier_forms.dossier_version IS 'Dossier version the form was generated from (a newer version regenerates it); null for the register.';
COMMENT ON COLUMN dossier_forms.period_from IS 'Register only: first receipt date covered.';
COMMENT ON COLUMN dossier_forms.period_to IS 'Register only: last receipt date covered.';
COMMENT ON COLUMN dossier_forms.file_id IS 'The stored file (files module, kind generated-form).';
COMMENT ON COLUMN dossier_forms.sha256 IS 'SHA-256 of the generated bytes, checked when the file is served.';
COMMENT ON COLUMN dossier_forms.generated_at IS 'When it was generated.';
COMMENT ON COLUMN dossier_forms.generated_by IS 'Username of the officer who asked for it.';

CREATE TABLE dossier_alerts (
  ward_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  dossier_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('due-soon', 'late')),
  staff_id uuid NOT NULL,
  due_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (ward_id, id),
  UNIQUE (ward_id, dossier_id, kind, staff_id, due_at),
  FOREIGN KEY (ward_id, dossier_id) REFERENCES dossiers (ward_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE dossier_alerts IS 'In-app deadline warnings written by the deadline sweep for the assignee and the director.';
COMMENT ON COLUMN dossier_alerts.ward_id IS 'Owning ward.';
COMMENT ON COLUMN dossier_alerts.id IS 'Key of the alert.';
COMMENT ON COLUMN dossier_alerts.dossier_id IS 'The dossier concerned.';
COMMENT ON COLUMN dossier_alerts.kind IS 'due-soon (one working day before the appointment) or late (past it).';
COMMENT ON COLUMN dossier_alerts.staff_id IS 'Who is warned: the assignee or a director of the ward.';
COMMENT ON COLUMN dossier_alerts.due_at IS 'The appointment the alert is about (a rescheduled dossier is warned again).';
COMMENT ON COLUMN dossier_alerts.created_at IS 'When the sweep wrote it.';

CREATE TABLE dossier_lookup_throttle (
  key text PRIMARY KEY,
  failures integer NOT NULL,
  window_started_at timestamptz NOT NULL
);
COMMENT ON TABLE dossier_lookup_throttle IS 'Failed public status lookups per client address (rate limit); not ward data, because a failed lookup names no ward.';
COMMENT ON COLUMN dossier_lookup_throttle.key IS 'ip:<client address>.';
COMMENT ON COLUMN dossier_lookup_throttle.failures IS 'Failed lookups in the current window.';
COMMENT ON COLUMN dossier_lookup_throttle.window_started_at IS 'Start of the current window.';
