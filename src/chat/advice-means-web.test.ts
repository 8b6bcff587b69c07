import { describe, expect, it } from 'vitest';
import { notesHit } from './__fixtures__/search-hit.ts';
import { askedMeasures, asksMeans, statesMeans } from './answer-type.ts';
import { CitationList } from './citations.ts';
import { figureOfOtherMeasure } from './other-measure-figure.ts';
import { extractiveAnswer } from './passage-answer.ts';
import { proposes } from './sentence-rank.ts';
import { asksWebPlace, givesWebAddress } from './web-place.ts';

describe('advice put as what is better to do', () => {
  it('reads "better to …" and "best to just …" as advice, not "it got better"', () => {
    expect(proposes('marlo: better to use a plain while loop')).toBe(true);
    expect(proposes("it's best to just ask the packager")).toBe(true);
    expect(proposes('the build got better after the patch')).toBe(false);
  });

  it("answers what someone suggested with their advice, not their line repeating the question's words", () => {
    const talk = notesHit(
      [
        '[10:01] <marlo> when I run map_each over a list and the step returns a result, it does not compile. is there a good way to stop on an error?',
        '[10:02] <ilsa> marlo: you can gather into a result',
        '[10:03] <marlo> how do I do that?',
        "[10:04] <quen> marlo: map_each can't return anything",
        '[10:05] <ilsa> what do you want to do when it fails?',
        '[10:06] <quen> marlo: better to use a plain while loop',
        '[10:07] <marlo> ilsa: I want to stop.',
      ].join('\n'),
      'chat',
    );
    const answer = extractiveAnswer(
      'What did quen advise marlo to try in place of map_each?',
      [talk],
      new CitationList(),
    );
    expect(answer.answer).toContain('better to use a plain while loop');
  });
});

describe('the way something will be done', () => {
  it('reads a question on how something is done and a clause of means', () => {
    expect(asksMeans('How will the vendor deal with the warning?')).toBe(true);
    expect(asksMeans('How is the late fee calculated?')).toBe(true);
    expect(asksMeans('How many seats are left?')).toBe(false);
    expect(asksMeans('How long will the fix take?')).toBe(false);
    expect(statesMeans('they will patch it by rewriting the widget')).toBe(true);
    expect(statesMeans('it is due by Friday')).toBe(false);
  });

  it('answers how someone thinks a fix will be made with the line saying by what means', () => {
    const talk = notesHit(
      [
        '[11:00] <tovi> is this warning from the browser anything to worry about?',
        '[11:01] <tovi> > a token from the vendor widget was sent without the flag',
        '[11:02] <pell> I asked that too',
        '[11:03] <tovi> my guess is the vendor will fix that by rewriting their widget to send the flag',
        '[11:04] <pell> tovi: ok thanks',
        '[11:05] <tovi> anyway this just showed up, they need time',
        "[11:06] <tovi> I think it's a simple fix but either way we hear something within a day",
        '[11:07] <tovi> there was no warning before the last browser update',
      ].join('\n'),
      'chat',
    );
    const answer = extractiveAnswer(
      'How will the vendor fix the browser warning, as tovi sees it?',
      [talk],
      new CitationList(),
    );
    expect(answer.answer).toContain('by rewriting their widget');
    expect(answer.answer).not.toContain('simple fix');
  });
});

describe('a place on the web', () => {
  it('reads a where question that asks for a place to see, read or write in', () => {
    expect(asksWebPlace('Where can sabel read the setup steps for the brindle tool?')).toBe(true);
    expect(asksWebPlace('Where did okku ask sabel to write in with plugin bugs?')).toBe(true);
    expect(asksWebPlace('Where is the planning meeting?')).toBe(false);
    expect(asksWebPlace('Where does Ivo Marsh keep his kiln supplier links?')).toBe(true);
    expect(asksWebPlace("Where are the glaze club's notes posted?")).toBe(true);
    expect(asksWebPlace('Where is the report on the kiln?')).toBe(false);
    expect(asksWebPlace('Where can I park?')).toBe(false);
    expect(givesWebAddress('see https://example.org/brindle')).toBe(true);
    expect(givesWebAddress('see the wiki')).toBe(false);
  });

  it('answers where someone can see something with the line giving its web address', () => {
    const talk = notesHit(
      [
        '[12:00] <sabel> is there a guide for the brindle tool?',
        '[12:01] <okku> sabel: the setup steps for the brindle tool are at https://example.org/brindle',
        '[12:02] <sabel> okku: thanks!',
      ].join('\n'),
      'chat',
    );
    const answer = extractiveAnswer(
      'Where can sabel read the setup steps for the brindle tool?',
      [talk],
      new CitationList(),
    );
    expect(answer.found).toBe(true);
    expect(answer.answer).toContain('https://example.org/brindle');
  });
});

describe('a place on the web where someone keeps something', () => {
  it('answers where a writer keeps a list with the sentence giving its web address', () => {
    const note = notesHit(
      [
        'Good to hear from the glaze club.',
        'Our kiln supplier links are at http://www.example.org/kilns/suppliers.html.',
        'Ivo Marsh',
      ].join('\n'),
    );
    const answer = extractiveAnswer(
      'Where does Ivo Marsh keep his kiln supplier links?',
      [note],
      new CitationList(),
    );
    expect(answer.answer).toContain('example.org/kilns/suppliers');
  });
});

describe('a measure named without its figure', () => {
  it('reads the measures a question names with their words', () => {
    expect(askedMeasures('What night shift premium rate does the plant pay?')).toEqual([
      ['premium', 'shift', 'night', 'rate'],
    ]);
  });

  it("says a figure is another measure's when the passage names the one asked without a figure", () => {
    const named = { text: 'Overtime is paid at the night shift premium rate.', typed: false };
    const other = { text: 'A high earner is one whose pay exceeds $9,000.00 per month.', typed: true };
    const question = 'What night shift premium rate does the plant pay for overtime?';
    expect(figureOfOtherMeasure(question, other, [named, other])).toBe(true);
    const stated = { text: 'The night shift premium rate is $4.50 an hour.', typed: true };
    expect(figureOfOtherMeasure(question, stated, [named, stated])).toBe(false);
    const row = { text: 'Northfield Depot 4.5% 6.0%', typed: true };
    const heading = { text: 'Adjusted fuel rate by depot, old and new', typed: false };
    expect(
      figureOfOtherMeasure('What is the adjusted fuel rate for Northfield Depot?', row, [heading, row]),
    ).toBe(false);
  });

  it('refuses a figure of another term of a glossary for a rate named there without one', () => {
    const terms = notesHit(
      [
        'Overtime: Overtime means hours worked beyond 40 a week, paid at the night shift premium rate.',
        'High Earner: A high earner is a worker whose pay exceeds $9,000.00 per month.',
        'Shift: A shift is a block of hours set by the plant roster.',
      ].join('\n'),
    );
    const answer = extractiveAnswer(
      'What night shift premium rate does the plant pay for overtime?',
      [terms],
      new CitationList(),
    );
    expect(answer.found).toBe(false);
  });
});
