/** Retry policy of the outbox: exponential backoff, capped, no jitter (each message has its own schedule). */
export const DELIVERY_POLICY = {
  /** Attempts before a message is marked failed (30 s, 1, 2, 4, 8, 16, 32 min between them: about 1 h in all). */
  maxAttempts: 8,
  baseDelayMs: 30_000,
  maxDelayMs: 60 * 60_000,
  /** How long a worker may hold a claimed message before another worker takes it over. */
  leaseMs: 5 * 60_000,
} as const;

/** Delay before attempt `attempts + 1`, after `attempts` failed ones (1 → base, 2 → 2 × base, …). */
export function backoffMs(attempts: number, policy: { baseDelayMs: number; maxDelayMs: number } = DELIVERY_POLICY) {
  const exponent = Math.max(0, attempts - 1);
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** exponent);
}
