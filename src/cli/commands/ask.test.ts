import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../../test/helpers/paths.ts';
import { indexPaths } from '../../index/index-paths.ts';
import { withIndex } from '../../index/open-index.ts';
import { main } from '../main.ts';

let db: string;
let home: string;

async function run(args: string[]): Promise<{ code: number; stdout: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  stdout.on('data', (chunk) => {
    out += chunk;
  });
  stderr.resume();
  process.env.OFFICEMATE_HOME = home;
  const code = await main([...args, '--db', db, '--now', '2026-03-12T09:00:00Z'], { stdout, stderr });
  return { code, stdout: out };
}

beforeAll(async () => {
  const folder = mkdtempSync(join(tmpdir(), 'ask-cli-'));
  home = join(folder, 'home');
  const work = join(folder, 'work');
  mkdirSync(work);
  for (const name of ['Calendar.ics', 'Contacts.vcf']) copyFileSync(join(EXAMPLES, name), join(work, name));
  db = join(folder, 'index.db');
  await withIndex(db, (index) => indexPaths(index, [work], { owner: 'maya' }));
}, 60_000);

describe('officemate ask', () => {
  it('prints the contract JSON: answer, engine and resolvable citations', async () => {
    const { code, stdout } = await run(['ask', 'When do I next meet Daniel?', '--as', 'maya', '--json']);
    expect(code).toBe(0);
    const value = JSON.parse(stdout);
    expect(value.engine).toBe('builtin');
    expect(value.answer).toContain('Maya / Daniel 1:1');
    expect(value.citations[0]).toMatchObject({
      n: 1,
      path: expect.stringMatching(/Calendar\.ics$/),
      uri: expect.stringMatching(/^file:/),
      quote: expect.any(String),
    });
  });

  it('answers a batch with ids, keeping a session between lines', async () => {
    const batch = join(home, '..', 'questions.jsonl');
    writeFileSync(
      batch,
      [
        JSON.stringify({ id: 1, question: "Priya's phone number", as: 'maya', session: 's1' }),
        JSON.stringify({ id: 2, question: 'What is on my calendar on Friday?', as: 'maya', session: 's1' }),
        JSON.stringify({ id: 3 }),
      ].join('\n'),
    );
    const { code, stdout } = await run(['ask', '--batch', batch]);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.id)).toEqual([1, 2, 3]);
    expect(lines[0].answer).toContain('+49 30 5557 2210');
    expect(lines[1].answer).toContain('Friday 13 March 2026');
    expect(lines[2].error.code).toBe('bad_usage');
    expect(code).toBe(1);
    const { readFileSync } = await import('node:fs');
    expect(JSON.parse(readFileSync(join(home, 'sessions', 's1.json'), 'utf8')).turns).toHaveLength(2);
  });

  it('exits 2 without a question', async () => {
    const { code, stdout } = await run(['ask', '--json']);
    expect(code).toBe(2);
    expect(JSON.parse(stdout).error.code).toBe('bad_usage');
  });

  it("shows another user nothing of maya's calendar", async () => {
    const { stdout } = await run(['ask', 'When do I next meet Daniel?', '--as', 'bob', '--json']);
    const value = JSON.parse(stdout);
    expect(value.citations).toEqual([]);
    expect(value.answer).not.toContain('Maya / Daniel');
  });
});

describe('officemate ask --batch', () => {
  it('answers each line as of its own "now"', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'ask-batch-'));
    const file = join(folder, 'questions.jsonl');
    writeFileSync(
      file,
      [
        JSON.stringify({
          id: 'a',
          question: 'What is on my calendar today?',
          now: '2026-03-13T09:00:00Z',
          as: 'maya',
        }),
        JSON.stringify({
          id: 'b',
          question: 'What is on my calendar today?',
          now: '2026-03-20T09:00:00Z',
          as: 'maya',
        }),
        JSON.stringify({ id: 'c', question: 'What is on my calendar today?', now: 'soon', as: 'maya' }),
      ].join('\n'),
    );
    const { code, stdout } = await run(['ask', '--batch', file, '--json']);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines[0]).toMatchObject({ id: 'a', kind: 'day-agenda', found: true });
    expect(lines[0].answer).toMatch(/^On Friday 13 March 2026/);
    expect(lines[1].answer).toMatch(/Friday 20 March 2026/);
    expect(lines[2]).toMatchObject({ id: 'c', error: { code: 'bad_usage' } });
    expect(code).toBe(1);
  });

  it('reads the day asked in the zone of a line\'s "tz", else of the offset its "now" is written with', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'ask-batch-tz-'));
    const file = join(folder, 'questions.jsonl');
    const question = 'What is on my calendar on March 18?';
    writeFileSync(
      file,
      [
        JSON.stringify({ id: 'offset', question, now: '2026-03-16T09:00:00+09:00', as: 'maya' }),
        JSON.stringify({ id: 'named', question, now: '2026-03-16T09:00:00Z', tz: 'Asia/Tokyo', as: 'maya' }),
        JSON.stringify({ id: 'owner', question, now: '2026-03-16T09:00:00Z', as: 'maya' }),
        JSON.stringify({ id: 'bad', question, now: '2026-03-16T09:00:00Z', tz: 'Moon/Base', as: 'maya' }),
      ].join('\n'),
    );
    const { stdout } = await run(['ask', '--batch', file, '--json']);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines[0].answer).toMatch(/^On Wednesday 18 March 2026 \(UTC\+09:00\) .*09:00–10:00 Acme Retail/);
    expect(lines[1].answer).toMatch(/^On Wednesday 18 March 2026 \(Asia\/Tokyo\) .*09:00–10:00 Acme Retail/);
    // Without a zone the calendar owner's day: the 09:00 Tokyo review is on Tuesday evening in Los Angeles.
    expect(lines[2].answer).not.toMatch(/Acme Retail/);
    expect(lines[3]).toMatchObject({ id: 'bad', error: { code: 'bad_usage' } });
  });
});
