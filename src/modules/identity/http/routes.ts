/** HTTP routes of identity: sign-in, sessions, the ward record, departments, staff, devices, tokens, audit. */
import { z } from 'zod';
import { listAudit, verifyAuditChain } from '../../../kernel/audit.ts';
import { type App, type AppDeps, actorOf, contextOf } from '../../../kernel/http.ts';
import { changePassword, listSessions, login, logout, revokeSession, switchWard } from '../application/auth.ts';
import {
  createDevice,
  createToken,
  listDevices,
  listTokens,
  revokeDevice,
  revokeToken,
} from '../application/devices.ts';
import { getMe } from '../application/me.ts';
import { createStaff, getStaff, listStaff, updateStaff } from '../application/staff.ts';
import { createDepartment, findPublicWard, getWard, listDepartments, updateWard } from '../application/wards.ts';
import {
  ApiToken,
  AuditEntry,
  AuditVerification,
  CreatedToken,
  Department,
  DepartmentCreate,
  Device,
  DeviceCreate,
  IdParam,
  LoginRequest,
  Me,
  PasswordChange,
  PublicWard,
  SessionInfo,
  StaffCreate,
  StaffDetail,
  StaffSummary,
  StaffUpdate,
  TokenCreate,
  Ward,
  WardUpdate,
} from '../contracts.ts';

export const SESSION_COOKIE = 'motcua_session';
const Ok = z.object({ ok: z.literal(true) });
/** Body of actions that take none: absent, or an empty object. */
const NoBody = z.strictObject({}).nullish();

export function registerIdentityRoutes(
  app: App,
  deps: AppDeps,
  opts: { secureCookie: (req: { protocol: string }) => boolean; defaultWardCode?: string | undefined },
): void {
  const db = () => deps.database.db;
  const now = () => deps.clock.now();
  const tags = ['identity'];

  app.post('/api/auth/login', { schema: { tags, body: LoginRequest, response: { 200: Me } } }, async (req, reply) => {
    const s = await login(db(), deps.clock, req.body, {
      ip: req.ip,
      userAgent: req.headers['user-agent'] ?? null,
      requestId: req.id,
    });
    reply.setCookie(SESSION_COOKIE, s.token, {
      path: '/',
      httpOnly: true,
      sameSite: 'strict',
      secure: opts.secureCookie(req),
      maxAge: 12 * 3600,
    });
    return getMe(db(), { id: s.sessionId, wardId: s.wardId }, s.csrfToken);
  });
  app.post('/api/auth/logout', { schema: { tags, body: NoBody, response: { 200: Ok } } }, async (req, reply) => {
    await logout(db(), deps.clock, actorOf(req), req.id);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true as const };
  });
  app.get('/api/auth/me', { schema: { tags, response: { 200: Me } } }, async (req) => {
    const a = actorOf(req);
    return getMe(db(), a.sessionId ? { id: a.sessionId, wardId: a.wardId } : a, a.csrfToken);
  });
  app.post('/api/auth/password', { schema: { tags, body: PasswordChange, response: { 200: Ok } } }, async (req) => {
    await changePassword(db(), deps.clock, actorOf(req), req.body, req.id);
    return { ok: true as const };
  });
  app.get('/api/auth/sessions', { schema: { tags, response: { 200: z.array(SessionInfo) } } }, async (req) =>
    listSessions(db(), deps.clock, actorOf(req)),
  );
  app.delete('/api/auth/sessions/:id', { schema: { tags, params: IdParam, response: { 200: Ok } } }, async (req) => {
    await revokeSession(db(), deps.clock, actorOf(req), req.params.id, req.id);
    return { ok: true as const };
  });
  app.post(
    '/api/auth/ward',
    { schema: { tags, body: z.strictObject({ wardId: z.uuid() }), response: { 200: Ok } } },
    async (req) => {
      await switchWard(db(), actorOf(req), req.body.wardId, req.id);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/public/ward',
    {
      schema: {
        tags,
        querystring: z.strictObject({ code: z.string().max(63).optional() }),
        response: { 200: PublicWard },
      },
    },
    async (req) => {
      const w = await findPublicWard(db(), req.query.code ?? opts.defaultWardCode);
      return { code: w.code, name: w.name, nameEn: w.nameEn };
    },
  );
  app.get('/api/ward', { schema: { tags, response: { 200: Ward } } }, async (req) =>
    getWard(db(), actorOf(req).wardId),
  );
  app.patch('/api/ward', { schema: { tags, body: WardUpdate, response: { 200: Ward } } }, async (req) =>
    updateWard(db(), contextOf(req), req.body),
  );
  app.get('/api/departments', { schema: { tags, response: { 200: z.array(Department) } } }, async (req) =>
    listDepartments(db(), actorOf(req).wardId),
  );
  app.post(
    '/api/departments',
    { schema: { tags, body: DepartmentCreate, response: { 201: Department } } },
    async (req, reply) => reply.status(201).send(await createDepartment(db(), contextOf(req), req.body)),
  );

  app.get('/api/staff', { schema: { tags, response: { 200: z.array(StaffSummary) } } }, async (req) =>
    listStaff(db(), actorOf(req).wardId, now()),
  );
  app.post('/api/staff', { schema: { tags, body: StaffCreate, response: { 201: StaffDetail } } }, async (req, reply) =>
    reply.status(201).send(await createStaff(db(), contextOf(req), req.body, now())),
  );
  app.get('/api/staff/:id', { schema: { tags, params: IdParam, response: { 200: StaffDetail } } }, async (req) =>
    getStaff(db(), contextOf(req), req.params.id, now()),
  );
  app.patch(
    '/api/staff/:id',
    { schema: { tags, params: IdParam, body: StaffUpdate, response: { 200: StaffDetail } } },
    async (req) => updateStaff(db(), contextOf(req), req.params.id, req.body, now()),
  );

  app.get('/api/devices', { schema: { tags, response: { 200: z.array(Device) } } }, async (req) =>
    listDevices(db(), actorOf(req).wardId),
  );
  app.post('/api/devices', { schema: { tags, body: DeviceCreate, response: { 201: Device } } }, async (req, reply) =>
    reply.status(201).send(await createDevice(db(), contextOf(req), req.body)),
  );
  app.delete('/api/devices/:id', { schema: { tags, params: IdParam, response: { 200: Device } } }, async (req) =>
    revokeDevice(db(), contextOf(req), req.params.id),
  );
  app.get('/api/tokens', { schema: { tags, response: { 200: z.array(ApiToken) } } }, async (req) =>
    listTokens(db(), actorOf(req).wardId),
  );
  app.post(
    '/api/tokens',
    { schema: { tags, body: TokenCreate, response: { 201: CreatedToken } } },
    async (req, reply) => reply.status(201).send(await createToken(db(), contextOf(req), req.body)),
  );
  app.delete('/api/tokens/:id', { schema: { tags, params: IdParam, response: { 200: ApiToken } } }, async (req) =>
    revokeToken(db(), contextOf(req), req.params.id),
  );

  const AuditQuery = z.strictObject({
    limit: z.coerce.number().int().min(1).max(500).default(100),
    beforeSeq: z.coerce.number().int().positive().optional(),
  });
  app.get(
    '/api/audit',
    { schema: { tags, querystring: AuditQuery, response: { 200: z.array(AuditEntry) } } },
    async (req) => listAudit(db(), actorOf(req).wardId, req.query),
  );
  app.get('/api/audit/verify', { schema: { tags, response: { 200: AuditVerification } } }, async (req) =>
    verifyAuditChain(db(), actorOf(req).wardId),
  );
}
