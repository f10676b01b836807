/** A local HTTP gateway for SMS / Zalo tests: records every request and answers as the test says. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface GatewayRequest {
  headers: http.IncomingHttpHeaders;
  body: { id: string; channel: string; to: string; text: string; template: string; data: unknown; lang: string };
}

export interface FakeGateway {
  url: string;
  requests: GatewayRequest[];
  /** Decides each answer (default: 200 with `{ id: "gw-<n>" }`); may be async to simulate a slow gateway. */
  respond: (
    req: GatewayRequest,
    n: number,
  ) => { status: number; body?: unknown } | Promise<{ status: number; body?: unknown }>;
  close(): Promise<void>;
}

export async function startFakeGateway(): Promise<FakeGateway> {
  const gateway: FakeGateway = {
    url: '',
    requests: [],
    respond: (_req, n) => ({ status: 200, body: { id: `gw-${n}` } }),
    close: async () => undefined,
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const request: GatewayRequest = {
        headers: req.headers,
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
      };
      gateway.requests.push(request);
      const answer = await gateway.respond(request, gateway.requests.length);
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(answer.body === undefined ? '' : JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  gateway.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/send`;
  gateway.close = async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return gateway;
}
