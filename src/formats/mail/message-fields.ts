/**
 * @module message-fields
 * Field rules shared by both message parsers (mailparser and the simple-message fast path):
 * Message-ID clean-up, synthetic ids, ISO dates, header decoding and the X-From display name.
 */
import { createHash } from 'node:crypto';
import type { Address } from '../model.ts';
import { decodeWords } from './decode-words.ts';

/** Removes the angle brackets around a Message-ID ("<a@b>" → "a@b"). */
export function cleanMessageId(id: string | undefined): string | undefined {
  const trimmed = id?.trim().replace(/^<+/, '').replace(/>+$/, '').trim();
  return trimmed ? trimmed : undefined;
}

/** A stable id for messages that have no Message-ID header. */
export function syntheticId(raw: Buffer): string {
  return `${createHash('sha1').update(raw.subarray(0, 65536)).digest('hex').slice(0, 20)}@officemate.invalid`;
}

export function isoDate(date: Date | undefined): string | undefined {
  return date && !Number.isNaN(date.getTime()) ? date.toISOString().replace('.000Z', 'Z') : undefined;
}

/** RFC 2047 words decoded; a value that cannot be decoded is kept as it is. */
export function decodeHeader(value: string): string {
  try {
    return decodeWords(value);
  } catch {
    return value;
  }
}

/** One raw header line ("Key: value", folding kept) as the unfolded, decoded value of the headers map. */
export function headerValue(line: string): string {
  const colon = line.indexOf(':');
  return decodeHeader(
    line
      .slice(colon + 1)
      .replace(/\r?\n[ \t]+/g, ' ')
      .trim(),
  );
}

/** Adds one header to the map; repeated headers are joined with a newline. */
export function addHeader(headers: Record<string, string>, key: string, line: string): void {
  const value = headerValue(line);
  headers[key] = key in headers ? `${headers[key]}\n${value}` : value;
}

/** Exchange exports (Enron among them) keep the display name in X-From: "Bruce, James </O=ENRON/...>". */
export function withDisplayName(
  address: Address | undefined,
  xFrom: string | undefined,
): Address | undefined {
  if (!address || address.name || !xFrom) return address;
  const name = xFrom
    .replace(/<[^>]*>/g, '')
    .trim()
    .replace(/^"(.*)"$/, '$1')
    .trim();
  return name && !name.includes('@') ? { ...address, name } : address;
}

/**
 * The same exports keep the recipient's display name in X-To; it is given to a lone To: address
 * that has none ("Ann B Lee", "Lee, Ann </O=EXAMPLE/...>"). With several recipients
 * the names cannot be paired with the addresses, so they are left alone.
 */
export function withRecipientName(to: readonly Address[], xTo: string | undefined): Address[] {
  if (to.length !== 1 || to[0]!.name || !xTo) return [...to];
  const name = xTo
    .replace(/<[^>]*>/g, '')
    .trim()
    .replace(/^"(.*)"$/, '$1')
    .trim();
  const oneName = /^[^,;@]+(?:,[^,;@]+)?$/.test(name) && name.split(/\s+/).length <= 4;
  return oneName ? [{ ...to[0]!, name }] : [...to];
}

type AddressEntry = { name?: string; address?: string; group?: unknown };

/** Flattens parsed address entries (groups included) into our Address list, appending to `out`. */
export function flattenAddresses(entries: readonly AddressEntry[], out: Address[]): Address[] {
  for (const entry of entries) {
    if (Array.isArray(entry.group)) flattenAddresses(entry.group as AddressEntry[], out);
    else if (entry.address) out.push({ address: entry.address, ...(entry.name ? { name: entry.name } : {}) });
  }
  return out;
}
