/**
 * The display board's Server-Sent Events stream. Fed by NOTIFY through one LISTEN per process, so every
 * API process pushes every call. Each connection (and each reconnect, with or without Last-Event-ID) starts
 * with a fresh snapshot, so a board that lost the network catches up at once; then `call` events (with
 * the Vietnamese and English sentence to speak) and debounced `snapshot` events; a comment every 15 s
 * keeps proxies from closing it. A client that does not accept text/event-stream gets the snapshot as JSON.
 */
import type { ServerResponse } from 'node:http';
import { type App, type AppDeps, actorOf } from '../../../kernel/http.ts';
import { displaySnapshot, toDisplayCall } from '../application/display.ts';
import { DisplaySnapshot } from '../contracts.ts';
import { queueEventHub } from '../infra/events.ts';

export interface StreamOptions {
  /** Heartbeat comment interval (default 15 s). */
  heartbeatMs?: number;
  /** Delay that merges bursts of changes into one snapshot (default 250 ms). */
  snapshotDebounceMs?: number;
}

export function registerDisplayStream(app: App, deps: AppDeps, opts: StreamOptions = {}): void {
  const heartbeatMs = opts.heartbeatMs ?? 15_000;
  const debounceMs = opts.snapshotDebounceMs ?? 250;
  const open = new Set<() => void>();
  app.addHook('preClose', async () => {
    for (const end of [...open]) end();
  });

  app.get(
    '/api/queue/display/stream',
    { schema: { tags: ['queue'], response: { 200: DisplaySnapshot } } },
    async (req, reply) => {
      const wardId = actorOf(req).wardId;
      const snapshot = () => displaySnapshot(deps.database.db, wardId, deps.clock.now());
      if (!String(req.headers.accept ?? '').includes('text/event-stream')) return snapshot();

      reply.hijack();
      const raw: ServerResponse = reply.raw;
      raw.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
        'x-request-id': req.id,
      });
      let closed = false;
      let seq = 0;
      const epoch = Date.now().toString(36);
      const send = (event: string, data: unknown) => {
        if (closed) return;
        raw.write(`id: ${epoch}-${++seq}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      };
      const sendSnapshot = async () => {
        try {
          send('snapshot', await snapshot());
        } catch (err) {
          req.log.warn({ err }, 'display snapshot failed');
        }
      };
      let pending: NodeJS.Timeout | undefined;
      const unsubscribe = await queueEventHub(deps.database).subscribe(wardId, (event) => {
        if (event.type === 'call') send('call', toDisplayCall(event));
        pending ??= setTimeout(() => {
          pending = undefined;
          void sendSnapshot();
        }, debounceMs);
      });
      const heartbeat = setInterval(() => {
        if (!closed) raw.write(`: ping ${new Date().toISOString()}\n\n`);
      }, heartbeatMs);
      const end = () => {
        if (closed) return;
        closed = true;
        open.delete(end);
        clearInterval(heartbeat);
        if (pending) clearTimeout(pending);
        void unsubscribe().catch((err) => req.log.warn({ err }, 'unlisten failed'));
        raw.end();
      };
      open.add(end);
      req.raw.on('close', end);
      raw.on('close', end);
      raw.write('retry: 3000\n\n');
      await sendSnapshot();
    },
  );
}
