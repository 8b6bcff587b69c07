import { describe, expect, it } from 'vitest';
import { actions } from './__fixtures__/spoken-meeting.ts';
import { askedClause } from './asked-question.ts';

describe('askedClause', () => {
  it('puts a yes/no or wh-question back in the order of a statement', () => {
    expect(askedClause("Can't the folding chairs fit in the van?")).toBe(
      'whether the folding chairs can fit in the van',
    );
    expect(askedClause('So when will the community hall reopen?')).toBe(
      'when the community hall will reopen',
    );
    expect(askedClause('Is it ready?')).toBe('whether it is ready');
    expect(askedClause('Are the garden benches cheaper than the metal ones?')).toBe(
      'whether the garden benches are cheaper than the metal ones',
    );
  });

  it('keeps "not" in a wh-question, reads "this" alone or before its noun, and drops a "yes or no" tag', () => {
    expect(askedClause("Why won't the marina open before nine?")).toBe(
      'why the marina will not open before nine',
    );
    expect(askedClause('Is that going to cost extra?')).toBe('whether that is going to cost extra');
    expect(askedClause('When will this council finally repaint the bandstand?')).toBe(
      'when this council will finally repaint the bandstand',
    );
    expect(askedClause('Will the mayor fund the bandstand, yes or no?')).toBe(
      'whether the mayor will fund the bandstand',
    );
  });

  it('reads no clause in a question begun again or with a subject of two things joined by "and"', () => {
    expect(askedClause('Are w are we keeping the bandstand?')).toBeUndefined();
    expect(askedClause('Is it ten pound was it ten pounds fifty?')).toBeUndefined();
    expect(askedClause('Why are the marina and the harbour closing early?')).toBeUndefined();
  });

  it('takes the clause a question asks to be told, "if" read as "whether"', () => {
    expect(askedClause('Could the caterer tell us how many vegetarian meals were ordered?')).toBe(
      'how many vegetarian meals were ordered',
    );
    expect(askedClause('Do you know if the ferry runs on Sundays?')).toBe(
      'whether the ferry runs on Sundays',
    );
  });

  it('reads no question in a request, a proposal, a "do" question or a statement', () => {
    expect(askedClause('Can you send me the draft?')).toBeUndefined();
    expect(askedClause('Shall we break for ten minutes?')).toBeUndefined();
    expect(askedClause('Does the boiler need a new valve?')).toBeUndefined();
    expect(askedClause('The folding chairs fit in the van.')).toBeUndefined();
  });
});

describe('a task whose pronoun stands for a question asked just before', () => {
  it('checks what the question asked', () => {
    expect(
      actions([
        ['Priya Nandi', 'Can the glazed tiles go on the outside wall?'],
        ['Oskar Vell', 'Not sure.'],
        ['Oskar Vell', "I'll check that for you."],
      ]),
    ).toEqual(['Oskar Vell: Check whether the glazed tiles can go on the outside wall']);
  });

  it('gives the figure a "how many" question asked for, with whom it goes to and when', () => {
    expect(
      actions([
        [
          'Ms Dana Whitlow',
          'Can the minister tell this committee how many ferry permits have been issued since June 2?',
        ],
        ['Hon. Elias Brandt', "Thank you. We're happy to provide it to her in due course."],
      ]),
    ).toEqual([
      'Hon. Elias Brandt: Provide to her in due course the number of ferry permits that have been issued since June 2',
    ]);
  });

  it('leaves the pronoun when the question uses "do" or asks something of the one spoken to', () => {
    expect(
      actions([
        ['Priya Nandi', 'Does the boiler need a new valve?'],
        ['Oskar Vell', "I'll check it."],
      ]),
    ).toEqual(['Oskar Vell: Check it']);
    expect(
      actions([
        ['Priya Nandi', 'Could you maybe ring the landlord?'],
        ['Oskar Vell', "Hmm. I'll check that."],
      ]),
    ).toEqual(['Oskar Vell: Check that']);
  });
});

describe('a task ending on a verb and "that" after the speaker said the verb with its object', () => {
  it('names the thing the speaker said the same verb with', () => {
    expect(
      actions([
        [
          'Lena Ortiz',
          "I haven't finished any of the grant paperwork yet. I have to meet with Ravi to finish it.",
        ],
      ]),
    ).toEqual(['Lena Ortiz: Meet with Ravi to finish the grant paperwork']);
    expect(
      actions([['Lena Ortiz', "Nobody has written the cover letter yet. I'll meet with Ravi to write it."]]),
    ).toEqual(['Lena Ortiz: Meet with Ravi to write the cover letter']);
  });
});
