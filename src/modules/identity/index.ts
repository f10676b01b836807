/** Identity: the public surface other modules and the server may use. */

export {
  type AuditEvent,
  type AuditVerification,
  listAudit,
  recordAudit,
  verifyAuditChain,
} from '../../kernel/audit.ts';
export {
  AUTH_POLICY,
  type AuthenticatedActor,
  authenticateSession,
  authenticateToken,
  login,
} from './application/auth.ts';
export { createToken, ensureDevice, findStaffIdByUsername } from './application/devices.ts';
export { DEMO_ACCOUNTS, DEMO_WARD_CODE, type SeedResult, seedDemoWard } from './application/seed-demo.ts';
export { createStaff } from './application/staff.ts';
export { findStaffMember, listStaffIdsWithRole, type StaffMember } from './application/staff-lookup.ts';
export { identityChanged, TokenCache, type TokenCacheOptions } from './application/token-cache.ts';
export { findPublicWard, findWardByCode, getWard, listDepartments } from './application/wards.ts';
export * from './contracts.ts';
export { identityPermissions } from './http/permissions.ts';
export { registerIdentityRoutes, SESSION_COOKIE } from './http/routes.ts';
export { IDENTITY_ERRORS, identityError } from './identity.errors.ts';
