/** Notify settings from the environment (validated once at start) and the providers they configure. */
import { z } from 'zod';
import { createHttpGatewayProvider } from '../infra/http-gateway-provider.ts';
import type { Providers } from '../infra/provider.ts';
import { createSmtpProvider } from '../infra/smtp-provider.ts';

const Url = (protocols: string[]) =>
  z
    .string()
    .url()
    .refine((v) => protocols.includes(new URL(v).protocol), `must start with ${protocols.join(' or ')}//`);

const NotifyEnv = z
  .object({
    SMTP_URL: Url(['smtp:', 'smtps:']).optional(),
    MAIL_FROM: z.string().min(3).optional(),
    SMS_GATEWAY_URL: Url(['http:', 'https:']).optional(),
    ZALO_GATEWAY_URL: Url(['http:', 'https:']).optional(),
    NOTIFY_UNCONFIGURED: z.enum(['hold', 'skip']).default('hold'),
    NOTIFY_POLL_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  })
  .refine((e) => !e.SMTP_URL || e.MAIL_FROM, { message: 'MAIL_FROM is required with SMTP_URL', path: ['MAIL_FROM'] });

export interface NotifyConfig {
  smtpUrl: string | undefined;
  mailFrom: string | undefined;
  smsGatewayUrl: string | undefined;
  zaloGatewayUrl: string | undefined;
  /** Messages of a channel with no provider: 'hold' = stay pending with the reason; 'skip' = marked skipped. */
  unconfigured: 'hold' | 'skip';
  /** How often the delivery loop looks for due messages when nothing wakes it. */
  pollMs: number;
}

export function loadNotifyConfig(env: NodeJS.ProcessEnv = process.env): NotifyConfig {
  const clean = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const e = NotifyEnv.parse(clean);
  return {
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    smsGatewayUrl: e.SMS_GATEWAY_URL,
    zaloGatewayUrl: e.ZALO_GATEWAY_URL,
    unconfigured: e.NOTIFY_UNCONFIGURED,
    pollMs: e.NOTIFY_POLL_MS,
  };
}

export function createProviders(config: NotifyConfig): Providers {
  const providers: Providers = {};
  if (config.smtpUrl && config.mailFrom)
    providers.email = createSmtpProvider({ url: config.smtpUrl, from: config.mailFrom });
  if (config.smsGatewayUrl) providers.sms = createHttpGatewayProvider({ channel: 'sms', url: config.smsGatewayUrl });
  if (config.zaloGatewayUrl)
    providers.zalo = createHttpGatewayProvider({ channel: 'zalo', url: config.zaloGatewayUrl });
  return providers;
}

export async function closeProviders(providers: Providers): Promise<void> {
  for (const p of Object.values(providers)) await p?.close?.();
}
