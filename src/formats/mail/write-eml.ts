/**
 * @module write-eml
 * Writes one RFC 5322 message (text/plain, UTF-8, quoted-printable) as .eml bytes, with
 * threading headers for replies. Deterministic for a fixed date and Message-ID.
 */
import type { Address } from '../model.ts';

export type OutgoingMessage = {
  readonly from: Address;
  readonly to: readonly Address[];
  readonly cc?: readonly Address[];
  readonly subject: string;
  readonly date: Date;
  readonly messageId: string;
  readonly inReplyTo?: string;
  readonly references?: readonly string[];
  readonly text: string;
  /** Extra headers, e.g. X-Officemate-Engine. */
  readonly headers?: Readonly<Record<string, string>>;
};

/** RFC 2047 encoded-word for non-ASCII header text. */
export function encodeHeaderWord(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return text;
  return `=?UTF-8?B?${Buffer.from(text, 'utf8').toString('base64')}?=`;
}

export function formatAddress(address: Address): string {
  if (!address.name) return `<${address.address}>`;
  const name = /^[\w .'-]*$/.test(address.name)
    ? address.name
    : `"${address.name.replace(/["\\]/g, '\\$&')}"`;
  return `${encodeHeaderWord(name)} <${address.address}>`;
}

/** RFC 5322 date, e.g. "Thu, 12 Mar 2026 09:00:00 +0000". */
export function formatMailDate(date: Date): string {
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${days[date.getUTCDay()]}, ${pad(date.getUTCDate())} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} +0000`;
}

/** Quoted-printable body encoding (RFC 2045), lines at most 76 characters. */
export function encodeQuotedPrintable(text: string): string {
  const bytes = Buffer.from(text.replace(/\r?\n/g, '\r\n'), 'utf8');
  const lines: string[] = [];
  let line = '';
  const push = (chunk: string) => {
    if (line.length + chunk.length > 75) {
      lines.push(`${line}=`);
      line = '';
    }
    line += chunk;
  };
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte === 0x0d && bytes[i + 1] === 0x0a) {
      // Trailing whitespace before a line break must be encoded.
      if (line.endsWith(' ') || line.endsWith('\t')) {
        const last = line.at(-1)!;
        line = `${line.slice(0, -1)}=${last.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
      }
      lines.push(line);
      line = '';
      i++;
      continue;
    }
    const printable = (byte >= 33 && byte <= 126 && byte !== 61) || byte === 32 || byte === 9;
    push(printable ? String.fromCharCode(byte) : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`);
  }
  lines.push(line);
  return lines.join('\r\n');
}

function ensureAngle(id: string): string {
  const trimmed = id.trim();
  return trimmed.startsWith('<') ? trimmed : `<${trimmed}>`;
}

export function writeEml(message: OutgoingMessage): Buffer {
  const headers: string[] = [
    `From: ${formatAddress(message.from)}`,
    `To: ${message.to.map(formatAddress).join(', ')}`,
    ...(message.cc?.length ? [`Cc: ${message.cc.map(formatAddress).join(', ')}`] : []),
    `Subject: ${encodeHeaderWord(message.subject)}`,
    `Date: ${formatMailDate(message.date)}`,
    `Message-ID: ${ensureAngle(message.messageId)}`,
    ...(message.inReplyTo ? [`In-Reply-To: ${ensureAngle(message.inReplyTo)}`] : []),
    ...(message.references?.length ? [`References: ${message.references.map(ensureAngle).join(' ')}`] : []),
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: quoted-printable',
    ...Object.entries(message.headers ?? {}).map(([name, value]) => `${name}: ${encodeHeaderWord(value)}`),
  ];
  return Buffer.from(`${headers.join('\r\n')}\r\n\r\n${encodeQuotedPrintable(message.text)}\r\n`, 'utf8');
}
