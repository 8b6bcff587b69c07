/**
 * @module media-type
 * The media type (MIME) of each readable format, for storing and serving files whose sender
 * gave none or only a generic one.
 */
import type { FormatId } from './detect-format.ts';

/** The media types of the Office files the skills write (a draft, a deck, a workbook of insights). */
export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const PPTX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

const MEDIA_TYPES: Partial<Record<FormatId, string>> = {
  docx: DOCX_MEDIA_TYPE,
  xlsx: XLSX_MEDIA_TYPE,
  pptx: PPTX_MEDIA_TYPE,
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  ppt: 'application/vnd.ms-powerpoint',
  msg: 'application/vnd.ms-outlook',
  pdf: 'application/pdf',
  csv: 'text/csv',
  tsv: 'text/tab-separated-values',
  md: 'text/markdown',
  txt: 'text/plain',
  html: 'text/html',
  eml: 'message/rfc822',
  mbox: 'application/mbox',
  ics: 'text/calendar',
  vcf: 'text/vcard',
  vtt: 'text/vtt',
  'qmsum-json': 'application/json',
  'chat-json': 'application/json',
  irc: 'text/plain',
  zip: 'application/zip',
};

/** The media type of a detected format; undefined for unknown bytes. */
export function mediaTypeOf(format: FormatId): string | undefined {
  return MEDIA_TYPES[format];
}
