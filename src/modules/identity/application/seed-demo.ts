/**
 * The demo tenant: Phường An Khánh (HCMC), its predecessor units, departments and one account per role.
 * Idempotent: a second run changes nothing. Passwords come from MOTCUA_DEMO_PASSWORD or are generated on the
 * first run and returned once (the caller prints them); no password is written in the code.
 * The address and agency e-ID are placeholders an administrator sets on the ward screen.
 */

import { systemActor } from '../../../kernel/actor.ts';
import { recordAudit } from '../../../kernel/audit.ts';
import { type AnyDb, inTransaction, tablesOf } from '../../../kernel/db.ts';
import type { StaffRole } from '../contracts.ts';
import { generatePassword, hashPassword } from '../domain/secrets.ts';
import type { IdentityTables } from '../infra/tables.ts';

export const DEMO_WARD_CODE = 'an-khanh';

const DEPARTMENTS = [
  {
    code: 'vp',
    name: 'Văn phòng HĐND và UBND',
    name_en: 'Office of the People’s Council and People’s Committee',
    external: false,
  },
  {
    code: 'kt',
    name: 'Phòng Kinh tế – Hạ tầng và Đô thị',
    name_en: 'Economy, Infrastructure and Urban Affairs Division',
    external: false,
  },
  { code: 'vhxh', name: 'Phòng Văn hóa – Xã hội', name_en: 'Culture and Social Affairs Division', external: false },
  {
    code: 'ttpvhcc',
    name: 'Trung tâm phục vụ hành chính công',
    name_en: 'Public Administrative Service Center',
    external: false,
  },
  { code: 'ca', name: 'Công an phường', name_en: 'Ward Police', external: true },
] as const;

const PREDECESSORS = [
  { name: 'Phường An Khánh', part: 'whole' },
  { name: 'Phường An Lợi Đông', part: 'whole' },
  { name: 'Phường Thảo Điền', part: 'whole' },
  { name: 'Phường Thủ Thiêm', part: 'whole' },
  { name: 'Phường An Phú', part: 'part' },
] as const;

export const DEMO_ACCOUNTS: ReadonlyArray<{ username: StaffRole; fullName: string; department: string }> = [
  { username: 'admin', fullName: 'Trần Quốc Bảo', department: 'vp' },
  { username: 'director', fullName: 'Nguyễn Thị Thu Hà', department: 'ttpvhcc' },
  { username: 'leader', fullName: 'Lê Minh Tuấn', department: 'vp' },
  { username: 'receiver', fullName: 'Phạm Ngọc Lan', department: 'ttpvhcc' },
  { username: 'specialist', fullName: 'Võ Thanh Sơn', department: 'kt' },
  { username: 'clerk', fullName: 'Đặng Thị Mai', department: 'vp' },
  { username: 'advisor', fullName: 'Huỳnh Văn Phúc', department: 'vhxh' },
  { username: 'viewer', fullName: 'Bùi Thị Hồng', department: 'vhxh' },
];

export interface SeedResult {
  wardId: string;
  created: boolean;
  /** Set only when this run created the accounts with a generated password. */
  generatedPassword: string | null;
}

export async function seedDemoWard(db: AnyDb, env: { demoPassword?: string | undefined } = {}): Promise<SeedResult> {
  const existing = await tablesOf<IdentityTables>(db)
    .selectFrom('wards')
    .select('id')
    .where('code', '=', DEMO_WARD_CODE)
    .executeTakeFirst();
  if (existing) return { wardId: existing.id, created: false, generatedPassword: null };
  const password = env.demoPassword || generatePassword();
  const passwordHash = await hashPassword(password);
  const wardId = await inTransaction(db, async (tx) => {
    const t = tablesOf<IdentityTables>(tx);
    const ward = await t
      .insertInto('wards')
      .values({
        code: DEMO_WARD_CODE,
        name: 'Phường An Khánh',
        name_en: 'An Khanh Ward',
        agency_eid: '000.00.01.H29',
        province: 'Thành phố Hồ Chí Minh',
        address: 'Phường An Khánh, Thành phố Hồ Chí Minh',
        area_km2: 15.35,
        population: 73_629,
        planned_population: 270_000,
        phone: null,
        email: null,
      })
      .onConflict((oc) => oc.column('code').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!ward) return undefined; // another process seeded it concurrently
    await t
      .insertInto('predecessor_units')
      .values(
        PREDECESSORS.map((p, i) => ({
          ward_id: ward.id,
          name: p.name,
          part: p.part,
          former_district: 'Thành phố Thủ Đức',
          sort_order: i + 1,
        })),
      )
      .execute();
    const departments = await t
      .insertInto('departments')
      .values(DEPARTMENTS.map((d) => ({ ward_id: ward.id, ...d })))
      .returning(['id', 'code'])
      .execute();
    const deptId = new Map(departments.map((d) => [d.code, d.id]));
    await t
      .insertInto('staff')
      .values(
        DEMO_ACCOUNTS.map((a) => ({
          ward_id: ward.id,
          username: a.username,
          full_name: a.fullName,
          email: `${a.username}@ankhanh.demo.motcua.vn`,
          phone: null,
          department_id: deptId.get(a.department) ?? null,
          roles: [a.username],
          // The demo administrator also administers the platform (national calendar, catalog).
          city_admin: a.username === 'admin',
          password_hash: passwordHash,
          locked_until: null,
        })),
      )
      .execute();
    await recordAudit(tx, systemActor(ward.id), null, {
      action: 'ward.seed-demo',
      targetType: 'ward',
      targetId: ward.id,
    });
    return ward.id;
  });
  if (!wardId) return seedDemoWard(db, env);
  return { wardId, created: true, generatedPassword: env.demoPassword ? null : password };
}
