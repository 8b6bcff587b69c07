import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../index/types.ts';
import { searchHit } from './__fixtures__/search-hit.ts';
import { CitationList } from './citations.ts';
import { answerNote, noteAsked } from './labelled-note.ts';

function slide(title: string, text: string, type: SearchHit['type'] = 'slide'): SearchHit {
  return searchHit({
    path: '/work/kiln-talk.pptx',
    uri: `file:///work/kiln-talk.pptx#${title}`,
    title: `Kiln talk › ${title}`,
    locator: { slide: 1 },
    text,
    type,
  });
}

describe('noteAsked', () => {
  it('reads the kind of note whose words are asked', () => {
    expect(noteAsked('What do the speaker notes on the glaze slide say?')).toBe('Speaker notes');
    expect(noteAsked('What are the notes on the third slide?')).toBe('Speaker notes');
    expect(noteAsked('What does the text box in the report say?')).toBe('Text box');
    expect(noteAsked('What does the comment on the cone sheet say?')).toBe('Comment');
    expect(noteAsked('Who wrote the comment on the cone sheet?')).toBeUndefined();
    expect(noteAsked('What glaze did we pick?')).toBeUndefined();
  });

  it('reads no note named after the noun a "what is the …" question opens with', () => {
    expect(noteAsked('What is the state of the kiln order sent to the studio for comments?')).toBeUndefined();
    expect(noteAsked('What is the deadline for footnotes in the glaze report?')).toBeUndefined();
    expect(noteAsked('What is the comment on the cone sheet?')).toBe('Comment');
    expect(noteAsked('What is the text of the comment on the cone sheet?')).toBe('Comment');
  });
});

describe('answerNote', () => {
  const glaze = slide(
    'Glaze tests',
    'Glaze tests\nCeladon at cone 10\nSpeaker notes: Mention the crawling on the lip\nand the pinholes',
  );
  const firing = slide('Firing', 'Firing\nBisque first\nSpeaker notes: Keep this short');

  it('answers with the notes of the slide the question names by its title, not its slide text', () => {
    const answer = answerNote(
      'What do the speaker notes on the glaze tests slide say?',
      [firing, glaze],
      new CitationList(),
    );
    expect(answer?.answer).toBe('Speaker notes: Mention the crawling on the lip and the pinholes [1]');
  });

  it('gives none when the slide the question names by its title is not among the passages', () => {
    expect(
      answerNote(
        'What do the speaker notes on the kiln repair slide say?',
        [firing, glaze],
        new CitationList(),
      ),
    ).toBeUndefined();
  });

  it('gives none when no passage of a file holds a note of that kind about what is asked', () => {
    expect(
      answerNote('What do the speaker notes on the parking slide say?', [firing, glaze], new CitationList()),
    ).toBeUndefined();
    const mail = slide('Glaze tests', 'Speaker notes: from a mail', 'email');
    expect(
      answerNote('What do the speaker notes on the glaze tests slide say?', [mail], new CitationList()),
    ).toBeUndefined();
  });
});

describe('answerNote: a slide with no title of its own', () => {
  const untitled = (n: number, text: string) =>
    searchHit({
      path: '/work/kiln-talk.pptx',
      uri: `file:///work/kiln-talk.pptx#${n}`,
      title: `kiln-talk.pptx › Slide ${n}`,
      locator: { slide: n },
      text,
      type: 'slide',
    });
  const cones = untitled(
    2,
    'Cone packs and witness cones.\nSpeaker notes: Pass the cone pack round.\n\nAsk who has seen one bend.',
  );
  const shelves = untitled(3, 'Kiln shelves.\nSpeaker notes: Mention kiln wash.');

  it('finds the slide the question names by its heading line, with every line of its notes', () => {
    const answer = answerNote(
      "What do the speaker notes on the 'Cone packs and witness cones' slide say?",
      [shelves, cones],
      new CitationList(),
    );
    expect(answer?.answer).toBe('Speaker notes: Pass the cone pack round. Ask who has seen one bend. [1]');
  });

  it('gives none when no untitled slide opens with the words named', () => {
    expect(
      answerNote(
        "What do the speaker notes on the 'Glaze recipes' slide say?",
        [shelves, cones],
        new CitationList(),
      ),
    ).toBeUndefined();
  });
});

describe('notes asked in other languages', () => {
  it('reads a speaker-notes question in Russian, German, Spanish and French', () => {
    expect(noteAsked('Что сказано в заметках к слайду «Обжиг»?')).toBe('Speaker notes');
    expect(noteAsked('Was steht in den Notizen zur Folie Glasur?')).toBe('Speaker notes');
    expect(noteAsked('¿Qué dicen las notas del orador?')).toBe('Speaker notes');
    expect(noteAsked("Que disent les notes de l'orateur ?")).toBe('Speaker notes');
    expect(noteAsked('Что написано на слайде «Обжиг»?')).toBeUndefined();
  });

  it("answers a Russian question with the slide's notes, not its text", () => {
    const kiln = slide('Обжиг', 'Обжиг\nсначала утильный обжиг\nSpeaker notes: говорить коротко, печь 12');
    const answer = answerNote('Что сказано в заметках к слайду «Обжиг»?', [kiln], new CitationList());
    expect(answer?.answer).toContain('говорить коротко');
    expect(answer?.answer).not.toContain('утильный');
  });
});
