/**
 * @module upload-type
 * The Content-Type a stored file is kept and served under: the sender's when it names a type,
 * else the one its detected format has (curl and browsers send none or
 * application/octet-stream for mail boxes, calendars and subtitles).
 */
import type { FormatId } from '../../formats/detect-format.ts';
import { mediaTypeOf } from '../../formats/media-type.ts';

const GENERIC = 'application/octet-stream';

/** True when a Content-Type says nothing about the format: missing, empty or octet-stream. */
export function isGenericType(type: string | undefined): boolean {
  const base = type?.split(';')[0]?.trim().toLowerCase() ?? '';
  return base === '' || base === GENERIC;
}

/** The sender's type when specific, else the detected format's, else octet-stream. */
export function storedContentType(sent: string | undefined, format: FormatId): string {
  if (sent && !isGenericType(sent)) return sent;
  return mediaTypeOf(format) ?? GENERIC;
}
