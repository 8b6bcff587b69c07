/**
 * @module detect-format
 * File type from content, not the extension. The extension only breaks ties between
 * formats whose bytes look alike (CSV and TSV and plain text, Markdown and plain text).
 */

import { extname } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { isXcard } from './contacts/read-xcard.ts';

export const FormatId = {
  Docx: 'docx',
  Xlsx: 'xlsx',
  Pptx: 'pptx',
  Odt: 'odt',
  Ods: 'ods',
  Odp: 'odp',
  Doc: 'doc',
  Xls: 'xls',
  Ppt: 'ppt',
  Msg: 'msg',
  /** An OLE2 container holding an encrypted OOXML package (password-protected Office file). */
  EncryptedOffice: 'encrypted-office',
  Pdf: 'pdf',
  Csv: 'csv',
  Tsv: 'tsv',
  Markdown: 'md',
  Text: 'txt',
  Html: 'html',
  Eml: 'eml',
  Mbox: 'mbox',
  Ics: 'ics',
  Vcf: 'vcf',
  Vtt: 'vtt',
  QmsumJson: 'qmsum-json',
  ChatJson: 'chat-json',
  Irc: 'irc',
  Zip: 'zip',
  Unknown: 'unknown',
} as const;
export type FormatId = (typeof FormatId)[keyof typeof FormatId];

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY_MAGIC = [0x50, 0x4b, 0x05, 0x06];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + magic.length) return false;
  return magic.every((byte, i) => bytes[offset + i] === byte);
}

/** Finds ASCII (or UTF-16LE when `wide`) needles anywhere in a byte range. */
function containsAscii(bytes: Uint8Array, needle: string, wide = false): boolean {
  const pattern = wide ? Buffer.from(needle, 'utf16le') : Buffer.from(needle, 'latin1');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(pattern);
}

/** A central-directory entry: its name and where its header starts. */
type CentralEntry = { readonly name: string; readonly header: number };

/**
 * The archive's central directory, read from the end-of-central-directory record (at most 5,000
 * entries; a broken entry ends the list); undefined when no such record is found.
 */
function centralEntries(bytes: Uint8Array, view: DataView): CentralEntry[] | undefined {
  const decoder = new TextDecoder('utf-8');
  const min = Math.max(0, bytes.length - 22 - 65535);
  for (let eocd = bytes.length - 22; eocd >= min; eocd--) {
    if (view.getUint32(eocd, true) !== 0x06054b50) continue;
    const entries: CentralEntry[] = [];
    const count = view.getUint16(eocd + 10, true);
    let cursor = view.getUint32(eocd + 16, true);
    for (let i = 0; i < count && i < 5000; i++) {
      if (cursor + 46 > bytes.length || view.getUint32(cursor, true) !== 0x02014b50) break;
      const nameLength = view.getUint16(cursor + 28, true);
      entries.push({
        name: decoder.decode(bytes.subarray(cursor + 46, cursor + 46 + nameLength)),
        header: cursor,
      });
      cursor += 46 + nameLength + view.getUint16(cursor + 30, true) + view.getUint16(cursor + 32, true);
    }
    return entries;
  }
  return undefined;
}

/**
 * Entry names of a zip: from the central directory when the file is whole, else by walking
 * the local headers from the start (a prefix or a truncated file). Bounded to 5,000 names.
 */
export function zipEntryNames(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const central = centralEntries(bytes, view);
  if (central?.length) return central.map((entry) => entry.name);
  const decoder = new TextDecoder('utf-8');
  const names: string[] = [];
  let cursor = 0;
  while (cursor + 30 <= bytes.length && names.length < 5000 && view.getUint32(cursor, true) === 0x04034b50) {
    const flags = view.getUint16(cursor + 6, true);
    const compressed = view.getUint32(cursor + 18, true);
    const nameLength = view.getUint16(cursor + 26, true);
    const extraLength = view.getUint16(cursor + 28, true);
    names.push(decoder.decode(bytes.subarray(cursor + 30, Math.min(bytes.length, cursor + 30 + nameLength))));
    // With a data descriptor the size is unknown here; stop rather than guess.
    if (flags & 0x08 && compressed === 0) break;
    cursor += 30 + nameLength + extraLength + compressed;
  }
  return names;
}

/** A small entry's text (e.g. an ODF mimetype stored compressed or out of place), at most 4 KiB. */
function zipEntryText(bytes: Uint8Array, wanted: string): string | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entry = centralEntries(bytes, view)?.find((candidate) => candidate.name === wanted);
  if (!entry) return undefined;
  const method = view.getUint16(entry.header + 10, true);
  const compressed = view.getUint32(entry.header + 20, true);
  const local = view.getUint32(entry.header + 42, true);
  if (local + 30 > bytes.length || compressed > 4096) return undefined;
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const data = bytes.subarray(start, Math.min(bytes.length, start + compressed));
  try {
    const raw = method === 8 ? inflateRawSync(data, { maxOutputLength: 4096 }) : data;
    return Buffer.from(raw).toString('latin1');
  } catch {
    return undefined;
  }
}

function detectZip(bytes: Uint8Array, extension: string): FormatId {
  const odfMime = /^PK\x03\x04[\s\S]{26}mimetypeapplication\/vnd\.oasis\.opendocument\.(\w+)/.exec(
    Buffer.from(bytes.subarray(0, 200)).toString('latin1'),
  );
  if (odfMime) {
    const kind = odfMime[1];
    if (kind === 'text') return 'odt';
    if (kind === 'spreadsheet') return 'ods';
    if (kind === 'presentation') return 'odp';
  }
  // Entry names decide; embedded packages (an xlsx inside a deck's chart) never count,
  // because only the outer archive's own names are looked at.
  const names = new Set(zipEntryNames(bytes).map((name) => name.toLowerCase().replace(/^\/+/, '')));
  if (names.size > 0) {
    if (names.has('word/document.xml')) return 'docx';
    if (names.has('xl/workbook.xml')) return 'xlsx';
    if (names.has('ppt/presentation.xml')) return 'pptx';
    const prefixed = (prefix: string) => [...names].some((name) => name.startsWith(prefix));
    if (names.has('[content_types].xml') || names.has('_rels/.rels')) {
      if (prefixed('word/')) return 'docx';
      if (prefixed('xl/')) return 'xlsx';
      if (prefixed('ppt/')) return 'pptx';
    }
    if (names.has('content.xml') || names.has('mimetype')) {
      const text = `${Buffer.from(bytes.subarray(0, 65536)).toString('latin1')} ${zipEntryText(bytes, 'mimetype') ?? ''}`;
      if (text.includes('opendocument.text')) return 'odt';
      if (text.includes('opendocument.spreadsheet')) return 'ods';
      if (text.includes('opendocument.presentation')) return 'odp';
      if (extension === '.odt' || extension === '.ods' || extension === '.odp')
        return extension.slice(1) as FormatId;
    }
    if (prefixed('word/')) return 'docx';
    if (prefixed('xl/')) return 'xlsx';
    if (prefixed('ppt/')) return 'pptx';
  }
  // Damaged archives: fall back to looking for part names anywhere in the bytes.
  const has = (name: string) => containsAscii(bytes, name);
  // A package with only its content types left: trust the extension, so the reader can say
  // what is missing instead of calling it a plain zip.
  if (has('[Content_Types].xml')) {
    if (/^\.doc[xm]$/.test(extension)) return 'docx';
    if (/^\.xls[xm]$/.test(extension)) return 'xlsx';
    if (/^\.ppt[xm]$/.test(extension)) return 'pptx';
  }
  if (has('word/document') || has('word/_rels')) return 'docx';
  if (has('ppt/presentation') || has('ppt/slides') || has('ppt/_rels')) return 'pptx';
  if (has('xl/workbook') || has('xl/_rels') || has('xl/worksheets')) return 'xlsx';
  if (has('content.xml') && has('mimetype')) {
    if (has('opendocument.text')) return 'odt';
    if (has('opendocument.spreadsheet')) return 'ods';
    if (has('opendocument.presentation')) return 'odp';
  }
  return 'zip';
}

function detectOle(bytes: Uint8Array): FormatId {
  // Directory entry names are UTF-16LE inside the compound file.
  const has = (name: string) => containsAscii(bytes, name, true);
  if (has('EncryptedPackage') || has('EncryptionInfo')) return 'encrypted-office';
  if (has('__substg1.0_') || has('__properties_version1.0')) return 'msg';
  if (has('WordDocument')) return 'doc';
  if (has('Workbook') || has('Book')) return 'xls';
  if (has('PowerPoint Document')) return 'ppt';
  return 'unknown';
}

function isProbablyText(head: Uint8Array): boolean {
  if (head.length === 0) return true;
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return false;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return control / head.length < 0.02;
}

function detectText(text: string, extension: string): FormatId {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (/^WEBVTT/.test(trimmed)) return 'vtt';
  // Flat (single XML file) OpenDocument, as .fodt/.fods/.fodp or a misnamed .odt.
  if (/^<\?xml[^>]*>\s*<office:document\b/.test(trimmed)) {
    const mime =
      /office:mimetype="application\/vnd\.oasis\.opendocument\.(text|spreadsheet|presentation)/.exec(
        trimmed.slice(0, 4000),
      );
    if (mime?.[1] === 'text') return 'odt';
    if (mime?.[1] === 'spreadsheet') return 'ods';
    if (mime?.[1] === 'presentation') return 'odp';
  }
  if (/^BEGIN:VCARD/i.test(trimmed)) return 'vcf';
  // xCard (RFC 6351): vCard 4.0 in XML.
  if (isXcard(trimmed.slice(0, 4000))) return 'vcf';
  // Calendars, and bare components some programs export (a lone VEVENT or VTODO).
  if (/^BEGIN:(VCALENDAR|VEVENT|VTODO|VJOURNAL|VFREEBUSY|VTIMEZONE|VAVAILABILITY)\b/i.test(trimmed))
    return 'ics';
  if (/^BEGIN:/i.test(trimmed) && (extension === '.ics' || extension === '.vcs' || extension === '.ifb'))
    return 'ics';
  if (/^BEGIN:/i.test(trimmed) && extension === '.vcf') return 'vcf';
  if (/^From \S+.*\d{4}\s*$/m.test(trimmed.split('\n', 1)[0] ?? '') || /^From \S+ /.test(trimmed)) {
    if (/\n(From|Subject|Date|Message-ID):/i.test(trimmed.slice(0, 4000))) return 'mbox';
  }
  // jCal (RFC 7265) and jCard (RFC 7095): JSON arrays that open with the component name.
  if (/^\[\s*"vcalendar"/i.test(trimmed)) return 'ics';
  if (/^\[\s*(\[\s*)?"vcard"/i.test(trimmed)) return 'vcf';
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    const head = trimmed.slice(0, 4000);
    if (/"meeting_transcripts"\s*:/.test(head) || /"meeting_transcripts"/.test(text)) return 'qmsum-json';
    if (/"officemate-chat"|"messages"\s*:|"thread_ts"\s*:|"ts"\s*:\s*"\d+\.\d+"/.test(head))
      return 'chat-json';
  }
  if (/^%PDF-/.test(trimmed)) return 'pdf';
  const headerBlock = trimmed.slice(0, 4000).split(/\r?\n\r?\n/, 1)[0] ?? '';
  const headerLines = headerBlock.split(/\r?\n/).filter((line) => /^[A-Za-z][A-Za-z0-9-]*:\s/.test(line));
  const mailHeaders = headerLines.filter((line) =>
    /^(from|to|subject|date|message-id|received|mime-version|return-path|cc|delivered-to|x-[a-z-]+):/i.test(
      line,
    ),
  );
  if (
    mailHeaders.length >= 2 &&
    /^(from|subject|date|message-id|received|return-path|delivered-to|mime-version|x-)/i.test(headerBlock)
  ) {
    return 'eml';
  }
  if (/^\s*(<!doctype html|<html|<head|<body)/i.test(trimmed)) return 'html';
  const lines = trimmed.split(/\r?\n/, 50).filter((line) => line.length > 0);
  // Some archives prefix each line with the channel and date: "rust 2018-12-26 [10:19:00] <lp> ...".
  const ircLike = lines.filter((line) =>
    /^(\S+ \d{4}-\d{2}-\d{2} )?(\[?\d{1,2}:\d{2}(:\d{2})?\]?\s+(<[^>]+>|\*\s|-!-|===)|===\s)/.test(line),
  );
  if (lines.length >= 2 && ircLike.length / lines.length > 0.6) return 'irc';
  if (extension === '.md' || extension === '.markdown') return 'md';
  if (extension === '.tsv' || extension === '.tab') return 'tsv';
  if (extension === '.csv') return 'csv';
  if (extension === '.htm' || extension === '.html') return 'html';
  if (extension === '.eml') return 'eml';
  if (extension === '.vtt') return 'vtt';
  if (extension === '.mbox') return 'mbox';
  if (looksDelimited(lines, '\t')) return 'tsv';
  if (looksDelimited(lines, ',')) return 'csv';
  if (/^#{1,6}\s|\n#{1,6}\s|\n[-*]\s|\n\d+\.\s|\]\(/.test(trimmed) && extension !== '.txt') return 'md';
  return 'txt';
}

function looksDelimited(lines: readonly string[], delimiter: string): boolean {
  if (lines.length < 2) return false;
  const counts = lines.slice(0, 20).map((line) => line.split(delimiter).length - 1);
  const first = counts[0] ?? 0;
  return first >= 1 && counts.every((count) => count === first);
}

/**
 * Detects a file's format from its first bytes (and its last, for zip central directories).
 * `bytes` may be the whole file or a prefix of at least 64 KiB.
 */
export function detectFormat(bytes: Uint8Array, path = ''): FormatId {
  const extension = extname(path).toLowerCase();
  if (startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, ZIP_EMPTY_MAGIC)) return detectZip(bytes, extension);
  if (startsWith(bytes, OLE_MAGIC)) return detectOle(bytes);
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  let head = bytes.subarray(0, 65536);
  // UTF-16 text (some exports): decode before looking.
  if (startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff])) {
    const decoder = new TextDecoder(head[0] === 0xff ? 'utf-16le' : 'utf-16be');
    return detectText(decoder.decode(head), extension);
  }
  if (!isProbablyText(head.subarray(0, 8192))) return 'unknown';
  head = head.subarray(0, 65536);
  return detectText(new TextDecoder('utf-8').decode(head), extension);
}
