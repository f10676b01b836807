/**
 * Catalog module: procedures (curated ward procedures and the national catalog), processing times,
 * required documents, fees, clock rules, search. The only public surface of src/modules/catalog.
 */

export { updateProcedure, verifyProcedureFields } from './application/edit-procedure.ts';
export { type ImportOptions, importCatalog } from './application/import-catalog.ts';
export {
  findNationalProcedure,
  findProcedure,
  getProcedure,
  getPublicProcedure,
  listProcedures,
  listReviewQueue,
} from './application/procedures.ts';
export { catalogRevision, listAllNationalEntries, listAllPublicProcedures } from './application/read-all.ts';
export { invalidateSearchIndex, loadSearchIndex, searchCatalog } from './application/search.ts';
export { CATALOG_ERRORS, catalogError } from './catalog.errors.ts';
export { catalogImportCommand, catalogReviewCommand, catalogSearchCommand } from './cli.ts';
export * from './contracts.ts';
export { DEFAULT_STEP_PLAN, defaultClockRules, stepBudgets } from './domain/clock-rules.ts';
export { requiredDocumentsOf } from './domain/documents.ts';
export { foldDiacritics, normalise } from './domain/normalise.ts';
export { formatDurationVi, parseProcessingTime, workingHoursOf } from './domain/processing-time.ts';
export { toPublicProcedure } from './domain/review.ts';
export { catalogPermissions } from './http/permissions.ts';
export { registerCatalogRoutes } from './http/routes.ts';
export { DEFAULT_SEED_FILES } from './infra/seed-files.ts';
