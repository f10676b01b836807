/** Wards (tenants) and their predecessor units and departments. */
import { sql } from 'kysely';
import type { RequestContext } from '../../../kernel/actor.ts';
import { recordAudit } from '../../../kernel/audit.ts';
import { type AnyDb, inTransaction, tablesOf } from '../../../kernel/db.ts';
import { commonError } from '../../../kernel/errors.ts';
import type { Department, DepartmentCreate, Ward, WardUpdate } from '../contracts.ts';
import { identityError } from '../identity.errors.ts';
import type { IdentityTables } from '../infra/tables.ts';

export async function findWardByCode(db: AnyDb, code: string): Promise<Ward | undefined> {
  const row = await tablesOf<IdentityTables>(db)
    .selectFrom('wards')
    .select('id')
    .where('code', '=', code)
    .executeTakeFirst();
  return row ? getWard(db, row.id) : undefined;
}

/**
 * The ward public pages belong to: the one named, else the only ward of the installation, else the
 * configured default (DEFAULT_WARD).
 */
export async function findPublicWard(db: AnyDb, code: string | undefined): Promise<Ward> {
  const t = tablesOf<IdentityTables>(db);
  if (code) {
    const w = await findWardByCode(db, code);
    if (!w) throw identityError('WARD_NOT_FOUND', { code });
    return w;
  }
  const two = await t.selectFrom('wards').select('id').orderBy('code').limit(2).execute();
  if (two.length !== 1) throw identityError('WARD_NOT_FOUND', { reason: 'several wards: name one with ?code=' });
  return getWard(db, (two[0] as { id: string }).id);
}

export async function getWard(db: AnyDb, wardId: string): Promise<Ward> {
  const t = tablesOf<IdentityTables>(db);
  const w = await t.selectFrom('wards').selectAll().where('id', '=', wardId).executeTakeFirst();
  if (!w) throw identityError('WARD_NOT_FOUND');
  const units = await t
    .selectFrom('predecessor_units')
    .selectAll()
    .where('ward_id', '=', wardId)
    .orderBy('sort_order')
    .execute();
  return {
    id: w.id,
    code: w.code,
    name: w.name,
    nameEn: w.name_en,
    agencyEid: w.agency_eid,
    province: w.province,
    address: w.address,
    areaKm2: w.area_km2,
    population: w.population,
    plannedPopulation: w.planned_population,
    timeZone: w.time_zone,
    phone: w.phone,
    email: w.email,
    predecessorUnits: units.map((u) => ({ name: u.name, part: u.part, formerDistrict: u.former_district })),
    version: w.version,
  };
}

/** The wards a person may act in: the home ward, plus granted ones for a city administrator. */
export async function listAccessibleWards(db: AnyDb, homeWardId: string, staffId: string | null, cityAdmin: boolean) {
  const t = tablesOf<IdentityTables>(db);
  let q = t.selectFrom('wards').select(['id', 'code', 'name']).where('id', '=', homeWardId);
  if (cityAdmin && staffId) {
    q = t
      .selectFrom('wards')
      .select(['id', 'code', 'name'])
      .where((eb) =>
        eb.or([
          eb('id', '=', homeWardId),
          eb(
            'id',
            'in',
            eb
              .selectFrom('staff_ward_grants')
              .select('ward_id')
              .where('staff_ward_id', '=', homeWardId)
              .where('staff_id', '=', staffId),
          ),
        ]),
      );
  }
  return q.orderBy('name').execute();
}

export async function updateWard(db: AnyDb, ctx: RequestContext, input: WardUpdate): Promise<Ward> {
  const wardId = ctx.actor.wardId;
  await inTransaction(db, async (tx) => {
    const { version, ...changes } = input;
    const set: Record<string, unknown> = { updated_at: new Date(), version: sql`version + 1` };
    const columns: Record<string, string> = {
      name: 'name',
      nameEn: 'name_en',
      address: 'address',
      areaKm2: 'area_km2',
      population: 'population',
      plannedPopulation: 'planned_population',
      phone: 'phone',
      email: 'email',
    };
    for (const [k, v] of Object.entries(changes)) if (v !== undefined) set[columns[k] as string] = v;
    const r = await tablesOf<IdentityTables>(tx)
      .updateTable('wards')
      .set(set)
      .where('id', '=', wardId)
      .where('version', '=', version)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) === 0) {
      await getWard(tx, wardId);
      throw commonError('VERSION_CONFLICT');
    }
    await recordAudit(tx, ctx.actor, ctx.requestId, {
      action: 'ward.update',
      targetType: 'ward',
      targetId: wardId,
      details: { fields: Object.keys(changes) },
    });
  });
  return getWard(db, wardId);
}

export async function listDepartments(db: AnyDb, wardId: string): Promise<Department[]> {
  const rows = await tablesOf<IdentityTables>(db)
    .selectFrom('departments')
    .selectAll()
    .where('ward_id', '=', wardId)
    .orderBy('external')
    .orderBy('name')
    .execute();
  return rows.map((d) => ({ id: d.id, code: d.code, name: d.name, nameEn: d.name_en, external: d.external }));
}

export async function createDepartment(db: AnyDb, ctx: RequestContext, input: DepartmentCreate): Promise<Department> {
  return inTransaction(db, async (tx) => {
    const t = tablesOf<IdentityTables>(tx);
    const row = await t
      .insertInto('departments')
      .values({
        ward_id: ctx.actor.wardId,
        code: input.code,
        name: input.name,
        name_en: input.nameEn,
        external: input.external,
      })
      .onConflict((oc) => oc.columns(['ward_id', 'code']).doNothing())
      .returningAll()
      .executeTakeFirst();
    if (!row) throw identityError('DEPARTMENT_CODE_TAKEN', { code: input.code });
    await recordAudit(tx, ctx.actor, ctx.requestId, {
      action: 'department.create',
      targetType: 'department',
      targetId: row.id,
    });
    return { id: row.id, code: row.code, name: row.name, nameEn: row.name_en, external: row.external };
  });
}
