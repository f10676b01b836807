/** Inserts a bare ward row for integration tests (the identity module owns the table; tests only need an id). */
import { sql } from 'kysely';
import type { AnyDb } from '../../../kernel/db.ts';

let counter = 0;

export async function insertTestWard(db: AnyDb, code = `cal-test-${++counter}-${Date.now().toString(36)}`) {
  const result = await sql<{ id: string }>`
    INSERT INTO wards (code, name, name_en, agency_eid, province, address)
    VALUES (${code}, ${`Phường ${code}`}, ${`${code} Ward`}, ${`000.00.${code}`}, 'Thành phố Hồ Chí Minh', 'test')
    RETURNING id`.execute(db);
  return (result.rows[0] as { id: string }).id;
}
