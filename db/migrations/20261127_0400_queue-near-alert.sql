-- "Sắp đến lượt": a waiting ticket with a phone gets one SMS per group it waits in when three people or fewer are
-- ahead of it. The marks live in their own table, so marking never locks a ticket row (call-next takes waiting
-- tickets with SKIP LOCKED and would pass over a locked one); the partial index finds the waiting tickets with a
-- phone, so a call in a group without any costs one index probe.
CREATE TABLE queue_near_alerts (
  ward_id uuid NOT NULL,
  ticket_id uuid NOT NULL,
  group_id uuid NOT NULL,
  alerted_at timestamptz NOT NULL,
  PRIMARY KEY (ward_id, ticket_id, group_id),
  FOREIGN KEY (ward_id, ticket_id) REFERENCES queue_tickets (ward_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE queue_near_alerts IS 'Tickets told by SMS that their turn is near, once per group they waited in.';
COMMENT ON COLUMN queue_near_alerts.alerted_at IS 'When the SMS was written to the notify outbox (or skipped: a number no SMS can reach).';
CREATE INDEX queue_tickets_waiting_with_phone ON queue_tickets (ward_id, group_id)
  WHERE status = 'waiting' AND phone IS NOT NULL;
