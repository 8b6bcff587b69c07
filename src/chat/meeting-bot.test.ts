import { describe, expect, it } from 'vitest';
import { bestMatched, chairAsked, chairOf, meetingsIn, voteAsked, voteOn, votesIn } from './meeting-bot.ts';

// An invented log of two meetings a bot recorded, with no title for either.
const LOG = [
  'quilla: morning all, the orchard agenda is on the wiki',
  'quilla: #startmeeting',
  'PlanBot: Meeting started at 10:00. The chair is quilla.',
  'PlanBot: Commands Available: [TOPIC], [IDEA], [ACTION], [AGREED], [LINK], [VOTE]',
  'quilla: [TOPIC] Orchard pruning rota',
  'tarrow: the orchard ladders need new feet',
  'quilla: [VOTE] Buy two new ladders for the OrchardGroup?',
  'PlanBot: Please vote on: Buy two new ladders for the OrchardGroup?',
  'tarrow: +1',
  'PlanBot: Final result is 3 for, 1 against. 0 abstained. Total: 4',
  'quilla: #endmeeting',
  'PlanBot: Meeting finished at 10:40.',
  'mendip: #startmeeting',
  'PlanBot: Meeting started at 11:00. The chair is mendip.',
  'mendip: [TOPIC] Beehive inspections',
  'tarrow: the beehive group met twice; the orchard team sends thanks',
  'mendip: [VOTE] Move beehive inspections to Saturdays?',
  'PlanBot: Final result is 2 for, 2 against. 1 abstained. Total: 5',
  'mendip: #endmeeting',
];

describe('meeting bot records', () => {
  it('splits a log into its meetings, each with the chair the bot names', () => {
    expect(meetingsIn(LOG).map((meeting) => meeting.chair)).toEqual(['quilla', 'mendip']);
    expect(meetingsIn(['ana: hello', 'bo: no bot here'])).toEqual([]);
  });

  it('pairs each motion with its result', () => {
    expect(votesIn(LOG)).toEqual([
      {
        motion: 'Buy two new ladders for the OrchardGroup?',
        result: 'Final result is 3 for, 1 against. 0 abstained. Total: 4',
      },
      {
        motion: 'Move beehive inspections to Saturdays?',
        result: 'Final result is 2 for, 2 against. 1 abstained. Total: 5',
      },
    ]);
  });

  it('reads the chair question and the vote question, not a question about a later chair', () => {
    expect(chairAsked('Who chaired the orchard group meeting?')).toEqual(['orchard', 'group']);
    expect(chairAsked('Who was the chair of the Beehive meeting in #garden on 2031-05-02?')).toEqual([
      'beehive',
    ]);
    expect(chairAsked('Who will chair the next orchard meeting?')).toBeUndefined();
    expect(voteAsked('What was the final result of the vote on the new ladders?')).toEqual([
      'new',
      'ladders',
    ]);
    expect(voteAsked('How did the vote on Saturday inspections go?')).toEqual(['saturday', 'inspections']);
    expect(voteAsked('Who voted against the ladders?')).toBeUndefined();
  });

  it('answers the chair of the meeting whose lines say the name most', () => {
    expect(chairOf(LOG, ['orchard', 'group'])?.chair).toBe('quilla');
    expect(chairOf(LOG, ['beehive'])?.chair).toBe('mendip');
    expect(chairOf(LOG, ['beehive'])?.chairLine).toBe(
      'PlanBot: Meeting started at 11:00. The chair is mendip.',
    );
  });

  it('answers nothing when the name is in no meeting, or in two of them alike', () => {
    expect(chairOf(LOG, ['budget'])).toBeUndefined();
    expect(chairOf(LOG, ['ladders', 'beehive'])).toBeUndefined();
  });

  it('answers the result of the vote whose motion says the words', () => {
    expect(voteOn(LOG, ['new', 'ladders'])?.result).toBe(
      'Final result is 3 for, 1 against. 0 abstained. Total: 4',
    );
    expect(voteOn(LOG, ['saturday', 'inspections'])?.result).toBe(
      'Final result is 2 for, 2 against. 1 abstained. Total: 5',
    );
    expect(voteOn(LOG, ['parking'])).toBeUndefined();
  });

  it('takes a single text only when it says every word', () => {
    expect(bestMatched(['the pond committee met'], ['pond', 'committee'])).toBe(0);
    expect(bestMatched(['the pond committee met'], ['pond', 'budget'])).toBeUndefined();
  });
});
