/**
 * Backlog clearance: import of the predecessor units' files (legacy encodings repaired), triage, phase plans
 * (HiGHS), burn-down and conversion into live dossiers. The only public surface of src/modules/backlog.
 */

export { overrideItem, updateTriageSettings } from './application/classify.ts';
export { commitImport } from './application/import-commit.ts';
export { type ImportFileOptions, importBacklogFile } from './application/import-file.ts';
export { previewImport } from './application/import-preview.ts';
export { getItemRow, listItems, MANAGER_ROLES } from './application/items.ts';
export {
  getActivePlan,
  listMilestones,
  listPlanAssignments,
  listStaffCapacity,
  planBacklog,
  setMilestones,
  setStaffCapacity,
} from './application/plan-backlog.ts';
export { findProgress } from './application/progress.ts';
export {
  type BacklogServices,
  type DossierConversion,
  getTriageSettings,
  type LegacyDossierInput,
} from './application/support.ts';
export { getBurndown } from './application/tracking.ts';
export { createTransferLetter, listTransfers, markTransferred } from './application/transfers.ts';
export { closeItem, decideDuplicate, listDuplicates, startWork } from './application/work.ts';
export { BACKLOG_ERRORS, type BacklogErrorCode, backlogError } from './backlog.errors.ts';
export {
  backlogImportCommand,
  backlogPlanCommand,
  ImportCommandOptions,
  PlanCommandOptions,
  readPlanInput,
} from './cli.ts';
export * from './contracts.ts';
export { convertCell, detectEncoding } from './domain/encodings/detect.ts';
export { decodeTcvn3, encodeTcvn3 } from './domain/encodings/tcvn3.ts';
export { decodeVni, encodeVni } from './domain/encodings/vni.ts';
export { doneByMilestones, earliestDeadlinePlan } from './domain/planner/baseline.ts';
export type { Assignment, LpSolver, PlanProblem, PlanSolution } from './domain/planner/model.ts';
export { planPhases } from './domain/planner/plan.ts';
export { DEFAULT_TRIAGE } from './domain/triage.ts';
export { backlogPermissions } from './http/permissions.ts';
export { type BacklogRouteOptions, registerBacklogRoutes } from './http/routes.ts';
export { loadLpSolver } from './infra/highs-solver.ts';
