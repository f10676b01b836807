/**
 * What module route files need from the server: the typed app, dependencies, the permission vocabulary and
 * the request's actor. Modules import this, never src/server.
 */
import type {
  FastifyBaseLogger,
  FastifyInstance,
  FastifyRequest,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Actor, RequestContext } from './actor.ts';
import type { Clock } from './clock.ts';
import type { Database } from './db.ts';
import { commonError } from './errors.ts';

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

export interface AppDeps {
  database: Database;
  clock: Clock;
}

export type Role =
  | 'admin'
  | 'director'
  | 'leader'
  | 'receiver'
  | 'specialist'
  | 'clerk'
  | 'advisor'
  | 'viewer'
  | 'kiosk'
  | 'display'
  | 'robot';
export const ALL_ROLES: readonly Role[] = [
  'admin',
  'director',
  'leader',
  'receiver',
  'specialist',
  'clerk',
  'advisor',
  'viewer',
  'kiosk',
  'display',
  'robot',
];
export const STAFF_ROLES: readonly Role[] = ALL_ROLES.filter((r) => !['kiosk', 'display', 'robot'].includes(r));

/** 'public': anyone; 'staff': any signed-in person (not devices); otherwise the listed roles. */
export type Access = 'public' | 'staff' | readonly Role[];
export type PermissionTable = Readonly<Record<string, Access>>;

export function isAllowed(access: Access, kind: 'staff' | 'device', roles: readonly string[]): boolean {
  if (access === 'public') return true;
  if (access === 'staff') return kind === 'staff';
  return roles.some((r) => (access as readonly string[]).includes(r));
}

/** The actor of an HTTP request, as the server's auth hook resolved it. */
export interface RequestActor extends Actor {
  readonly kind: 'staff' | 'device';
  readonly via: 'session' | 'token';
  readonly sessionId: string | null;
  readonly csrfToken: string | null;
  readonly homeWardId: string;
  readonly cityAdmin: boolean;
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: RequestActor | null;
  }
}

/** The request's actor, for handlers of non-public routes (the auth hook guarantees it is there). */
export function actorOf(req: FastifyRequest): RequestActor {
  if (!req.actor) throw commonError('AUTH_REQUIRED');
  return req.actor;
}

export function contextOf(req: FastifyRequest): RequestContext & { actor: RequestActor } {
  return { actor: actorOf(req), requestId: req.id };
}
