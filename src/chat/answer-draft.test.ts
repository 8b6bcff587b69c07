import { describe, expect, it } from 'vitest';
import { answerDraft, draftListener } from './answer-draft.ts';

describe('the draft of a grounded answer being written', () => {
  it('shows the sentences written so far, without the JSON around them', () => {
    expect(
      answerDraft('{"sentences":[{"text":"The move is on 14 March.","sources":[1]},{"text":"Pack by'),
    ).toBe('The move is on 14 March. Pack by');
    expect(answerDraft('{"sentences":[{"sources":[2],"text":"Say \\"hi\\" \\u00e9')).toBe('Say "hi" é');
    expect(answerDraft('{"sentences":[{"text":"第三季度增长15%。"},{"text":"主要来自上海')).toBe(
      '第三季度增长15%。主要来自上海',
    );
    expect(answerDraft('{"sentences":[],"no_answer":true}')).toBe('');
  });

  it('hands on each new piece once, holding back an escape cut in the middle', () => {
    const pieces: string[] = [];
    const listen = draftListener((delta) => pieces.push(delta));
    for (const raw of [
      '{"sente',
      'nces":[{"text":"Caf',
      '\\u00',
      'e9 opens',
      '."',
      ',"sources":[1]}',
      ',{"text":"Soon',
    ])
      listen(raw);
    expect(pieces).toEqual(['Caf', 'é opens', '.', ' Soon']);
    expect(pieces.join('')).toBe('Café opens. Soon');
  });
});
