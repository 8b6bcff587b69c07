import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../index/types.ts';
import { searchHit } from './__fixtures__/search-hit.ts';
import { CitationList } from './citations.ts';
import { answerFileAuthor, answerTitleSlide, fileAuthorAsked } from './document-author.ts';

function page(name: string, text: string, author?: string): SearchHit {
  return searchHit({
    path: `/work/${name}`,
    uri: `file:///work/${name}#p=1`,
    title: name,
    locator: { paragraph: 1 },
    text,
    type: 'document',
    people: author ? [{ name: author, role: 'author' }] : [],
  });
}

describe('fileAuthorAsked', () => {
  it('takes a question about who wrote a file, not a comment or a line in it', () => {
    expect(fileAuthorAsked('Who wrote the document with a glaze table?')).toBe(true);
    expect(fileAuthorAsked('Who is the author of the slide deck that says "fire twice"?')).toBe(true);
    expect(fileAuthorAsked('Who wrote the comment "check the cone" in the document?')).toBe(false);
    expect(fileAuthorAsked('Who sent me the kiln log?')).toBe(false);
  });

  it('takes a note, a letter or a proposal as a file one writes', () => {
    expect(fileAuthorAsked('Who wrote the studio note on firing glazes?')).toBe(true);
    expect(fileAuthorAsked('Who drafted the grant proposal for the kiln?')).toBe(true);
    expect(fileAuthorAsked('Who wrote the letter to the landlord?')).toBe(true);
  });

  it("takes a deck's talk given and a file named by a long title, not a clause before the noun", () => {
    expect(fileAuthorAsked('Who gave the Orchard Irrigation Basics talk?')).toBe(true);
    expect(
      fileAuthorAsked('Who made the Bulletin of Coastal Soil & Water Studies manuscript template?'),
    ).toBe(true);
    expect(fileAuthorAsked('Who created the account that sent the weekly report?')).toBe(false);
    expect(fileAuthorAsked('Who gave the keys to the tenant?')).toBe(false);
  });
});

describe('answerFileAuthor', () => {
  const kiln = page('kiln-log.docx', 'The glaze table lists celadon and tenmoku at cone 10.', 'studio-ops');
  const other = page('rota.docx', 'The cleaning rota changes weekly.', 'Ines Marlow');

  it('names the author the properties give, a team written in lower case too', () => {
    const answer = answerFileAuthor(
      'Who wrote the document with the glaze table?',
      [other, kiln],
      new CitationList(),
    );
    expect(answer?.answer).toMatch(/^studio-ops wrote it \("kiln-log\.docx"\)/);
  });

  it('gives no answer when no file passage says what the question describes', () => {
    const answer = answerFileAuthor(
      'Who wrote the document about the parking permits?',
      [other, kiln],
      new CitationList(),
    );
    expect(answer).toBeUndefined();
  });

  it('reads what the file is about from the words before its noun when none follow it', () => {
    const answer = answerFileAuthor('Who wrote the glaze table chapter?', [other, kiln], new CitationList());
    expect(answer?.answer).toMatch(/^studio-ops wrote it \("kiln-log\.docx"\)/);
    expect(fileAuthorAsked('Who wrote the glaze study?')).toBe(true);
  });

  it('gives no answer for a file whose properties name no author', () => {
    const answer = answerFileAuthor(
      'Who wrote the document with the glaze table?',
      [page('kiln-log.docx', kiln.text)],
      new CitationList(),
    );
    expect(answer).toBeUndefined();
  });
});

function titleSlide(name: string, text: string): SearchHit {
  return searchHit({
    path: `/work/${name}.pptx`,
    uri: `file:///work/${name}.pptx#slide=1`,
    title: `${name} › ${text.split('\n')[0]}`,
    locator: { slide: 1 },
    text,
    type: 'slide',
  });
}

describe('answerTitleSlide', () => {
  const river = titleSlide(
    'river',
    'Keeping the Orvel River Clean\nPart 2: Budgets\nMarta Kowen <marta@orvel.example>\nSpeaker notes: welcome everyone.',
  );
  const soil = titleSlide(
    'soil',
    'Soil Tests for Small Farms\nIda Brannock, Teo Vasquez,\nLena Ostrow.\nTarvel Farm Institute',
  );

  it('names the speakers under the title of the deck the question names', () => {
    const citations = new CitationList();
    const answer = answerTitleSlide('Who gave the Orvel River clean-up talk?', [soil, river], citations);
    expect(answer?.answer).toContain('Marta Kowen');
    expect(answer?.answer).not.toContain('Budgets');
    expect(citations.items[0]?.uri).toContain('river');
    const authors = answerTitleSlide(
      'Who are the authors of the talk on soil tests for small farms?',
      [river, soil],
      new CitationList(),
    );
    expect(authors?.answer).toContain('Ida Brannock');
    expect(authors?.answer).toContain('Lena Ostrow');
    expect(authors?.answer).not.toContain('Institute');
  });

  it('gives nothing for a deck the question does not name, or a question about the file', () => {
    expect(
      answerTitleSlide('Who gave the harbour lighting talk?', [river, soil], new CitationList()),
    ).toBeUndefined();
    expect(answerTitleSlide('Who made the Orvel River slides?', [river], new CitationList())).toBeUndefined();
  });
});
