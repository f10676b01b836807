-- Backlog clearance: dossiers inherited from the predecessor units' old systems (hồ sơ tồn đọng), imported from
-- their spreadsheets, repaired and classified (triage), planned in phases against the leaders' milestones, and
-- tracked until each one is closed or converted into a live dossier. Every key starts with ward_id.

CREATE TABLE backlog_settings (
  ward_id uuid NOT NULL REFERENCES wards (id) ON DELETE CASCADE,
  triage jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL,
  updated_by text NOT NULL,
  PRIMARY KEY (ward_id)
);
COMMENT ON TABLE backlog_settings IS 'A ward''s triage rules for the backlog (complexity weights, thresholds, effort per level); defaults apply when absent.';
COMMENT ON COLUMN backlog_settings.ward_id IS 'Ward the rules belong to.';
COMMENT ON COLUMN backlog_settings.triage IS 'TriageSettings JSON: field weights, flag weights, age points, thresholds, effort hours per complexity level.';
COMMENT ON COLUMN backlog_settings.version IS 'Optimistic-lock version, incremented on every change.';
COMMENT ON COLUMN backlog_settings.updated_at IS 'When the rules last changed.';
COMMENT ON COLUMN backlog_settings.updated_by IS 'Who last changed them (username).';

CREATE TABLE backlog_imports (
  ward_id uuid NOT NULL REFERENCES wards (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  source_unit text NOT NULL CHECK (length(source_unit) BETWEEN 1 AND 200),
  file_name text NOT NULL,
  file_sha256 text NOT NULL CHECK (file_sha256 ~ '^[0-9a-f]{64}$'),
  format text NOT NULL CHECK (format IN ('xlsx', 'csv')),
  status text NOT NULL CHECK (status IN ('awaiting_confirmation', 'importing', 'committed', 'failed')),
  preview jsonb NOT NULL,
  summary jsonb,
  error jsonb,
  staged_path text,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL,
  finished_at timestamptz,
  PRIMARY KEY (ward_id, id)
);
CREATE UNIQUE INDEX backlog_imports_committed_file_idx ON backlog_imports (ward_id, source_unit, file_sha256)
  WHERE status = 'committed';
COMMENT ON TABLE backlog_imports IS 'One uploaded spreadsheet or CSV from a predecessor unit: its preview, the confirmed mapping and the outcome.';
COMMENT ON COLUMN backlog_imports.ward_id IS 'Ward importing the file.';
COMMENT ON COLUMN backlog_imports.id IS 'Import key used in URLs and in backlog_items.import_id.';
COMMENT ON COLUMN backlog_imports.source_unit IS 'Predecessor unit the file came from, e.g. Phường Thảo Điền; part of every item''s identity.';
COMMENT ON COLUMN backlog_imports.file_name IS 'File name as uploaded.';
COMMENT ON COLUMN backlog_imports.file_sha256 IS 'SHA-256 of the file: the same file from the same source is imported once.';
COMMENT ON COLUMN backlog_imports.format IS 'xlsx or csv.';
COMMENT ON COLUMN backlog_imports.status IS 'awaiting_confirmation (unknown headers or not yet confirmed), importing, committed or failed.';
COMMENT ON COLUMN backlog_imports.preview IS 'ImportPreview JSON: header row, proposed mapping, unknown headers, encodings per column with before/after.';
COMMENT ON COLUMN backlog_imports.summary IS 'ImportSummary JSON once committed: rows read, inserted, already present, rejected, likely duplicates.';
COMMENT ON COLUMN backlog_imports.error IS 'Coded error (code, messages, details) when the import failed; nothing was imported then.';
COMMENT ON COLUMN backlog_imports.staged_path IS 'Where the uploaded bytes wait for confirmation; cleared once imported or failed.';
COMMENT ON COLUMN backlog_imports.created_by IS 'Who uploaded the file (username).';
COMMENT ON COLUMN backlog_imports.created_at IS 'When the file was uploaded.';
COMMENT ON COLUMN backlog_imports.finished_at IS 'When the import committed or failed.';

CREATE TABLE backlog_items (
  ward_id uuid NOT NULL REFERENCES wards (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  source_unit text NOT NULL,
  original_code text NOT NULL CHECK (length(original_code) BETWEEN 1 AND 100),
  import_id uuid NOT NULL,
  receipt_number text,
  procedure_code_raw text,
  procedure_name_raw text,
  field_raw text,
  applicant_name text,
  applicant_id_number text,
  applicant_phone text,
  applicant_address text,
  received_on date NOT NULL,
  original_due date,
  legacy_status text,
  legacy_officer text,
  missing_documents_text text,
  notes text,
  extra jsonb NOT NULL DEFAULT '{}',
  procedure_key text NOT NULL,
  procedure_id text,
  procedure_code text,
  procedure_name text,
  match_method text NOT NULL CHECK (match_method IN ('code', 'name', 'manual', 'none')),
  match_confidence numeric NOT NULL CHECK (match_confidence BETWEEN 0 AND 1),
  competence text NOT NULL CHECK (competence IN ('ward', 'other', 'unknown')),
  receiving_body text,
  field text NOT NULL,
  complexity text NOT NULL CHECK (complexity IN ('simple', 'medium', 'complex', 'very_complex')),
  complexity_score numeric NOT NULL,
  effort_hours numeric NOT NULL CHECK (effort_hours > 0),
  missing_documents boolean NOT NULL,
  site_verification boolean NOT NULL,
  multi_agency boolean NOT NULL,
  overridden text[] NOT NULL DEFAULT '{}',
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done', 'transferred', 'cancelled')),
  assigned_staff_id uuid,
  started_at timestamptz,
  closed_at timestamptz,
  close_note text,
  dossier_code text,
  discovered_on date NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (ward_id, id),
  UNIQUE (ward_id, source_unit, original_code),
  FOREIGN KEY (ward_id, import_id) REFERENCES backlog_imports (ward_id, id)
);
CREATE INDEX backlog_items_status_idx ON backlog_items (ward_id, status, competence);
CREATE INDEX backlog_items_applicant_idx ON backlog_items (ward_id, applicant_id_number, procedure_key)
  WHERE applicant_id_number IS NOT NULL;
CREATE INDEX backlog_items_import_idx ON backlog_items (ward_id, import_id);
COMMENT ON TABLE backlog_items IS 'One inherited dossier: what the old system said (raw columns), what triage decided, and where it stands now.';
COMMENT ON COLUMN backlog_items.ward_id IS 'Ward that inherited the dossier.';
COMMENT ON COLUMN backlog_items.id IS 'Item key used in URLs and plans.';
COMMENT ON COLUMN backlog_items.source_unit IS 'Predecessor unit it came from; with original_code it identifies the item (re-imports are no-ops).';
COMMENT ON COLUMN backlog_items.original_code IS 'Mã hồ sơ in the old system; kept when the item becomes a live dossier.';
COMMENT ON COLUMN backlog_items.import_id IS 'Import that first brought the item in.';
COMMENT ON COLUMN backlog_items.receipt_number IS 'Số biên nhận in the old system, if any.';
COMMENT ON COLUMN backlog_items.procedure_code_raw IS 'Procedure code as written in the file, if any.';
COMMENT ON COLUMN backlog_items.procedure_name_raw IS 'Procedure name as written in the file (after encoding repair).';
COMMENT ON COLUMN backlog_items.field_raw IS 'Lĩnh vực as written in the file.';
COMMENT ON COLUMN backlog_items.applicant_name IS 'Người nộp (applicant) name.';
COMMENT ON COLUMN backlog_items.applicant_id_number IS 'Personal ID (CCCD 12 digits, CMND 9) or passport, normalised; masked in every list.';
COMMENT ON COLUMN backlog_items.applicant_phone IS 'Phone normalised to 10 digits (11 for landlines); masked in every list.';
COMMENT ON COLUMN backlog_items.applicant_address IS 'Applicant address as written.';
COMMENT ON COLUMN backlog_items.received_on IS 'Ngày nhận: the legal receipt date in the old system; kept on conversion.';
COMMENT ON COLUMN backlog_items.original_due IS 'Ngày hẹn trả: the original appointment; lateness is counted against it.';
COMMENT ON COLUMN backlog_items.legacy_status IS 'Tình trạng in the old system (free text).';
COMMENT ON COLUMN backlog_items.legacy_officer IS 'Cán bộ thụ lý in the old system (free text).';
COMMENT ON COLUMN backlog_items.missing_documents_text IS 'Documents the old system listed as missing, if a column said so.';
COMMENT ON COLUMN backlog_items.notes IS 'Ghi chú from the file.';
COMMENT ON COLUMN backlog_items.extra IS 'Columns nobody mapped, kept by header name.';
COMMENT ON COLUMN backlog_items.procedure_key IS 'Catalog code or folded procedure name: likely duplicates across sources share it.';
COMMENT ON COLUMN backlog_items.procedure_id IS 'Matched curated catalog procedure id, if any.';
COMMENT ON COLUMN backlog_items.procedure_code IS 'Matched national procedure code, if any.';
COMMENT ON COLUMN backlog_items.procedure_name IS 'Matched catalog procedure name.';
COMMENT ON COLUMN backlog_items.match_method IS 'code (exact code), name (text matching), manual (an officer chose) or none.';
COMMENT ON COLUMN backlog_items.match_confidence IS 'Confidence of the match, 0–1; below 0.8 the item is on the review list.';
COMMENT ON COLUMN backlog_items.competence IS 'ward (the ward decides), other (another body: transfer list) or unknown (review).';
COMMENT ON COLUMN backlog_items.receiving_body IS 'Body the item is transferred to when competence is other.';
COMMENT ON COLUMN backlog_items.field IS 'Nature of the dossier (lĩnh vực) used for skills and reports.';
COMMENT ON COLUMN backlog_items.complexity IS 'simple, medium, complex or very_complex, from the triage rules.';
COMMENT ON COLUMN backlog_items.complexity_score IS 'Points the triage rules gave (field, missing documents, site verification, several agencies, age).';
COMMENT ON COLUMN backlog_items.effort_hours IS 'Officer-hours the item is planned to take (from complexity, editable).';
COMMENT ON COLUMN backlog_items.missing_documents IS 'Documents are missing (file column or status text).';
COMMENT ON COLUMN backlog_items.site_verification IS 'Needs a site visit or verification (field rules or status text).';
COMMENT ON COLUMN backlog_items.multi_agency IS 'Needs other agencies'' opinions (status text or the procedure''s handling bodies).';
COMMENT ON COLUMN backlog_items.overridden IS 'Attributes an officer set by hand; re-triage leaves them alone (reasons in backlog_item_overrides).';
COMMENT ON COLUMN backlog_items.status IS 'open, in_progress (converted to a live dossier), done, transferred or cancelled.';
COMMENT ON COLUMN backlog_items.assigned_staff_id IS 'Officer working on it once started.';
COMMENT ON COLUMN backlog_items.started_at IS 'When work started (conversion to a live dossier).';
COMMENT ON COLUMN backlog_items.closed_at IS 'When it left the backlog (done, transferred or cancelled): the burn-down counts it from then.';
COMMENT ON COLUMN backlog_items.close_note IS 'Note given when it was closed.';
COMMENT ON COLUMN backlog_items.dossier_code IS 'Code of the live dossier it became (the original code, kept).';
COMMENT ON COLUMN backlog_items.discovered_on IS 'Date it entered the backlog (import date): new backlog discovered that week.';
COMMENT ON COLUMN backlog_items.version IS 'Optimistic-lock version, incremented on every change.';
COMMENT ON COLUMN backlog_items.created_at IS 'When the row was imported.';
COMMENT ON COLUMN backlog_items.updated_at IS 'When the row last changed.';

CREATE TABLE backlog_item_overrides (
  ward_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  item_id uuid NOT NULL,
  attribute text NOT NULL CHECK (attribute IN ('procedure', 'competence', 'field', 'complexity', 'effortHours')),
  old_value jsonb,
  new_value jsonb NOT NULL,
  reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 1000),
  actor_id text,
  actor_name text NOT NULL,
  at timestamptz NOT NULL,
  PRIMARY KEY (ward_id, id),
  FOREIGN KEY (ward_id, item_id) REFERENCES backlog_items (ward_id, id) ON DELETE CASCADE
);
CREATE INDEX backlog_item_overrides_item_idx ON backlog_item_overrides (ward_id, item_id, at);
COMMENT ON TABLE backlog_item_overrides IS 'Append-only log of classifications an officer changed by hand, with the reason.';
COMMENT ON COLUMN backlog_item_overrides.ward_id IS 'Ward of the item.';
COMMENT ON COLUMN backlog_item_overrides.id IS 'Entry key.';
COMMENT ON COLUMN backlog_item_overrides.item_id IS 'Item whose classification changed.';
COMMENT ON COLUMN backlog_item_overrides.attribute IS 'procedure, competence, field, complexity or effortHours.';
COMMENT ON COLUMN backlog_item_overrides.old_value IS 'Value before (JSON).';
COMMENT ON COLUMN backlog_item_overrides.new_value IS 'Value after (JSON).';
COMMENT ON COLUMN backlog_item_overrides.reason IS 'Why the officer changed it.';
COMMENT ON COLUMN backlog_item_overrides.actor_id IS 'Staff id of the officer.';
COMMENT ON COLUMN backlog_item_overrides.actor_name IS 'Username of the officer at the time.';
COMMENT ON COLUMN backlog_item_overrides.at IS 'When.';

CREATE TABLE backlog_duplicate_flags (
  ward_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  item_a uuid NOT NULL,
  item_b uuid NOT NULL,
  reason text NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'same', 'different')),
  note text,
  decided_by text,
  decided_at timestamptz,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (ward_id, id),
  UNIQUE (ward_id, item_a, item_b),
  CHECK (item_a < item_b),
  FOREIGN KEY (ward_id, item_a) REFERENCES backlog_items (ward_id, id) ON DELETE CASCADE,
  FOREIGN KEY (ward_id, item_b) REFERENCES backlog_items (ward_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE backlog_duplicate_flags IS 'Pairs of items from different sources that are probably the same dossier (same applicant ID, same procedure, close dates), for a person to decide.';
COMMENT ON COLUMN backlog_duplicate_flags.ward_id IS 'Ward of both items.';
COMMENT ON COLUMN backlog_duplicate_flags.id IS 'Flag key.';
COMMENT ON COLUMN backlog_duplicate_flags.item_a IS 'One item (the smaller id).';
COMMENT ON COLUMN backlog_duplicate_flags.item_b IS 'The other item (the larger id).';
COMMENT ON COLUMN backlog_duplicate_flags.reason IS 'Why they were flagged, e.g. same CCCD and procedure, received 3 days apart.';
COMMENT ON COLUMN backlog_duplicate_flags.status IS 'pending, same (the second is cancelled) or different.';
COMMENT ON COLUMN backlog_duplicate_flags.note IS 'Note of the person who decided.';
COMMENT ON COLUMN backlog_duplicate_flags.decided_by IS 'Who decided (username).';
COMMENT ON COLUMN backlog_duplicate_flags.decided_at IS 'When.';
COMMENT ON COLUMN backlog_duplicate_flags.created_at IS 'When the pair was flagged.';

CREATE TABLE backlog_staff_capacity (
  ward_id uuid NOT NULL,
  staff_id uuid NOT NULL,
  fields text[] NOT NULL,
  hours_per_day numeric NOT NULL CHECK (hours_per_day BETWEEN 0 AND 12),
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (ward_id, staff_id),
  FOREIGN KEY (ward_id, staff_id) REFERENCES staff (ward_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE backlog_staff_capacity IS 'Officers who work on the backlog: their fields (skills) and the hours per working day they give to it.';
COMMENT ON COLUMN backlog_staff_capacity.ward_id IS 'Ward of the officer.';
COMMENT ON COLUMN backlog_staff_capacity.staff_id IS 'The officer.';
COMMENT ON COLUMN backlog_staff_capacity.fields IS 'Fields (lĩnh vực) the officer may handle.';
COMMENT ON COLUMN backlog_staff_capacity.hours_per_day IS 'Hours per working day given to the backlog.';
COMMENT ON COLUMN backlog_staff_capacity.updated_at IS 'When it last changed.';

CREATE TABLE backlog_milestones (
  ward_id uuid NOT NULL REFERENCES wards (id) ON DELETE CASCADE,
  date date NOT NULL,
  share numeric NOT NULL CHECK (share > 0 AND share <= 1),
  PRIMARY KEY (ward_id, date)
);
COMMENT ON TABLE backlog_milestones IS 'The leaders'' milestones: by this date, this share of the competent backlog is cleared (e.g. 50 % by 31/7, 100 % by 31/8).';
COMMENT ON COLUMN backlog_milestones.ward_id IS 'Ward the milestone is set for.';
COMMENT ON COLUMN backlog_milestones.date IS 'Milestone date.';
COMMENT ON COLUMN backlog_milestones.share IS 'Share (0–1] of the competent backlog cleared by then.';

CREATE TABLE backlog_plans (
  ward_id uuid NOT NULL REFERENCES wards (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  created_at timestamptz NOT NULL,
  created_by text NOT NULL,
  start_date date NOT NULL,
  horizon_end date NOT NULL,
  priority text NOT NULL CHECK (priority IN ('oldest-first', 'simplest-first')),
  active boolean NOT NULL,
  fixed_done integer NOT NULL,
  result jsonb NOT NULL,
  PRIMARY KEY (ward_id, id)
);
CREATE UNIQUE INDEX backlog_plans_active_idx ON backlog_plans (ward_id) WHERE active;
COMMENT ON TABLE backlog_plans IS 'A phase plan made by the optimiser; the newest is active, earlier ones stay for comparison.';
COMMENT ON COLUMN backlog_plans.ward_id IS 'Ward planned.';
COMMENT ON COLUMN backlog_plans.id IS 'Plan key.';
COMMENT ON COLUMN backlog_plans.created_at IS 'When it was made.';
COMMENT ON COLUMN backlog_plans.created_by IS 'Who asked for it (username).';
COMMENT ON COLUMN backlog_plans.start_date IS 'First working day planned.';
COMMENT ON COLUMN backlog_plans.horizon_end IS 'Last day work was planned on.';
COMMENT ON COLUMN backlog_plans.priority IS 'oldest-first or simplest-first tie-break.';
COMMENT ON COLUMN backlog_plans.active IS 'True for the plan in force (one per ward).';
COMMENT ON COLUMN backlog_plans.fixed_done IS 'Items already done when planned (kept fixed, counted toward the milestones).';
COMMENT ON COLUMN backlog_plans.result IS 'Plan outcome JSON without assignments: feasibility, milestones, bounds, shortfall, fixes.';

CREATE TABLE backlog_plan_assignments (
  ward_id uuid NOT NULL,
  plan_id uuid NOT NULL,
  item_id uuid NOT NULL,
  staff_id uuid NOT NULL,
  day date NOT NULL,
  start_day date NOT NULL,
  effort_hours numeric NOT NULL,
  PRIMARY KEY (ward_id, plan_id, item_id),
  FOREIGN KEY (ward_id, plan_id) REFERENCES backlog_plans (ward_id, id) ON DELETE CASCADE,
  FOREIGN KEY (ward_id, item_id) REFERENCES backlog_items (ward_id, id) ON DELETE CASCADE
);
CREATE INDEX backlog_plan_assignments_staff_idx ON backlog_plan_assignments (ward_id, plan_id, staff_id, day);
COMMENT ON TABLE backlog_plan_assignments IS 'Which officer finishes which item on which working day, per plan.';
COMMENT ON COLUMN backlog_plan_assignments.ward_id IS 'Ward planned.';
COMMENT ON COLUMN backlog_plan_assignments.plan_id IS 'The plan.';
COMMENT ON COLUMN backlog_plan_assignments.item_id IS 'The item.';
COMMENT ON COLUMN backlog_plan_assignments.staff_id IS 'The officer.';
COMMENT ON COLUMN backlog_plan_assignments.day IS 'Working day the item is to be finished.';
COMMENT ON COLUMN backlog_plan_assignments.start_day IS 'Working day its work starts.';
COMMENT ON COLUMN backlog_plan_assignments.effort_hours IS 'Hours planned for it.';
