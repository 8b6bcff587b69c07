import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, REPO_ROOT, STRICT } from '../../../test/helpers/paths.ts';
import { runCli as run } from '../../../test/helpers/run-cli.ts';
import { readFile } from '../../formats/read-file.ts';
import { convertWithLibreOffice, findLibreOffice, pdfPageCount } from '../../lib/libreoffice.ts';

const FIXTURE = join(REPO_ROOT, 'src', 'skills', 'recap-meeting', '__fixtures__', 'launch-review.vtt');
const QMSUM = join(CORPUS, 'meetings', 'qmsum', 'test', 'ES2004a.json');

describe('officemate recap', () => {
  it('prints the contract JSON with a cited answer for --query', async () => {
    const { code, stdout } = await run([
      'recap',
      QMSUM,
      '--query',
      'What did Marketing say about the price?',
      '--json',
    ]);
    expect(code).toBe(0);
    const value = JSON.parse(stdout);
    expect(Object.keys(value)).toEqual(
      expect.arrayContaining([
        'summary',
        'answer',
        'decisions',
        'actionItems',
        'topics',
        'engine',
        'citations',
      ]),
    );
    expect(value.engine).toBe('builtin');
    expect(value.answer).toMatch(/\[\d+\]/);
    expect(value.citations[0]).toMatchObject({ n: 1, locator: { turn: expect.any(Number) } });
  });

  it('answers a batch, one line per input with its id, and an error line for a bad one', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'recap-batch-'));
    const batch = join(folder, 'in.jsonl');
    writeFileSync(
      batch,
      `${JSON.stringify({ id: 'a', transcript: FIXTURE, query: 'pricing discount' })}\n${JSON.stringify({ id: 'b', transcript: join(folder, 'missing.vtt') })}\n`,
    );
    const { code, stdout } = await run(['recap', '--batch', batch, '--now', '2026-03-10T09:00:00Z']);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.id)).toEqual(['a', 'b']);
    expect(lines[0].actionItems.length).toBe(4);
    expect(lines[1].error.code).toBe('file_not_found');
    expect(code).toBe(1);
  });

  it('refuses a file that is not a transcript or a chat with exit 2', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'recap-bad-'));
    const path = join(folder, 'people.vcf');
    writeFileSync(path, 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Lima\r\nEND:VCARD\r\n');
    const { code, stdout } = await run(['recap', path, '--json']);
    expect(code).toBe(2);
    const { error } = JSON.parse(stdout);
    expect(error.code).toBe('format_unsupported');
    expect(error.hint).toContain('chat logs');
  });

  it('recaps a chat log, a due date said "today" falling on the day of its message', async () => {
    // The sample channel runs from 3 to 11 March; "I'll update the landing page and the invitations
    // today" is written on 10 March, not on the day the channel starts.
    const chat = join(REPO_ROOT, 'examples', 'workspace', 'flow-launch-chat.json');
    const { code, stdout } = await run(['recap', chat, '--json']);
    expect(code).toBe(0);
    const value = JSON.parse(stdout);
    expect(value).toMatchObject({ title: 'Flow 3.2 launch', date: '2026-03-03' });
    expect(value.actionItems).toContainEqual(
      expect.objectContaining({
        owner: 'Jordan Lee',
        task: 'Update the landing page and the invitations',
        due: '2026-03-10',
      }),
    );
  });

  it('writes a Word recap that LibreOffice opens and our reader reads back', async () => {
    if (!findLibreOffice() && !STRICT) return;
    const folder = mkdtempSync(join(tmpdir(), 'recap-docx-'));
    const output = join(folder, 'recap.docx');
    const { code } = await run(['recap', FIXTURE, '-o', output, '--now', '2026-03-10T09:00:00Z', '-q']);
    expect(code).toBe(0);
    const back = await readFile(output);
    if (!back.success || back.data.type !== 'document')
      throw new Error('recap.docx did not read back as a document');
    const text = back.data.blocks.map((block) => ('text' in block ? block.text : '')).join('\n');
    expect(text).toContain('Action items');
    expect(JSON.stringify(back.data.blocks)).toContain('Send the release notes to marketing');
    const pdf = await convertWithLibreOffice(output, { to: 'pdf', outDir: folder, timeoutMs: 170_000 });
    expect(await pdfPageCount(pdf)).toBeGreaterThan(0);
    expect(readFileSync(output).length).toBeGreaterThan(1000);
  }, 200_000);
});
