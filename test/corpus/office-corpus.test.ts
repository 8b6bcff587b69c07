import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { writeMarkdown } from '../../src/formats/markdown/write-markdown.ts';
import { readFile } from '../../src/formats/read-file.ts';
import { findLibreOffice } from '../../src/lib/libreoffice.ts';
import { CORPUS, STRICT } from '../helpers/paths.ts';
import { OFFICE_OUTCOMES } from './office-outcomes.ts';

const OFFICE = join(CORPUS, 'office');
const FOLDERS = ['docx', 'pptx', 'xlsx', 'other'];
const files = FOLDERS.flatMap((folder) =>
  readdirSync(join(OFFICE, folder))
    .sort()
    .map((name) => `${folder}/${name}`),
);
const viaLibreOffice = (file: string) => file.startsWith('other/');
const hasLibreOffice = findLibreOffice() !== undefined;
/** Native readers must finish in 10 s; conversions also pay for starting LibreOffice. */
const NATIVE_LIMIT_MS = 10_000;
const LIBREOFFICE_LIMIT_MS = 45_000;

describe('office corpus', () => {
  it('pins an outcome for every file in the corpus, and no file that is gone', () => {
    expect(files.length).toBeGreaterThan(90);
    expect([...files].sort()).toEqual(Object.keys(OFFICE_OUTCOMES).sort());
  });

  for (const file of files) {
    const needsLibreOffice = viaLibreOffice(file);
    // One conversion at a time: parallel LibreOffice starts only compete for the same cores.
    const run = needsLibreOffice && !hasLibreOffice && !STRICT ? it.skip : it;
    run(
      `${file} → ${OFFICE_OUTCOMES[file]}`,
      async () => {
        const started = performance.now();
        const result = await readFile(join(OFFICE, file));
        const elapsed = performance.now() - started;
        const outcome = result.success ? `ok:${result.data.type}` : `error:${result.error.code}`;
        expect(outcome, result.success ? '' : result.error.message).toBe(OFFICE_OUTCOMES[file]);
        expect(elapsed).toBeLessThan(needsLibreOffice ? LIBREOFFICE_LIMIT_MS : NATIVE_LIMIT_MS);
        if (result.success) {
          // The same path `officemate convert` takes: every model renders to Markdown.
          expect(typeof writeMarkdown(result.data)).toBe('string');
        } else {
          expect(result.error.message).toContain(file.split('/')[1]);
          expect(result.error.hint).toBeTruthy();
        }
      },
      120_000,
    );
  }
});

describe('officemate convert on office files', () => {
  async function convert(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    const sink = (append: (text: string) => void) =>
      ({
        write: (chunk: string | Uint8Array) => {
          append(String(chunk));
          return true;
        },
        once: () => undefined,
      }) as unknown as NodeJS.WritableStream;
    const code = await main(args, { stdout: sink((t) => (stdout += t)), stderr: sink((t) => (stderr += t)) });
    return { code, stdout, stderr };
  }

  it('prints a Word file as Markdown with its headings and table', async () => {
    const { code, stdout } = await convert(['convert', join(OFFICE, 'docx', 'tika_testWORD.docx')]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^#+ Heading Level 1$/m);
    expect(stdout).toContain('|');
  });

  it('prints a deck and a workbook as JSON models', async () => {
    const deck = await convert([
      'convert',
      join(OFFICE, 'pptx', 'pandoc_speaker-notes-output.pptx'),
      '--json',
    ]);
    expect(deck.code).toBe(0);
    expect(JSON.parse(deck.stdout).type).toBe('presentation');
    const book = await convert(['convert', join(OFFICE, 'xlsx', 'sheetjs_1904.xlsx'), '--to', 'json']);
    expect(book.code).toBe(0);
    expect(JSON.parse(book.stdout).date1904).toBe(true);
  });

  it('exits 2 with a JSON error for an encrypted file', async () => {
    const { code, stdout } = await convert([
      'convert',
      join(OFFICE, 'docx', 'poi_bug53475-password-is-pass.docx'),
      '--json',
    ]);
    expect(code).toBe(2);
    expect(JSON.parse(stdout).error.code).toBe('file_encrypted');
  });
});
