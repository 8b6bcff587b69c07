import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { indexPaths } from '../../index/index-paths.ts';
import { withIndex } from '../../index/open-index.ts';
import { replyGatedStream, startScriptedServer } from '../../models/testing/scripted-http-server.ts';
import { rowsOf } from '../live-text.ts';
import { main } from '../main.ts';

/** The model's answer, cut into the pieces a server streams. */
const BEFORE = ['{"sentences":[{"text":"The canteen ', 'opens at 11:30', '.","sources":[1]}'];
const AFTER = [',{"text":"It closes at 14:00.","sources":[1]}', '],"no_answer":false}'];

let db: string;
let folder: string;
const saved = process.env.OFFICEMATE_HOME;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'ask-stream-'));
  const work = join(folder, 'work');
  mkdirSync(work);
  writeFileSync(
    join(work, 'canteen.md'),
    '# Canteen\n\nThe canteen opens at 11:30 and closes at 14:00. Soup costs 4 euros.\n',
  );
  db = join(folder, 'index.db');
  await withIndex(db, (index) => indexPaths(index, [work], { owner: 'ines' }));
}, 60_000);

afterEach(() => {
  if (saved === undefined) delete process.env.OFFICEMATE_HOME;
  else process.env.OFFICEMATE_HOME = saved;
});

/** Runs `ask` against a model that holds back the end of its answer until the CLI has printed its first words. */
async function askWhileStreaming(stdout: PassThrough) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const server = await startScriptedServer([replyGatedStream(BEFORE, gate, AFTER)]);
  let out = '';
  let seenWhileWriting = '';
  stdout.on('data', (chunk) => {
    out += chunk;
    if (!seenWhileWriting && out.includes('opens at 11:30')) {
      seenWhileWriting = out;
      release();
    }
  });
  // Never hang: without the first words on stdout, the model finishes after 10 s and the test fails.
  const safety = setTimeout(release, 10_000);
  const stderr = new PassThrough();
  stderr.resume();
  process.env.OFFICEMATE_HOME = mkdtempSync(join(folder, 'home-'));
  try {
    const code = await main(
      [
        'ask',
        'When does the canteen open?',
        '--as',
        'ines',
        '--db',
        db,
        '--base-url',
        server.baseUrl,
        '--model',
        'm',
      ],
      { stdout, stderr },
    );
    return { code, out, seenWhileWriting };
  } finally {
    clearTimeout(safety);
    await server.close();
  }
}

describe('officemate ask streams the model', () => {
  it('prints the first words before the model has finished, then the checked answer below them (pipe)', async () => {
    const { code, out, seenWhileWriting } = await askWhileStreaming(new PassThrough());
    expect(code).toBe(0);
    expect(seenWhileWriting).toMatch(/^The canteen opens at 11:30\.?$/);
    expect(seenWhileWriting).not.toContain('14:00');
    const [draft, checked] = out.split('\n\n');
    expect(draft).toBe('The canteen opens at 11:30. It closes at 14:00.');
    expect(checked).toBe('The canteen opens at 11:30. [1] It closes at 14:00. [1]');
    expect(out).toMatch(/\[1\] .*canteen\.md/);
  });

  it('on a terminal, erases the streamed words in place and leaves only the checked answer', async () => {
    const terminal = Object.assign(new PassThrough(), { isTTY: true, columns: 20 });
    const { code, out } = await askWhileStreaming(terminal);
    expect(code).toBe(0);
    const draft = 'The canteen opens at 11:30. It closes at 14:00.';
    // 47 characters on a 20-column terminal: three rows, so two rows up, then clear.
    expect(rowsOf(draft, 20)).toBe(3);
    expect(out.startsWith(`${draft}\r\x1b[2A\x1b[J`)).toBe(true);
    expect(out.slice(draft.length + 8).split('\n')[0]).toBe(
      'The canteen opens at 11:30. [1] It closes at 14:00. [1]',
    );
  });

  it('counts wide characters twice when it measures what to erase', () => {
    expect(rowsOf('第三季度华东区销售额', 10)).toBe(2);
    expect(rowsOf('one\ntwo', 80)).toBe(2);
  });
});
