import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../../../test/helpers/paths.ts';
import { readFile } from '../../formats/read-file.ts';
import { splitSentences } from '../../lib/text/sentences.ts';
import { checkKeptFacts } from '../grounding/kept-facts.ts';
import { shortenSentence, simplifySentence } from './plain-language.ts';

describe('plain-language edits', () => {
  it('keeps a name written in lower case at the start of a sentence', () => {
    // From docx4j_OpenDoPE_Images.docx in the shared corpus: the builtin rewrite used to turn it into "Docx4j".
    const sentence =
      'docx4j is also able to update the image which appears in the docx from base 64 encoded data.';
    expect(simplifySentence(sentence)).toEqual([sentence]);
    expect(shortenSentence('docx4j is able to update the image in order to show it.')).toBe(
      'docx4j can update the image to show it.',
    );
    expect(checkKeptFacts(sentence, shortenSentence(sentence)).kept).toBe(true);
  });

  it('still capitalises a sentence whose capitalised opening words were cut', () => {
    expect(shortenSentence('Basically, the budget is going to be cut.')).toBe('The budget will be cut.');
    expect(shortenSentence('The team is going to Berlin.')).toBe('The team is going to Berlin.');
  });

  it('keeps every number and name of the real Word paragraphs it simplifies (the kept-facts check agrees)', async () => {
    const folder = join(CORPUS, 'office', 'docx');
    let changed = 0;
    const lost: string[] = [];
    for (const name of readdirSync(folder).filter((file) => file.endsWith('.docx'))) {
      const parsed = await readFile(join(folder, name), { now: new Date('2026-03-12T09:00:00Z') });
      if (!parsed.success || parsed.data.type !== 'document') continue;
      for (const block of parsed.data.blocks) {
        if (block.kind !== 'paragraph' || block.text.split(/\s+/).length < 12) continue;
        const simpler = splitSentences(block.text)
          .flatMap((span) => simplifySentence(span.text))
          .join(' ');
        if (simpler === block.text) continue;
        changed++;
        const facts = checkKeptFacts(block.text, simpler);
        if (!facts.kept) lost.push(`${name}: ${facts.missing.join(', ')}`);
      }
    }
    expect(changed).toBeGreaterThan(500);
    expect(lost).toEqual([]);
  }, 60_000);
});
