/**
 * Server-Sent Events over fetch(): EventSource cannot send an Authorization header, so the display reads the
 * stream itself. Reconnects with backoff (honouring `retry:`), sends Last-Event-ID, and treats 45 s without a
 * byte (the server pings every 15 s) as a dead connection. The server starts every connection with a snapshot,
 * which is how a board that lost the network catches up.
 */
export interface SseMessage {
  event: string;
  data: string;
  id: string | null;
}

export interface SseHandlers {
  onMessage: (m: SseMessage) => void;
  onStatus: (s: 'connecting' | 'open' | 'down') => void;
  /** A 401/403: the token was revoked; no reconnect. */
  onRefused: (status: number) => void;
}

const IDLE_MS = 45_000;

export function openSse(url: string, token: string, h: SseHandlers): () => void {
  let stopped = false;
  let lastId: string | null = null;
  let retryMs = 3000;
  let failures = 0;
  let controller: AbortController | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const connect = async () => {
    if (stopped) return;
    h.onStatus('connecting');
    controller = new AbortController();
    let idle: ReturnType<typeof setTimeout> | undefined;
    const touch = () => {
      if (idle) clearTimeout(idle);
      idle = setTimeout(() => controller?.abort(), IDLE_MS);
    };
    try {
      const headers: Record<string, string> = { accept: 'text/event-stream', authorization: `Bearer ${token}` };
      if (lastId) headers['last-event-id'] = lastId;
      touch();
      const res = await fetch(url, { headers, signal: controller.signal, cache: 'no-store', credentials: 'omit' });
      if (res.status === 401 || res.status === 403) {
        stopped = true;
        h.onRefused(res.status);
        return;
      }
      if (!res.ok || !res.body) throw new Error(`HTTP ${res.status}`);
      h.onStatus('open');
      failures = 0;
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        touch();
        buffer += value;
        const blocks = buffer.split(/\r?\n\r?\n/);
        buffer = blocks.pop() ?? '';
        for (const block of blocks) dispatch(block);
      }
    } catch {
      // network drop, abort by the idle watchdog, or a server restart: reconnect below
    } finally {
      if (idle) clearTimeout(idle);
    }
    if (stopped) return;
    h.onStatus('down');
    failures++;
    const delay = Math.min(30_000, retryMs * 2 ** Math.min(failures - 1, 4)) * (0.8 + Math.random() * 0.4);
    timer = setTimeout(() => void connect(), delay);
  };

  const dispatch = (block: string) => {
    let event = 'message';
    const data: string[] = [];
    let id: string | null = null;
    for (const line of block.split(/\r?\n/)) {
      if (!line || line.startsWith(':')) continue;
      const i = line.indexOf(':');
      const field = i < 0 ? line : line.slice(0, i);
      const value = i < 0 ? '' : line.slice(i + 1).replace(/^ /, '');
      if (field === 'event') event = value;
      else if (field === 'data') data.push(value);
      else if (field === 'id') id = value;
      else if (field === 'retry' && /^\d+$/.test(value)) retryMs = Number(value);
    }
    if (id !== null) lastId = id;
    if (data.length) h.onMessage({ event, data: data.join('\n'), id });
  };

  void connect();
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    controller?.abort();
  };
}
