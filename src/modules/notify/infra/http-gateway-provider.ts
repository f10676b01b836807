/**
 * SMS and Zalo ZNS through an HTTP gateway configured by URL (`SMS_GATEWAY_URL`, `ZALO_GATEWAY_URL`).
 * The gateway receives `POST <url>` with JSON `{ id, channel, to, text, subject, template, data, lang }` and the
 * header `Idempotency-Key: <id>`; user:password in the URL becomes Basic authentication.
 * 2xx = accepted (an optional JSON `{ id }` is kept); 408, 429 and 5xx = try again later; other 4xx = refused.
 */
import type { Channel } from '../contracts.ts';
import { DeliveryError, type OutgoingMessage, type Provider } from './provider.ts';
import { redactUrl } from './smtp-provider.ts';

export interface GatewayOptions {
  channel: Exclude<Channel, 'email'>;
  url: string;
  timeoutMs?: number;
}

const RETRYABLE = new Set([408, 425, 429]);

export function createHttpGatewayProvider(options: GatewayOptions): Provider {
  const url = new URL(options.url);
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
  if (url.username || url.password) {
    const user = decodeURIComponent(url.username);
    const pass = decodeURIComponent(url.password);
    headers.authorization = `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;
    url.username = '';
    url.password = '';
  }
  const endpoint = url.toString();
  const timeoutMs = options.timeoutMs ?? 15_000;
  return {
    channel: options.channel,
    target: redactUrl(options.url),
    async send(message: OutgoingMessage) {
      let res: Response;
      try {
        res = await fetch(endpoint, {
          method: 'POST',
          headers: { ...headers, 'idempotency-key': message.id },
          body: JSON.stringify({
            id: message.id,
            channel: message.channel,
            to: message.to,
            text: message.body,
            subject: message.subject,
            template: message.template,
            data: message.data,
            lang: message.lang,
          }),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (e) {
        throw new DeliveryError(`gateway unreachable: ${(e as Error).message}`, false);
      }
      const text = await res.text().catch(() => '');
      if (!res.ok) {
        const permanent = res.status < 500 && !RETRYABLE.has(res.status);
        throw new DeliveryError(`gateway answered ${res.status}: ${text.slice(0, 300)}`, permanent);
      }
      let providerMessageId: string | null = null;
      try {
        const body = JSON.parse(text) as { id?: unknown };
        if (typeof body.id === 'string' || typeof body.id === 'number') providerMessageId = String(body.id);
      } catch {
        /* a gateway may answer with no body */
      }
      return { providerMessageId };
    },
  };
}
