-- Files: metadata of the content-addressed file store. The bytes live outside the database
-- (DATA_DIR/files/<sha256[0..2]>/<sha256>, or an S3-compatible bucket later), stored once per distinct content;
-- each upload gets its own ward-scoped row here, with the checksum verified on every read.

CREATE TABLE files (
  ward_id uuid NOT NULL REFERENCES wards (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  size_bytes bigint NOT NULL CHECK (size_bytes >= 0),
  media_type text NOT NULL,
  original_name text NOT NULL CHECK (length(original_name) BETWEEN 1 AND 255),
  kind text NOT NULL CHECK (kind IN ('attachment', 'scan', 'generated-form')),
  uploaded_by_kind text NOT NULL CHECK (uploaded_by_kind IN ('staff', 'device', 'system', 'citizen')),
  uploaded_by_id text,
  uploaded_by_name text,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (ward_id, id)
);
CREATE INDEX files_sha256_idx ON files (sha256);
COMMENT ON TABLE files IS 'One stored file as a ward sees it: name, type, kind, who uploaded it and the checksum of its bytes.';
COMMENT ON COLUMN files.ward_id IS 'Ward that owns the file; reads are scoped by it.';
COMMENT ON COLUMN files.id IS 'File key used in URLs (/api/files/{id}) and by dossiers, scans and forms.';
COMMENT ON COLUMN files.sha256 IS 'Lower-case hex SHA-256 of the bytes: the address of the content in the store, checked on every read.';
COMMENT ON COLUMN files.size_bytes IS 'Size of the content in bytes.';
COMMENT ON COLUMN files.media_type IS 'Media type checked against the file''s leading bytes, e.g. application/pdf, image/jpeg.';
COMMENT ON COLUMN files.original_name IS 'File name as uploaded (path removed), shown and used for downloads.';
COMMENT ON COLUMN files.kind IS 'attachment (a citizen''s document), scan (scanned at the counter) or generated-form (a form the platform produced).';
COMMENT ON COLUMN files.uploaded_by_kind IS 'staff, device, system or citizen.';
COMMENT ON COLUMN files.uploaded_by_id IS 'Staff or device id of the uploader, null for the system.';
COMMENT ON COLUMN files.uploaded_by_name IS 'Username or device name at the time.';
COMMENT ON COLUMN files.created_at IS 'When the file was stored.';
