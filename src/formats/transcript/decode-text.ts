/**
 * @module decode-text
 * Bytes of a text transcript or chat log to a string: UTF-8 (BOM dropped) or UTF-16 with a BOM.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

/** "01:02:03.450", "02:03.450", "1:02:03,45" or "0:03" to seconds; undefined when it is not a time. */
export function parseClockTime(text: string): number | undefined {
  const match = /^(?:(\d{1,3}):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?$/.exec(text.trim());
  if (!match) return undefined;
  const hours = Number(match[1] ?? 0);
  const minutes = Number(match[2]);
  const seconds = Number(match[3]);
  const fraction = match[4] ? Number(`0.${match[4]}`) : 0;
  if (minutes > 59 && match[1] !== undefined) return undefined;
  return Math.round((hours * 3600 + minutes * 60 + seconds + fraction) * 1000) / 1000;
}
