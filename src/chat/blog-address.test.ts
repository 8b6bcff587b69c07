import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexPaths } from '../index/index-paths.ts';
import { openIndex } from '../index/open-index.ts';
import { askQuestion } from './ask-question.ts';
import { blogAddress } from './blog-address.ts';

const NOW = new Date('2026-03-12T09:00:00Z');

describe('blogAddress', () => {
  it('finds the web address whose host or path names a blog', () => {
    expect(blogAddress(['https://www.quillmere.example', 'https://notes.quillmere.example/blog/'])).toBe(
      'https://notes.quillmere.example/blog/',
    );
    expect(blogAddress(['http://www.tarnwick.example', 'http://blog.tarnwick.example'])).toBe(
      'http://blog.tarnwick.example',
    );
    expect(blogAddress(['https://odalys-fenn.blogspot.com'])).toBe('https://odalys-fenn.blogspot.com');
  });

  it('finds none among pages that only contain the letters', () => {
    expect(blogAddress(['https://www.catalogue.example', 'https://weblogic.example/start'])).toBeUndefined();
    expect(blogAddress([])).toBeUndefined();
  });
});

describe('askQuestion: the blog of a card whose web pages carry no label', () => {
  it('answers with the address that names a blog, and finds none on a card without one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ask-blog-'));
    writeFileSync(
      join(dir, 'people.vcf'),
      [
        'BEGIN:VCARD',
        'VERSION:3.0',
        'FN:Odalys Fenn',
        'URL:https://www.fennworks.example',
        'URL:https://journal.fennworks.example/blog/',
        'END:VCARD',
        'BEGIN:VCARD',
        'VERSION:3.0',
        'FN:Brannoc Tulle',
        'URL:https://www.tulle-rigging.example',
        'END:VCARD',
        '',
      ].join('\r\n'),
    );
    const index = await openIndex(join(dir, 'index.db'));
    try {
      await indexPaths(index, [dir], { owner: 'maya' });
      const ask = (question: string) => askQuestion(index, question, { now: NOW, asUser: 'maya' });
      const odalys = await ask("What's Odalys Fenn's blog?");
      expect(odalys.found).toBe(true);
      expect(odalys.answer).toContain('journal.fennworks.example/blog');
      const brannoc = await ask("What's Brannoc Tulle's blog?");
      expect(brannoc.found).toBe(false);
    } finally {
      await index.close();
    }
  }, 60_000);
});
