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

/**
 * An address with the stray quotes some exports put in it taken out: "'ann.lee'@example.com" →
 * "ann.lee@example.com", "lee'.'ann@example.com" → "lee.ann@example.com". Anything that is still not
 * a plain local@domain address is kept as written.
 */
export function cleanAddress(address: string): string {
  const at = address.lastIndexOf('@');
  if (at <= 0) return address;
  const local = address
    .slice(0, at)
    .replace(/['"`]/g, '')
    .replace(/\.{2,}/g, '.')
    .replace(/^\.+|\.+$/g, '');
  const cleaned = `${local}@${address.slice(at + 1)}`;
  return /^[^\s@'"`]+@[^\s@'"`]+$/.test(cleaned) ? cleaned : address;
}

/**
 * The display names of an X-To / X-cc / X-bcc list: "'Ann B Lee' <…>, Lee, Ann </O=…>" → both
 * names; a list without brackets ("Ann B Lee, Joe Kim") is parted at its commas, so a "Lee, Ann"
 * in it comes apart into words no address is paired with.
 */
export function exchangeNames(value: string | undefined): string[] {
  if (!value?.trim()) return [];
  const names = value.includes('<')
    ? [...value.matchAll(/([^<>]+?)\s*<[^>]*>/g)].map((match) => match[1]!)
    : value.split(/[,;]/);
  return names
    .map((name) =>
      name
        .replace(/^[\s,;]+/, '')
        .trim()
        .replace(/^['"]+|['"]+$/g, '')
        .trim(),
    )
    .filter((name) => name !== '' && !name.includes('@'));
}

function nameWords(text: string): string[] {
  return text.toLowerCase().match(/\p{L}+/gu) ?? [];
}

/**
 * Pairs each recipient that has no name with the one display name of an X-To / X-cc list whose
 * words hold every word of the address's local part ("ines.moreau" ↔ "Ines K Moreau",
 * "ben.ode" ↔ "Ode, Ben"). A local part of fewer than two words ("imoreau") or one that
 * more than one name fits is left without a name.
 */
export function withListedNames(list: readonly Address[], xList: string | undefined): Address[] {
  const names = exchangeNames(xList);
  if (names.length === 0) return [...list];
  return list.map((entry) => {
    if (entry.name) return entry;
    const local = nameWords(entry.address.slice(0, entry.address.lastIndexOf('@')));
    if (local.length < 2 || local.some((word) => word.length < 2)) return entry;
    const fits = names.filter((name) => {
      const words = new Set(nameWords(name));
      return local.every((word) => words.has(word));
    });
    return fits.length === 1 ? { ...entry, name: fits[0]! } : entry;
  });
}

type AddressEntry = { name?: string; address?: string; group?: unknown };

/** Flattens parsed address entries (groups included) into our Address list, appending to `out`. */
export function flattenAddresses(entries: readonly AddressEntry[], out: Address[]): Address[] {
  for (const entry of entries) {
    if (Array.isArray(entry.group)) flattenAddresses(entry.group as AddressEntry[], out);
    else if (entry.address)
      out.push({ address: cleanAddress(entry.address), ...(entry.name ? { name: entry.name } : {}) });
  }
  return out;
}
