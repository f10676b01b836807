/** One interface for every delivery channel: SMTP email, SMS and Zalo ZNS HTTP gateways, fakes in tests. */
import type { Channel, Lang } from '../contracts.ts';

export interface OutgoingMessage {
  /** Outbox id: also the idempotency key given to gateways. */
  readonly id: string;
  readonly wardId: string;
  readonly channel: Channel;
  readonly to: string;
  readonly subject: string;
  readonly body: string;
  readonly template: string;
  readonly lang: Lang;
  readonly data: Record<string, unknown>;
}

export interface Provider {
  readonly channel: Channel;
  /** Where it sends, without secrets (for logs), e.g. `smtp://mail.example.vn:587`. */
  readonly target: string;
  /** Resolves when the provider accepted the message; throws DeliveryError (or anything: transient) otherwise. */
  send(message: OutgoingMessage): Promise<{ providerMessageId: string | null }>;
  close?(): Promise<void>;
}

export type Providers = Partial<Record<Channel, Provider>>;

/** A failed attempt. `permanent`: retrying cannot help (bad address, refused by the gateway) → failed at once. */
export class DeliveryError extends Error {
  readonly permanent: boolean;
  constructor(message: string, permanent: boolean) {
    super(message);
    this.name = 'DeliveryError';
    this.permanent = permanent;
  }
}
