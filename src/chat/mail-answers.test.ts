/**
 * Rules for answers from mail: who asked the reader, the day a mail was written, a number in
 * another person's signature, a thing of another month, counts by their verb, a first name in
 * full, an address that is all a mail gives of its writer. Invented people and figures.
 */
import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../index/types.ts';
import { notesHit } from './__fixtures__/search-hit.ts';
import { actDateAsked, withActDate, writtenOn } from './act-date.ts';
import { carriesType, countsByVerb, expectedAnswerType, statesOtherMonth } from './answer-type.ts';
import { compoundParts } from './ask-question.ts';
import { addressOfName, concernsPerson } from './attributed-person.ts';
import { CitationList } from './citations.ts';
import { fullNamesOf } from './full-name.ts';
import { greets } from './own-words.ts';
import { extractiveAnswer } from './passage-answer.ts';

function mailHit(text: string, people: SearchHit['people'], extra: Partial<SearchHit> = {}): SearchHit {
  return notesHit(text, 'email', {
    title: 'Staffing',
    date: '2001-11-13T21:35:49Z',
    people,
    ...extra,
  });
}

describe('who asked me', () => {
  it('a sentence put to the reader with "your" is its writer asking', () => {
    const hit = mailHit('Following the interviews, suggest your team get together to review the rotations.', [
      { address: 'dana.okafor@example.com', name: 'Okafor, Dana', role: 'from' },
      { address: 'ivo.berg@example.com', name: 'Berg, Ivo', role: 'to' },
    ]);
    const answer = extractiveAnswer(
      'Who asked me to get my team together to review the rotations?',
      [hit],
      new CitationList(),
    );
    expect(answer.answer).toContain('Dana Okafor wrote:');
  });

  it('a capital glued to a lower-case word by a slash is no name', () => {
    expect(carriesType('to see if they continue to meet business/Employe needs', 'person')).toBe(false);
    expect(carriesType('Phillip/Mike - per my earlier note', 'person')).toBe(true);
  });

  it('one subject working on something is a person, at the head of a sentence too', () => {
    expect(carriesType('Mary is working up all the options on severance.', 'person')).toBe(true);
    expect(carriesType('Houston is hot.', 'person')).toBe(false);
  });
});

describe('the day a mail was written', () => {
  it('"when did Ana ask me" asks the day of her mail; "when did Ana say it would" asks the day she gave', () => {
    expect(actDateAsked('When did Clara Voss ask me about the savings plan lockout?')).toBe(true);
    expect(actDateAsked('When did Ben send the lease?')).toBe(true);
    expect(actDateAsked('When did Ben say the curves would be sent?')).toBe(false);
    expect(actDateAsked('When is the lease due?')).toBe(false);
  });

  it('the answer says who wrote and when, in the asker zone when known', () => {
    const hit = mailHit('Can you ask the board for a remedy?', [
      { address: 'clara.voss@example.com', name: 'Voss, Clara', role: 'from' },
    ]);
    expect(withActDate('Can you ask the board for a remedy? [1]', hit)).toBe(
      'Clara Voss wrote on Tuesday 13 November 2001 ("Staffing"): Can you ask the board for a remedy? [1]',
    );
    // 21:35 UTC is the evening before in Tokyo's next day: 14 November there.
    expect(writtenOn(hit, 'Asia/Tokyo')).toBe('Wednesday 14 November 2001');
  });
});

describe('numbers in a signature', () => {
  it("another person's fax under their name is not the fax of the one the mail mentions", () => {
    const hit = mailHit(
      [
        'Effective today, your contact for documents will be Lena Marsh. Her phone number is 555-013-2211.',
        '',
        'Thanks,',
        'Rosa Quint',
        'Global Employee Services',
        'Phone - 555/013-2290',
        'Fax - 555/013-2299',
      ].join('\n'),
      [{ address: 'rosa.quint@example.com', name: 'Quint, Rosa', role: 'from' }],
    );
    expect(extractiveAnswer("What is Lena Marsh's fax number?", [hit], new CitationList()).found).toBe(false);
    expect(extractiveAnswer("What is Rosa Quint's fax number?", [hit], new CitationList()).answer).toContain(
      '013-2299',
    );
  });
});

describe('a thing of another month', () => {
  it('the Dec contract is not answered by the Jan one', () => {
    expect(statesOtherMonth('What price did I buy the Dec NYMEX at?', 'At 8:45 100 Jan NYMEX @ $3.395')).toBe(
      true,
    );
    expect(statesOtherMonth('What price did I buy the Jan NYMEX at?', 'At 8:45 100 Jan NYMEX @ $3.395')).toBe(
      false,
    );
    // A day asked is no thing of that month.
    expect(
      statesOtherMonth('Where is the call on November 7?', 'Moved from October 30 to the new room'),
    ).toBe(false);
  });
});

describe('counts by their verb', () => {
  it('"how many shares were sold" is counted by a figure right after "sold", not one after a preposition', () => {
    const question = 'How many Tellco shares were sold on June 6?';
    expect(countsByVerb(question, 'Today we sold 143,200 @ 7.29 average.')).toBe(true);
    expect(countsByVerb(question, '...more sold above 7.00 today')).toBe(false);
    expect(countsByVerb('How many people are confirmed?', 'as of today we have 29 confirmed')).toBe(true);
  });

  it('a second question may open with a preposition', () => {
    expect(compoundParts('How many Tellco shares were sold on June 6, and at what average price?')).toEqual([
      'How many Tellco shares were sold on June 6?',
      'at what average price?',
    ]);
  });
});

describe('phone words inside a name', () => {
  it('"the Mobile Units call" asks no phone number; a mobile number does', () => {
    expect(expectedAnswerType('Which conference room is the Mobile Units call on June 4 in?')).toBe('place');
    expect(expectedAnswerType("What is Ana Ruiz's mobile number?")).toBe('phone');
    expect(expectedAnswerType("What is Ana Ruiz's Mobile Phone number?")).toBe('phone');
  });
});

describe('people named by part', () => {
  it('a first name alone is named in full when one person of the mail has it', () => {
    const hit = mailHit('Mary is working up all the options.', [
      { address: 'lena.marsh@example.com', name: 'Marsh, Lena', role: 'from' },
      { address: 'mary.holm@example.com', name: 'Holm, Mary', role: 'to' },
    ]);
    expect(fullNamesOf('Mary is working up all the options. [1]', hit)).toEqual(['Mary: Mary Holm']);
    expect(fullNamesOf('Mary Holm is working up all the options.', hit)).toEqual([]);
  });

  it('reads a first name with accents whole', () => {
    const hit = mailHit('Sebastián is working up all the options.', [
      { address: 'lena.marsh@example.com', name: 'Marsh, Lena', role: 'from' },
      { address: 'sebastian.nunez@example.com', name: 'Núñez, Sebastián', role: 'to' },
    ]);
    expect(fullNamesOf('Sebastián is working up all the options. [1]', hit)).toEqual([
      'Sebastián: Sebastián Núñez',
    ]);
  });

  it('an address made of the initial and the surname is the person', () => {
    expect(addressOfName('sjosten@mariner-example.com', 'Sam Josten')).toBe(true);
    expect(addressOfName('sam.josten@example.com', 'Sam Josten')).toBe(true);
    expect(addressOfName('sjosten@example.com', 'Tom Josten')).toBe(false);
    const hit = mailHit('The impact could be in the $15-$25 million range.', [
      { address: 'sjosten@mariner-example.com', role: 'from' },
    ]);
    expect(concernsPerson(hit, 'Sam Josten')).toBe(true);
  });
});

describe('a mail written to someone its header gives only by address', () => {
  it('a greeting line names the one it is written to', () => {
    expect(greets('Joe\n\nFirst of all, thanks.', 'Joe')).toBe(true);
    expect(greets('Hi Joe,\nthe lease is signed.', 'Joe')).toBe(true);
    expect(greets('Joe will call you tomorrow.', 'Joe')).toBe(false);
    expect(greets('Ana,\nthe lease is signed.', 'Joe')).toBe(false);
  });
});

describe('a day asked of a file that never names it', () => {
  it('a figure of a sheet saved another day is no answer about the day asked', () => {
    const sheet = notesHit('Region, Quarter: Q1\nEast, Q1: $59\nWest, Q1: $41', 'sheet', {
      title: 'Samples › Compare to totals',
      date: '2017-02-10T20:43:30Z',
    });
    const asked = { date: new Date('2001-05-29T12:00:00Z'), now: new Date('2001-05-30T14:00:00Z') };
    const question = 'How much did the East desk make on May 29?';
    expect(extractiveAnswer(question, [sheet], new CitationList(), 'amount', asked).found).toBe(false);
    const dated = { ...sheet, text: `Desk results for May 29, 2001\n${sheet.text}` };
    expect(extractiveAnswer(question, [dated], new CitationList(), 'amount', asked).answer).toContain('$59');
  });
});

describe('a sentence that says it sends the information for someone', () => {
  it('is read with the lines after it, which give that information', () => {
    const hit = mailHit(
      'Ines, as Tomas Vale wished, I am giving you the details on the boat hire at Tarnby quay.\nThe one to call is Marit Dunne of Fjell Boats.\nHer number is 555-0142.',
      [
        { address: 'pia.lund@example.com', name: 'Lund, Pia', role: 'from' },
        { address: 'ines.berg@example.com', name: 'Berg, Ines', role: 'to' },
      ],
    );
    const answer = extractiveAnswer(
      'Who should Ines call about the boat hire at Tarnby quay?',
      [hit],
      new CitationList(),
    );
    expect(answer.answer).toContain('Marit Dunne');
  });
});

describe('a cell number asked of a mail whose signature labels its numbers after them', () => {
  const mail = (signature: string[]) =>
    mailHit(
      [
        'Please sign the form, or call me at (207) 555-0136 or Bo Lind at (207) 555-0190 with questions.',
        '',
        'Marit Dunne',
        'Fjell Law',
        ...signature,
      ].join('\n'),
      [{ address: 'marit.dunne@example.com', name: 'Dunne, Marit', role: 'from' }],
    );
  it('is not the unlabelled number of the text when the signature labels none as a cell', () => {
    const hit = mail(['(207) 555-0136', '(207) 555-0137 Fax']);
    expect(extractiveAnswer("What is Marit Dunne's cell number?", [hit], new CitationList()).found).toBe(
      false,
    );
  });
  it('is the number the signature labels as a mobile after it', () => {
    const hit = mail(['(207) 555-0136', '(207) 555-0138 mobile', '(207) 555-0137 Fax']);
    expect(
      extractiveAnswer("What is Marit Dunne's cell number?", [hit], new CitationList()).answer,
    ).toContain('555-0138');
  });
});
