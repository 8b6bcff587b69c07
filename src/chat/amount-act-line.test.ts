import { describe, expect, it } from 'vitest';
import { notesHit } from './__fixtures__/search-hit.ts';
import { amountAct } from './amount-act-line.ts';
import { CitationList } from './citations.ts';
import { extractiveAnswer } from './passage-answer.ts';

const offer = notesHit(
  [
    'we may get a chance to buy either 5 or 15 years worth of pipe capacity from the coast (pier nine) to Elmvale.',
    'we currently hold roughly 90 MW of this under an old deal with the county that came to us in 1996.',
    'the spread from the coast to Elmvale is roughly $1.40.',
  ].join('\n'),
  'email',
  { title: 'Possible pipe capacity purchase', path: '/mail/inbox.mbox', uri: 'mail:///inbox/12' },
);

describe('amountActLine', () => {
  it('asked how much of a thing we hold, the line that writes the holding, not the offer', () => {
    const answer = extractiveAnswer(
      'How much of the pier nine to Elmvale pipe capacity do we already hold?',
      [offer],
      new CitationList(),
    );
    expect(answer.answer).toContain('90 MW');
  });

  it('keeps the first line when the act of another line takes no figure of its own', () => {
    const plan = notesHit(
      [
        'The county would purchase the pier nine pipe assets for $2.5 million.',
        "The county then offered to purchase the pier nine pipe assets for $4 million (almost twice the earlier offer) and pay the owners' back taxes (which come to $1 million).",
      ].join('\n'),
      'email',
      { title: 'Pipe plan', path: '/mail/inbox.mbox', uri: 'mail:///inbox/13' },
    );
    const answer = extractiveAnswer(
      "How much would the county pay for the pier nine pipe assets under the mayor's original plan?",
      [plan],
      new CitationList(),
    );
    expect(answer.answer).toContain('$2.5 million');
  });

  it('reads the act after the subject, not a verb that carries none', () => {
    expect(amountAct('How much of the pipe capacity do we already hold?')).toBe('hold');
    expect(amountAct('How many rooms did the hotel block?')).toBe('block');
    expect(amountAct('How many trades did we do on Friday?')).toBeUndefined();
    expect(amountAct('How much did Ana say the deal made?')).toBeUndefined();
    expect(amountAct('What is the pipe capacity?')).toBeUndefined();
  });
});
