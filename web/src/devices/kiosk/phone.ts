/**
 * The phone number typed on the kiosk keypad, kept as digits only. A ticket's phone is accepted by the API when
 * it has 8–20 digits, but the near-turn SMS goes only to a Vietnamese mobile number (the notify module's rule:
 * 0 or 84, then 3/5/7/8/9 and eight digits); the kiosk asks for exactly that, so a number it sends can be texted.
 */

const MOBILE = /^(?:0|84)[35789]\d{8}$/;

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
  return MOBILE.test(digits);
}

/** Groups the digits as people read them, while typing: `0901 234 567`, `84 901 234 567`. */
export function formatPhone(digits: string): string {
  const head = digits.startsWith('84') ? 2 : 4;
  const parts = [digits.slice(0, head)];
  for (let i = head; i < digits.length; i += 3) parts.push(digits.slice(i, i + 3));
  return parts.join(' ');
}

/** The same mask as the server shows staff (queue's maskPhone): 0901234567 → 090****567. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 7) return '****';
  return `${digits.slice(0, 3)}****${digits.slice(-3)}`;
}
