/**
 * @module vcard-text
 * A value written as vCard text writes it (RFC 6350 §3.4): backslashes, ";" and "," escaped, line
 * breaks as "\n". jCard and xCard values are turned back into this form before the card is read.
 */
export function escapeVcardText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/[;,]/g, '\\$&').replace(/\n/g, '\\n');
}
