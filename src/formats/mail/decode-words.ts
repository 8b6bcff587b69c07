/**
 * @module decode-words
 * RFC 2047 encoded words in headers ("=?UTF-8?B?...?=", "=?ISO-8859-1?Q?...?="), decoded
 * with the platform's TextDecoder (every WHATWG charset). Unknown charsets fall back to latin1.
 */

const ENCODED_WORD = /=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=/g;

function decoderFor(charset: string): TextDecoder {
  const name = charset.split('*')[0] ?? charset; // RFC 2231 language suffix: "utf-8*en"
  try {
    return new TextDecoder(name.toLowerCase());
  } catch {
    return new TextDecoder('latin1');
  }
}

function wordBytes(encoding: string, text: string): Buffer {
  if (encoding.toUpperCase() === 'B') return Buffer.from(text, 'base64');
  const bytes: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const char = text[index] ?? '';
    if (char === '_') bytes.push(0x20);
    else if (char === '=' && /^[0-9A-Fa-f]{2}$/.test(text.slice(index + 1, index + 3))) {
      bytes.push(Number.parseInt(text.slice(index + 1, index + 3), 16));
      index += 2;
    } else bytes.push(char.charCodeAt(0) & 0xff);
  }
  return Buffer.from(bytes);
}

/** Decodes every encoded word in a header value; whitespace between adjacent words is dropped. */
export function decodeWords(value: string): string {
  if (!value.includes('=?')) return value;
  // Adjacent encoded words are joined without the space between them (RFC 2047 section 6.2).
  const joined = value.replace(/(\?=)\s+(?==\?)/g, '$1');
  // Consecutive words in one charset are decoded together so multi-byte characters split over two words survive.
  return joined.replace(/(?:=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=)+/g, (run) => {
    const parts = [...run.matchAll(ENCODED_WORD)];
    let out = '';
    let pending: Buffer[] = [];
    let pendingCharset = '';
    const flush = () => {
      if (pending.length) out += decoderFor(pendingCharset).decode(Buffer.concat(pending));
      pending = [];
    };
    for (const [, charset = 'utf-8', encoding = 'B', text = ''] of parts) {
      if (charset.toLowerCase() !== pendingCharset.toLowerCase()) flush();
      pendingCharset = charset;
      pending.push(wordBytes(encoding, text));
    }
    flush();
    return out;
  });
}
