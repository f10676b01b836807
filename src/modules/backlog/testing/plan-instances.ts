/**
 * Random planning instances from a seed (tests and the benchmark): fields with their share of the backlog,
 * efforts from the complexity levels, officers covering one to three fields, Monday–Friday working days.
 */
import { addDays, dayOfWeek, type PlainDate, plainDate } from '../../../kernel/plain-date.ts';
import type { PlanItem, PlanMilestone, PlanProblem, PlanStaff } from '../domain/planner/model.ts';

export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const FIELDS = ['Hộ tịch', 'Chứng thực', 'Đất đai', 'Xây dựng', 'Kinh doanh', 'Lao động', 'Môi trường', 'Khác'];

/** Monday–Friday from `start` (holidays are the calendar module's business; instances keep it simple). */
export function weekdays(start: string, count: number): PlainDate[] {
  const out: PlainDate[] = [];
  for (let d = plainDate(start); out.length < count; d = addDays(d, 1)) if (dayOfWeek(d) % 6 !== 0) out.push(d);
  return out;
}

export interface InstanceOptions {
  seed: number;
  items: number;
  staff: number;
  /** Working days in the horizon. */
  days: number;
  /** Scale of each officer's hours per day (1 = 4–7 h). */
  hoursScale?: number;
  fields?: readonly string[];
  efforts?: readonly number[];
  /** Share of items outside the ward's competence. */
  otherShare?: number;
  fieldsPerOfficer?: 1 | 2 | 3;
}

export function anInstance(o: InstanceOptions): PlanProblem {
  const r = rng(o.seed);
  const fields = o.fields ?? FIELDS;
  const efforts = o.efforts ?? [0.5, 1, 2, 4, 8];
  const weights = fields.map((_, i) => 1 / (i + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const pickField = () => {
    let x = r() * total;
    for (let i = 0; i < fields.length; i++) {
      x -= weights[i]!;
      if (x <= 0) return fields[i]!;
    }
    return fields[0]!;
  };
  const days = weekdays('2025-07-14', o.days + 60);
  const items: PlanItem[] = Array.from({ length: o.items }, (_, i) => {
    const received = addDays(plainDate('2024-01-01'), Math.floor(r() * 540));
    return {
      id: `D${String(i + 1).padStart(6, '0')}`,
      field: pickField(),
      effort: efforts[Math.floor(r() ** 1.6 * efforts.length)]!,
      received,
      due: addDays(received, 5 + Math.floor(r() * 30)),
      competent: r() >= (o.otherShare ?? 0.05),
    };
  });
  const staff: PlanStaff[] = Array.from({ length: o.staff }, (_, i) => {
    const own = new Set([fields[i % fields.length]!]);
    const extra = (o.fieldsPerOfficer ?? 3) - 1;
    for (let k = 0; k < extra; k++) if (r() < 0.6) own.add(pickField());
    return {
      id: `S${String(i + 1).padStart(3, '0')}`,
      fields: [...own],
      hoursPerDay: (4 + Math.floor(r() * 4)) * (o.hoursScale ?? 1),
    };
  });
  const mid = days[Math.floor(o.days / 2) - 1]!;
  const end = days[o.days - 1]!;
  const milestones: PlanMilestone[] = [
    { date: mid, share: 0.5 },
    { date: end, share: 1 },
  ];
  return { items, staff, milestones, days, horizonEnd: end };
}
