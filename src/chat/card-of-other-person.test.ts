import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexPaths } from '../index/index-paths.ts';
import { openIndex } from '../index/open-index.ts';
import { askQuestion } from './ask-question.ts';

const NOW = new Date('2026-03-12T09:00:00Z');

const CARDS = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Vaart Lena',
  'N:Lena;Vaart;;;',
  'TEL;TYPE=CELL:555-0177',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Pim de Vaart',
  'TEL;TYPE=WORK:555-0188',
  'END:VCARD',
  '',
].join('\r\n');

describe('askQuestion: a card asked by a name with a particle', () => {
  it('answers from the card of that name, and finds nothing when only a card sharing one of its words is indexed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ask-particle-'));
    writeFileSync(join(dir, 'people.vcf'), CARDS);
    const index = await openIndex(join(dir, 'index.db'));
    try {
      await indexPaths(index, [dir], { owner: 'maya' });
      const ask = (question: string) => askQuestion(index, question, { now: NOW, asUser: 'maya' });
      const pim = await ask('What is the phone number of Pim de Vaart?');
      expect(pim.found).toBe(true);
      expect(pim.answer).toContain('555-0188');
      expect(pim.answer).not.toContain('555-0177');
      // No card is Lena de Vaart's: Vaart Lena's card shares her words but not the whole name.
      const lena = await ask('What is the phone number of Lena de Vaart?');
      expect(lena.found).toBe(false);
      expect(lena.answer).not.toContain('555-0177');
    } finally {
      await index.close();
    }
  }, 60_000);
});
