-- Procedure catalog: curated procedures a ward center handles or is asked about, the national catalog
-- (to say where to go for the rest), and the import state. These are national reference data, the same
-- for every ward: they are deliberately NOT ward-keyed (no ward_id), and a sharded deployment replicates
-- them as reference tables. Rows are written by the seed import (db/seeds/catalog) and by catalog admins.

CREATE TABLE catalog_procedures (
  id text PRIMARY KEY,
  code text UNIQUE,
  name_vi text NOT NULL,
  name_en text,
  field text NOT NULL,
  level text NOT NULL CHECK (level IN ('ward', 'province', 'central', 'other')),
  handling_body text NOT NULL,
  handled_at_center boolean NOT NULL,
  where_to_go text,
  channels jsonb NOT NULL DEFAULT '["counter"]'::jsonb,
  processing_time_text text,
  processing_time jsonb NOT NULL,
  processing_time_source text NOT NULL CHECK (processing_time_source IN ('text', 'portal_case', 'admin', 'none')),
  time_needs_review boolean NOT NULL,
  fee_text text,
  fees jsonb NOT NULL DEFAULT '[]'::jsonb,
  documents jsonb NOT NULL DEFAULT '[]'::jsonb,
  result text,
  legal_basis jsonb NOT NULL DEFAULT '[]'::jsonb,
  steps jsonb NOT NULL DEFAULT '[]'::jsonb,
  synonyms jsonb NOT NULL DEFAULT '[]'::jsonb,
  rules text,
  notes text,
  sources jsonb NOT NULL DEFAULT '[]'::jsonb,
  fully_sourced boolean NOT NULL,
  unverified jsonb NOT NULL DEFAULT '[]'::jsonb,
  clock_rules jsonb NOT NULL,
  seed_hash text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text
);
COMMENT ON TABLE catalog_procedures IS 'Curated administrative procedures (thủ tục hành chính) with the facts a ward center needs; national reference data, not ward-keyed.';
COMMENT ON COLUMN catalog_procedures.id IS 'Stable slug of the curated record, e.g. 01-dang-ky-khai-sinh.';
COMMENT ON COLUMN catalog_procedures.code IS 'National procedure code (mã TTHC, e.g. 1.001193); null for procedures without one (complaints, citizen reception).';
COMMENT ON COLUMN catalog_procedures.name_vi IS 'Official Vietnamese name.';
COMMENT ON COLUMN catalog_procedures.name_en IS 'English name (for foreign residents), null if none yet.';
COMMENT ON COLUMN catalog_procedures.field IS 'Field (lĩnh vực), e.g. Hộ tịch, Chứng thực, Đất đai.';
COMMENT ON COLUMN catalog_procedures.level IS 'Level of the handling body: ward, province, central or other.';
COMMENT ON COLUMN catalog_procedures.handling_body IS 'Body that handles the procedure, e.g. UBND cấp xã, Công an cấp xã.';
COMMENT ON COLUMN catalog_procedures.handled_at_center IS 'False when the ward center does not receive it (e.g. residence: ward police); see where_to_go.';
COMMENT ON COLUMN catalog_procedures.where_to_go IS 'Where a citizen should go when the center does not handle it.';
COMMENT ON COLUMN catalog_procedures.channels IS 'JSON array of submission channels: counter, online, post.';
COMMENT ON COLUMN catalog_procedures.processing_time_text IS 'Processing time as published (free text), kept verbatim.';
COMMENT ON COLUMN catalog_procedures.processing_time IS 'Structured duration: {kind: working_days|working_hours|calendar_days|months, value} | {kind: same_day, cutoff} | {kind: unknown}.';
COMMENT ON COLUMN catalog_procedures.processing_time_source IS 'Where the structured duration came from: text (parsed), portal_case, admin, none.';
COMMENT ON COLUMN catalog_procedures.time_needs_review IS 'True when the text could not be read reliably: an administrator must set the duration.';
COMMENT ON COLUMN catalog_procedures.fee_text IS 'Fee as published (free text).';
COMMENT ON COLUMN catalog_procedures.fees IS 'JSON array of fees: {amountVnd|null, description, channels}.';
COMMENT ON COLUMN catalog_procedures.documents IS 'JSON array of required documents: {name, originals, copies, required, condition}.';
COMMENT ON COLUMN catalog_procedures.result IS 'What the citizen receives (e.g. Giấy khai sinh).';
COMMENT ON COLUMN catalog_procedures.legal_basis IS 'JSON array of legal texts the procedure rests on.';
COMMENT ON COLUMN catalog_procedures.steps IS 'JSON array of execution steps as published on the national portal.';
COMMENT ON COLUMN catalog_procedures.synonyms IS 'JSON array of synonyms and common phrasings citizens use (for search and the assistant).';
COMMENT ON COLUMN catalog_procedures.rules IS 'Extra rules worth knowing at the counter.';
COMMENT ON COLUMN catalog_procedures.notes IS 'Curator notes.';
COMMENT ON COLUMN catalog_procedures.sources IS 'JSON array of sources: {url, via, note}.';
COMMENT ON COLUMN catalog_procedures.fully_sourced IS 'True when every published fact has a cited source.';
COMMENT ON COLUMN catalog_procedures.unverified IS 'JSON array of {field, value} imported from memory: never shown to citizens until an administrator accepts (or rejects) them.';
COMMENT ON COLUMN catalog_procedures.clock_rules IS 'Dossier clock rules: {supplement: pause|restart, excludeConsultation, stepPlan: [{step, share}]}.';
COMMENT ON COLUMN catalog_procedures.seed_hash IS 'SHA-256 of the seed record last imported; an unchanged record is not rewritten.';
COMMENT ON COLUMN catalog_procedures.version IS 'Optimistic concurrency version, +1 on every change.';
COMMENT ON COLUMN catalog_procedures.created_at IS 'When the row was first imported.';
COMMENT ON COLUMN catalog_procedures.updated_at IS 'Last change (import or administrator).';
COMMENT ON COLUMN catalog_procedures.updated_by IS 'Administrator who last edited it; null while it only holds seed data (imports then refresh it; once edited, imports leave it alone).';

CREATE INDEX catalog_procedures_field ON catalog_procedures (field);

CREATE TABLE catalog_national_procedures (
  code text PRIMARY KEY,
  name text NOT NULL,
  field text NOT NULL,
  handling_bodies jsonb NOT NULL,
  level text NOT NULL CHECK (level IN ('ward', 'province', 'central', 'other')),
  promulgating_body text,
  type text NOT NULL,
  portal_id text,
  row_hash text NOT NULL
);
COMMENT ON TABLE catalog_national_procedures IS 'The national procedure catalog (Cổng DVCQG), to answer where to go for procedures the ward does not handle; national reference data, not ward-keyed.';
COMMENT ON COLUMN catalog_national_procedures.code IS 'National procedure code (mã TTHC).';
COMMENT ON COLUMN catalog_national_procedures.name IS 'Official name.';
COMMENT ON COLUMN catalog_national_procedures.field IS 'Field(s) (lĩnh vực), joined with "; ".';
COMMENT ON COLUMN catalog_national_procedures.handling_bodies IS 'JSON array of handling bodies as published (may be empty).';
COMMENT ON COLUMN catalog_national_procedures.level IS 'ward, province, central or other, derived from the handling bodies.';
COMMENT ON COLUMN catalog_national_procedures.promulgating_body IS 'Body that promulgated the procedure (ministry or province).';
COMMENT ON COLUMN catalog_national_procedures.type IS 'Portal type: STANDARD, SPECIFIC (province-specific) or STANDARD_INTERNAL.';
COMMENT ON COLUMN catalog_national_procedures.portal_id IS 'Identifier on the national portal.';
COMMENT ON COLUMN catalog_national_procedures.row_hash IS 'SHA-256 of the seed record; an unchanged record is not rewritten.';

CREATE TABLE catalog_state (
  id smallint PRIMARY KEY CHECK (id = 1),
  seed_checksum text NOT NULL,
  revision bigint NOT NULL,
  imported_at timestamptz NOT NULL,
  summary jsonb NOT NULL
);
COMMENT ON TABLE catalog_state IS 'One row: what was last imported and the catalog revision (bumped by imports and edits; search indexes rebuild when it moves).';
COMMENT ON COLUMN catalog_state.id IS 'Always 1.';
COMMENT ON COLUMN catalog_state.seed_checksum IS 'SHA-256 of the seed files last imported; the same files again are skipped.';
COMMENT ON COLUMN catalog_state.revision IS 'Increases on every import that changed something and on every administrator edit.';
COMMENT ON COLUMN catalog_state.imported_at IS 'When the last import ran.';
COMMENT ON COLUMN catalog_state.summary IS 'Counts of the last import (inserted, updated, unchanged…).';
