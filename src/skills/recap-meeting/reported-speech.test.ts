import { describe, expect, it } from 'vitest';
import { readQmsumMeeting } from '../../../test/helpers/qmsum-meeting.ts';
import { answerQuery, groupNoun, recapMeeting } from './recap-meeting.ts';
import { toReportedSpeech, withAddresseeNamed, withoutTitleAddressed } from './reported-speech.ts';

const speakers = new Set(['nora', 'lind', 'am', 'ivo', 'brandt']);

describe('a sentence that opens by calling a participant by name', () => {
  it('reports "you" after the name of that person, not of "they"', () => {
    const said = withAddresseeNamed("Nora, you're right: we haven't costed the ferry.", speakers);
    expect(said).toBe("Nora is right: we haven't costed the ferry.");
    expect(toReportedSpeech(said, 'Ivo Brandt', { sharedWe: false })).toBe(
      'Nora was right: they had not costed the ferry.',
    );
    expect(withAddresseeNamed('Nora, you could ask the harbour board.', speakers)).toBe(
      'Nora could ask the harbour board.',
    );
  });

  it('reads a chat line addressed with a colon like a name called ("ivo: the build is green")', () => {
    expect(withAddresseeNamed('Ivo: there were a bunch of fixes committed.', speakers)).toBe(
      'There were a bunch of fixes committed.',
    );
    expect(withAddresseeNamed('ivo: you could ask the harbour board.', speakers)).toBe(
      'ivo could ask the harbour board.',
    );
    // Not a participant: a label, kept as said.
    expect(withAddresseeNamed('Summary: the ferry is late.', speakers)).toBe('Summary: the ferry is late.');
  });

  it('leaves the name out before another clause, and anything else as said', () => {
    expect(withAddresseeNamed('Nora, we are over budget.', speakers)).toBe('We are over budget.');
    // Not a participant, or "you" with a verb whose form the report would not know.
    expect(withAddresseeNamed('Paris, you see, is far.', speakers)).toBe('Paris, you see, is far.');
    expect(withAddresseeNamed('Nora, you know, it works.', speakers)).toBe('Nora, you know, it works.');
    expect(withAddresseeNamed('Nora and Ivo, you are both invited.', speakers)).toBe(
      'Nora and Ivo, you are both invited.',
    );
  });

  it('reads so in the recap of a committee hearing (qmsum education_22)', async () => {
    const transcript = await readQmsumMeeting('education_22', 'val');
    const summary = recapMeeting(transcript).summary;
    expect(summary).toContain('Darren was right: they had not considered affordability.');
    expect(summary).not.toMatch(/Darren, they were right/);
  });
});

describe('"\'s" before "got" or "been"', () => {
  it('is reported as "had", not "was" ("it\'s got a dial" → "it had a dial")', () => {
    expect(toReportedSpeech("It's got a brass dial and it's got to be cheaper.", 'Oskar')).toBe(
      'It had a brass dial and it had to be cheaper.',
    );
    expect(toReportedSpeech("That's been on the barge since March, and it's gotta move.", 'Oskar')).toBe(
      'That had been on the barge since March, and it had to move.',
    );
    // Any other "'s" is still "is".
    expect(toReportedSpeech("It's a brass dial.", 'Oskar')).toBe('It was a brass dial.');
  });
});

describe('the chair addressed by title', () => {
  it('is left out where a sentence opens, goes on or ends with it', () => {
    expect(withoutTitleAddressed('Madam Chair, the ferry grant opened in May.')).toBe(
      'The ferry grant opened in May.',
    );
    expect(withoutTitleAddressed('We know, Mr. Speaker, that the pier is closed.')).toBe(
      'We know that the pier is closed.',
    );
    expect(withoutTitleAddressed('The pier reopens in June, Chair.')).toBe('The pier reopens in June.');
    // A chair spoken of, not to, stays.
    expect(withoutTitleAddressed('The Chair, Ms. Oddny Vek, opened the hearing.')).toBe(
      'The Chair, Ms. Oddny Vek, opened the hearing.',
    );
  });

  it('is never spliced into an answer after "said that"', () => {
    const turns = [
      ['The Chair', 'Next question on the ferry grant, please.'],
      ['Ms. Oddny Vek', 'Madam Chair, the ferry grant for the island schools has not been paid since May.'],
      [
        'Hon. Per Lund',
        'Madam Chair, I am glad to answer: the ferry grant for the island schools is paid next week.',
      ],
    ].map(([speaker = '', text = ''], index) => ({ index, speaker, text }));
    const hearing = { type: 'transcript', format: 'text', turns } as const;
    const answer = answerQuery(hearing, 'What was said about the ferry grant for the island schools?').text;
    expect(answer).not.toMatch(/Madam Chair/);
    expect(answer).toContain(
      'Ms. Oddny Vek said that the ferry grant for the island schools had not been paid since May.',
    );
    expect(answer).toContain('Hon. Per Lund was glad to answer');
  });
});

describe('the word a question calls the group by', () => {
  it('opens a report of "we" as the question does ("the team"), and as "the group" otherwise', () => {
    expect(toReportedSpeech('We need a second winch.', 'Oskar', { groupNoun: 'team' })).toBe(
      'The team need a second winch.',
    );
    expect(groupNoun('What did the team think of the winch?')).toBe('team');
    expect(groupNoun('What did the group think of the winch?')).toBe('group');
    expect(groupNoun('What did Oskar think of the winch?')).toBe('group');
  });

  it('reads so in an answer', () => {
    const turns = [
      ['Oskar', 'The old winch on the barge jams every other morning.'],
      ['Mina', 'We should order a second winch for the barge before the spring run.'],
      ['Oskar', 'Fine, a second winch it is.'],
    ].map(([speaker = '', text = ''], index) => ({ index, speaker, text }));
    const meeting = { type: 'transcript', format: 'text', turns } as const;
    expect(answerQuery(meeting, 'What did the team say about the winch for the barge?').text).toContain(
      'Mina said that the team should order a second winch',
    );
    expect(answerQuery(meeting, 'What was said about the winch for the barge?').text).toContain(
      'Mina said that the group should order a second winch',
    );
  });
});
