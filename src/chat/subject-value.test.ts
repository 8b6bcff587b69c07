import { describe, expect, it } from 'vitest';
import {
  extensionForOtherKind,
  labelAfterNumber,
  labelsBetweenNumbers,
  namesakeForPerson,
  numberOfKindAsked,
  numberOfOtherNamed,
  pronounForOtherPerson,
  rosterRowOfOther,
  valueOfOtherEntry,
  valueOfOtherItem,
  writersCallBackNumber,
  writersOwnNumber,
} from './subject-value.ts';
import { unsoundAnswer } from './unsound-answer.ts';

describe('a value of the type asked that belongs to another item of the sentence', () => {
  const listing =
    'Price: $410,000 Leasable Area: 9,200 For More Information: see the site 2) Birch Lane Lofts--located at the corner of Elm and Third in Dunmore County. [1]';

  it('the price of an item is not the one written before its number', () => {
    expect(valueOfOtherItem('What is the purchase price of Birch Lane Lofts?', listing)).toBe(true);
  });

  it('keeps a value that shares its item with the subject', () => {
    expect(
      valueOfOtherItem(
        'What is the purchase price of Birch Lane Lofts?',
        '1) Elm Court, Price: $410,000 2) Birch Lane Lofts, Price: $655,000. [1]',
      ),
    ).toBe(false);
    expect(
      valueOfOtherItem(
        'How much does the eye test cost for visitors?',
        'Cost is $15 for staff and interns; $35 for visitors. [1]',
      ),
    ).toBe(false);
  });

  it('a phone number of another item of the list', () => {
    expect(
      valueOfOtherItem(
        "What is the Dunmore office's phone number?",
        'Harwick office: 555-0142; Dunmore office hours are 9 to 5. [1]',
      ),
    ).toBe(true);
  });

  it('leaves alone a sentence of one item, two cited sentences, and a sentence not naming the subject', () => {
    expect(
      valueOfOtherItem(
        'How much was paid for the Birch Lane repairs?',
        'The Birch Lane repairs came to $4,120. [1]',
      ),
    ).toBe(false);
    expect(
      valueOfOtherItem(
        'How much were the Birch Lane repairs?',
        'I listed the Birch Lane repairs. [1] The total is $4,120. [2]',
      ),
    ).toBe(false);
    expect(
      valueOfOtherItem("What is Ida Brenner's phone number?", 'My number is 555-0199; call me. [1]'),
    ).toBe(false);
  });

  it('does not judge a question that asks no sum and no phone', () => {
    expect(valueOfOtherItem('When does Birch Lane Lofts open?', listing)).toBe(false);
  });
});

describe('the number bound to the kind of line asked, on a line of labelled numbers', () => {
  it('reads each label before its number when the line opens with one', () => {
    expect(
      numberOfKindAsked(
        "What is Tove Lindqvist's fax number?",
        'Brightfield Ltd.  ph: 555-0107    fax 555-0101',
      ),
    ).toBe(true);
  });

  it('reads each label after its number when the line ends with one', () => {
    expect(numberOfKindAsked("What's Tove Lindqvist's fax number?", '555-0137 Voice 555-0164 Fax')).toBe(
      true,
    );
    expect(numberOfKindAsked("What's Tove Lindqvist's fax number?", '555-0164 Fax')).toBe(true);
  });

  it('binds nothing for another kind, a line of mixed ways, or words between the numbers', () => {
    expect(numberOfKindAsked("What's Tove Lindqvist's cell number?", '555-0137 Voice 555-0164 Fax')).toBe(
      false,
    );
    expect(numberOfKindAsked("What's Tove's fax number?", 'ph: 555-0107 fax 555-0101 cell')).toBe(false);
    expect(
      numberOfKindAsked("What's Tove's fax number?", 'Call 555-0107 or send a fax to the office at 555-0101'),
    ).toBe(false);
    expect(numberOfKindAsked("What's Tove's fax number?", 'Fax the form back to Ulf at 555-0101')).toBe(
      false,
    );
    expect(numberOfKindAsked("What's Tove's phone number?", 'ph: 555-0107    fax 555-0101')).toBe(false);
  });
});

describe('an office extension for a cell, home, fax or pager number', () => {
  it('is a desk line, not the kind asked', () => {
    expect(
      extensionForOtherKind("What's Ida Brenner's cell phone number?", 'PLEASE CALL ME AT X4-5120. [1]'),
    ).toBe(true);
    expect(
      extensionForOtherKind("What is Ida Brenner's fax number?", 'You can reach me on ext. 31234. [1]'),
    ).toBe(true);
  });

  it('leaves alone a full number beside the extension, and a desk line or an extension asked', () => {
    expect(
      extensionForOtherKind("What's Ida Brenner's cell?", 'Cell 555-0199, or x4-5120 at the office. [1]'),
    ).toBe(false);
    expect(extensionForOtherKind("What's Ida Brenner's extension?", 'Call me at x4-5120. [1]')).toBe(false);
    expect(extensionForOtherKind("What's Ida Brenner's work number?", 'Call me at x4-5120. [1]')).toBe(false);
  });
});

describe("a row of another person's numbers for the number of the one asked", () => {
  const roster =
    'Here are our desk contacts: Work Home Cell Oskar Lind X41234 555-201-0131 555-201-0188. [1]';

  it('the row of someone else is not the cell or home number of the one asked', () => {
    expect(rosterRowOfOther("What is Wenda Palko's cell number?", roster)).toBe(true);
    expect(rosterRowOfOther("What's Teo Marsh's home phone number?", roster)).toBe(true);
  });

  it("keeps the row of the one asked, and a number written without anyone's row", () => {
    expect(rosterRowOfOther("What is Oskar Lind's cell number?", roster)).toBe(false);
    expect(
      rosterRowOfOther(
        "What is Wenda Palko's cell number?",
        'You can reach me on my cell at 555-201-0142. [1]',
      ),
    ).toBe(false);
    expect(rosterRowOfOther("What is Wenda Palko's fax number?", 'Harbor Desk  555-201-0150 Fax. [1]')).toBe(
      false,
    );
  });
});

describe('a value from a line of a list that belongs to another entry', () => {
  const bookings =
    'Here are your times again:\n\nFriday, May 4\nPine Hollow\n8:10 am - 3 people\n$140 per person\n\n' +
    'Saturday, May 5\nLake Ardon\n9:20 am - 4 people\n$185 per person\n';

  it('a price line under another entry is not the price of the one named', () => {
    expect(
      valueOfOtherEntry(
        'How much per person is the round at Lake Ardon?',
        bookings,
        'On Mon 4/30/2006 3:10 PM, Ines Kestrel wrote (quoted in "FW: Golf trip"): $140 per person. [1]',
      ),
    ).toBe(true);
  });

  it("keeps the value written after the entry's name, or a line that names it", () => {
    expect(
      valueOfOtherEntry('How much per person is the round at Lake Ardon?', bookings, '$185 per person. [1]'),
    ).toBe(false);
    expect(
      valueOfOtherEntry(
        'How much per person is the round at Lake Ardon?',
        bookings,
        'Lake Ardon is $140 per person for members. [1]',
      ),
    ).toBe(false);
  });

  it('a number line under another person of a list of contacts', () => {
    const contacts =
      'Numbers for the weekend:\n\nWenda Palko\nHome: 555-0131\n\nOskar Lind\nHome: 555-0188\n';
    expect(valueOfOtherEntry("What is Oskar Lind's home number?", contacts, 'Home: 555-0131. [1]')).toBe(
      true,
    );
    expect(valueOfOtherEntry("What is Oskar Lind's home number?", contacts, 'Home: 555-0188. [1]')).toBe(
      false,
    );
  });

  it("keeps a value written further down the named heading's own section", () => {
    const letter =
      'Brook Farm\nThe survey of the farm is attached.\n\nMill Lot\nThe lot behind the old mill is for sale at\n' +
      '$4.10 per square foot.\n\nThe buyers have not met yet.\n\nThe deposit is not settled, but it will likely be\n$90,000 to hold the lot.\n';
    expect(
      valueOfOtherEntry(
        'How much of a deposit will it take to hold the Mill Lot?',
        letter,
        'The deposit is not settled, but it will likely be $90,000 to hold the lot. [1]',
      ),
    ).toBe(false);
    const listed =
      'Mill Lot\n$4.10 per square foot\n\nBrook Farm\nThe deposit will likely be $90,000 to hold it.\n';
    expect(
      valueOfOtherEntry(
        'How much of a deposit will it take to hold the Mill Lot?',
        listed,
        'The deposit will likely be $90,000 to hold it. [1]',
      ),
    ).toBe(true);
  });

  it('a name said in running text heads no entry', () => {
    expect(
      valueOfOtherEntry(
        'What is the asking price for Elm Court?',
        'I put the data on Elm Court into your format. Taking $25,000 off for management the income would be $280,000.\n\nThe asking price is $1,900,000.',
        'The asking price is $1,900,000. [1]',
      ),
    ).toBe(false);
  });

  it('a day or the asker named in the question is no entry', () => {
    expect(
      valueOfOtherEntry(
        'How much did I pay on Friday?',
        'Friday, May 4\nPine Hollow $140\n\nSaturday: $185',
        'I paid $185 at the desk. [1]',
      ),
    ).toBe(false);
  });
});

describe('a value of another person of the surname asked', () => {
  const desk =
    'For billing, call Ola Farrant at x3-4410, Tomas Brenner at x5-7095, or Edda Lusk at x3-9817. [1]';

  it("a namesake's number is not the number of the one asked", () => {
    expect(namesakeForPerson("What is Ida Brenner's extension?", desk)).toBe(true);
    expect(
      namesakeForPerson(
        "What's Ida Brenner's email address?",
        'Write to Tomas Brenner at tb@varna.example. [1]',
      ),
    ).toBe(true);
  });

  it('keeps an answer that names the given name asked, its short form, or a title', () => {
    expect(namesakeForPerson("What is Tomas Brenner's extension?", desk)).toBe(false);
    expect(namesakeForPerson("What is Tom Brenner's extension?", desk)).toBe(false);
    expect(namesakeForPerson("What is Ida Brenner's extension?", 'Ida can be reached at x5-7095. [1]')).toBe(
      false,
    );
    expect(
      namesakeForPerson("What is Ida Brenner's extension?", 'Please call Dr Brenner at x5-7095. [1]'),
    ).toBe(false);
    expect(namesakeForPerson('What is the Brenner extension?', desk)).toBe(false);
  });

  it('reads a given name with two letters swapped or one dropped as the one asked, not a changed letter', () => {
    const call = 'Ring Mrata Quillon on 604 555 0188 before noon. [1]';
    expect(namesakeForPerson("What's Marta Quillon's phone number?", call)).toBe(false);
    expect(
      namesakeForPerson("What's Marta Quillon's phone number?", 'Ring Mara Quillon on 604 555 0188. [1]'),
    ).toBe(true);
    expect(
      namesakeForPerson("What's Marta Quillon's phone number?", 'Ring Marti Quillon on 604 555 0188. [1]'),
    ).toBe(true);
    expect(
      namesakeForPerson("What's Carol Quillon's phone number?", 'Ring Carl Quillon on 604 555 0188. [1]'),
    ).toBe(true);
  });
});

describe("a number line of the quoted writer's own signature", () => {
  it('is the number of the one asked when the writer is that person', () => {
    expect(writersOwnNumber("What is Tomas Vale's extension?", '4-0711. [1]', 'Tomas Vale')).toBe(true);
    expect(writersOwnNumber("What's Tom Vale's phone number?", 'x27310. [1]', 'Vale, Tomas')).toBe(true);
    expect(writersOwnNumber("What is Tomas Vale's cell?", 'Cell: 555-201-0142. [1]', 'Tomas Vale')).toBe(
      true,
    );
  });

  it('reads a fax label a signature shortens and an area code in brackets', () => {
    expect(
      writersOwnNumber("What is Tomas Vale's fax number?", 'Fx: (555) 201-0199. [1]', 'Tomas Vale'),
    ).toBe(true);
    expect(writersOwnNumber("What is Tomas Vale's fax number?", '(f) 555-201-0199. [1]', 'Tomas Vale')).toBe(
      true,
    );
    expect(writersOwnNumber("What is Tomas Vale's fax number?", '(w) 555-201-0142. [1]', 'Tomas Vale')).toBe(
      false,
    );
  });

  it('is not when another wrote it, the line says more, or it lacks the kind asked', () => {
    expect(writersOwnNumber("What is Tomas Vale's extension?", '4-0711. [1]', 'Pia Vale')).toBe(false);
    expect(writersOwnNumber("What is Tomas Vale's extension?", '4-0711. [1]', undefined)).toBe(false);
    expect(writersOwnNumber("What is Tomas Vale's extension?", 'Call Pia at 4-0711. [1]', 'Tomas Vale')).toBe(
      false,
    );
    expect(writersOwnNumber("What is Tomas Vale's fax number?", '4-0711. [1]', 'Tomas Vale')).toBe(false);
    expect(writersOwnNumber('What is the extension of the grain desk?', '4-0711. [1]', 'Tomas Vale')).toBe(
      false,
    );
  });
});

describe('the number of a quoted writer asking to be called back', () => {
  const question = 'What number did Tomas Vale ask to be called at?';

  it("is the writer's own when the question names them", () => {
    expect(
      writersCallBackNumber(question, 'Please call me at (555) 010 0142 when you can. [1]', 'Tomas Vale'),
    ).toBe(true);
    expect(writersCallBackNumber(question, 'You can reach me on 555-010-0142. [1]', 'Vale, Tom')).toBe(true);
  });

  it('is not when another wrote it, another is named before it, or a kind of line is asked', () => {
    expect(writersCallBackNumber(question, 'Please call me at 555-010-0142. [1]', 'Pia Lund')).toBe(false);
    expect(writersCallBackNumber(question, 'Please call Pia Lund at 555-010-0142. [1]', 'Tomas Vale')).toBe(
      false,
    );
    expect(writersCallBackNumber(question, 'My desk is 555-010-0142. [1]', 'Tomas Vale')).toBe(false);
    expect(
      writersCallBackNumber(
        'What fax number did Tomas Vale give?',
        'Please call me at 555-010-0142. [1]',
        'Tomas Vale',
      ),
    ).toBe(false);
  });
});

describe("another named person's number for the one asked", () => {
  const question = "What is Ida Brenner's office extension?";

  it('flags an answer whose every number follows another name', () => {
    expect(
      numberOfOtherNamed(
        question,
        'Ida will be away June 4-8, 2031. [1] While she is away, ask Tomas Lind (extension 27514) or Ana Ruiz (extension 26083). [2]',
      ),
    ).toBe(true);
  });

  it("keeps a number that follows the one asked, or no one's name", () => {
    expect(numberOfOtherNamed(question, 'Please call Ida Brenner (extension 31207). [1]')).toBe(false);
    expect(numberOfOtherNamed(question, 'Ida can be reached at (555) 014-2290. [1]')).toBe(false);
    expect(
      numberOfOtherNamed(question, 'Tomas Lind (extension 27514) or Ida Brenner (extension 31207). [1]'),
    ).toBe(false);
  });
});

describe("a pronoun's number for the one asked", () => {
  it('flags "calling her" after another name when the one asked is never named', () => {
    expect(
      numberOfOtherNamed(
        "What is Ida Brenner's office extension?",
        'Please check with Vera Holm by writing to her or calling her at extension 4-6120. [1]',
      ),
    ).toBe(true);
    expect(
      numberOfOtherNamed(
        "What is Ida Brenner's office extension?",
        'Vera Holm says Ida is in today, so you can reach her at extension 4-6120. [1]',
      ),
    ).toBe(false);
  });
});

describe('a pronoun that points to another person than the one asked', () => {
  const question = 'What raise does Lena Voss plan for Piet Aronsen?';
  const passage =
    "Tomas Lind's contract runs out May 3, 2031.  Should we renew it early?  Lena Voss plans to give him a $12,000 raise.\n\nPiet Aronsen got a large raise last year.";

  it('flags a value given to "him" when the text before names another person last', () => {
    expect(pronounForOtherPerson(question, passage, 'Lena Voss plans to give him a $12,000 raise. [1]')).toBe(
      true,
    );
  });

  it('keeps it when the one asked is named before, or in the answer', () => {
    const own = "Piet Aronsen's contract runs out May 3, 2031.  Lena Voss plans to give him a $12,000 raise.";
    expect(pronounForOtherPerson(question, own, 'Lena Voss plans to give him a $12,000 raise. [1]')).toBe(
      false,
    );
    expect(
      pronounForOtherPerson(question, passage, 'Lena Voss plans to give Piet Aronsen a $12,000 raise. [1]'),
    ).toBe(false);
  });
});

describe('a desk named before a number is no other person', () => {
  it('keeps a signature line that names a desk', () => {
    expect(
      numberOfOtherNamed("What's Ines Vale's cell number?", 'North Grain Desk\t\t(555) 014-0177 (c). [1]'),
    ).toBe(false);
  });
});

describe('a pronoun for the one a mail is about', () => {
  it('keeps "his" when the mail named the one asked before, however far', () => {
    const passage = `About Piet Aronsen:\n\n${'We met on it twice. '.repeat(20)}I raised it with Tomas Lind and Vera Holm.  His 2031 bonus is set at 5,000.`;
    expect(
      pronounForOtherPerson(
        "What is Piet Aronsen's 2031 bonus?",
        passage,
        'His 2031 bonus is set at 5,000. [1]',
      ),
    ).toBe(false);
  });
});

describe("a quoted message's lead is not the answer's text", () => {
  it('keeps a number whose lead names a subject with capitalised words', () => {
    expect(
      numberOfOtherNamed(
        "What's Ida Brenner's phone number?",
        'On Friday, March 7, 2031 3:10 PM, Ida Brenner wrote (quoted in "FW: Tomas Away Next Week?"): 555-014-2290. [1]',
      ),
    ).toBe(false);
  });
});

describe("a quoted writer's own call-back number for another person's", () => {
  const question = "What is Ida Brenner's phone number?";

  it('flags a call-back line of another writer, its number with no name before it', () => {
    expect(
      numberOfOtherNamed(
        question,
        'On Monday, March 3, 2031 9:10 AM, Tomas Lind wrote (forwarded in "RE: Kiln rota"): Please call if you have any questions (x40317). [1]',
      ),
    ).toBe(true);
    expect(
      unsoundAnswer(
        question,
        'On 03/03/2031 09:10 AM, Tomas Lind wrote (quoted in "Re: rota"): Feel free to call me at 555-0142. [1]',
      ),
    ).toBeDefined();
  });

  it("keeps the asked person's own call-back line, and one that names the one asked", () => {
    expect(
      numberOfOtherNamed(
        question,
        'On Monday, March 3, 2031 9:10 AM, Ida Brenner wrote (forwarded in "RE: Kiln rota"): Please call if you have any questions (x40317). [1]',
      ),
    ).toBe(false);
    expect(
      numberOfOtherNamed(
        question,
        'On Monday, March 3, 2031 9:10 AM, Tomas Lind wrote (forwarded in "RE: Kiln rota"): Please call Ida if you have any questions (x40317). [1]',
      ),
    ).toBe(false);
    expect(numberOfOtherNamed(question, 'Please call if you have any questions (x40317). [1]')).toBe(false);
  });

  it("reads a mail's own writer when given, by name or by address", () => {
    const line = 'Please call if you have any questions (x40317). [1]';
    expect(numberOfOtherNamed(question, line, 'Tomas Lind')).toBe(true);
    expect(numberOfOtherNamed(question, line, 'tomas.lind@example.com')).toBe(true);
    expect(numberOfOtherNamed(question, line, 'ida.brenner@example.com')).toBe(false);
    expect(numberOfOtherNamed(question, line, 'Brenner, Ida')).toBe(false);
  });
});

describe('labelAfterNumber', () => {
  it('reads the label a signature writes after its one number', () => {
    expect(labelAfterNumber('(207) 555-0137 Fax')).toEqual(['fax']);
    expect(labelAfterNumber('207-555-0177 mobile')).toEqual(['cell']);
    expect(labelAfterNumber('Fax: 207-555-0137')).toEqual([]);
    expect(labelAfterNumber('Call me at 207-555-0136 today.')).toEqual([]);
  });
});

describe('the labels between the numbers of a line', () => {
  it('gives the kinds of its numbers after the first, when each label stands before its number', () => {
    expect(
      labelsBetweenNumbers('Reach him at: phone (555) 014-2277, fax (555) 014-2278, or by mail.'),
    ).toEqual(['fax']);
    expect(labelsBetweenNumbers('555-0137 Voice 555-0164 Fax')).toEqual([]);
    expect(labelsBetweenNumbers('Ivo can be reached at 555-0100 office or 555-0199 cell.')).toEqual([]);
    expect(labelsBetweenNumbers('Her number is 555-0100.')).toEqual([]);
  });
});
