/** The "who am I" view the web app loads at start: person or device, roles, acting ward, accessible wards. */

import type { Actor } from '../../../kernel/actor.ts';
import { type AnyDb, tablesOf } from '../../../kernel/db.ts';
import type { Me, Role } from '../contracts.ts';
import { identityError } from '../identity.errors.ts';
import type { IdentityTables } from '../infra/tables.ts';
import { listAccessibleWards } from './wards.ts';

/** `who` is a session (id + acting ward) or a token actor. */
export async function getMe(
  db: AnyDb,
  who: { id: string; wardId: string } | Actor,
  csrfToken: string | null,
): Promise<Me> {
  const t = tablesOf<IdentityTables>(db);
  let person: {
    kind: 'staff' | 'device';
    id: string;
    username: string;
    fullName: string;
    roles: string[];
    cityAdmin: boolean;
    homeWardId: string;
  };
  let wardId = who.wardId;
  if ('kind' in who && who.kind === 'device') {
    person = {
      kind: 'device',
      id: who.id as string,
      username: who.name,
      fullName: who.name,
      roles: [...who.roles],
      cityAdmin: false,
      homeWardId: who.wardId,
    };
  } else {
    let staffWard = who.wardId;
    let staffId = who.id as string;
    if (!('kind' in who)) {
      const s = await t
        .selectFrom('sessions')
        .select(['ward_id', 'staff_ward_id', 'staff_id'])
        .where('id', '=', who.id)
        .executeTakeFirst();
      if (!s) throw identityError('SESSION_NOT_FOUND');
      staffWard = s.staff_ward_id;
      staffId = s.staff_id;
      wardId = s.ward_id;
    }
    const u = await t
      .selectFrom('staff')
      .selectAll()
      .where('ward_id', '=', staffWard)
      .where('id', '=', staffId)
      .executeTakeFirst();
    if (!u) throw identityError('STAFF_NOT_FOUND');
    person = {
      kind: 'staff',
      id: u.id,
      username: u.username,
      fullName: u.full_name,
      roles: u.roles,
      cityAdmin: u.city_admin,
      homeWardId: u.ward_id,
    };
  }
  const ward = await t
    .selectFrom('wards')
    .select(['id', 'code', 'name', 'name_en'])
    .where('id', '=', wardId)
    .executeTakeFirst();
  if (!ward) throw identityError('WARD_NOT_FOUND');
  // Only a city administrator may act in more than one ward: everyone else's list is the acting ward.
  const wards = person.cityAdmin
    ? await listAccessibleWards(db, person.homeWardId, person.id, true)
    : [{ id: ward.id, code: ward.code, name: ward.name }];
  return {
    kind: person.kind,
    id: person.id,
    username: person.username,
    fullName: person.fullName,
    roles: person.roles as Role[],
    cityAdmin: person.cityAdmin,
    ward: { id: ward.id, code: ward.code, name: ward.name, nameEn: ward.name_en },
    wards,
    csrfToken,
  };
}
