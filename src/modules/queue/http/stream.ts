/**
 * The display board's Server-Sent Events stream. Fed by NOTIFY through one LISTEN per process, so every
 * API process pushes every call. Each connection (and each reconnect, with or without Last-Event-ID) starts
 * with a fresh snapshot, so a board that lost the network catches up at once; then `call` events (with
 * the Vietnamese and English sentence to speak) and debounced `snapshot` events, computed once per ward and
 * process for all its boards; a comment every 15 s
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
  /**
   * Changes within this delay make one snapshot (default 1 s: a board's counts lag a busy ward by at most a
   * second, while calls are pushed at once; at 250 ms a city's load spent a third of the server's CPU on
   * socket writes of snapshots).
   */
  snapshotDebounceMs?: number;
}

/** One display connection: `send` writes an event whose data is already serialised. */
type Board = (event: string, json: string) => void;

/**
 * The boards of one ward in this process share one subscription and one debounced snapshot: a change costs
 * one snapshot query set per ward, not one per connected board (1,000 boards over 168 wards made it ~6×).
 */
interface WardFeed {
  boards: Set<Board>;
  ready: Promise<() => Promise<void>>;
  pending: NodeJS.Timeout | undefined;
}

export function registerDisplayStream(app: App, deps: AppDeps, opts: StreamOptions = {}): void {
  const heartbeatMs = opts.heartbeatMs ?? 15_000;
  const debounceMs = opts.snapshotDebounceMs ?? 1000;
  const open = new Set<() => void>();
  const feeds = new Map<string, WardFeed>();
  app.addHook('preClose', async () => {
    for (const end of [...open]) end();
  });
  const snapshotOf = (wardId: string) => displaySnapshot(deps.database.db, wardId, deps.clock.now());

  const join = async (wardId: string, board: Board, log: App['log']): Promise<() => Promise<void>> => {
    let feed = feeds.get(wardId);
    if (!feed) {
      const created: WardFeed = { boards: new Set(), ready: Promise.resolve(async () => {}), pending: undefined };
      const broadcast = (event: string, json: string) => {
        for (const b of created.boards) b(event, json);
      };
      created.ready = queueEventHub(deps.database).subscribe(wardId, (event) => {
        if (event.type === 'call') broadcast('call', JSON.stringify(toDisplayCall(event)));
        created.pending ??= setTimeout(() => {
          created.pending = undefined;
          snapshotOf(wardId).then(
            (snap) => broadcast('snapshot', JSON.stringify(snap)),
            (err) => log.warn({ err }, 'display snapshot failed'),
          );
        }, debounceMs);
      });
      feeds.set(wardId, created);
      feed = created;
    }
    const joined = feed;
    joined.boards.add(board);
    try {
      await joined.ready;
    } catch (e) {
      joined.boards.delete(board);
      if (feeds.get(wardId) === joined && joined.boards.size === 0) feeds.delete(wardId);
      throw e;
    }
    return async () => {
      joined.boards.delete(board);
      if (joined.boards.size > 0 || feeds.get(wardId) !== joined) return;
      feeds.delete(wardId);
      if (joined.pending) clearTimeout(joined.pending);
      await (await joined.ready)();
    };
  };

  app.get(
    '/api/queue/display/stream',
    { schema: { tags: ['queue'], response: { 200: DisplaySnapshot } } },
    async (req, reply) => {
      const wardId = actorOf(req).wardId;
      if (!String(req.headers.accept ?? '').includes('text/event-stream')) return snapshotOf(wardId);

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
      const send: Board = (event, json) => {
        if (closed) return;
        raw.write(`id: ${epoch}-${++seq}\nevent: ${event}\ndata: ${json}\n\n`);
      };
      const leave = await join(wardId, send, req.log);
      const heartbeat = setInterval(() => {
        if (!closed) raw.write(`: ping ${new Date().toISOString()}\n\n`);
      }, heartbeatMs);
      const end = () => {
        if (closed) return;
        closed = true;
        open.delete(end);
        clearInterval(heartbeat);
        void leave().catch((err) => req.log.warn({ err }, 'unlisten failed'));
        raw.end();
      };
      open.add(end);
      req.raw.on('close', end);
      raw.on('close', end);
      raw.write('retry: 3000\n\n');
      try {
        send('snapshot', JSON.stringify(await snapshotOf(wardId)));
      } catch (err) {
        req.log.warn({ err }, 'display snapshot failed');
      }
    },
  );
}
