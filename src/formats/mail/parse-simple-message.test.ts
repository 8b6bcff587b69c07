import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../../../test/helpers/paths.ts';
import { splitMbox } from './mbox-splitter.ts';
import { parseWithMailparser } from './parse-message.ts';
import { parseSimpleMessage } from './parse-simple-message.ts';

const ENRON = join(CORPUS, 'email', 'enron');

function mboxFiles(folder: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(folder).sort()) {
    const full = join(folder, entry);
    if (statSync(full).isDirectory()) out.push(...mboxFiles(full));
    else if (entry.endsWith('.mbox')) out.push(full);
  }
  return out;
}

describe('simple-message fast path', () => {
  it('gives the same Message as mailparser for every Enron message', async () => {
    const files = mboxFiles(ENRON);
    expect(files).toHaveLength(37);
    const raws = files.flatMap((file) => splitMbox(readFileSync(file)));
    expect(raws).toHaveLength(4264);
    let fast = 0;
    let fastMs = 0;
    let slowMs = 0;
    for (const raw of raws) {
      let started = performance.now();
      const simple = parseSimpleMessage(raw);
      fastMs += performance.now() - started;
      started = performance.now();
      const reference = await parseWithMailparser(raw);
      slowMs += performance.now() - started;
      if (simple === undefined) continue;
      fast++;
      // Field by field first, so a difference names the field.
      for (const key of new Set([...Object.keys(reference), ...Object.keys(simple)]))
        expect([reference.messageId, key, simple[key as keyof typeof simple]]).toEqual([
          reference.messageId,
          key,
          reference[key as keyof typeof reference],
        ]);
      expect(simple).toEqual(reference);
    }
    // Every Enron message is single-part text/plain; only subjects with encoded words go to mailparser.
    expect(fast).toBeGreaterThan(raws.length - 10);
    console.log(
      `Enron, ${raws.length} messages (${fast} on the fast path): fast path ${(fastMs / 1000).toFixed(2)} s (${Math.round((raws.length * 1000) / fastMs)} messages/s), mailparser ${(slowMs / 1000).toFixed(2)} s (${Math.round((raws.length * 1000) / slowMs)} messages/s)`,
    );
  }, 600_000);

  const cases: [string, string][] = [
    [
      'folded headers, display names, groups, RFC 2047 names, CRLF',
      'Message-ID: <a1@example.com>\r\nDate: Tue, 2 Jan 2024 10:00:00 +0100\r\nFrom: =?UTF-8?Q?J=C3=BCrgen_M=C3=BCller?= <jm@example.com>\r\nTo: "Smith, Ann" <ann@example.com>,\r\n  Team: bob@example.com, "Carl C" <carl@example.com>;\r\nCc: dora@example.com\r\nCc: Eve <eve@example.com>\r\nSubject: Coffee\r\n\tand more\r\nX-Note: =?ISO-8859-1?Q?Caf=E9?= =?ISO-8859-1?Q?_au_lait?=\r\n and more\r\nIn-Reply-To: <z9@example.com>\r\nReferences: <z8@example.com>\r\n <z9@example.com>\r\nContent-Type: text/plain; charset="UTF-8"\r\n\r\nHello there.\r\n\r\n> quoted line\r\n\r\n-- \r\nAnn\r\n',
    ],
    [
      'no Content-Type, no Message-ID, 8-bit UTF-8 body',
      'From: a@example.com\nSubject: plain\n\nGr\u00fc\u00dfe aus K\u00f6ln\n',
    ],
    [
      'quoted-printable, soft breaks and encoded bytes',
      'From: a@example.com\nSubject: qp\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\nA long line that is broken=\n here, caf=C3=A9 and =3D sign.\nTrailing =\n',
    ],
    [
      'base64 body',
      `From: a@example.com\nSubject: b64\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n${Buffer.from('Line one\r\nLine two \u00e9\r\n').toString('base64')}\n`,
    ],
    [
      'latin1 charset, 7-bit body; empty subject; bad date',
      'From: a@example.com\nSubject:\nDate: not a date at all\nContent-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: 7bit\n\nascii only\n',
    ],
    ['empty body', 'Message-ID: <e@x>\nFrom: a@example.com\nSubject: empty\n\n'],
  ];
  for (const [name, text] of cases) {
    it(`matches mailparser: ${name}`, async () => {
      const raw = Buffer.from(text, 'utf8');
      const simple = parseSimpleMessage(raw);
      const reference = await parseWithMailparser(raw);
      expect(simple).toBeDefined();
      if (simple?.date && reference.date && name.includes('bad date')) {
        // mailparser dates an unreadable Date header "now"; both paths do, a few ms apart.
        expect(Math.abs(Date.parse(simple.date) - Date.parse(reference.date))).toBeLessThan(5000);
        expect({ ...simple, date: reference.date }).toEqual(reference);
      } else expect(simple).toEqual(reference);
    });
  }

  it('leaves multipart, HTML, attachments and converted charsets to mailparser', () => {
    const headers = 'From: a@example.com\nSubject: s\n';
    for (const extra of [
      'Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\nx\n--b--\n',
      'Content-Type: text/html\n\n<p>x</p>\n',
      'Content-Type: text/plain\nContent-Disposition: attachment; filename=a.txt\n\nx\n',
      'Content-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: 8bit\n\ncaf\u00e9\n',
      'Content-Type: text/plain; format=flowed\n\nx\n',
      'Content-Transfer-Encoding: x-uuencode\n\nx\n',
      'Subject: =?ANSI_X3.4-1968?Q?Petrobr=3Fs?=\n\nx\n',
    ])
      expect(parseSimpleMessage(Buffer.from(headers + extra, 'latin1'))).toBeUndefined();
  });
});
