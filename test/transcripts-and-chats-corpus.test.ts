/**
 * Every meeting and chat file of the shared corpus reads through readFile, with its outcome
 * pinned per file (format and turn/message counts), so a regression shows.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../src/formats/detect-format.ts';
import { readFile } from '../src/formats/read-file.ts';
import { CORPUS } from './helpers/paths.ts';

const PINNED: Record<string, string> = {
  'meetings/qmsum/test/Bed003.json': 'qmsum 1029',
  'meetings/qmsum/test/Bmr006.json': 'qmsum 1368',
  'meetings/qmsum/test/Bro004.json': 'qmsum 751',
  'meetings/qmsum/test/ES2004a.json': 'qmsum 320',
  'meetings/qmsum/test/ES2004d.json': 'qmsum 756',
  'meetings/qmsum/test/ES2011c.json': 'qmsum 525',
  'meetings/qmsum/test/IS1003b.json': 'qmsum 407',
  'meetings/qmsum/test/TS3004a.json': 'qmsum 435',
  'meetings/qmsum/test/TS3004d.json': 'qmsum 923',
  'meetings/qmsum/test/TS3011c.json': 'qmsum 622',
  'meetings/qmsum/test/covid_9.json': 'qmsum 321',
  'meetings/qmsum/test/education_4.json': 'qmsum 229',
  'meetings/qmsum/val/Bed010.json': 'qmsum 610',
  'meetings/qmsum/val/Bmr012.json': 'qmsum 978',
  'meetings/qmsum/val/Bro011.json': 'qmsum 346',
  'meetings/qmsum/val/ES2006b.json': 'qmsum 541',
  'meetings/qmsum/val/ES2009a.json': 'qmsum 495',
  'meetings/qmsum/val/ES2009d.json': 'qmsum 786',
  'meetings/qmsum/val/IS1006c.json': 'qmsum 649',
  'meetings/qmsum/val/TS3009b.json': 'qmsum 943',
  'meetings/qmsum/val/TS3010a.json': 'qmsum 168',
  'meetings/qmsum/val/TS3010d.json': 'qmsum 414',
  'meetings/qmsum/val/education_0.json': 'qmsum 124',
  'meetings/qmsum/val/education_22.json': 'qmsum 164',
  'chats/irc-disentanglement/dev/2004-11-15_03.raw.txt': 'irc 1250',
  'chats/irc-disentanglement/dev/2008-12-11_11.raw.txt': 'irc 1250',
  'chats/irc-disentanglement/dev/2009-10-01_17.raw.txt': 'irc 1250',
  'chats/irc-disentanglement/dev/2016-12-19_20.raw.txt': 'irc 1250',
  'chats/irc-disentanglement/new-domains/rust.1.ascii.txt': 'irc 1200',
  'chats/irc-disentanglement/new-domains/stripe.1.ascii.txt': 'irc 1200',
  'chats/irc-disentanglement/new-domains/ubuntu-meeting.1.ascii.txt': 'irc 1200',
  'chats/irc-disentanglement/test/2007-12-01_03.raw.txt': 'irc 1500',
  'chats/irc-disentanglement/test/2013-09-01_02.raw.txt': 'irc 1500',
  'chats/irc-disentanglement/test/2016-02-22_17.raw.txt': 'irc 1500',
};

function walk(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const files = [...walk(join(CORPUS, 'meetings')), ...walk(join(CORPUS, 'chats'))].sort();

describe('meeting and chat corpus', () => {
  it('has the files pinned here', () => {
    const names = files.map((path) => relative(CORPUS, path));
    for (const name of Object.keys(PINNED)) expect(names).toContain(name);
  });

  it.each(files.filter((path) => relative(CORPUS, path) in PINNED))('%s reads as pinned', async (path) => {
    const started = Date.now();
    const result = await readFile(path);
    if (!result.success) throw new Error(`${path}: ${result.error.code} ${result.error.message}`);
    const data = result.data;
    const count =
      data.type === 'transcript' ? data.turns.length : data.type === 'chat' ? data.messages.length : -1;
    const format =
      data.type === 'transcript' || data.type === 'chat'
        ? data.format.replace('officemate-chat-json', 'chat-json')
        : data.type;
    expect(`${format} ${count}`).toBe(PINNED[relative(CORPUS, path)]);
    expect(Date.now() - started).toBeLessThan(10_000);
    if (data.type === 'chat') {
      // Every message line is an author's message, an action or a system line, never lost.
      expect(data.messages.filter((message) => message.kind === 'message').length).toBeGreaterThan(
        count * 0.8,
      );
    }
  });

  it('annotation files and notes are plain text or Markdown, not chats', () => {
    for (const path of files.filter((file) => !(relative(CORPUS, file) in PINNED))) {
      expect(['txt', 'md'], path).toContain(detectFormat(readFileSync(path), path));
    }
  });
});
