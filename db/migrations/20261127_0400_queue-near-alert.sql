-- "Sắp đến lượt": a waiting ticket with a phone gets one SMS when three people or fewer are ahead of it.
-- near_alerted_at marks the ticket as told (once); the partial index finds the tickets still to tell, so a call
-- in a group without such tickets costs one index probe.
ALTER TABLE queue_tickets ADD COLUMN near_alerted_at timestamptz;
COMMENT ON COLUMN queue_tickets.near_alerted_at IS 'When the "few people ahead" SMS was written to the outbox (null: not yet, or no phone).';
CREATE INDEX queue_tickets_near_pending ON queue_tickets (ward_id, group_id)
  WHERE status = 'waiting' AND phone IS NOT NULL AND near_alerted_at IS NULL;
