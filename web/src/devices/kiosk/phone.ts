/**
 * The phone number typed on the kiosk keypad, kept as digits only: a Vietnamese mobile number (the notify
 * module's rule, which the ticket API applies too), so the near-turn SMS can reach it.
 */
import { normalisePhone } from '../../../../src/modules/notify/contracts.ts';

/** 10 digits from 0 (0901234567), 11 from the country code 84 (84901234567). */
export function maxPhoneDigits(digits: string): number {
  return digits.startsWith('84') ? 11 : 10;
}

/** Appends a typed digit unless the number is already complete. */
export function typeDigit(digits: string, key: string): string {
  return digits.length < maxPhoneDigits(digits + key) ? digits + key : digits;
}

/** Whether the number is a Vietnamese mobile number the SMS can reach. */
export function isMobileNumber(digits: string): boolean {
  return normalisePhone(digits) !== undefined;
}

/** Groups the digits as people read them, while typing: `0901 234 567`, `84 901 234 567`. */
export function formatPhone(digits: string): string {
  const head = digits.startsWith('84') ? 2 : 4;
  const parts = [digits.slice(0, head)];
  for (let i = head; i < digits.length; i += 3) parts.push(digits.slice(i, i + 3));
  return parts.join(' ');
}
