/**
 * Transitions and builds added to real decks (the sample workspace's review deck and corpus
 * decks): only p:transition and p:timing change, every other part is byte-identical, and the
 * result reads back and opens in LibreOffice.
 */
import { mkdtemp, readFile as readBytes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { CORPUS, EXAMPLES, STRICT } from '../../../test/helpers/paths.ts';
import { convertWithLibreOffice, findLibreOffice, pdfPageCount } from '../../lib/libreoffice.ts';
import type { Presentation } from '../model.ts';
import { readBuffer } from '../read-file.ts';
import { addMotion, applySlideMotion, slideShapes, timingXml, transitionXml } from './motion.ts';

const DECKS = [
  join(EXAMPLES, 'Q3 Review.pptx'),
  join(CORPUS, 'office', 'pptx', 'pandoc_speaker-notes-output.pptx'),
  join(CORPUS, 'office', 'pptx', 'poi_keyframes.pptx'),
  join(CORPUS, 'office', 'pptx', 'poi_layouts.pptx'),
];

async function readDeck(name: string, bytes: Buffer): Promise<Presentation> {
  const result = await readBuffer(name, bytes);
  if (!result.success || result.data.type !== 'presentation')
    throw new Error(`${name} did not read as a presentation`);
  return result.data;
}

/** A slide part with its transition and timing removed, for comparison. */
function withoutMotion(xml: string): string {
  return xml
    .replace(
      /<mc:AlternateContent\b(?:(?!<\/mc:AlternateContent>)[\s\S])*?<p:transition[\s\S]*?<\/mc:AlternateContent>/g,
      '',
    )
    .replace(/<p:transition\b[^>]*\/>|<p:transition\b[^>]*>[\s\S]*?<\/p:transition>/g, '')
    .replace(/<p:timing[\s>][\s\S]*?<\/p:timing>/g, '');
}

describe('slide motion XML', () => {
  const slide =
    '<p:sld><p:cSld><p:spTree><p:sp><p:nvSpPr><p:cNvPr id="2" name="Title"/><p:cNvSpPr/><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr><p:txBody><a:p><a:r><a:t>Hi</a:t></a:r></a:p></p:txBody></p:sp>' +
    '<p:sp><p:nvSpPr><p:cNvPr id="3" name="Body"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:txBody><a:p><a:r><a:t>One</a:t></a:r></a:p><a:p/><a:p><a:r><a:t>Two</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr><p:extLst/></p:sld>';

  it('finds text shapes and the paragraphs that have text', () => {
    expect(slideShapes(slide)).toEqual([
      { id: '2', name: 'Title', isTitle: true, paragraphs: [0] },
      { id: '3', name: 'Body', isTitle: false, paragraphs: [0, 2] },
    ]);
  });

  it('puts transition then timing after clrMapOvr, one click per paragraph', () => {
    const timing = timingXml([{ spid: '3', paragraphs: [0, 2] }]);
    const out = applySlideMotion(slide, transitionXml('fade'), timing, false);
    expect(out).toMatch(
      /<\/p:clrMapOvr><p:transition spd="med"><p:fade\/><\/p:transition><p:timing>.*<\/p:timing><p:extLst\/>/,
    );
    expect(out.match(/nodeType="clickEffect"/g)).toHaveLength(2);
    expect(out).toContain('<p:pRg st="2" end="2"/>');
    expect(out).toContain('<p:bldP spid="3" grpId="0" build="p"/>');
    const ids = [...out.matchAll(/<p:cTn id="(\d+)"/g)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('replaces an existing transition and keeps an existing timing unless told to replace it', () => {
    const styled = applySlideMotion(
      slide,
      transitionXml('fade'),
      timingXml([{ spid: '3', paragraphs: [0] }]),
      false,
    );
    const restyled = applySlideMotion(
      styled,
      transitionXml('push'),
      timingXml([{ spid: '3', paragraphs: [0, 2] }]),
      false,
    );
    expect(restyled.match(/<p:transition/g)).toHaveLength(1);
    expect(restyled).toContain('<p:push dir="u"/>');
    expect(restyled.match(/<p:timing>/g)).toHaveLength(1);
    expect(restyled).not.toContain('st="2"');
    const replaced = applySlideMotion(styled, '', timingXml([{ spid: '3', paragraphs: [0, 2] }]), true);
    expect(replaced).toContain('st="2"');
    expect(replaced).toMatch(/<\/p:transition><p:timing>/);
  });
});

describe('addMotion on real decks (deck style)', () => {
  it('adds transitions and builds without changing anything else', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'officemate-style-'));
    const outputs: { path: string; slides: number }[] = [];
    for (const path of DECKS) {
      const name = path.split('/').at(-1) ?? 'deck.pptx';
      const before = await readBytes(path);
      const { bytes, report } = await addMotion(before, { transition: 'wipe', animate: 'bullets' });
      const [zipBefore, zipAfter] = await Promise.all([JSZip.loadAsync(before), JSZip.loadAsync(bytes)]);
      const namesBefore = Object.keys(zipBefore.files).sort();
      expect(Object.keys(zipAfter.files).sort(), name).toEqual(namesBefore);
      for (const part of namesBefore) {
        if (zipBefore.files[part]?.dir) continue;
        const a = await zipBefore.file(part)!.async('uint8array');
        const b = await zipAfter.file(part)!.async('uint8array');
        if (/^ppt\/slides\/slide\d+\.xml$/.test(part)) {
          expect(withoutMotion(Buffer.from(b).toString('utf8')), `${name} ${part}`).toBe(
            withoutMotion(Buffer.from(a).toString('utf8')),
          );
        } else {
          expect(Buffer.from(b).equals(Buffer.from(a)), `${name} ${part}`).toBe(true);
        }
      }
      const original = await readDeck(name, before);
      const styled = await readDeck(name, bytes);
      expect(styled.slides.length).toBe(original.slides.length);
      for (const [index, slide] of styled.slides.entries()) {
        const was = original.slides[index]!;
        expect(slide.title, `${name} slide ${index + 1}`).toBe(was.title);
        expect(slide.notes, `${name} slide ${index + 1}`).toBe(was.notes);
        expect(slide.blocks.length).toBe(was.blocks.length);
        expect(slide.transition, `${name} slide ${index + 1}`).toBe('wipe');
        const entry = report.slides[index]!;
        if (entry.keptExistingTiming) expect(slide.animations).toEqual(was.animations);
        else expect(slide.animations ?? []).toEqual(entry.animatedShapeIds);
      }
      const out = join(dir, name.replace(/\.pptx$/, '-styled.pptx'));
      await writeFile(out, bytes);
      outputs.push({ path: out, slides: styled.slides.length });
    }
    const animated = outputs.length;
    expect(animated).toBe(DECKS.length);
    if (!findLibreOffice()) {
      if (STRICT) throw new Error('LibreOffice is required in CI');
      return;
    }
    const first = outputs[0]!;
    const pdf = await convertWithLibreOffice(first.path, { to: 'pdf', outDir: join(dir, 'pdf') });
    const original = await readDeck('Q3 Review.pptx', await readBytes(DECKS[0]!));
    // Hidden slides are not printed.
    expect(await pdfPageCount(pdf)).toBe(original.slides.filter((slide) => !slide.hidden).length);
  }, 180_000);

  it('builds the body text of the sample review deck', async () => {
    const { report } = await addMotion(await readBytes(DECKS[0]!), {
      transition: 'none',
      animate: 'bullets',
    });
    expect(report.slides.some((slide) => slide.animatedShapeIds.length > 0)).toBe(true);
    expect(report.slides.every((slide) => slide.transition === undefined)).toBe(true);
  });
});
