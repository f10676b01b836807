/** Email over SMTP (nodemailer): `SMTP_URL` like smtp://user:pass@host:587 (STARTTLS when offered) or smtps://host:465. */
import { createTransport } from 'nodemailer';
import { DeliveryError, type OutgoingMessage, type Provider } from './provider.ts';

export interface SmtpOptions {
  url: string;
  from: string;
  /** Milliseconds for connecting, greeting and each socket read (default 15 s). */
  timeoutMs?: number;
}

/** The URL without its user and password, for logs. */
export function redactUrl(url: string): string {
  const u = new URL(url);
  u.username = '';
  u.password = '';
  u.search = '';
  return u.toString().replace(/\/$/, '');
}

export function createSmtpProvider(options: SmtpOptions): Provider {
  const timeout = options.timeoutMs ?? 15_000;
  const transport = createTransport(options.url, {
    from: options.from,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
  } as Parameters<typeof createTransport>[1]);
  return {
    channel: 'email',
    target: redactUrl(options.url),
    async send(message: OutgoingMessage) {
      try {
        const info = await transport.sendMail({
          to: message.to,
          subject: message.subject,
          text: message.body,
          headers: { 'X-Motcua-Message-Id': message.id },
        });
        return { providerMessageId: info.messageId ?? null };
      } catch (e) {
        const err = e as Error & { responseCode?: number; code?: string };
        // 5xx replies (bad mailbox, refused) are permanent; 4xx and network errors may pass later.
        const permanent = typeof err.responseCode === 'number' && err.responseCode >= 500;
        const reply = err.responseCode ? `SMTP ${err.responseCode}: ` : '';
        throw new DeliveryError(`${reply}${err.message}`, permanent);
      }
    },
    async close() {
      transport.close();
    },
  };
}
