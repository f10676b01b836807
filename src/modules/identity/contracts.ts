/** Identity contracts shared by the API and the web app (zod schemas; a schema and its type share a name). */
import { z } from 'zod';

export const StaffRole = z.enum([
  'admin',
  'director',
  'leader',
  'receiver',
  'specialist',
  'clerk',
  'advisor',
  'viewer',
]);
export type StaffRole = z.infer<typeof StaffRole>;
export const DeviceRole = z.enum(['kiosk', 'display', 'robot']);
export type DeviceRole = z.infer<typeof DeviceRole>;
export const Role = z.enum([...StaffRole.options, ...DeviceRole.options]);
export type Role = z.infer<typeof Role>;

export const Username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{1,62}$/, 'username: 2–63 of a-z 0-9 . _ -');
export const Password = z.string().min(10, 'password: at least 10 characters').max(200);

export const WardCode = z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/);

export const PredecessorUnit = z.object({
  name: z.string(),
  part: z.enum(['whole', 'part']),
  formerDistrict: z.string().nullable(),
});
export type PredecessorUnit = z.infer<typeof PredecessorUnit>;

export const Ward = z.object({
  id: z.uuid(),
  code: WardCode,
  name: z.string(),
  nameEn: z.string(),
  agencyEid: z.string(),
  province: z.string(),
  address: z.string(),
  areaKm2: z.number().nullable(),
  population: z.number().int().nullable(),
  plannedPopulation: z.number().int().nullable(),
  timeZone: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  predecessorUnits: z.array(PredecessorUnit),
  version: z.number().int(),
});
export type Ward = z.infer<typeof Ward>;

export const WardUpdate = z.strictObject({
  name: z.string().trim().min(2).max(200).optional(),
  nameEn: z.string().trim().min(2).max(200).optional(),
  address: z.string().trim().min(2).max(500).optional(),
  areaKm2: z.number().positive().max(100_000).nullable().optional(),
  population: z.number().int().min(0).max(100_000_000).nullable().optional(),
  plannedPopulation: z.number().int().min(0).max(100_000_000).nullable().optional(),
  phone: z.string().trim().max(50).nullable().optional(),
  email: z.email().nullable().optional(),
  version: z.number().int().positive(),
});
export type WardUpdate = z.infer<typeof WardUpdate>;

export const Department = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  nameEn: z.string(),
  external: z.boolean(),
});
export type Department = z.infer<typeof Department>;

export const DepartmentCreate = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{1,30}$/),
  name: z.string().trim().min(2).max(200),
  nameEn: z.string().trim().min(2).max(200),
  external: z.boolean().default(false),
});
export type DepartmentCreate = z.infer<typeof DepartmentCreate>;

export const StaffSummary = z.object({
  id: z.uuid(),
  username: z.string(),
  fullName: z.string(),
  roles: z.array(StaffRole),
  departmentId: z.uuid().nullable(),
  active: z.boolean(),
  locked: z.boolean(),
  version: z.number().int(),
});
export type StaffSummary = z.infer<typeof StaffSummary>;

export const StaffDetail = StaffSummary.extend({
  email: z.string().nullable(),
  phone: z.string().nullable(),
  cityAdmin: z.boolean(),
  createdAt: z.iso.datetime(),
});
export type StaffDetail = z.infer<typeof StaffDetail>;

export const StaffCreate = z.strictObject({
  username: Username,
  fullName: z.string().trim().min(2).max(200),
  email: z.email().nullable().optional(),
  phone: z.string().trim().max(50).nullable().optional(),
  departmentId: z.uuid().nullable().optional(),
  roles: z.array(StaffRole).min(1).max(8),
  password: Password,
});
export type StaffCreate = z.infer<typeof StaffCreate>;

export const StaffUpdate = z.strictObject({
  fullName: z.string().trim().min(2).max(200).optional(),
  email: z.email().nullable().optional(),
  phone: z.string().trim().max(50).nullable().optional(),
  departmentId: z.uuid().nullable().optional(),
  roles: z.array(StaffRole).min(1).max(8).optional(),
  active: z.boolean().optional(),
  password: Password.optional(),
  version: z.number().int().positive(),
});
export type StaffUpdate = z.infer<typeof StaffUpdate>;

export const LoginRequest = z.strictObject({
  username: z.string().trim().toLowerCase().min(1).max(64),
  password: z.string().min(1).max(200),
});
export type LoginRequest = z.infer<typeof LoginRequest>;

export const Me = z.object({
  kind: z.enum(['staff', 'device']),
  id: z.uuid(),
  username: z.string(),
  fullName: z.string(),
  roles: z.array(Role),
  cityAdmin: z.boolean(),
  ward: z.object({ id: z.uuid(), code: z.string(), name: z.string(), nameEn: z.string() }),
  wards: z.array(z.object({ id: z.uuid(), code: z.string(), name: z.string() })),
  csrfToken: z.string().nullable(),
});
export type Me = z.infer<typeof Me>;

export const PasswordChange = z.strictObject({ currentPassword: z.string().min(1).max(200), newPassword: Password });
export type PasswordChange = z.infer<typeof PasswordChange>;

export const SessionInfo = z.object({
  id: z.uuid(),
  userAgent: z.string().nullable(),
  ip: z.string().nullable(),
  createdAt: z.iso.datetime(),
  lastSeenAt: z.iso.datetime(),
  current: z.boolean(),
});
export type SessionInfo = z.infer<typeof SessionInfo>;

export const Device = z.object({
  id: z.uuid(),
  name: z.string(),
  role: DeviceRole,
  location: z.string().nullable(),
  createdAt: z.iso.datetime(),
  revoked: z.boolean(),
});
export type Device = z.infer<typeof Device>;

export const DeviceCreate = z.strictObject({
  name: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9._-]{1,62}$/),
  role: DeviceRole,
  location: z.string().trim().max(200).nullable().optional(),
});
export type DeviceCreate = z.infer<typeof DeviceCreate>;

export const ApiToken = z.object({
  id: z.uuid(),
  prefix: z.string(),
  label: z.string(),
  staffId: z.uuid().nullable(),
  deviceId: z.uuid().nullable(),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable(),
  revoked: z.boolean(),
});
export type ApiToken = z.infer<typeof ApiToken>;

export const TokenCreate = z.union([
  z.strictObject({ label: z.string().trim().min(1).max(200), staffId: z.uuid() }),
  z.strictObject({ label: z.string().trim().min(1).max(200), deviceId: z.uuid() }),
]);
export type TokenCreate = z.infer<typeof TokenCreate>;

export const CreatedToken = z.object({ token: z.string(), apiToken: ApiToken });
export type CreatedToken = z.infer<typeof CreatedToken>;

export const AuditEntry = z.object({
  seq: z.number().int(),
  at: z.iso.datetime(),
  actorKind: z.string(),
  actorName: z.string().nullable(),
  action: z.string(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  requestId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const IdParam = z.strictObject({ id: z.uuid() });

export const AuditVerification = z.object({
  wardId: z.string(),
  rows: z.number(),
  ok: z.boolean(),
  brokenAt: z.object({ seq: z.number(), reason: z.string() }).optional(),
});
export type AuditVerification = z.infer<typeof AuditVerification>;

/** What the sign-in page and citizen pages show before anyone signs in. */
export const PublicWard = z.object({ code: z.string(), name: z.string(), nameEn: z.string() });
export type PublicWard = z.infer<typeof PublicWard>;
