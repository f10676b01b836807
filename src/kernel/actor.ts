/**
 * Who is acting, as every module sees it. Built by the server's auth plugin (session cookie or bearer token)
 * or by the CLI (system). `wardId` is the one ward the request acts in: every query is scoped by it.
 */
export interface Actor {
  readonly kind: 'staff' | 'device' | 'system' | 'citizen';
  /** staff or device id; null for the system. */
  readonly id: string | null;
  /** username, device name or 'system'. */
  readonly name: string;
  readonly wardId: string;
  readonly roles: readonly string[];
}

export interface RequestContext {
  readonly actor: Actor;
  readonly requestId: string | null;
}

export function systemActor(wardId: string): Actor {
  return { kind: 'system', id: null, name: 'system', wardId, roles: [] };
}
