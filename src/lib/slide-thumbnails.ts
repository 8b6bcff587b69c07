/**
 * @module slide-thumbnails
 * Slide thumbnails of a deck: LibreOffice renders it to PDF (libreoffice.ts), poppler's
 * `pdftoppm` turns each page into a PNG of the given width; they are written as
 * `slide-1.png`, `slide-2.png`, … in the output folder, one per slide, in order.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fail } from './errors.ts';
import { convertWithLibreOffice } from './libreoffice.ts';

export type ThumbnailOptions = {
  /** Width of each PNG in pixels (height follows the slide's shape); default 480. */
  readonly width?: number;
  readonly timeoutMs?: number;
};

/** The name of slide `n`'s thumbnail (1-based). */
export function thumbnailName(n: number): string {
  return `slide-${n}.png`;
}

/** Renders every slide of the deck at `deckPath` into `outDir`; the thumbnails' paths in slide order. */
export async function renderSlideThumbnails(
  deckPath: string,
  outDir: string,
  options: ThumbnailOptions = {},
): Promise<string[]> {
  const work = await mkdtemp(join(tmpdir(), 'officemate-thumbs-'));
  try {
    const pdf = await convertWithLibreOffice(deckPath, {
      to: 'pdf',
      outDir: work,
      ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    });
    await new Promise<void>((resolve, reject) =>
      execFile(
        'pdftoppm',
        ['-png', '-scale-to-x', String(options.width ?? 480), '-scale-to-y', '-1', pdf, join(work, 'page')],
        { timeout: options.timeoutMs ?? 120_000 },
        (error) => (error ? reject(error) : resolve()),
      ),
    ).catch((thrown: Error) =>
      fail(
        'converter_failed',
        `The slides of ${basename(deckPath)} could not be rendered: ${thrown.message}`,
        {
          hint: 'Install poppler-utils (pdftoppm), or check that the deck opens in LibreOffice.',
          path: deckPath,
        },
      ),
    );
    // pdftoppm pads page numbers to the width of the last one (page-01.png … page-12.png).
    const pages = (await readdir(work))
      .map((name) => ({ name, n: Number(/^page-(\d+)\.png$/.exec(name)?.[1] ?? Number.NaN) }))
      .filter((page) => Number.isInteger(page.n))
      .sort((a, b) => a.n - b.n);
    await mkdir(outDir, { recursive: true });
    const written: string[] = [];
    for (const [index, page] of pages.entries()) {
      const target = join(outDir, thumbnailName(index + 1));
      await copyFile(join(work, page.name), target);
      written.push(target);
    }
    return written;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
