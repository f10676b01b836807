/**
 * SQL over job_runs. A period's run is one row (unique job_name + period_key), so however many runners
 * schedule it, it exists once; claiming takes it with FOR UPDATE SKIP LOCKED; the partial unique index on
 * running rows lets only one run of a job execute at a time anywhere (a second claim fails and is ignored).
 */
import { sql } from 'kysely';
import type { AnyDb } from '../kernel/db.ts';

export interface JobRun {
  id: string;
  job_name: string;
  period_key: string;
  attempts: number;
  max_attempts: number;
}

export async function schedulePeriod(
  db: AnyDb,
  run: { name: string; periodKey: string; maxAttempts: number; now: Date },
): Promise<boolean> {
  const { rows } = await sql<{ id: string }>`
    INSERT INTO job_runs (job_name, period_key, max_attempts, run_at, created_at)
    VALUES (${run.name}, ${run.periodKey}, ${run.maxAttempts}, ${run.now}, ${run.now})
    ON CONFLICT (job_name, period_key) DO NOTHING
    RETURNING id`.execute(db);
  return rows.length === 1;
}

/** Runs whose runner stopped renewing its lease (process killed) go back in line, or fail when out of attempts. */
export async function releaseExpired(db: AnyDb, now: Date): Promise<number> {
  const res = await sql`
    UPDATE job_runs
       SET status = CASE WHEN attempts >= max_attempts THEN 'failed' ELSE 'pending' END,
           finished_at = CASE WHEN attempts >= max_attempts THEN ${now}::timestamptz ELSE finished_at END,
           run_at = ${now}, locked_by = NULL, locked_until = NULL,
           last_error = 'lease expired: the runner stopped during the run'
     WHERE status = 'running' AND locked_until < ${now}`.execute(db);
  return Number(res.numAffectedRows ?? 0);
}

export async function claimDue(
  db: AnyDb,
  claim: { names: readonly string[]; runner: string; now: Date; leaseMs: number },
): Promise<JobRun | undefined> {
  if (claim.names.length === 0) return undefined;
  try {
    const { rows } = await sql<JobRun>`
      UPDATE job_runs
         SET status = 'running', attempts = attempts + 1, locked_by = ${claim.runner},
             locked_until = ${new Date(claim.now.getTime() + claim.leaseMs)}, started_at = ${claim.now}
       WHERE id = (
         SELECT id FROM job_runs AS j
          WHERE j.status = 'pending' AND j.run_at <= ${claim.now} AND j.job_name IN (${sql.join(claim.names)})
            AND NOT EXISTS (SELECT 1 FROM job_runs AS r WHERE r.job_name = j.job_name AND r.status = 'running')
          ORDER BY j.run_at
          LIMIT 1
          FOR UPDATE SKIP LOCKED)
      RETURNING id, job_name, period_key, attempts, max_attempts`.execute(db);
    return rows[0];
  } catch (e) {
    if ((e as { code?: string }).code === '23505') return undefined; // another runner is running this job
    throw e;
  }
}

export async function renewLease(db: AnyDb, run: JobRun, runner: string, until: Date): Promise<void> {
  await sql`UPDATE job_runs SET locked_until = ${until}
    WHERE id = ${run.id} AND status = 'running' AND locked_by = ${runner}`.execute(db);
}

export async function finishRun(
  db: AnyDb,
  run: JobRun,
  runner: string,
  outcome: { ok: true; now: Date } | { ok: false; now: Date; error: string; retryAt: Date },
): Promise<'succeeded' | 'pending' | 'failed'> {
  const status = outcome.ok ? 'succeeded' : run.attempts >= run.max_attempts ? 'failed' : 'pending';
  await sql`
    UPDATE job_runs
       SET status = ${status}, locked_by = NULL, locked_until = NULL,
           finished_at = ${status === 'pending' ? null : outcome.now},
           run_at = ${outcome.ok ? outcome.now : outcome.retryAt},
           last_error = ${outcome.ok ? null : outcome.error.slice(0, 2000)}
     WHERE id = ${run.id} AND status = 'running' AND locked_by = ${runner}`.execute(db);
  return status;
}
