/**
 * Personal data is removed before a question is logged: e-mail addresses, phone numbers (Vietnamese and
 * international), personal ID and other long numbers (9+ digits, also written with spaces or dots).
 * Short numbers (ages, "3 tầng", years, procedure codes like 1.001193) are kept: they carry meaning.
 */
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
const PHONE = /(?:\+?84|\b0)(?:[\s.-]?\d){8,10}\b/g;
/** National procedure codes (2.000815.01) are not personal data. */
const CODE = /^\d\.\d{6}(\.\d{1,2})?$/;
const LONG_NUMBER = /\b\d(?:[\s.-]?\d){8,}\b/g;

export function redactPersonalData(text: string): string {
  return text
    .replace(EMAIL, '[email]')
    .replace(PHONE, (m) => (CODE.test(m.trim()) ? m : '[số điện thoại]'))
    .replace(LONG_NUMBER, (m) => (CODE.test(m) ? m : '[số]'));
}
