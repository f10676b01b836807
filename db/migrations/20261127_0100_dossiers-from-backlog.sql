-- Dossiers inherited from predecessor units: starting work on a backlog item (backlog module) turns it into a live
-- dossier that keeps the old system's code and dates. Such a dossier records where it came from, and the old
-- records may carry a 9-digit CMND, a passport number or no ID number at all (the CHECK stays strict for
-- dossiers this ward received itself).

ALTER TABLE dossiers ADD COLUMN source_unit text;
COMMENT ON COLUMN dossiers.source_unit IS 'Predecessor unit the dossier was inherited from (backlog conversion, e.g. "Phường Thảo Điền"); null for dossiers received by this ward.';

ALTER TABLE dossiers DROP CONSTRAINT dossiers_applicant_id_number_check;
ALTER TABLE dossiers ADD CONSTRAINT dossiers_applicant_id_number_check CHECK (
  applicant_id_number ~ '^[0-9]{12}$'
  OR (source_unit IS NOT NULL AND applicant_id_number ~ '^([0-9]{9}|[0-9]{12}|[A-Z][0-9]{7,8})?$')
);
