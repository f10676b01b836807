-- Append-only, hash-chained audit log and the idempotency-key store used by every mutation.

CREATE TABLE audit_log (
  ward_id uuid NOT NULL REFERENCES wards (id) ON DELETE CASCADE,
  seq bigint NOT NULL,
  at timestamptz NOT NULL,
  actor_kind text NOT NULL CHECK (actor_kind IN ('staff', 'device', 'system', 'citizen')),
  actor_id text,
  actor_name text,
  action text NOT NULL,
  target_type text,
  target_id text,
  request_id text,
  details jsonb NOT NULL DEFAULT '{}'::jsonb,
  prev_hash text NOT NULL,
  hash text NOT NULL,
  PRIMARY KEY (ward_id, seq)
);
COMMENT ON TABLE audit_log IS 'Who did or read what, per ward; rows are never updated or deleted; each row hashes the previous one.';
COMMENT ON COLUMN audit_log.ward_id IS 'Ward the event belongs to; the hash chain is per ward.';
COMMENT ON COLUMN audit_log.seq IS 'Position in the ward''s chain, 1, 2, 3… without gaps.';
COMMENT ON COLUMN audit_log.at IS 'When it happened.';
COMMENT ON COLUMN audit_log.actor_kind IS 'staff, device, system (CLI, jobs) or citizen.';
COMMENT ON COLUMN audit_log.actor_id IS 'Key of the actor (staff or device id), null for system.';
COMMENT ON COLUMN audit_log.actor_name IS 'Username or device name at the time.';
COMMENT ON COLUMN audit_log.action IS 'Dotted verb, e.g. staff.create, auth.login, staff.read-personal.';
COMMENT ON COLUMN audit_log.target_type IS 'Kind of object acted on, e.g. staff, token, ward.';
COMMENT ON COLUMN audit_log.target_id IS 'Key of the object acted on.';
COMMENT ON COLUMN audit_log.request_id IS 'HTTP request id (also in the JSON logs), null outside HTTP.';
COMMENT ON COLUMN audit_log.details IS 'Extra facts (changed fields, never passwords).';
COMMENT ON COLUMN audit_log.prev_hash IS 'hash of the previous row of this ward (64 zeros for the first).';
COMMENT ON COLUMN audit_log.hash IS 'SHA-256 over prev_hash and this row''s canonical content.';

CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END;
$$;
COMMENT ON FUNCTION audit_log_refuse_change() IS 'Refuses UPDATE and DELETE on audit_log (bypassed only by a superuser disabling triggers).';
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();

CREATE TABLE idempotency_keys (
  ward_id uuid NOT NULL REFERENCES wards (id) ON DELETE CASCADE,
  actor_id text NOT NULL,
  key text NOT NULL,
  request_hash text NOT NULL,
  status_code integer NOT NULL,
  response jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (ward_id, actor_id, key)
);
COMMENT ON TABLE idempotency_keys IS 'First result of each mutation sent with an Idempotency-Key, replayed on retries.';
COMMENT ON COLUMN idempotency_keys.ward_id IS 'Ward of the request.';
COMMENT ON COLUMN idempotency_keys.actor_id IS 'Who sent it (keys are per actor).';
COMMENT ON COLUMN idempotency_keys.key IS 'The Idempotency-Key header value.';
COMMENT ON COLUMN idempotency_keys.request_hash IS 'SHA-256 of method, route and body; a different request with the same key is refused.';
COMMENT ON COLUMN idempotency_keys.status_code IS 'HTTP status of the first response.';
COMMENT ON COLUMN idempotency_keys.response IS 'JSON body of the first response.';
COMMENT ON COLUMN idempotency_keys.created_at IS 'When the first request was answered; keys older than 24 h are purged.';
