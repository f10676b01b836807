/**
 * What the backlog use cases need from outside: the clock, the file store (rejected-rows XLSX, covering
 * letters), a working directory for uploads waiting for confirmation, the LP solver, and the port through
 * which an item becomes a live dossier (implemented by the dossiers module; see DossierConversion).
 */
import type { RequestContext } from '../../../kernel/actor.ts';
import type { Clock } from '../../../kernel/clock.ts';
import { type AnyDb, tablesOf } from '../../../kernel/db.ts';
import type { PlainDate } from '../../../kernel/plain-date.ts';
import { localDateOf } from '../../calendar/index.ts';
import type { BlobStore } from '../../files/index.ts';
import type { TriageSettings } from '../contracts.ts';
import type { LpSolver } from '../domain/planner/model.ts';
import { DEFAULT_TRIAGE } from '../domain/triage.ts';
import type { BacklogTables } from '../infra/tables.ts';

/** What converting a backlog item needs: it keeps its original code and dates. */
export interface LegacyDossierInput {
  wardId: string;
  /** The old system's mã hồ sơ: becomes the live dossier's code. */
  code: string;
  sourceUnit: string;
  procedureCode: string;
  applicant: {
    fullName: string;
    idNumber: string | null;
    phone: string | null;
    address: string | null;
  };
  receivedOn: PlainDate;
  originalDue: PlainDate | null;
  assigneeStaffId: string;
}

/**
 * The port to the dossiers module: create a live dossier from a backlog item with its original code and dates,
 * assigned to the officer, in status in-progress, inside the caller's transaction (`db` may be a transaction).
 */
export interface DossierConversion {
  convertLegacyDossier(db: AnyDb, ctx: RequestContext, input: LegacyDossierInput): Promise<{ code: string }>;
}

export interface BacklogServices {
  readonly clock: Clock;
  readonly store: BlobStore;
  /** Uploads waiting for confirmation and temporary files (rejected rows) live here. */
  readonly workDir: string;
  readonly solver: () => Promise<LpSolver>;
  readonly conversion?: DossierConversion | undefined;
}

export const todayOf = (clock: Clock): PlainDate => localDateOf(clock.now());

export async function getTriageSettings(db: AnyDb, wardId: string): Promise<TriageSettings> {
  const row = await tablesOf<BacklogTables>(db)
    .selectFrom('backlog_settings')
    .select('triage')
    .where('ward_id', '=', wardId)
    .executeTakeFirst();
  return row ? (row.triage as TriageSettings) : DEFAULT_TRIAGE;
}

export function maskId(id: string | null): string | null {
  return id ? `${'*'.repeat(Math.max(0, id.length - 4))}${id.slice(-4)}` : null;
}

export function maskPhone(phone: string | null): string | null {
  return phone ? `${phone.slice(0, 3)}****${phone.slice(-3)}` : null;
}
