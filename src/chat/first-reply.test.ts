import { describe, expect, it } from 'vitest';
import { notesHit } from './__fixtures__/search-hit.ts';
import { CitationList } from './citations.ts';
import { extractiveAnswer } from './passage-answer.ts';

describe('extractiveAnswer: who told someone, of two replies alike', () => {
  const log = notesHit(
    [
      '[14:02] <lorn_v> what does quellix call its port lister?',
      '[14:02] <kit_m> lorn_v, sockmap',
      '[14:03] <pell_r> anyone tried the new dock theme?',
      '[14:04] <bo_> lorn_v: you can also run sockmap -a 8080 for one of them',
    ].join('\n'),
    'chat',
  );

  it('answers with the first reply to the one asked, not a later one that adds a figure', () => {
    const answer = extractiveAnswer(
      'Who told lorn_v what quellix calls its port lister?',
      [log],
      new CitationList(),
    );
    expect(answer.found).toBe(true);
    expect(answer.answer).toMatch(/^kit_m:/);
  });
});
