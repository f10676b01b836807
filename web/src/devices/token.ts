/**
 * A device page's bearer token: taken once from `?token=` (then stripped from the address bar so it does not
 * stay in history or on screen), kept in localStorage per page kind, dropped when the server refuses it.
 */
import { useCallback, useState } from 'react';

export type DeviceKind = 'kiosk' | 'display' | 'rating';

const storageKey = (kind: DeviceKind) => `motcua.device.${kind}.token`;

function read(kind: DeviceKind): string | null {
  try {
    return localStorage.getItem(storageKey(kind));
  } catch {
    return null;
  }
}

function write(kind: DeviceKind, token: string | null): void {
  try {
    if (token) localStorage.setItem(storageKey(kind), token);
    else localStorage.removeItem(storageKey(kind));
  } catch {
    // storage unavailable: the token lasts for this page only
  }
}

/** Moves `?token=` (and other one-time setup parameters) from the URL into storage. */
function takeFromUrl(kind: DeviceKind): string | null {
  const url = new URL(window.location.href);
  const token = url.searchParams.get('token');
  if (!token) return null;
  write(kind, token.trim());
  url.searchParams.delete('token');
  window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
  return token.trim();
}

export function useDeviceToken(kind: DeviceKind): [string | null, (token: string | null) => void] {
  const [token, setToken] = useState<string | null>(() => takeFromUrl(kind) ?? read(kind));
  const update = useCallback(
    (next: string | null) => {
      write(kind, next);
      setToken(next);
    },
    [kind],
  );
  return [token, update];
}

/** A setting of a device page: `?name=value` once, remembered afterwards. */
export function deviceSetting(kind: DeviceKind, name: string, fallback: string): string {
  const key = `motcua.device.${kind}.${name}`;
  const fromUrl = new URL(window.location.href).searchParams.get(name);
  try {
    if (fromUrl !== null) localStorage.setItem(key, fromUrl);
    return fromUrl ?? localStorage.getItem(key) ?? fallback;
  } catch {
    return fromUrl ?? fallback;
  }
}
