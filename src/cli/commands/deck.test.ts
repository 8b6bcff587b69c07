import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../../test/helpers/paths.ts';
import { runCli as run } from '../../../test/helpers/run-cli.ts';
import { readFile } from '../../formats/read-file.ts';
import { styledLine } from './deck-style.ts';

const dir = mkdtempSync(join(tmpdir(), 'officemate-deck-cli-'));

describe('officemate deck', () => {
  it('writes the deck and prints { path, slides, engine, titles } with --json', async () => {
    const out = join(dir, 'review.pptx');
    const { code, stdout } = await run([
      'deck',
      join(EXAMPLES, 'Q3 Business Review.docx'),
      '--slides',
      '8',
      '--theme',
      'paper',
      '-o',
      out,
      '--json',
      '--engine',
      'builtin',
    ]);
    expect(code).toBe(0);
    const value = JSON.parse(stdout);
    expect(value).toMatchObject({ path: out, slides: 8, engine: 'builtin', theme: 'paper' });
    expect(value.titles).toHaveLength(8);
    expect(value.checks.missingSections).toEqual([]);
    const read = await readFile(out);
    expect(
      read.success && read.data.type === 'presentation' && read.data.slides.map((slide) => slide.title),
    ).toEqual(value.titles);
  });

  it('makes a deck from a Markdown prompt', async () => {
    const out = join(dir, 'prompt.pptx');
    const { code, stdout } = await run([
      'deck',
      '# Launch plan\n\n## Goals\n\nShip Flow 3.2 on 7 April. Train the sales team first.\n\n## Risks\n\nThe webinar moved to 9 April.',
      '-o',
      out,
      '--json',
      '--engine',
      'builtin',
    ]);
    expect(code).toBe(0);
    const value = JSON.parse(stdout);
    expect(value.titles[0]).toBe('Launch plan');
    expect(value.titles).toEqual(expect.arrayContaining(['Goals', 'Risks']));
  });

  it('rejects bad usage with exit 2 and a JSON error', async () => {
    const noOutput = await run(['deck', join(EXAMPLES, 'Q3 Business Review.docx'), '--json']);
    expect(noOutput.code).toBe(2);
    expect(JSON.parse(noOutput.stdout).error.code).toBe('bad_usage');
    const badTheme = await run([
      'deck',
      join(EXAMPLES, 'Q3 Business Review.docx'),
      '--theme',
      'neon',
      '-o',
      join(dir, 'x.pptx'),
      '--json',
    ]);
    expect(badTheme.code).toBe(2);
    expect(JSON.parse(badTheme.stdout).error.message).toContain('neon');
    const missing = await run(['deck', join(dir, 'missing.docx'), '-o', join(dir, 'x.pptx')]);
    expect(missing.code).toBe(2);
    const notDocument = await run(['deck', join(EXAMPLES, 'Contacts.vcf'), '-o', join(dir, 'x.pptx')]);
    expect(notDocument.code).toBe(2);
  });
});

describe('styledLine', () => {
  it('says each count with its noun in the right number', () => {
    const one = { slides: 1, transition: 'fade', animate: 'bullets', animatedShapes: 2 };
    expect(styledLine('/tmp/quarry.pptx', { ...one, animatedSlides: 1, keptExistingAnimations: 1 })).toBe(
      'Wrote /tmp/quarry.pptx: 1 slide, transition fade, 1 slide with bullet builds, 1 slide kept its own animations.',
    );
    expect(styledLine('q.pptx', { ...one, slides: 4, animatedSlides: 0, keptExistingAnimations: 2 })).toBe(
      'Wrote q.pptx: 4 slides, transition fade, 0 slides with bullet builds, 2 slides kept their own animations.',
    );
  });
});

describe('officemate deck style', () => {
  it('adds transitions and builds to an existing deck', async () => {
    const plain = join(dir, 'plain.pptx');
    expect(
      (await run(['deck', join(EXAMPLES, 'Q3 Business Review.docx'), '--no-animations', '-o', plain, '-q']))
        .code,
    ).toBe(0);
    const before = await readFile(plain);
    expect(
      before.success &&
        before.data.type === 'presentation' &&
        before.data.slides.every((slide) => !slide.transition),
    ).toBe(true);
    const styled = join(dir, 'styled.pptx');
    const { code, stdout } = await run([
      'deck',
      'style',
      plain,
      '--transitions',
      'split',
      '--animate',
      'bullets',
      '-o',
      styled,
      '--json',
    ]);
    expect(code).toBe(0);
    const value = JSON.parse(stdout);
    expect(value).toMatchObject({ path: styled, transition: 'split', animate: 'bullets' });
    expect(value.animatedSlides).toBeGreaterThan(2);
    const after = await readFile(styled);
    if (
      !after.success ||
      after.data.type !== 'presentation' ||
      !before.success ||
      before.data.type !== 'presentation'
    )
      throw new Error('unreadable');
    expect(after.data.slides.map((slide) => slide.title)).toEqual(
      before.data.slides.map((slide) => slide.title),
    );
    expect(after.data.slides.every((slide) => slide.transition === 'split')).toBe(true);
    expect(after.data.slides.filter((slide) => (slide.animations?.length ?? 0) > 0)).toHaveLength(
      value.animatedSlides,
    );
  });

  it('refuses what is not a .pptx', async () => {
    writeFileSync(join(dir, 'notes.txt'), 'hello');
    expect((await run(['deck', 'style', join(dir, 'notes.txt')])).code).toBe(2);
    expect((await run(['deck', 'style', join(dir, 'nothing.pptx'), '--transitions', 'spin'])).code).toBe(2);
  });
});
