import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeMarkdown } from '../../src/formats/markdown/write-markdown.ts';
import { readFile } from '../../src/formats/read-file.ts';
import { splitSentences } from '../../src/lib/text/sentences.ts';
import { CORPUS } from '../helpers/paths.ts';

/** The sentences of a corpus office file, as its Markdown rendering reads. */
async function sentencesOf(file: string): Promise<string[]> {
  const result = await readFile(join(CORPUS, 'office', file));
  if (!result.success) throw new Error(result.error.message);
  return splitSentences(writeMarkdown(result.data)).map((span) => span.text);
}

describe('lower-case abbreviations of other languages on corpus documents', () => {
  it('keeps a Polish "ds." and "ul." with the capitalised words after them', async () => {
    const sentences = await sentencesOf('docx/poi_stress017.docx');
    expect(sentences.some((s) => s.includes('Zespół ds. Koordynacji Projektów Rozwojowych'))).toBe(true);
    expect(sentences.some((s) => s.includes('ul. Lipowa 51'))).toBe(true);
    expect(sentences.some((s) => /\bds\.$/.test(s))).toBe(false);
  });

  it('keeps a German "bzw." and "vgl." with what follows, and still ends the sentences around them', async () => {
    const sentences = await sentencesOf('docx/poi_stress008.docx');
    expect(sentences.some((s) => /\b(?:bzw|vgl)\.$/i.test(s))).toBe(false);
    // One whole sentence: joined over "bzw.", ended at its own full stop.
    expect(sentences).toContain(
      'Diese seelischen Bereiche bleiben ungelebt, lassen sich aber relativ leicht bei Bedarf bzw. in der Psychotherapie zum Leben erwecken.',
    );
  });

  it('keeps a Russian "им." with the name after it', async () => {
    const sentences = await sentencesOf('docx/poi_bib-chernigovka.netdo.ru_download_docs_17459.docx');
    expect(sentences.some((s) => /премии им\. Х\./.test(s))).toBe(true);
    expect(sentences.some((s) => /\bим\.$/.test(s))).toBe(false);
  });

  it('still ends an English sentence on a state code in capitals ("load for CA.")', () => {
    const mailbox = readFileSync(join(CORPUS, 'email', 'enron', 'lavorato-j', 'deleted_items.mbox'), 'utf8');
    const at = mailbox.indexOf('aggregate load for CA. I am also');
    expect(at).toBeGreaterThan(-1);
    const sentences = splitSentences(mailbox.slice(at - 200, at + 200)).map((span) => span.text);
    expect(sentences.some((s) => s.endsWith('historical hourly aggregate load for CA.'))).toBe(true);
  });
});
