/**
 * The index and search commands as a user runs them: JSON summary, JSON results, batch
 * output through a pipe (one line per query, ids kept), and usage errors with exit code 2.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLES, REPO_ROOT } from '../helpers/paths.ts';

const work = mkdtempSync(join(tmpdir(), 'officemate-cli-'));
const db = join(work, 'index.db');
const cli = join(REPO_ROOT, 'bin', 'officemate.js');
const run = (...args: string[]) =>
  spawnSync(process.execPath, [cli, ...args, '--db', db], {
    encoding: 'utf8',
    env: { ...process.env, OFFICEMATE_USER: 'maya' },
  });

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('officemate index and search', () => {
  it('indexes, searches and answers a batch', () => {
    const indexed = run(
      'index',
      join(EXAMPLES, 'Inbox.mbox'),
      join(EXAMPLES, 'Calendar.ics'),
      '--json',
      '-q',
    );
    expect(indexed.status).toBe(0);
    const summary = JSON.parse(indexed.stdout);
    expect(summary).toMatchObject({ files: 2, skipped: 0, errors: [] });
    expect(summary.chunks).toBeGreaterThan(10);
    // A mailbox and a calendar: each message and each event is an item of its own.
    expect(summary.items).toBe(summary.chunks);

    const searched = run(
      'search',
      'emails from Tom about the travel budget',
      '--now',
      '2026-03-12T09:00:00Z',
      '--json',
      '--k',
      '3',
    );
    expect(searched.status).toBe(0);
    const { results, parsed } = JSON.parse(searched.stdout);
    expect(parsed.filters.types).toEqual(['email']);
    expect(results).toHaveLength(3);
    for (const hit of results) {
      expect(Object.keys(hit)).toEqual(
        expect.arrayContaining(['path', 'uri', 'title', 'locator', 'score', 'snippet']),
      );
      expect(hit.locator.messageId).toBeTruthy();
    }

    const batch = join(work, 'queries.jsonl');
    writeFileSync(
      batch,
      [
        '{"id":"a","query":"vendor review"}',
        '{"id":7,"query":"travel","type":"email","k":2}',
        '{"id":"bad"}',
        '',
      ].join('\n'),
    );
    const answered = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" "${cli}" search --batch "${batch}" --db "${db}" | cat`],
      { encoding: 'utf8' },
    );
    const lines = answered.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.id)).toEqual(['a', 7, 'bad']);
    expect(lines[0].results.length).toBeGreaterThan(0);
    expect(lines[1].results.length).toBeLessThanOrEqual(2);
    expect(lines[1].results.every((hit: { type: string }) => hit.type === 'email')).toBe(true);
    expect(lines[2].error.code).toBe('bad_usage');
  });

  it('counts items beside files and chunks in its summary and its integrity check', () => {
    const note = join(work, 'note.md');
    writeFileSync(note, '# Plans\n\nThe team moves the review to Thursday.\n');
    const indexed = run('index', note, '-q');
    expect(indexed.status).toBe(0);
    expect(indexed.stdout).toMatch(/^Indexed 1 file\(s\) holding 1 item\(s\) in 1 chunk\(s\);/);
    const checked = run('index', '--check');
    expect(checked.status).toBe(0);
    const [, files, items, chunks] =
      checked.stdout.match(/: ok \((\d+) files, ([\d,]+) items, ([\d,]+) chunks\)/) ?? [];
    expect(files).toBe('3');
    // The mailbox's messages and the calendar's events, and the note as one.
    expect(Number(items?.replace(/,/g, ''))).toBe(Number(chunks?.replace(/,/g, '')));
  });

  it('names what a reader skipped inside a file it indexed, in the summary and in its JSON', () => {
    const calendar = join(work, 'allotment.ics');
    writeFileSync(
      calendar,
      [
        'BEGIN:VCALENDAR',
        'BEGIN:VEVENT',
        'UID:seed-swap',
        'DTSTART:20310307T100000Z',
        'SUMMARY:Seed swap',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'UID:shed-rota',
        'DTSTART:20310314T::',
        'SUMMARY:Shed rota',
        'END:VEVENT',
        'END:VCALENDAR',
      ].join('\r\n'),
    );
    const said = run('index', calendar, '-q');
    expect(said.status).toBe(0);
    expect(said.stdout).toMatch(/1 warning\(s\)/);
    expect(said.stdout).toMatch(
      /\? .*allotment\.ics: Event "Shed rota" \(UID shed-rota\) could not be read: /,
    );
    // convert says it on stderr, its output staying the calendar alone.
    const converted = run('convert', calendar, '--json');
    expect(JSON.parse(converted.stdout).events).toHaveLength(1);
    expect(converted.stderr).toMatch(
      /allotment\.ics: Event "Shed rota" \(UID shed-rota\) could not be read: /,
    );
    // Changed, so read again: the JSON summary lists the warning with its file.
    writeFileSync(calendar, `${readFileSync(calendar, 'utf8')}\r\n`);
    const summary = JSON.parse(run('index', calendar, '--json', '-q').stdout);
    expect(summary.items).toBe(1);
    expect(summary.warnings).toEqual([
      {
        path: expect.stringMatching(/allotment\.ics$/),
        type: 'skipped',
        message: expect.stringMatching(/^Event "Shed rota" \(UID shed-rota\) could not be read: /),
      },
    ]);
  });

  it('rejects bad usage with exit code 2 and a JSON error', () => {
    const result = run('search', 'budget', '--type', 'memo', '--json');
    expect(result.status).toBe(2);
    expect(JSON.parse(result.stdout).error.code).toBe('bad_usage');
    expect(run('index').status).toBe(2);
  });
});
