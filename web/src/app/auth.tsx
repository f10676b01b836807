/**
 * Who is signed in. The session lives in an HttpOnly cookie; the CSRF token comes with Me and stays in memory,
 * so a reload asks GET /api/auth/me again. A 401 anywhere signs the console out (see StaffApp's QueryClient).
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import { type LoginRequest, Me, type Role } from '../../../src/modules/identity/contracts.ts';
import { api, isApiError, setCsrfToken } from './api.ts';

export const ME_KEY = ['me'] as const;
const LAST_WARD_KEY = 'motcua.lastWard';

async function fetchMe(): Promise<Me | null> {
  try {
    const me = await api('GET', '/api/auth/me', { schema: Me });
    setCsrfToken(me.csrfToken);
    return me;
  } catch (e) {
    if (isApiError(e, 401)) {
      setCsrfToken(null);
      return null;
    }
    throw e;
  }
}

export function useMe() {
  return useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: Number.POSITIVE_INFINITY, retry: false });
}

/**
 * The person the sign-in guard let in, handed down by the guard rather than read from the query cache: signing
 * out empties the cache while the console is still on screen, and a page re-rendering in that moment (before the
 * guard and the router take it away) must still see who it was drawn for, not throw.
 */
export const CurrentUserContext = createContext<Me | null>(null);

/** The signed-in person; only call below the sign-in guard (RequireAuth). */
export function useCurrentUser(): Me {
  const me = useContext(CurrentUserContext);
  if (!me) throw new Error('useCurrentUser outside the signed-in area');
  return me;
}

export function useLogin() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginRequest) => api('POST', '/api/auth/login', { body, schema: Me }),
    onSuccess: (me) => {
      setCsrfToken(me.csrfToken);
      rememberWard(me);
      qc.setQueryData(ME_KEY, me);
    },
  });
}

export function useLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api('POST', '/api/auth/logout'),
    onSettled: () => {
      setCsrfToken(null);
      qc.clear();
      qc.setQueryData(ME_KEY, null);
    },
  });
}

export function hasAnyRole(me: Pick<Me, 'roles'>, roles: readonly Role[] | 'all'): boolean {
  return roles === 'all' || me.roles.some((r) => roles.includes(r));
}

/** The ward a browser last signed in to, so the sign-in page can greet with its name. */
export interface RememberedWard {
  name: string;
  nameEn: string;
}

function rememberWard(me: Me): void {
  try {
    localStorage.setItem(LAST_WARD_KEY, JSON.stringify({ name: me.ward.name, nameEn: me.ward.nameEn }));
  } catch {
    // storage unavailable: nothing to remember
  }
}

export function rememberedWard(): RememberedWard | null {
  try {
    const raw = localStorage.getItem(LAST_WARD_KEY);
    const v = raw ? (JSON.parse(raw) as Partial<RememberedWard>) : null;
    return v && typeof v.name === 'string' && typeof v.nameEn === 'string' ? { name: v.name, nameEn: v.nameEn } : null;
  } catch {
    return null;
  }
}
