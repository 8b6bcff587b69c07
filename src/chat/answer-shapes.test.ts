import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../index/types.ts';
import { notesHit } from './__fixtures__/search-hit.ts';
import { askedHead, carriesType, expectedAnswerType, statesOtherMeasure } from './answer-type.ts';
import { CitationList } from './citations.ts';
import { extractiveAnswer, weaklySupported } from './passage-answer.ts';
import { passageUnits } from './passage-text.ts';
import { classifyQuestion } from './question-kind.ts';

const hit = notesHit;

const ask = (question: string, hits: SearchHit[]) => extractiveAnswer(question, hits, new CitationList());

describe('askedHead', () => {
  it.each([
    ['How many nights is the Lisbon stay?', 'nights'],
    ["What is Ana Ruiz's ultimate target for Porto?", 'target'],
    ["What's the golf fee at Pine Hill?", 'fee'],
    ['What is the Harbor Inn confirmation number?', undefined],
    ['Which boot option did kit42 suggest?', undefined],
    ['What did Ana say?', undefined],
    ['What pressure limit does the Orvik pump keep to?', 'limit'],
    ['What elevation target should the Skarvik weir pond reach?', 'target'],
    ['What time does the Orvik pump start?', undefined],
  ])('%s → %s', (question, head) => {
    expect(askedHead(question)).toBe(head);
  });
});

describe('statesOtherMeasure', () => {
  it('tells the same family of measure apart by another word, and leaves paraphrases alone', () => {
    expect(
      statesOtherMeasure("What's the lake view room rate?", 'Hill View room rate is $300.00/night.'),
    ).toBe(true);
    expect(
      statesOtherMeasure("What's the lake view room rate?", 'Our best rate for the lake view room is $280'),
    ).toBe(false);
    expect(statesOtherMeasure("What's the nightly rate?", 'DOUBLE ROOM RATE: USD 210.00 PER NIGHT')).toBe(
      false,
    );
    expect(
      statesOtherMeasure("What's the lake view room rate?", 'Tee time at 7:20 - Golf Fee $185.00/pp'),
    ).toBe(true);
    expect(statesOtherMeasure("What's the nightly rate?", 'Room charge per night: $200')).toBe(false);
  });

  it('reads a measure word after a subject or an auxiliary as a verb, with no words saying which measure', () => {
    expect(
      statesOtherMeasure(
        'How much should we budget for lantern repairs at the Quarry Lane depot?',
        'So we should budget for another $4,300 of lantern repairs.',
      ),
    ).toBe(false);
    expect(
      statesOtherMeasure(
        'What does the Tollan ferry charge for a bicycle?',
        'The ferry does charge bikes £3 each way.',
      ),
    ).toBe(false);
    // A measure named with its own words is still told apart from another of its family.
    expect(
      statesOtherMeasure("What's the harbour lighting budget?", 'The road lighting budget is $9,000.'),
    ).toBe(true);
  });
});

describe('answer types', () => {
  it('a shouted heading is no code; a capitalised identifier in a mixed line is one', () => {
    expect(carriesType('ARRIVAL CONFIRMATION:', 'code')).toBe(false);
    expect(carriesType('User ID: TMORENO', 'code')).toBe(true);
  });

  it('a month and day without a year is a date, not an amount', () => {
    expect(carriesType('the water bills I paid since the 6/15 closing.', 'amount')).toBe(false);
    expect(carriesType('The total is $1,204.50.', 'amount')).toBe(true);
    expect(carriesType('They will review it at the October Board meeting.', 'date')).toBe(true);
  });

  it('"which version" wants a version number', () => {
    expect(expectedAnswerType('Which version of the editor does Ana use?')).toBe('version');
    expect(expectedAnswerType('What Debian version is kit42 running?')).toBe('version');
    expect(expectedAnswerType('Who did Ana ask about which editor version to install?')).toBe('person');
    expect(carriesType('I am on 11.2 now', 'version')).toBe(true);
    expect(carriesType('try sudo apt-get install editor', 'version')).toBe(false);
  });

  it('a version asked after a preposition, and a release written "7.x"', () => {
    expect(expectedAnswerType('In which version of quillkit did the Tallow class appear?')).toBe('version');
    expect(expectedAnswerType('Since which Brackwater version can you pin a tab?')).toBe('version');
    expect(expectedAnswerType('From which version is caching safe on Orlin?')).toBe('version');
    expect(expectedAnswerType('In which room does Ana present?')).toBe('place');
    expect(carriesType('Orlin: caching not safe until 7.x', 'version')).toBe(true);
    expect(carriesType('Orlin: caching is not safe yet', 'version')).toBe(false);
  });

  it('a named venue or landmark is a place; a month, a year or a clock time is none', () => {
    expect(carriesType('The hike is on Silver Ridge Mountain.', 'place')).toBe(true);
    expect(carriesType('We meet in Lisbon.', 'place')).toBe(true);
    expect(carriesType('The review is in room 20C2 or at 1400 Smith Street.', 'place')).toBe(true);
    expect(carriesType('We will look at it again in August.', 'place')).toBe(false);
    expect(carriesType('Call me at 10:00 about the plan for 2002.', 'place')).toBe(false);
  });

  it('street addresses and pagers are contact fields', () => {
    const now = new Date('2024-01-10T09:00:00Z');
    expect(classifyQuestion("What's Ana Ruiz's street address?", now)).toMatchObject({ field: 'address' });
    expect(classifyQuestion("What's Ana Ruiz's pager number?", now)).toMatchObject({
      field: 'phone',
      phoneType: 'pager',
    });
  });
});

describe('extractiveAnswer: what a line announces', () => {
  it('quotes a lead-in with the line it announces', () => {
    const text =
      'Your login for the Harbor reports site is:\n username: aruiz\n password: tide42\n\nCall me with questions.';
    expect(ask('What is my username for the Harbor reports site?', [hit(text, 'email')]).answer).toContain(
      'username: aruiz',
    );
  });

  it('passes over a lead-in that only announces sections, for the section asked', () => {
    const text =
      'Here are our picks for the new team:\n\nNorth\n\nLeads:\nAna Ruiz\nBen Ode\n\nSouth\n\nLeads:\nChen Wei\nLars Berg\n';
    const answer = ask('Which leads did we pick for South?', [hit(text, 'email')]).answer;
    expect(answer).toContain('Chen Wei');
    expect(answer).not.toContain('North');
  });

  it('ranks the sentence naming what is asked above the one naming only the topic', () => {
    const text =
      'I spoke to Ana Ruiz about Porto. Her views seem sound. Therefore, her ultimate target for Porto is down 0.95 versus the market.';
    expect(ask("What is Ana Ruiz's ultimate target for Porto?", [hit(text, 'email')]).answer).toContain(
      '0.95',
    );
  });

  it('answers "who wrote" with the byline', () => {
    const text =
      'Harbor export - design\n\nBy Ana Ruiz, Ben Ode\n\nThis document explains how the export works.';
    const answer = ask('Who wrote the Harbor export design document?', [hit(text)]);
    expect(answer.answer).toContain('Ana Ruiz');
    expect(weaklySupported(answer, undefined)).toBe(false);
  });

  it('takes a mail subject that carries the number asked for', () => {
    const mail = hit('TASK ASSIGNMENT\n\nStatus: completed\n\n555-0199', 'email', {
      title: 'Ruiz - Ana Ruiz - Tax Adviser 555-0142',
    });
    expect(ask("What's the phone number of Ana Ruiz, the tax adviser?", [mail]).answer).toContain('555-0142');
  });
});

describe('extractiveAnswer: a name the source misspells', () => {
  it('still finds the passage about it', () => {
    const text =
      'Harbrook Plant\n- Expected return to service is 9/14/03\n\nWestfield Plant\n- Expected return to service is 8/2/03';
    expect(ask('When is the Kingsbury plant expected back in service?', [hit(text, 'email')]).answer).toBe(
      '',
    );
    expect(
      ask('When is the Harbrook plant expected back in service?', [
        hit(text.replace('Harbrook', 'Harbrok'), 'email'),
      ]).answer,
    ).toContain('9/14/03');
  });
});

describe('extractiveAnswer: signatures', () => {
  it('reads the fax line of the signature kept apart from the mail text', () => {
    const mail = hit('Please sign the attached form and fax it back to me.', 'email', {
      title: 'Form',
      data: { signature: 'Ana Ruiz\nHarbor Trust\nTel 555-0141\nFax 555-0199' },
    });
    expect(ask("What's Ana Ruiz's fax number?", [mail]).answer).toContain('555-0199');
  });
});

describe('passageUnits: columns laid out with spaces', () => {
  it('reads each figure under its column, and leaves prose with double spaces alone', () => {
    const text =
      'Here are the figures.\n\n    Low    Mid    High\n\nRent   1.2 MM   1.5 MM   1.9 MM\nFees   40k   55k   70k\n\nWe met at  noon.  The plan  is fine.';
    const units = passageUnits({ text, type: 'email' }).map((unit) => unit.text);
    expect(units).toContain('Fees, High: 70k');
    expect(units).toContain('Rent, Low: 1.2 MM');
    expect(units).toContain('We met at noon.');
    expect(units).not.toContain('Low Mid High');
    expect(ask('What is the high fees figure?', [hit(text, 'email')]).answer).toContain('Fees, High: 70k');
  });
});

describe('passageUnits: forwards', () => {
  it('reads what a forward with a short note forwards as the mail itself', () => {
    const units = passageUnits({
      type: 'email',
      data: { forwarded: true },
      text: 'Ben,\nthis is the list I mentioned.\n\n-----Original Message-----\nWe recommend scoping hourly volatility for power.',
    });
    expect(units.map((unit) => unit.role)).toEqual(['body', 'body', 'body']);
  });

  it('reads a forward kept apart by the reader (its first line says so) as the mail itself', () => {
    const units = passageUnits({
      type: 'email',
      data: { quoted: '------ Forwarded by Ben Ode on 03/02/2030 ------\n\nThe base offer is $120k.' },
      text: 'Ben came back with these numbers.',
    });
    expect(units.every((unit) => unit.role === 'body')).toBe(true);
    expect(units.map((unit) => unit.text)).toContain('The base offer is $120k.');
  });

  it('keeps a reply with a short note as quoted history', () => {
    const units = passageUnits({
      type: 'email',
      text: 'Yes, approved.\n\n-----Original Message-----\nCan we raise the limit?',
    });
    expect(units.map((unit) => unit.role)).toEqual(['body', 'quoted']);
  });
});
