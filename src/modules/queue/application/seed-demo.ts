/**
 * The demo queue of Phường An Khánh: five service groups by field and eight counters with work profiles
 * (a priority counter serving everything, pooled civil-status counters, land, business, social, overflow).
 * Idempotent: existing groups, fields and counters (perhaps edited by an administrator) are left alone.
 */
import { type AnyDb, inTransaction, tablesOf } from '../../../kernel/db.ts';
import type { QueueTables } from '../infra/tables.ts';

export const DEMO_GROUPS = [
  {
    letter: 'A',
    name: 'Hộ tịch – Chứng thực',
    nameEn: 'Civil status – Certification',
    zone: 'Khu A – tầng trệt',
    fields: ['Hộ tịch', 'Chứng thực', 'Hộ tịch (liên thông Cư trú, BHYT)'],
  },
  {
    letter: 'B',
    name: 'Đất đai – Xây dựng',
    nameEn: 'Land – Construction',
    zone: 'Khu B – tầng trệt',
    fields: ['Đất đai', 'Xây dựng'],
  },
  {
    letter: 'C',
    name: 'Kinh doanh',
    nameEn: 'Household business',
    zone: 'Khu B – tầng trệt',
    fields: ['Kinh doanh (hộ kinh doanh)'],
  },
  {
    letter: 'D',
    name: 'Bảo trợ xã hội – Người có công',
    nameEn: 'Social protection – Persons of merit',
    zone: 'Khu C – tầng trệt',
    fields: ['Bảo trợ xã hội', 'Người có công', 'Giảm nghèo'],
  },
  {
    letter: 'E',
    name: 'Tiếp nhận chung',
    nameEn: 'General reception',
    zone: 'Khu C – tầng trệt',
    fields: ['Cư trú', 'Nghĩa vụ quân sự', 'Khiếu nại, tố cáo', 'Tiếp công dân'],
  },
] as const;

export const DEMO_COUNTERS = [
  { number: 1, name: 'Quầy 1 – Ưu tiên', zone: 'Khu A', groups: ['A', 'B', 'C', 'D', 'E'] },
  { number: 2, name: 'Quầy 2 – Hộ tịch, chứng thực', zone: 'Khu A', groups: ['A'] },
  { number: 3, name: 'Quầy 3 – Hộ tịch, chứng thực', zone: 'Khu A', groups: ['A'] },
  { number: 4, name: 'Quầy 4 – Chứng thực', zone: 'Khu A', groups: ['A', 'E'] },
  { number: 5, name: 'Quầy 5 – Đất đai, xây dựng', zone: 'Khu B', groups: ['B', 'C'] },
  { number: 6, name: 'Quầy 6 – Kinh doanh', zone: 'Khu B', groups: ['C', 'B'] },
  { number: 7, name: 'Quầy 7 – Bảo trợ xã hội, người có công', zone: 'Khu C', groups: ['D', 'E'] },
  { number: 8, name: 'Quầy 8 – Tiếp nhận chung (hỗ trợ)', zone: 'Khu C', groups: ['E', 'A', 'D'] },
] as const;

export async function seedQueueDemo(db: AnyDb, wardId: string): Promise<{ groups: number; counters: number }> {
  return inTransaction(db, async (tx) => {
    const t = tablesOf<QueueTables>(tx);
    await t
      .insertInto('queue_settings')
      .values({ ward_id: wardId })
      .onConflict((oc) => oc.column('ward_id').doNothing())
      .execute();
    let createdGroups = 0;
    for (const [i, g] of DEMO_GROUPS.entries()) {
      const row = await t
        .insertInto('queue_groups')
        .values({ ward_id: wardId, letter: g.letter, name: g.name, name_en: g.nameEn, zone: g.zone, sort_order: i + 1 })
        .onConflict((oc) => oc.columns(['ward_id', 'letter']).doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!row) continue;
      createdGroups++;
      for (const field of g.fields)
        await t
          .insertInto('queue_group_fields')
          .values({ ward_id: wardId, field, group_id: row.id })
          .onConflict((oc) => oc.columns(['ward_id', 'field']).doNothing())
          .execute();
    }
    const groups = await t.selectFrom('queue_groups').select(['id', 'letter']).where('ward_id', '=', wardId).execute();
    let createdCounters = 0;
    for (const c of DEMO_COUNTERS) {
      const row = await t
        .insertInto('queue_counters')
        .values({
          ward_id: wardId,
          number: c.number,
          name: c.name,
          zone: c.zone,
          staff_id: null,
          staff_name: null,
          current_ticket_id: null,
          last_ticket_id: null,
        })
        .onConflict((oc) => oc.columns(['ward_id', 'number']).doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!row) continue;
      createdCounters++;
      const profile = c.groups.flatMap((letter) => groups.filter((g) => g.letter === letter).map((g) => g.id));
      await t
        .insertInto('queue_counter_groups')
        .values(
          profile.map((groupId, i) => ({ ward_id: wardId, counter_id: row.id, group_id: groupId, position: i + 1 })),
        )
        .execute();
    }
    return { groups: createdGroups, counters: createdCounters };
  });
}
