/** What the CLI prints for real corpus files: listings keep whole words. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../helpers/paths.ts';
import { runCli } from '../helpers/run-cli.ts';

const CALIFORNIA = join(CORPUS, 'email', 'enron', 'lavorato-j', 'california.mbox');

describe('mail listings of a real folder (lavorato-j california)', () => {
  it('cut a long subject at a word with an ellipsis, never inside a word', async () => {
    for (const command of ['threads', 'triage']) {
      const { code, stdout } = await runCli(['mail', command, CALIFORNIA]);
      expect(code).toBe(0);
      const line = stdout.split('\n').find((text) => text.includes('Governor Davis'));
      expect(line).toContain("Summary and Very Brief Analysis of Governor Davis's 2/9/01…");
      expect(line).not.toMatch(/2\/9\/01 E\b/);
    }
  });
});

describe('summarize on a real file with nothing to summarize (poi_SimpleMacro.pptm: a title slide)', () => {
  it('says why instead of printing blank lines', async () => {
    const { code, stdout } = await runCli([
      'summarize',
      join(CORPUS, 'office', 'pptx', 'poi_SimpleMacro.pptm'),
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('This is a macro slideshow\n\nNo sentence to summarize:');
    expect(stdout).not.toMatch(/\n\n\n/);
  });
});

describe('mail threads lists people by the names they go by (lavorato-j gas.mbox)', () => {
  it('writes a directory\'s "Last, First" as "First Last", so a list of them keeps each person whole', async () => {
    const { code, stdout } = await runCli([
      'mail',
      'threads',
      join(CORPUS, 'email', 'enron', 'lavorato-j', 'gas.mbox'),
    ]);
    expect(code).toBe(0);
    const line = stdout.split('\n').find((text) => text.includes('confidential employee information'));
    expect(line).toContain('(Jeanie Slone, John Lavorato)');
  });
});

describe('mail listings of threads with no subject (lavorato-j analyst_associate)', () => {
  it('show the opening words of each, so the "(no subject)" lines can be told apart', async () => {
    const folder = join(CORPUS, 'email', 'enron', 'lavorato-j', 'analyst_associate.mbox');
    for (const command of ['threads', 'triage']) {
      const { code, stdout } = await runCli(['mail', command, folder]);
      expect(code).toBe(0);
      const lines = stdout.split('\n').filter((line) => line.includes('(no subject)'));
      expect(lines.length).toBeGreaterThan(5);
      for (const line of lines) expect(line).toMatch(/\(no subject\) “[^”]+”/);
      expect(stdout).toContain('(no subject) “I have 3 new associates coming into the group');
    }
  });
});
