import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Document, Mailbox } from '../model.ts';
import { readBuffer, readFile } from '../read-file.ts';

const NOTES = '# Launch notes\n\n- ship on Friday\n- tell support\n';

function eml(options: { subject: string; messageId: string; inReplyTo?: string }): string {
  const base64 = (text: string) => Buffer.from(text).toString('base64').replace(/.{76}/g, '$&\r\n');
  return [
    'From: =?UTF-8?B?SsO8cmdlbiBNw7xsbGVy?= <jurgen@example.com>',
    'To: "Ana Lima" <ana@example.com>, team@example.com',
    'Cc: =?ISO-8859-1?Q?Fran=E7ois?= <francois@example.com>',
    `Subject: ${options.subject}`,
    'Date: Tue, 04 Mar 2025 09:30:00 +0100',
    `Message-ID: <${options.messageId}>`,
    ...(options.inReplyTo
      ? [`In-Reply-To: <${options.inReplyTo}>`, `References: <root@example.com> <${options.inReplyTo}>`]
      : []),
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    'Here are the launch notes.',
    '',
    'On Mon, 3 Mar 2025, Ana Lima <ana@example.com> wrote:',
    '> Can you send the notes?',
    '',
    '-- ',
    'Jürgen Müller',
    '--b1',
    'Content-Type: text/markdown; name="notes.md"',
    'Content-Disposition: attachment; filename="notes.md"',
    'Content-Transfer-Encoding: base64',
    '',
    base64(NOTES),
    '--b1',
    'Content-Type: image/png; name="logo.png"',
    'Content-Disposition: attachment; filename="logo.png"',
    'Content-Transfer-Encoding: base64',
    '',
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    '--b1--',
    '',
  ].join('\r\n');
}

describe('readEml', () => {
  it('decodes RFC 2047 headers, splits the body and reads attachments as nested documents', async () => {
    const raw = eml({
      subject: '=?UTF-8?Q?Launch_notes_=E2=80=94_caf=C3=A9?= =?UTF-8?B?IOaXpeacrA==?=',
      messageId: 'notes-1@example.com',
      inReplyTo: 'ask-1@example.com',
    });
    const result = await readBuffer('launch.eml', Buffer.from(raw));
    expect(result.success).toBe(true);
    const box = (result as { data: Mailbox }).data;
    expect(box).toMatchObject({ type: 'mailbox', format: 'eml' });
    const message = box.messages[0];
    expect(message?.subject).toBe('Launch notes — café 日本');
    expect(message?.from).toEqual({ name: 'Jürgen Müller', address: 'jurgen@example.com' });
    expect(message?.to).toEqual([
      { name: 'Ana Lima', address: 'ana@example.com' },
      { address: 'team@example.com' },
    ]);
    expect(message?.cc).toEqual([{ name: 'François', address: 'francois@example.com' }]);
    expect(message?.date).toBe('2025-03-04T08:30:00Z');
    expect(message?.messageId).toBe('notes-1@example.com');
    expect(message?.inReplyTo).toBe('ask-1@example.com');
    expect(message?.references).toEqual(['root@example.com', 'ask-1@example.com']);
    expect(message?.headers.subject).toBe('Launch notes — café 日本');
    expect(message?.text).toBe('Here are the launch notes.');
    expect(message?.quoted).toBe(
      'On Mon, 3 Mar 2025, Ana Lima <ana@example.com> wrote:\n> Can you send the notes?',
    );
    expect(message?.signature).toBe('Jürgen Müller');
    expect(message?.attachments.map((attachment) => attachment.filename)).toEqual(['notes.md', 'logo.png']);
    const notes = message?.attachments[0]?.content as Document;
    expect(notes.type).toBe('document');
    expect(notes.blocks.map((block) => ('text' in block ? block.text : ''))).toEqual([
      'Launch notes',
      'ship on Friday',
      'tell support',
    ]);
    expect(message?.attachments[1]).toEqual({ filename: 'logo.png', contentType: 'image/png', size: 70 });
  });

  it('lists attachments without reading them when parseAttachments is false', async () => {
    const result = await readBuffer('launch.eml', Buffer.from(eml({ subject: 'Notes', messageId: 'n@x' })), {
      parseAttachments: false,
    });
    const message = result.success ? (result.data as Mailbox).messages[0] : undefined;
    expect(message?.attachments[0]).toEqual({
      filename: 'notes.md',
      contentType: 'text/markdown',
      size: NOTES.length,
    });
  });

  it('gives a message without Message-ID a stable synthetic id', async () => {
    const raw =
      'From: a@example.com\r\nTo: b@example.com\r\nSubject: No id\r\nDate: Tue, 04 Mar 2025 09:30:00 +0000\r\n\r\nHello\r\n';
    const first = await readBuffer('a.eml', Buffer.from(raw));
    const second = await readBuffer('b.eml', Buffer.from(raw));
    const id = first.success ? (first.data as Mailbox).messages[0]?.messageId : '';
    expect(id).toMatch(/@officemate\.invalid$/);
    expect(second.success && (second.data as Mailbox).messages[0]?.messageId).toBe(id);
  });

  it('leaves out control characters a quoted-printable body decodes to, on both parsing paths', async () => {
    const body = 'Keep the kiln =01( and the wheel) free on Friday.=0C=\r\nThe glaze order is=1D late.\r\n';
    const headers = (extra: string) =>
      `From: oswin@example.com\r\nTo: ivo@example.com\r\nSubject: Kiln\r\nMessage-ID: <kiln-${extra.length}@example.com>\r\n${extra}`;
    // One text/plain part takes the fast path; inside multipart/mixed it goes through mailparser.
    const simple = `${headers('Content-Type: text/plain; charset=us-ascii\r\nContent-Transfer-Encoding: quoted-printable\r\n')}\r\n${body}`;
    const mime = `${headers('MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="k"\r\n')}\r\n--k\r\nContent-Type: text/plain; charset=us-ascii\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${body}--k--\r\n`;
    for (const raw of [simple, mime]) {
      const result = await readBuffer('kiln.eml', Buffer.from(raw));
      const text = result.success ? (result.data as Mailbox).messages[0]?.text : '';
      expect(text).toBe('Keep the kiln ( and the wheel) free on Friday.\nThe glaze order is late.');
    }
  });
});

describe('maildir and msg', () => {
  let dir = '';
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('reads a maildir folder (cur/ and new/) through readFile', async () => {
    dir = await mkdtemp(join(tmpdir(), 'officemate-maildir-'));
    for (const sub of ['cur', 'new', 'tmp']) await mkdir(join(dir, sub));
    await writeFile(
      join(dir, 'cur', '1700000000.1.host:2,S'),
      eml({ subject: 'First', messageId: 'first@x' }),
    );
    await writeFile(join(dir, 'new', '1700000001.2.host'), eml({ subject: 'Second', messageId: 'second@x' }));
    const result = await readFile(dir);
    expect(result.success).toBe(true);
    const box = (result as { data: Mailbox }).data;
    expect(box.format).toBe('maildir');
    expect(box.messages.map((message) => message.subject)).toEqual(['First', 'Second']);
  });

  it('gives a damaged Outlook .msg a typed error', async () => {
    const bytes = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes);
    Buffer.from('__substg1.0_0037001F', 'utf16le').copy(bytes, 1024);
    const result = await readBuffer('broken.msg', bytes);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.code).toBe('file_corrupt');
      expect(result.error.message).toContain('broken.msg');
      expect(result.error.message).not.toContain('constructor');
    }
  });
});
