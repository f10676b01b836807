/** Recipients are personal data: lists and logs show them masked. */

/** `nguyen.van.a@gmail.com` → `n***@gmail.com`; `+84912345678` → `+849*****678`. */
export function maskRecipient(recipient: string): string {
  const at = recipient.indexOf('@');
  if (at > 0) return `${recipient[0]}***${recipient.slice(at)}`;
  if (recipient.length <= 6) return '*'.repeat(recipient.length);
  return `${recipient.slice(0, 4)}${'*'.repeat(recipient.length - 7)}${recipient.slice(-3)}`;
}

/** Replaces every occurrence of the recipient in a provider's error text by its mask. */
export function scrubRecipient(text: string, recipient: string): string {
  return text.split(recipient).join(maskRecipient(recipient));
}
