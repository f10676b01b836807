-- Notify: the outbox of messages to citizens and staff (email, SMS, Zalo ZNS). A row is written in the same
-- transaction as the business change that causes it, so a rolled-back change sends nothing; the delivery
-- worker claims due rows with FOR UPDATE SKIP LOCKED, sends them and retries with exponential backoff.

CREATE TABLE notifications (
  ward_id uuid NOT NULL REFERENCES wards (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  channel text NOT NULL CHECK (channel IN ('email', 'sms', 'zalo')),
  recipient text NOT NULL CHECK (length(recipient) BETWEEN 3 AND 320),
  template text NOT NULL,
  lang text NOT NULL CHECK (lang IN ('vi', 'en')),
  data jsonb NOT NULL DEFAULT '{}'::jsonb,
  subject text NOT NULL,
  body text NOT NULL,
  dedupe_key text,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'skipped')),
  attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  max_attempts integer NOT NULL CHECK (max_attempts >= 1),
  next_attempt_at timestamptz NOT NULL,
  locked_until timestamptz,
  last_error text,
  provider_message_id text,
  created_at timestamptz NOT NULL,
  sent_at timestamptz,
  PRIMARY KEY (ward_id, id)
);
CREATE UNIQUE INDEX notifications_dedupe_idx ON notifications (ward_id, dedupe_key) WHERE dedupe_key IS NOT NULL;
CREATE INDEX notifications_due_idx ON notifications (next_attempt_at) WHERE status IN ('pending', 'sending');
CREATE INDEX notifications_ward_status_idx ON notifications (ward_id, status, created_at DESC);
COMMENT ON TABLE notifications IS 'Outbox: one message to one recipient on one channel, written in the business transaction and delivered by the worker.';
COMMENT ON COLUMN notifications.ward_id IS 'Ward that sends the message.';
COMMENT ON COLUMN notifications.id IS 'Message key; also sent to gateways as the idempotency key.';
COMMENT ON COLUMN notifications.channel IS 'email (SMTP), sms (HTTP gateway) or zalo (Zalo ZNS HTTP gateway).';
COMMENT ON COLUMN notifications.recipient IS 'Email address or phone number; personal data, masked in every list and log.';
COMMENT ON COLUMN notifications.template IS 'Template name, e.g. receipt, supplement-request, result-ready, apology, ticket-near, appointment-reminder.';
COMMENT ON COLUMN notifications.lang IS 'Language of the rendered text: vi or en.';
COMMENT ON COLUMN notifications.data IS 'Template parameters as given by the caller (also sent to ZNS, whose templates are registered with Zalo).';
COMMENT ON COLUMN notifications.subject IS 'Rendered subject (email) or title; rendered once, at enqueue time.';
COMMENT ON COLUMN notifications.body IS 'Rendered plain-text body; what is sent is exactly what is stored.';
COMMENT ON COLUMN notifications.dedupe_key IS 'Optional caller key: a second message with the same key in the same ward is not enqueued.';
COMMENT ON COLUMN notifications.status IS 'pending (waiting or retrying), sending (claimed by a worker), sent, failed (gave up or refused), skipped (not sent on purpose, see last_error).';
COMMENT ON COLUMN notifications.attempts IS 'Delivery attempts so far.';
COMMENT ON COLUMN notifications.max_attempts IS 'Attempts after which the worker gives up and marks the message failed.';
COMMENT ON COLUMN notifications.next_attempt_at IS 'Earliest time of the next attempt (exponential backoff after a failure).';
COMMENT ON COLUMN notifications.locked_until IS 'While sending: the worker''s lease; after it a crashed worker''s message is claimed again.';
COMMENT ON COLUMN notifications.last_error IS 'Why the last attempt failed, or why the message waits (channel not configured) or was skipped.';
COMMENT ON COLUMN notifications.provider_message_id IS 'Id the SMTP server or gateway gave the sent message.';
COMMENT ON COLUMN notifications.created_at IS 'When the message was enqueued.';
COMMENT ON COLUMN notifications.sent_at IS 'When the provider accepted the message.';
