-- Jobs: runs of the periodic background jobs (deadline sweeps, reminders, weekly snapshots). Platform-wide,
-- not ward-keyed: a job itself walks the wards. One row per job and period: the unique key makes a period run
-- once even with several server processes, and the partial unique index lets only one run of a job execute
-- at a time anywhere.

CREATE TABLE job_runs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  job_name text NOT NULL CHECK (job_name ~ '^[a-z0-9][a-z0-9.-]{1,62}$'),
  period_key text NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'running', 'succeeded', 'failed')),
  attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  max_attempts integer NOT NULL CHECK (max_attempts >= 1),
  run_at timestamptz NOT NULL,
  locked_by text,
  locked_until timestamptz,
  last_error text,
  created_at timestamptz NOT NULL,
  started_at timestamptz,
  finished_at timestamptz,
  UNIQUE (job_name, period_key)
);
CREATE UNIQUE INDEX job_runs_one_running_idx ON job_runs (job_name) WHERE status = 'running';
CREATE INDEX job_runs_due_idx ON job_runs (run_at) WHERE status = 'pending';
COMMENT ON TABLE job_runs IS 'One run of a periodic job for one period; the unique (job_name, period_key) makes it run once across processes.';
COMMENT ON COLUMN job_runs.id IS 'Run key.';
COMMENT ON COLUMN job_runs.job_name IS 'Registered job name, e.g. dossiers.deadline-sweep.';
COMMENT ON COLUMN job_runs.period_key IS 'Start of the period this run covers, ISO 8601 UTC (e.g. 2026-11-26T03:05:00.000Z).';
COMMENT ON COLUMN job_runs.status IS 'pending (due or waiting to retry), running, succeeded, failed (gave up after max_attempts).';
COMMENT ON COLUMN job_runs.attempts IS 'Attempts so far.';
COMMENT ON COLUMN job_runs.max_attempts IS 'Attempts after which the run is marked failed.';
COMMENT ON COLUMN job_runs.run_at IS 'Earliest time of the next attempt.';
COMMENT ON COLUMN job_runs.locked_by IS 'Runner (host:pid:random) executing the run.';
COMMENT ON COLUMN job_runs.locked_until IS 'Lease of the runner, extended while the job runs; an expired lease means the runner died.';
COMMENT ON COLUMN job_runs.last_error IS 'Error of the last failed attempt.';
COMMENT ON COLUMN job_runs.created_at IS 'When the period''s run was first scheduled.';
COMMENT ON COLUMN job_runs.started_at IS 'Start of the last attempt.';
COMMENT ON COLUMN job_runs.finished_at IS 'End of the last attempt (success or final failure).';
