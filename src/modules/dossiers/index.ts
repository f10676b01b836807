/**
 * Dossiers: intake from every channel, the action-log workflow with legal deadlines, official forms, the
 * public status lookup, the deadline sweep and the 766 indicators. The only public surface of the module.
 */

export { actOnDossier } from './application/act.ts';
export { attachFile } from './application/attach.ts';
export { convertLegacyDossier, type LegacyDossier, legacyCodeOf } from './application/convert-legacy.ts';
export { controlRows, type GeneratedForm, getDossierForm } from './application/forms.ts';
export { computeDigitisationIndicator, computeOnTimeIndicator } from './application/indicators.ts';
export { createDossier, INTAKE_ROLES } from './application/intake.ts';
export { LOOKUP_POLICY, lookupDossierStatus } from './application/lookup.ts';
export { countQueues, getDossierDetail, listDossiers } from './application/queries.ts';
export { type RebuildResult, rebuildDossier } from './application/rebuild.ts';
export { getRegister } from './application/register.ts';
export type { DossierServices } from './application/support.ts';
export { listMyAlerts, type SweepReport, sweepDeadlinesOfWard, sweepDossierDeadlines } from './application/sweep.ts';
export * from './contracts.ts';
export { formatDossierCode, initialsOf, maskIdNumber, maskPhone } from './domain/codes.ts';
export { ALLOWED_ACTIONS, PORTAL_CODE, STATUS_LABEL } from './domain/workflow.ts';
export { DOSSIER_ERRORS, dossierError } from './dossiers.errors.ts';
export { dossierPermissions } from './http/permissions.ts';
export { type DossierRouteOptions, registerDossierRoutes } from './http/routes.ts';
