/** Random secrets and their stored hashes. Tokens are high-entropy, so SHA-256 is the right hash for them. */
import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

export function newSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** API tokens look like `mc_<43 chars>`; the first 10 characters are shown in lists. */
export function newApiToken(): { token: string; prefix: string; hash: string } {
  const token = `mc_${newSecret(32)}`;
  return { token, prefix: token.slice(0, 10), hash: sha256(token) };
}

const ARGON2ID = 2;
export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** A readable random password for generated demo accounts: 4 groups of 4 letters/digits. */
export function generatePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(16);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]);
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join('')).join('-');
}
