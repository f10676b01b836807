/**
 * Decision 766 indicators of one ward over a period, as queries the reports module reuses.
 * 2.1 on time = (finished on time, or still open and not yet late) ÷ (dossiers received or processed in the
 * period). On time compares with the statutory appointment (supplement pauses included, a reschedule not); more
 * than one supplement request counts as late. Withdrawn, refused-at-intake and only-registered dossiers are
 * not counted. 4.2 digitised = received (non-online) dossiers with at least one attached file.
 */
import { sql } from 'kysely';
import type { AnyDb } from '../../../kernel/db.ts';
import { isPlainDate, type PlainDate } from '../../../kernel/plain-date.ts';
import type { OnTimeIndicator } from '../contracts.ts';
import { dossierError } from '../dossiers.errors.ts';

function periodBounds(from: PlainDate, to: PlainDate): { start: Date; end: Date } {
  if (!isPlainDate(from) || !isPlainDate(to) || from > to) throw dossierError('DOSSIER_PERIOD_INVALID', { from, to });
  return { start: new Date(`${from}T00:00:00+07:00`), end: new Date(Date.parse(`${to}T00:00:00+07:00`) + 86_400_000) };
}

export async function computeOnTimeIndicator(
  db: AnyDb,
  wardId: string,
  period: { from: PlainDate; to: PlainDate },
  now: Date,
): Promise<OnTimeIndicator> {
  const { start, end } = periodBounds(period.from, period.to);
  const asOf = now.getTime() < end.getTime() ? now : end;
  const r = await sql<{ total: number; on_time: number }>`
    SELECT count(*)::int AS total,
      count(*) FILTER (WHERE supplement_count <= 1 AND statutory_due_at IS NOT NULL AND (
        (finished_at IS NOT NULL AND finished_at < ${end} AND finished_at <= statutory_due_at)
        OR ((finished_at IS NULL OR finished_at >= ${end}) AND (paused_at IS NOT NULL OR statutory_due_at >= ${asOf}))
      ))::int AS on_time
    FROM dossiers
    WHERE ward_id = ${wardId}
      AND received_at IS NOT NULL AND received_at < ${end}
      AND (finished_at IS NULL OR finished_at >= ${start})
      AND status NOT IN ('withdrawn', 'not-accepted', 'submitted')`.execute(db);
  const total = Number(r.rows[0]?.total ?? 0);
  const onTime = Number(r.rows[0]?.on_time ?? 0);
  return {
    from: period.from,
    to: period.to,
    total,
    onTime,
    late: total - onTime,
    percent: total === 0 ? 100 : Math.round((onTime / total) * 10_000) / 100,
  };
}

export async function computeDigitisationIndicator(
  db: AnyDb,
  wardId: string,
  period: { from: PlainDate; to: PlainDate },
): Promise<{ total: number; digitised: number; percent: number }> {
  const { start, end } = periodBounds(period.from, period.to);
  const r = await sql<{ total: number; digitised: number }>`
    SELECT count(*)::int AS total,
      count(*) FILTER (WHERE EXISTS (SELECT 1 FROM dossier_documents x
        WHERE x.ward_id = d.ward_id AND x.dossier_id = d.id AND x.file_id IS NOT NULL))::int AS digitised
    FROM dossiers d
    WHERE d.ward_id = ${wardId} AND d.channel <> 'online' AND d.received_at >= ${start} AND d.received_at < ${end}`.execute(
    db,
  );
  const total = Number(r.rows[0]?.total ?? 0);
  const digitised = Number(r.rows[0]?.digitised ?? 0);
  return { total, digitised, percent: total === 0 ? 100 : Math.round((digitised / total) * 10_000) / 100 };
}
