import { describe, expect, it } from 'vitest';
import { notesHit } from './__fixtures__/search-hit.ts';
import { asksKeys, namesKeyChord } from './chat-lines.ts';
import { CitationList } from './citations.ts';
import { extractiveAnswer } from './passage-answer.ts';

describe('keys pressed together, asked and written', () => {
  it('reads a question that asks for a shortcut or a key combination', () => {
    expect(asksKeys('Which keyboard shortcut did orla give tamsk for the tab list?')).toBe(true);
    expect(asksKeys('What key combination did orla tell tamsk to press?')).toBe(true);
    expect(asksKeys('Which keys did orla tell tamsk to learn?')).toBe(true);
    expect(asksKeys('Which key file did orla tell tamsk to import?')).toBe(false);
  });

  it('reads a chord however a line writes it', () => {
    expect(namesKeyChord('tamsk: ctrl+K')).toBe(true);
    expect(namesKeyChord('alt-ctrl-f3')).toBe(true);
    expect(namesKeyChord('learn Ctrl-Shift-X and Ctrl-Shift-Y')).toBe(true);
    expect(namesKeyChord('the alt-text of the picture')).toBe(false);
    expect(namesKeyChord('press control and then wait')).toBe(false);
  });
});

describe('extractiveAnswer: the line that writes the keys asked for', () => {
  const talk = notesHit(
    [
      '[07:01] <tamsk> my panel froze, how do I get to a text console to fix it?',
      '[07:02] <orla> tamsk: you can fix it from the text console, then restart the panel',
      '[07:02] <tamsk> ok but how do I get there',
      '[07:03] <orla> alt-ctrl-f3',
      '[07:04] <orla> then log in as yourself',
    ].join('\n'),
    'chat',
  );

  it('answers with the bare chord, not the line that shares the topic words', () => {
    const answer = extractiveAnswer(
      'What key combination did orla tell tamsk to press to get a text console?',
      [talk],
      new CitationList(),
    );
    expect(answer.answer).toContain('alt-ctrl-f3');
  });
});
