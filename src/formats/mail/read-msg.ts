/**
 * @module read-msg
 * Outlook .msg files (OLE compound files) through @kenjiuno/msgreader: sender, recipients,
 * subject, dates, plain or HTML body, transport headers and attachments (nested .msg too).
 */
import { basename } from 'node:path';
import msgreader, { type FieldsData } from '@kenjiuno/msgreader';
import { fail, toAppError } from '../../lib/errors.ts';
import type { Address, Attachment, Mailbox, Message } from '../model.ts';
import type { ReaderInput, ReadOptions } from '../reader.ts';
import { htmlToText } from '../text/html-to-text.ts';
import { cleanMessageId } from './parse-message.ts';
import { splitBody } from './split-body.ts';

// The package is CommonJS with `exports.default`: under Node ESM the class sits one level down,
// while bundlers (vite, esbuild) hand over the class itself.
const MsgReader = (
  typeof msgreader.default === 'function' ? msgreader.default : msgreader
) as typeof msgreader.default;
type MsgReader = InstanceType<typeof MsgReader>;

function addressOf(name: string | undefined, email: string | undefined): Address | undefined {
  const address = email?.includes('@') ? email : undefined;
  if (!address) return name ? { name, address: '' } : undefined;
  return { address, ...(name && name !== address ? { name } : {}) };
}

function parseHeaders(raw: string | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  if (!raw) return headers;
  for (const line of raw
    .replace(/\r\n?/g, '\n')
    .replace(/\n[ \t]+/g, ' ')
    .split('\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers[key] = key in headers ? `${headers[key]}\n${value}` : value;
  }
  return headers;
}

function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().replace('.000Z', 'Z');
}

async function readAttachment(
  reader: MsgReader,
  field: FieldsData,
  options: ReadOptions,
): Promise<Attachment> {
  const filename = field.fileName ?? field.fileNameShort ?? field.name ?? 'attachment';
  const contentType =
    field.attachMimeTag ??
    (field.innerMsgContent ? 'application/vnd.ms-outlook' : 'application/octet-stream');
  try {
    const data = reader.getAttachment(field);
    const bytes = Buffer.from(data.content);
    const base: Attachment = { filename: data.fileName || filename, contentType, size: bytes.length };
    if (
      !options.readNested ||
      options.parseAttachments === false ||
      bytes.length === 0 ||
      contentType.startsWith('image/')
    )
      return base;
    const result = await options.readNested(base.filename, bytes, { ...options, parseAttachments: false });
    return result.success
      ? { ...base, content: result.data }
      : { ...base, error: { code: result.error.code, message: result.error.message } };
  } catch (thrown) {
    const error = toAppError(thrown);
    return {
      filename,
      contentType,
      size: field.contentLength ?? 0,
      error: { code: error.code, message: error.message },
    };
  }
}

export async function readMsg(input: ReaderInput): Promise<Mailbox> {
  let reader: MsgReader;
  let data: FieldsData;
  try {
    const bytes = input.bytes;
    reader = new MsgReader(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
    data = reader.getFileData();
  } catch (thrown) {
    return fail(
      'file_corrupt',
      `${basename(input.path)} is not a readable Outlook message: ${(thrown as Error).message}`,
      {
        hint: 'Save the message again from Outlook (File > Save As > Outlook Message Format).',
        path: input.path,
      },
    );
  }
  if ((data as { error?: string }).error) {
    fail(
      'file_corrupt',
      `${basename(input.path)} is not a readable Outlook message: ${(data as { error?: string }).error}`,
      {
        hint: 'Save the message again from Outlook (File > Save As > Outlook Message Format).',
        path: input.path,
      },
    );
  }
  const empty =
    !data.subject &&
    !data.body &&
    !data.bodyHtml &&
    !data.senderName &&
    !data.senderEmail &&
    !data.headers &&
    (data.recipients ?? []).length === 0;
  if (data.dataType !== 'msg' || empty) {
    fail(
      'file_corrupt',
      `${basename(input.path)} holds no Outlook message properties (no subject, sender, recipients or body).`,
      {
        hint: 'The file may be damaged. Save the message again from Outlook (File > Save As > Outlook Message Format).',
        path: input.path,
      },
    );
  }
  const headers = parseHeaders(data.headers);
  const messageId =
    cleanMessageId(data.messageId ?? headers['message-id']) ?? `${basename(input.path)}@officemate.invalid`;
  const recipients = (kind: 'to' | 'cc' | 'bcc'): Address[] =>
    (data.recipients ?? [])
      .filter((recipient) => (recipient.recipType ?? 'to') === kind)
      .map((recipient) => addressOf(recipient.name, recipient.smtpAddress ?? recipient.email))
      .filter((address): address is Address => address !== undefined);
  let body = data.body ?? '';
  if (!body.trim() && data.bodyHtml) body = htmlToText(data.bodyHtml);
  const split = splitBody(body);
  const attachments: Attachment[] = [];
  for (const field of data.attachments ?? []) {
    if (field.attachmentHidden) continue;
    attachments.push(await readAttachment(reader, field, input.options));
  }
  const from = addressOf(data.senderName, data.senderSmtpAddress ?? data.senderEmail);
  const date = isoDate(data.clientSubmitTime ?? data.messageDeliveryTime ?? data.creationTime);
  const inReplyTo = cleanMessageId(headers['in-reply-to']);
  const message: Message = {
    type: 'message',
    messageId,
    subject: data.subject ?? '',
    ...(from ? { from } : {}),
    to: recipients('to'),
    cc: recipients('cc'),
    bcc: recipients('bcc'),
    ...(date ? { date } : {}),
    ...(inReplyTo ? { inReplyTo } : {}),
    references: (headers.references ?? '')
      .split(/\s+/)
      .map(cleanMessageId)
      .filter((id): id is string => id !== undefined),
    text: split.text,
    ...(split.quoted ? { quoted: split.quoted } : {}),
    ...(split.signature ? { signature: split.signature } : {}),
    attachments,
    headers,
    locator: { messageId },
  };
  return { type: 'mailbox', format: 'msg', messages: [message] };
}
