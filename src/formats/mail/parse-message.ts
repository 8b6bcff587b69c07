/**
 * @module parse-message
 * One RFC 5322 message (bytes) into the typed Message: decoded headers (RFC 2047), text or
 * HTML-to-text body split into new text, quoted text and signature, and attachments read as
 * nested documents through the formats layer.
 */
import {
  type AddressObject,
  type Attachment as ParsedAttachment,
  type ParsedMail,
  simpleParser,
} from 'mailparser';
import { toAppError } from '../../lib/errors.ts';
import type { Address, Attachment, Message } from '../model.ts';
import type { ReadOptions } from '../reader.ts';
import { decodeWords } from './decode-words.ts';
import {
  addHeader,
  cleanMessageId,
  flattenAddresses,
  isoDate,
  syntheticId,
  withDisplayName,
  withListedNames,
  withRecipientName,
} from './message-fields.ts';
import { parseSimpleMessage } from './parse-simple-message.ts';
import { splitBody } from './split-body.ts';

export { cleanMessageId } from './message-fields.ts';

const PARSER_OPTIONS = {
  skipTextToHtml: true,
  skipTextLinks: true,
  skipImageLinks: true,
  keepCidLinks: false,
} as const;

function addressesOf(field: AddressObject | AddressObject[] | undefined): Address[] {
  const objects = field === undefined ? [] : Array.isArray(field) ? field : [field];
  const out: Address[] = [];
  for (const object of objects) flattenAddresses(object.value, out);
  return out;
}

function headersOf(parsed: ParsedMail): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const { key, line } of parsed.headerLines) {
    addHeader(headers, key, line);
  }
  return headers;
}

function referencesOf(references: string | string[] | undefined): string[] {
  const list =
    references === undefined ? [] : Array.isArray(references) ? references : references.split(/\s+/);
  return list.map(cleanMessageId).filter((id): id is string => id !== undefined);
}

async function readAttachment(part: ParsedAttachment, options: ReadOptions): Promise<Attachment> {
  const filename =
    part.filename ?? (part.contentType === 'message/rfc822' ? 'attached-message.eml' : 'attachment');
  const base: Attachment = {
    filename,
    contentType: part.contentType,
    size: part.size ?? part.content.length,
  };
  if (
    !options.readNested ||
    options.parseAttachments === false ||
    part.content.length === 0 ||
    part.contentType.startsWith('image/')
  )
    return base;
  try {
    // Nested mail is read one level deep: its own attachments are listed, not parsed.
    const result = await options.readNested(filename, part.content, { ...options, parseAttachments: false });
    if (result.success) return { ...base, content: result.data };
    return { ...base, error: { code: result.error.code, message: result.error.message } };
  } catch (thrown) {
    const error = toAppError(thrown);
    return { ...base, error: { code: error.code, message: error.message } };
  }
}

/** A message the MIME parser gave up on: kept, with its raw text as the body, so nothing is lost silently. */
function unparsedMessage(raw: Buffer): Message {
  const messageId = syntheticId(raw);
  const text = raw.subarray(0, 1024 * 1024).toString('latin1');
  const subject = /^Subject:[ \t]*(.*)$/im.exec(text.split(/\r?\n\r?\n/, 1)[0] ?? '')?.[1]?.trim() ?? '';
  return {
    type: 'message',
    messageId,
    subject: decodeWords(subject),
    to: [],
    cc: [],
    bcc: [],
    references: [],
    text,
    attachments: [],
    headers: {},
    locator: { messageId },
  };
}

/**
 * Parses one message. Never throws on odd content: missing parts become empty fields. Simple
 * messages (one text/plain part) take the fast path of parse-simple-message.ts, which gives the
 * same Message; everything else goes through mailparser.
 */
export async function parseMessage(raw: Buffer, options: ReadOptions = {}): Promise<Message> {
  return parseSimpleMessage(raw) ?? parseWithMailparser(raw, options);
}

/** Parses one message with mailparser (any MIME structure). */
export async function parseWithMailparser(raw: Buffer, options: ReadOptions = {}): Promise<Message> {
  let parsed: ParsedMail;
  try {
    parsed = await simpleParser(raw, PARSER_OPTIONS);
  } catch {
    return unparsedMessage(raw);
  }
  const messageId = cleanMessageId(parsed.messageId) ?? syntheticId(raw);
  const body = parsed.text ?? '';
  const split = splitBody(body);
  const attachments: Attachment[] = [];
  for (const part of parsed.attachments) attachments.push(await readAttachment(part, options));
  const headers = headersOf(parsed);
  const from = withDisplayName(addressesOf(parsed.from)[0], headers['x-from']);
  const date = isoDate(parsed.date);
  const inReplyTo = cleanMessageId(typeof parsed.inReplyTo === 'string' ? parsed.inReplyTo : undefined);
  return {
    type: 'message',
    messageId,
    subject: parsed.subject ?? '',
    ...(from ? { from } : {}),
    to: withListedNames(withRecipientName(addressesOf(parsed.to), headers['x-to']), headers['x-to']),
    cc: withListedNames(addressesOf(parsed.cc), headers['x-cc']),
    bcc: withListedNames(addressesOf(parsed.bcc), headers['x-bcc']),
    ...(date ? { date } : {}),
    ...(inReplyTo ? { inReplyTo } : {}),
    references: referencesOf(parsed.references),
    text: split.text,
    ...(split.quoted ? { quoted: split.quoted } : {}),
    ...(split.signature ? { signature: split.signature } : {}),
    attachments,
    headers,
    locator: { messageId },
  };
}
