-- Online submission on the citizen portal (no login): the files a citizen uploaded for a submission, the
-- Idempotency-Key of each submission (a retry gets the same dossier, never a second code), and a per-address
-- counter that limits how many uploads and submissions one client makes in a window.

CREATE TABLE dossier_portal_uploads (
  ward_id uuid NOT NULL REFERENCES wards (id) ON DELETE CASCADE,
  file_id uuid NOT NULL,
  uploaded_at timestamptz NOT NULL,
  dossier_id uuid,
  PRIMARY KEY (ward_id, file_id),
  FOREIGN KEY (ward_id, file_id) REFERENCES files (ward_id, id) ON DELETE CASCADE,
  FOREIGN KEY (ward_id, dossier_id) REFERENCES dossiers (ward_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE dossier_portal_uploads IS 'Files uploaded on the citizen portal: only these may be attached to an online submission, each once.';
COMMENT ON COLUMN dossier_portal_uploads.ward_id IS 'Ward the file was uploaded to.';
COMMENT ON COLUMN dossier_portal_uploads.file_id IS 'The stored file (files.id).';
COMMENT ON COLUMN dossier_portal_uploads.uploaded_at IS 'When it was uploaded; unused uploads older than a day are refused.';
COMMENT ON COLUMN dossier_portal_uploads.dossier_id IS 'The dossier it was submitted with; null while unused.';

CREATE TABLE dossier_online_submissions (
  ward_id uuid NOT NULL REFERENCES wards (id) ON DELETE CASCADE,
  idempotency_key text NOT NULL CHECK (length(idempotency_key) BETWEEN 8 AND 200),
  request_hash text NOT NULL CHECK (request_hash ~ '^[0-9a-f]{64}$'),
  dossier_id uuid NOT NULL,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (ward_id, idempotency_key),
  FOREIGN KEY (ward_id, dossier_id) REFERENCES dossiers (ward_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE dossier_online_submissions IS 'One row per online submission, by its Idempotency-Key: a retry returns the same dossier.';
COMMENT ON COLUMN dossier_online_submissions.ward_id IS 'Ward the dossier was submitted to.';
COMMENT ON COLUMN dossier_online_submissions.idempotency_key IS 'The client''s Idempotency-Key header.';
COMMENT ON COLUMN dossier_online_submissions.request_hash IS 'SHA-256 of the request body: the same key with another body is refused.';
COMMENT ON COLUMN dossier_online_submissions.dossier_id IS 'The dossier the submission created.';
COMMENT ON COLUMN dossier_online_submissions.created_at IS 'When it was submitted.';

CREATE TABLE dossier_portal_throttle (
  key text PRIMARY KEY,
  hits integer NOT NULL CHECK (hits >= 0),
  window_started_at timestamptz NOT NULL
);
COMMENT ON TABLE dossier_portal_throttle IS 'Portal uploads and submissions per client address in the current window (rate limit); not ward data.';
COMMENT ON COLUMN dossier_portal_throttle.key IS 'upload:<client address> or submit:<client address>.';
COMMENT ON COLUMN dossier_portal_throttle.hits IS 'Requests in the current window.';
COMMENT ON COLUMN dossier_portal_throttle.window_started_at IS 'Start of the current window.';
