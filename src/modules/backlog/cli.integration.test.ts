/** `motcua backlog plan` on the ward calendar, from the three input files. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../kernel/db.ts';
import { type PlainDate, plainDate } from '../../kernel/plain-date.ts';
import { createTestDatabase } from '../../kernel/testing/test-database.ts';
import { isWorkingDay, loadWardCalendar, seedCalendar } from '../calendar/index.ts';
import { backlogPlanCommand } from './cli.ts';
import { PlanOutput } from './contracts.ts';
import { anInstance } from './testing/plan-instances.ts';
import { violationsOf } from './testing/plan-validator.ts';
import { aBacklogWorld, type BacklogWorld } from './testing/world.ts';

let database: Database;
let w: BacklogWorld;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedCalendar(database.db);
  w = await aBacklogWorld(database.db, { catalog: false });
});
afterAll(async () => {
  await w.close();
  await database.close();
});

describe('backlog plan command', () => {
  it('plans on the ward’s working days, never schedules other bodies’ dossiers, and prints the contract', async () => {
    const p = anInstance({ seed: 77, items: 300, staff: 6, days: 35, otherShare: 0.1 });
    const d = path.join(w.dir, 'D.csv');
    const s = path.join(w.dir, 'S.csv');
    const m = path.join(w.dir, 'M.json');
    const lines = p.items.map((i, k) => {
      const [y, mo, da] = i.received.split('-');
      const received = k % 2 ? i.received : `${da}/${mo}/${y}`;
      return `${i.id},${i.field},${i.effort},${received},${i.due ?? ''},${i.competent ? 'ward' : 'other'}`;
    });
    await writeFile(d, `id,field,effort_hours,received,original_due,competent\n${lines.join('\n')}\n`);
    await writeFile(
      s,
      `id,name,fields,hours_per_day\n${p.staff.map((x) => `${x.id},Cán bộ ${x.id},${x.fields.join('|')},${x.hoursPerDay}`).join('\n')}\n`,
    );
    await writeFile(
      m,
      JSON.stringify([
        { date: '2025-07-31', share: 0.5 },
        { date: '2025-08-31', share: 1 },
      ]),
    );
    const out = await backlogPlanCommand(database, w.wardId, {
      dossiers: d,
      staff: s,
      milestones: m,
      start: '2025-07-14',
    });
    expect(() => PlanOutput.parse(out)).not.toThrow();
    const calendar = await loadWardCalendar(database.db, w.wardId);
    for (const a of out.assignments) {
      expect(isWorkingDay(calendar, a.day)).toBe(true);
      expect(a.day <= '2025-08-31').toBe(true);
    }
    expect(out.assignments.some((a) => a.day === '2025-09-01' || a.day === '2025-09-02')).toBe(false);
    const other = new Set(p.items.filter((i) => !i.competent).map((i) => i.id));
    expect(other.size).toBeGreaterThan(0);
    expect(out.assignments.filter((a) => other.has(a.dossier))).toEqual([]);
    const problem = {
      ...p,
      milestones: [
        { date: plainDate('2025-07-31'), share: 0.5 },
        { date: plainDate('2025-08-31'), share: 1 },
      ],
    };
    const assignments = out.assignments.map((a) => ({
      itemId: a.dossier,
      staffId: a.staff,
      day: a.day,
      startDay: a.day,
      effort: p.items.find((i) => i.id === a.dossier)!.effort,
    }));
    const allDays: PlainDate[] = [];
    for (let t = Date.UTC(2025, 6, 14); t <= Date.UTC(2025, 7, 31); t += 86_400_000) {
      const day = plainDate(new Date(t).toISOString().slice(0, 10));
      if (isWorkingDay(calendar, day)) allDays.push(day);
    }
    expect(
      violationsOf({ ...problem, days: allDays, horizonEnd: undefined }, { assignments, milestones: out.milestones }),
    ).toEqual([]);
    if (!out.feasible) expect(Object.keys(out.shortfallHours).length).toBeGreaterThan(0);
  });

  it('refuses a bad input file with the line that is wrong', async () => {
    const d = path.join(w.dir, 'bad-D.csv');
    await writeFile(d, 'id,field,effort_hours,received,original_due,competent\nA,Hộ tịch,2,31/02/2025,,ward\n');
    const s = path.join(w.dir, 'S.csv');
    const m = path.join(w.dir, 'M.json');
    await expect(
      backlogPlanCommand(database, w.wardId, { dossiers: d, staff: s, milestones: m, start: '2025-07-14' }),
    ).rejects.toMatchObject({
      code: 'BACKLOG_PLAN_INPUT_INVALID',
      details: { issues: { line: 2 } },
    });
  });
});
