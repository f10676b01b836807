/** One display board's SSE connection for the queue load: records when each `call` event arrived. */
import http from 'node:http';

export interface SseDisplay {
  wardId: string;
  /** ticket number → performance.now() when its call event arrived (first arrival). */
  calls: Map<string, number>;
  snapshots: number;
  close(): void;
}

/** Connects and resolves after the first snapshot (the stream is live from then on). */
export function readSse(base: string, wardId: string, token: string, agent: http.Agent): Promise<SseDisplay> {
  return new Promise((resolve, reject) => {
    const display: SseDisplay = { wardId, calls: new Map(), snapshots: 0, close: () => req.destroy() };
    let buffer = '';
    let ready = false;
    const req = http.get(
      `${base}/api/queue/display/stream`,
      { agent, headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' } },
      (res) => {
        if (res.statusCode !== 200) {
          reject(new Error(`display stream answered ${res.statusCode}`));
          res.resume();
          return;
        }
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          const at = performance.now();
          buffer += chunk;
          for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const event = /^event: (.+)$/m.exec(block)?.[1];
            const data = /^data: (.+)$/m.exec(block)?.[1];
            if (event === 'snapshot') {
              display.snapshots++;
              if (!ready) {
                ready = true;
                resolve(display);
              }
            } else if (event === 'call' && data) {
              const number = (JSON.parse(data) as { ticketNumber: string }).ticketNumber;
              if (!display.calls.has(number)) display.calls.set(number, at);
            }
          }
        });
      },
    );
    req.on('error', (e) => {
      if (!ready) reject(e);
    });
  });
}
