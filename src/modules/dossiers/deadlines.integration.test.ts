/** The deadline sweep (warn one working day before, mark late) and indicator 2.1 of Decision 766. */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../kernel/db.ts';
import { plainDate } from '../../kernel/plain-date.ts';
import { createTestDatabase } from '../../kernel/testing/test-database.ts';
import { computeDigitisationIndicator, computeOnTimeIndicator } from './application/indicators.ts';
import { countQueues, listDossiers } from './application/queries.ts';
import { sweepDeadlinesOfWard, sweepDossierDeadlines } from './application/sweep.ts';
import { act, aDossier, aWorld, type World } from './testing/builders.ts';

let database: Database;
let w: World;

beforeAll(async () => {
  database = await createTestDatabase();
  w = await aWorld(database.db);
});
afterAll(() => database.close());

const alerts = async () =>
  (
    await sql<{
      kind: string;
      staff_id: string;
    }>`SELECT kind, staff_id FROM dossier_alerts WHERE ward_id = ${w.wardId} ORDER BY kind, staff_id`.execute(w.db)
  ).rows;

const messages = async () =>
  (
    await sql<{ recipient: string; channel: string; subject: string }>`
      SELECT recipient, channel, subject FROM notifications
      WHERE ward_id = ${w.wardId} AND template = 'deadline-warning' ORDER BY subject, channel DESC, recipient`.execute(
      w.db,
    )
  ).rows;

describe('deadline sweep', () => {
  it('warns the assignee and the director one working day before, then marks late, once each', async () => {
    w.clock.set('2026-03-02T08:00:00+07:00'); // appointment: Mon 9 March 08:00
    const d = await aDossier(w).transferred().assigned().build();
    expect(await sweepDeadlinesOfWard(w.db, w.wardId, w.clock.now())).toEqual({
      warned: 0,
      markedLate: 0,
      alerts: 0,
      messages: 0,
    });
    // The specialist has a phone and an email, the director a phone only: three messages per warning.
    await sql`UPDATE staff SET phone = '0912000111', email = 'son@example.vn' WHERE id = ${w.as.specialist.actor.id}`.execute(
      w.db,
    );
    await sql`UPDATE staff SET phone = '0912000222' WHERE id = ${w.as.director.actor.id}`.execute(w.db);
    w.clock.set('2026-03-06T09:00:00+07:00'); // Friday: less than one working day left
    const warn = await sweepDeadlinesOfWard(w.db, w.wardId, w.clock.now());
    expect(warn).toEqual({ warned: 1, markedLate: 0, alerts: 2, messages: 3 });
    expect(await messages()).toEqual([
      { recipient: '+84912000111', channel: 'sms', subject: `Hồ sơ sắp đến hạn: ${d.code}` },
      { recipient: '+84912000222', channel: 'sms', subject: `Hồ sơ sắp đến hạn: ${d.code}` },
      { recipient: 'son@example.vn', channel: 'email', subject: `Hồ sơ sắp đến hạn: ${d.code}` },
    ]);
    const body = (
      await sql<{ body: string }>`SELECT body FROM notifications WHERE recipient = 'son@example.vn'`.execute(w.db)
    ).rows[0]?.body;
    expect(body).toContain('Kính gửi Nguyễn Thị specialist,');
    expect(body).toContain('lúc 08:00 ngày 09/03/2026');
    const who = new Set((await alerts()).map((a) => a.staff_id));
    expect(who).toEqual(new Set([w.as.specialist.actor.id, w.as.director.actor.id]));
    expect((await sweepDeadlinesOfWard(w.db, w.wardId, w.clock.now())).alerts).toBe(0);
    const soon = await listDossiers(w.db, w.as.specialist.actor, { queue: 'due-soon' }, w.clock.now());
    expect(soon.items.map((i) => i.code)).toEqual([d.code]);
    w.clock.set('2026-03-09T10:00:00+07:00');
    const report = await sweepDossierDeadlines(w.db, w.clock);
    expect(report.markedLate).toBe(1);
    expect(report.messages).toBe(3);
    expect((await messages()).filter((m) => m.subject.startsWith('Hồ sơ quá hạn'))).toHaveLength(3);
    expect((await alerts()).filter((a) => a.kind === 'late')).toHaveLength(2);
    const counts = await countQueues(w.db, w.as.specialist.actor, w.clock.now());
    expect(counts.late).toBe(1);
    expect(counts.mine).toBe(1);
    const version = (await sql<{ version: number }>`SELECT version FROM dossiers WHERE code = ${d.code}`.execute(w.db))
      .rows[0];
    expect(version?.version).toBe(4); // the sweep does not move the version people act on
  });
});

describe('indicator 2.1 (on time) and digitisation', () => {
  it('counts finished-on-time and open-not-late dossiers; two supplement requests count as late', async () => {
    const other = await aWorld(database.db);
    other.clock.set('2026-04-01T08:00:00+07:00');
    const onTime = await aDossier(other).transferred().assigned().submittedForApproval().approved().signed().build();
    const twice = await aDossier(other).transferred().assigned().build();
    await act(other, other.as.specialist, twice.code, { type: 'request-supplement', missing: ['a'], reason: 'b' });
    await act(other, other.as.receiver, twice.code, { type: 'supplement-received' });
    await act(other, other.as.specialist, twice.code, {
      type: 'request-supplement',
      missing: ['c'],
      reason: 'd',
      exceptional: true,
    });
    await act(other, other.as.receiver, twice.code, { type: 'supplement-received' });
    const late = await aDossier(other).transferred().assigned().build();
    await aDossier(other)
      .with({ outcome: 'refuse', reasons: ['Không đủ điều kiện'] })
      .build();
    other.clock.set('2026-04-20T09:00:00+07:00');
    await act(other, other.as.specialist, late.code, { type: 'submit-for-approval' });
    const period = { from: plainDate('2026-04-01'), to: plainDate('2026-04-30') };
    const r = await computeOnTimeIndicator(other.db, other.wardId, period, other.clock.now());
    expect(r).toMatchObject({ total: 3, onTime: 1, late: 2 });
    expect(r.percent).toBeCloseTo(33.33, 2);
    expect(onTime.code).toBeTruthy();
    const digitised = await computeDigitisationIndicator(other.db, other.wardId, period);
    expect(digitised).toEqual({ total: 3, digitised: 0, percent: 0 });
    await expect(
      computeOnTimeIndicator(other.db, other.wardId, { from: period.to, to: period.from }, other.clock.now()),
    ).rejects.toMatchObject({
      code: 'DOSSIER_PERIOD_INVALID',
    });
  });
});
