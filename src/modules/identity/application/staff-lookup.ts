/** Read-only staff lookups other modules need (assignees, counter officers, who to warn). */
import { type AnyDb, tablesOf } from '../../../kernel/db.ts';
import type { IdentityTables } from '../infra/tables.ts';

export interface StaffMember {
  id: string;
  username: string;
  fullName: string;
  roles: string[];
  departmentId: string | null;
  active: boolean;
  /** Contacts for messages to staff (deadline warnings); null when not recorded. */
  phone: string | null;
  email: string | null;
}

export async function findStaffMember(db: AnyDb, wardId: string, id: string): Promise<StaffMember | undefined> {
  const r = await tablesOf<IdentityTables>(db)
    .selectFrom('staff')
    .select(['id', 'username', 'full_name', 'roles', 'department_id', 'active', 'phone', 'email'])
    .where('ward_id', '=', wardId)
    .where('id', '=', id)
    .executeTakeFirst();
  return r
    ? {
        id: r.id,
        username: r.username,
        fullName: r.full_name,
        roles: r.roles,
        departmentId: r.department_id,
        active: r.active,
        phone: r.phone,
        email: r.email,
      }
    : undefined;
}

/** Ids of the ward's active staff holding `role` (e.g. the directors warned before a deadline). */
export async function listStaffIdsWithRole(db: AnyDb, wardId: string, role: string): Promise<string[]> {
  const rows = await tablesOf<IdentityTables>(db)
    .selectFrom('staff')
    .select('id')
    .where('ward_id', '=', wardId)
    .where('active', '=', true)
    .where((eb) => eb(eb.val(role), '=', eb.fn.any('roles')))
    .execute();
  return rows.map((r) => r.id);
}
