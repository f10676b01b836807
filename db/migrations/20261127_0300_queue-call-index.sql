-- The display board's "last calls" read the ward's call and recall actions of today, newest first, at most once
-- a second per ward while it is busy. Without an index on time that read scanned every action the ward ever had
-- (the demo ward starts with eight weeks: ~26,000 rows; a year is ~170,000), and it grew every day.
CREATE INDEX queue_ticket_actions_calls ON queue_ticket_actions (ward_id, at) WHERE type IN ('call', 'recall');
