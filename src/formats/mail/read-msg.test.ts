import { burn, type Entry } from '@kenjiuno/msgreader/lib/Burner.js';
import { describe, expect, it } from 'vitest';
import type { Document, Mailbox } from '../model.ts';
import { readBuffer } from '../read-file.ts';

/** Builds an Outlook .msg (a compound file of MAPI property streams) with the library's own CFB writer. */
function outlookMessage(): Buffer {
  const entries: Entry[] = [{ name: 'Root Entry', type: 5, length: 0, children: [] }];
  const add = (parent: number, name: string, data?: Uint8Array): number => {
    const index = entries.length;
    entries.push(
      data
        ? { name, type: 2, length: data.length, binaryProvider: () => data }
        : { name, type: 1, length: 0, children: [] },
    );
    entries[parent]?.children?.push(index);
    return index;
  };
  const unicode = (text: string) => Uint8Array.from(Buffer.from(text, 'utf16le'));
  /** A property stream: a header, then 16-byte entries (tag, flags, value). */
  const properties = (header: number, values: readonly [number, number][]) => {
    const bytes = Buffer.alloc(header + values.length * 16);
    values.forEach(([tag, value], index) => {
      bytes.writeUInt32LE(tag, header + index * 16);
      bytes.writeUInt32LE(6, header + index * 16 + 4);
      bytes.writeUInt32LE(value, header + index * 16 + 8);
    });
    return Uint8Array.from(bytes);
  };
  const top = Buffer.alloc(32);
  top.writeUInt32LE(2, 16); // recipients
  top.writeUInt32LE(1, 20); // attachments
  add(0, '__properties_version1.0', Uint8Array.from(top));
  add(0, '__substg1.0_0037001F', unicode('Quarterly review — Zürich'));
  add(
    0,
    '__substg1.0_1000001F',
    unicode(
      'Please see the notes.\r\n\r\nThanks,\r\nWei\r\n\r\n-----Original Message-----\r\nFrom: Ana Lima\r\nSent: Monday\r\n\r\nCan you send the notes?',
    ),
  );
  add(0, '__substg1.0_0C1A001F', unicode('Wei Lin'));
  add(0, '__substg1.0_5D01001F', unicode('wei@example.com'));
  add(0, '__substg1.0_1035001F', unicode('<review-1@example.com>'));
  const recipients: [string, string, number][] = [
    ['Ana Lima', 'ana@example.com', 1],
    ['Omar Haddad', 'omar@example.com', 2],
  ];
  recipients.forEach(([name, address, kind], index) => {
    const folder = add(0, `__recip_version1.0_#0000000${index}`);
    add(folder, '__properties_version1.0', properties(8, [[0x0c150003, kind]]));
    add(folder, '__substg1.0_3001001F', unicode(name));
    add(folder, '__substg1.0_39FE001F', unicode(address));
  });
  const attachment = add(0, '__attach_version1.0_#00000000');
  add(attachment, '__properties_version1.0', properties(8, []));
  add(attachment, '__substg1.0_3707001F', unicode('notes.md'));
  add(attachment, '__substg1.0_370E001F', unicode('text/markdown'));
  add(attachment, '__substg1.0_37010102', Uint8Array.from(Buffer.from('# Review notes\n\n- margins up\n')));
  return Buffer.from(burn(entries));
}

describe('readMsg', () => {
  it('reads subject, sender, recipients by kind, body parts and attachments of an Outlook message', async () => {
    const result = await readBuffer('review.msg', outlookMessage());
    expect(result.success, result.success ? '' : result.error.message).toBe(true);
    const box = (result as { data: Mailbox }).data;
    expect(box.format).toBe('msg');
    const message = box.messages[0];
    expect(message).toMatchObject({
      messageId: 'review-1@example.com',
      subject: 'Quarterly review — Zürich',
      from: { name: 'Wei Lin', address: 'wei@example.com' },
      to: [{ name: 'Ana Lima', address: 'ana@example.com' }],
      cc: [{ name: 'Omar Haddad', address: 'omar@example.com' }],
      text: 'Please see the notes.',
      signature: 'Thanks,\nWei',
    });
    expect(message?.quoted).toMatch(/^-----Original Message-----\nFrom: Ana Lima/);
    expect(message?.locator.messageId).toBe('review-1@example.com');
    expect(message?.attachments[0]).toMatchObject({
      filename: 'notes.md',
      contentType: 'text/markdown',
      size: 29,
    });
    const notes = message?.attachments[0]?.content as Document;
    expect(notes.blocks.map((block) => ('text' in block ? block.text : ''))).toEqual([
      'Review notes',
      'margins up',
    ]);
  });
});
