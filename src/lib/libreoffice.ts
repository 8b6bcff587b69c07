/**
 * @module libreoffice
 * Runs LibreOffice headless to convert files (legacy and ODF inputs, PDF renders for tests
 * and previews). Each call gets its own user profile, so parallel conversions never fight
 * over one profile lock.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fail } from './errors.ts';

const CANDIDATES = [
  '/usr/bin/soffice',
  '/usr/bin/libreoffice',
  '/usr/lib/libreoffice/program/soffice',
  '/opt/libreoffice/program/soffice',
];

export function findLibreOffice(): string | undefined {
  const fromEnv = process.env.OFFICEMATE_SOFFICE;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((candidate) => existsSync(candidate));
}

export type ConvertOptions = {
  /** Target filter, e.g. "pdf", "docx", "xlsx", "pptx", "png". */
  readonly to: string;
  readonly outDir?: string;
  readonly timeoutMs?: number;
};

/** Converts `input` and returns the path of the converted file. */
export async function convertWithLibreOffice(input: string, options: ConvertOptions): Promise<string> {
  const soffice = findLibreOffice();
  if (!soffice) {
    fail('converter_missing', `LibreOffice is needed to convert ${basename(input)} but is not installed.`, {
      hint: 'Install it (Debian/Ubuntu: apt-get install libreoffice-writer libreoffice-calc libreoffice-impress) or run `npm run setup`.',
      path: input,
    });
  }
  const profile = await mkdtemp(join(tmpdir(), 'officemate-lo-'));
  const outDir = options.outDir ?? (await mkdtemp(join(tmpdir(), 'officemate-out-')));
  try {
    await new Promise<void>((resolve, reject) => {
      execFile(
        soffice,
        [
          `-env:UserInstallation=${pathToFileURL(profile).href}`,
          '--headless',
          '--norestore',
          '--nolockcheck',
          '--convert-to',
          options.to,
          '--outdir',
          outDir,
          input,
        ],
        { timeout: options.timeoutMs ?? 120_000, maxBuffer: 8 * 1024 * 1024 },
        (error, _stdout, stderr) => {
          if (error) reject(new Error(`${error.message}\n${stderr}`));
          else resolve();
        },
      );
    });
    const stem = basename(input, extname(input));
    const produced = (await readdir(outDir)).find(
      (file) => file.startsWith(`${stem}.`) && file.toLowerCase().endsWith(`.${options.to.split(':')[0]}`),
    );
    if (!produced) {
      fail('converter_failed', `LibreOffice could not convert ${basename(input)} to ${options.to}.`, {
        hint: 'The file may be damaged, encrypted or in a format LibreOffice cannot open.',
        path: input,
      });
    }
    return join(outDir, produced);
  } catch (thrown) {
    if (thrown instanceof Error && thrown.name === 'OfficemateError') throw thrown;
    return fail(
      'converter_failed',
      `LibreOffice failed on ${basename(input)}: ${(thrown as Error).message.split('\n')[0]}`,
      {
        hint: 'The file may be damaged or encrypted.',
        path: input,
      },
    );
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

/** Counts the pages of a PDF with poppler's pdfinfo (for tests and renders). */
export async function pdfPageCount(pdfPath: string): Promise<number> {
  const output = await new Promise<string>((resolve, reject) => {
    execFile('pdfinfo', [pdfPath], (error, stdout) => (error ? reject(error) : resolve(stdout)));
  });
  const match = /^Pages:\s+(\d+)/m.exec(output);
  return match ? Number(match[1]) : 0;
}
