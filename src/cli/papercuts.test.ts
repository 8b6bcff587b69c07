/** Command-line papercuts: group help, flag errors in the command's words, an empty index, a closed pipe. */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, REPO_ROOT } from '../../test/helpers/paths.ts';
import { runCli } from '../../test/helpers/run-cli.ts';
import { canonicalFlags } from './main.ts';

describe('the command line', () => {
  it('lists the subcommands for `mail --help`', async () => {
    const run = await runCli(['mail', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('mail summarize');
    expect(run.stdout).toContain('mail schedule');
  });

  it("answers an unknown flag with the command's usage, not the parser's message", async () => {
    const run = await runCli(['deck', 'report.docx', '--slidez', '5', '-o', 'x.pptx', '--json']);
    expect(run.code).toBe(2);
    const error = JSON.parse(run.stdout.trim()) as { error: { message: string; hint: string } };
    expect(error.error.message).toBe('deck has no flag --slidez.');
    expect(error.error.hint).toContain('Usage: officemate deck INPUT');
    expect(run.stderr).not.toContain('To specify a positional argument');
  });

  it('refuses a one-value flag given twice with different values, instead of keeping the last', async () => {
    const run = await runCli([
      'analyze',
      'orders.csv',
      '--ask',
      'which clerk sold most?',
      '--ask',
      'mean parcel weight',
      '--json',
    ]);
    expect(run.code).toBe(2);
    const error = JSON.parse(run.stdout.trim()) as { error: { message: string; hint: string } };
    expect(error.error.message).toBe(
      '--ask takes one value, and was given two ("which clerk sold most?" and "mean parcel weight").',
    );
    expect(error.error.hint).toContain('--batch FILE.jsonl');
    const same = await runCli(['models', '--engine', 'builtin', '--engine', 'builtin']);
    expect(same.code).toBe(0);
  });

  it("reads analyze --limit as a whole number of insights, with a usage error in the flag's words", async () => {
    const run = await runCli(['analyze', 'harvest.csv', '--limit', 'many', '--json']);
    expect(run.code).toBe(2);
    const error = JSON.parse(run.stdout.trim()) as { error: { message: string } };
    expect(error.error.message).toBe(
      '--limit must be a whole number at least 1 and at most 100, not "many".',
    );
    const help = await runCli(['analyze', '--help']);
    expect(help.stdout).toContain('--limit N');
    expect((await runCli(['mail', 'schedule', '--help'])).stdout).toContain('--subject TEXT');
  });

  it('says that nothing is indexed, and how to index, when asked over an empty index', async () => {
    const home = mkdtempSync(join(tmpdir(), 'officemate-empty-'));
    try {
      const run = await runCli(['ask', 'What was Q3 revenue?', '--db', join(home, 'index.db'), '--json']);
      expect(run.code).toBe(0);
      const answer = JSON.parse(run.stdout) as { answer: string; found: boolean; kind: string };
      expect(answer.found).toBe(false);
      expect(answer.kind).toBe('empty-index');
      expect(answer.answer).toContain('officemate index');
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  it('says that nothing is indexed, and where, when a search over an empty index finds nothing', async () => {
    const home = mkdtempSync(join(tmpdir(), 'officemate-empty-'));
    try {
      const db = join(home, 'index.db');
      const run = await runCli(['search', 'quarterly budget', '--db', db]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`nothing is indexed yet in ${db}`);
      expect(run.stdout).toContain('officemate index PATH');
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  it('takes the words a query reads as a type for --type ("mail", "Decks"), and still refuses others', async () => {
    const home = mkdtempSync(join(tmpdir(), 'officemate-types-'));
    try {
      const db = join(home, 'index.db');
      const words = await runCli([
        'search',
        'pallet recall',
        '--type',
        'mail',
        '--type',
        'Decks',
        '--db',
        db,
      ]);
      expect(words.code).toBe(0);
      const other = await runCli(['search', 'pallet recall', '--type', 'memos', '--db', db, '--json']);
      expect(other.code).toBe(2);
      expect(JSON.parse(other.stdout).error.message).toBe('--type memos is not a chunk type.');
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  it('includes the day --until names, as "until" in the query words does', async () => {
    const home = mkdtempSync(join(tmpdir(), 'officemate-until-'));
    try {
      const db = join(home, 'index.db');
      writeFileSync(
        join(home, 'pallets.eml'),
        [
          'From: Wren Ostby <wren@lindqvist-freight.example>',
          'To: Dario Pell <dario@lindqvist-freight.example>',
          'Subject: Pallet recall at the Harwick depot',
          'Date: Tue, 10 Mar 2026 15:20:00 +0000',
          'Message-ID: <recall-1@lindqvist-freight.example>',
          '',
          'The pallet recall at the Harwick depot covers the blue crates from batch 7.',
          '',
        ].join('\r\n'),
      );
      expect((await runCli(['index', home, '--db', db, '-q'])).code).toBe(0);
      const hits = async (...flags: string[]) => {
        const run = await runCli(['search', 'pallet recall', '--db', db, '--json', ...flags]);
        return (JSON.parse(run.stdout) as { results: unknown[] }).results.length;
      };
      expect(await hits('--until', '2026-03-10')).toBe(1);
      expect(await hits('--until', '2026-03')).toBe(1);
      expect(await hits('--until', '2026-03-09')).toBe(0);
      expect(await hits('--until', '2026-03-10T12:00:00Z')).toBe(0);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  it('names a path given to index --remove that the index does not hold', async () => {
    const home = mkdtempSync(join(tmpdir(), 'officemate-remove-'));
    try {
      const run = await runCli([
        'index',
        '--remove',
        join(home, 'orchard-ledger.xlsx'),
        '--db',
        join(home, 'index.db'),
      ]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('Removed 0 file(s) from the index.');
      expect(run.stderr).toContain(`${join(home, 'orchard-ledger.xlsx')} is not in the index`);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  it('reads global flags written before the command (`officemate -q --engine builtin models`)', async () => {
    const run = await runCli(['-q', '--engine', 'builtin', 'models']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('config: ');
    const unknown = await runCli(['--json', 'modles']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown command: modles.');
  });

  it('prints the models table and the config line on separate lines', async () => {
    const run = await runCli(['models', '--engine', 'builtin']);
    expect(run.code).toBe(0);
    for (const line of run.stdout.trim().split('\n')) expect(line).toMatch(/^(\*| ) \S|^config: /);
  });

  it('stops quietly when the reader of its output goes away (`convert MAILBOX | head`)', async () => {
    const child = spawn(
      process.execPath,
      [
        join(REPO_ROOT, 'bin', 'officemate.js'),
        'convert',
        join(CORPUS, 'email', 'enron', 'allen-p', 'inbox.mbox'),
      ],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|Error/);
    expect(code).toBe(0);
  }, 30_000);

  it('writes where -o, --output or --out says, alike for every command that writes a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'officemate-output-'));
    try {
      const notes = join(dir, 'kiln-notes.md');
      writeFileSync(
        notes,
        '# Kiln rota\n\nThe Harrowgate pottery fires its kiln on Tuesdays. Odile Marchetti keeps the rota and orders clay.\n',
      );
      for (const [flag, name] of [
        ['-o', 'a.docx'],
        ['--output', 'b.docx'],
        ['--out', 'c.docx'],
        ['--out=', 'd.docx'],
      ] as const) {
        const target = join(dir, name);
        const spelled = flag.endsWith('=') ? [`${flag}${target}`] : [flag, target];
        for (const args of [
          ['draft', 'memo about the kiln rota', '--ref', notes, ...spelled],
          ['rewrite', notes, '--shorter', ...spelled],
          ['deck', notes, ...spelled.map((word) => word.replace('.docx', '.pptx'))],
        ]) {
          const run = await runCli([...args, '--json']);
          expect(run.code, `${args.join(' ')}: ${run.stdout}`).toBe(0);
        }
        expect(existsSync(target)).toBe(true);
        expect(existsSync(target.replace('.docx', '.pptx'))).toBe(true);
      }
      const help = await runCli(['mail', 'reply', '--help']);
      expect(help.stdout).toContain('-o, --output FILE.eml');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads --out as --output only where it is a flag', () => {
    expect(canonicalFlags(['notes.md', '--out', 'a.docx', '--out=b.docx', '--', '--out'])).toEqual([
      'notes.md',
      '--output',
      'a.docx',
      '--output=b.docx',
      '--',
      '--out',
    ]);
    expect(canonicalFlags(['--outline', 'x'])).toEqual(['--outline', 'x']);
  });
});
