import { describe, expect, it } from 'vitest';
import { notesHit } from './__fixtures__/search-hit.ts';
import { CitationList } from './citations.ts';
import { extractiveAnswer } from './passage-answer.ts';

describe('extractiveAnswer: a lead-in that quotes a line of code', () => {
  it('is read with the line, though a lead-in follows it: a code line is no section heading', () => {
    const page = notesHit(
      [
        'Tidewise layout notes',
        'This page describes how pages are laid out.',
        'There is a class PageModel, which contains:',
        'private List<PanelWrapper> panels;',
        'PanelWrapper stores, for each panel:',
        'PanelSize size;',
      ].join('\n\n'),
    );
    const answer = extractiveAnswer(
      'In the Tidewise layout notes, which class contains the list of panels?',
      [page],
      new CitationList(),
    );
    expect(answer.answer).toContain(
      'There is a class PageModel, which contains: private List<PanelWrapper> panels;',
    );
  });
});
