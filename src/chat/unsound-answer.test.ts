import { describe, expect, it } from 'vitest';
import {
  catalogueRecord,
  clockTimeMissing,
  codeFragment,
  countedStems,
  countMissing,
  deedDayForDeadline,
  dialInForPerson,
  echoesQuestion,
  emptyFieldAsked,
  gradeMissing,
  headingOnly,
  mailAddressMissing,
  meetingTopicOnly,
  moneyMissing,
  networkAddressMissing,
  oddsForRate,
  otherMeasureSum,
  otherQuantityOfUnit,
  roleUnnamed,
  separatorOnly,
  symbolValues,
  topicOnly,
  unsoundAnswer,
  valueMissing,
} from './unsound-answer.ts';

describe('countMissing', () => {
  it('reads the words counted after "how many", up to the first verb or preposition', () => {
    expect(countedStems('How many independent survey teams visited the wells?')).toEqual([
      'independ',
      'survey',
      'team',
      'visit',
    ]);
    expect(countedStems('How many of the pilot test cases pass?')).toEqual(['pilot', 'test', 'case', 'pass']);
    expect(countedStems('What does the garden cost?')).toEqual([]);
  });

  it('flags an answer that names what is counted with no number beside it', () => {
    const question = 'How many garden plots did the council approve in 2019?';
    expect(
      countMissing(
        question,
        'Under Rule 12.4(b), the council shall approve the following garden plots if the soil is tested. [1]',
      ),
    ).toBe(true);
  });

  it('keeps a count before the thing counted, spelled or in figures, or after it as a table writes it', () => {
    const question = 'How many survey teams visited the wells?';
    expect(countMissing(question, 'Three survey teams visited the wells in May. [1]')).toBe(false);
    expect(countMissing(question, 'In all, 14 independent survey teams came. [1]')).toBe(false);
    expect(countMissing(question, 'Survey teams: 14, wells: 60. [1]')).toBe(false);
    // Figures right before the thing counted count it, though they look like a year.
    expect(
      countMissing('How many bolts did the scanner find?', 'vosk: the record here is um, 1987 bolts. [1]'),
    ).toBe(false);
    expect(countMissing('How many days has the claim been in my queue?', 'Days In Mgr. Queue: 5. [1]')).toBe(
      false,
    );
  });

  it('leaves an answer that does not name what is counted, and a year is no count', () => {
    expect(countMissing('How many guests will come?', 'We expect 45 to attend. [1]')).toBe(false);
    expect(countMissing('How many survey teams came?', 'The survey teams of 2019 were praised. [1]')).toBe(
      true,
    );
  });

  it('does not read the citation mark as a count', () => {
    expect(countMissing('How many garden plots are there?', 'The garden plots lie by the river. [1]')).toBe(
      true,
    );
  });
});

describe('emptyFieldAsked', () => {
  it('flags a list whose field asked is left empty', () => {
    const answer = 'Treasurer – Ona Bell (NS) Director of Outreach – Kit Marr Director of Finance –. [1]';
    expect(emptyFieldAsked('Who is Director of Finance on the 2024 board?', answer)).toBe(true);
    expect(emptyFieldAsked('Who is Director of Outreach on the 2024 board?', answer)).toBe(false);
  });

  it('keeps a field with its value', () => {
    expect(emptyFieldAsked('Who is the treasurer?', 'Treasurer – Ona Bell. [1]')).toBe(false);
  });
});

describe('codeFragment', () => {
  it('flags a cut line of code that names nothing', () => {
    expect(codeFragment('(FPCore (x). [1]')).toBe(true);
    expect(codeFragment('(lambda (y). [1]')).toBe(true);
  });

  it('keeps short answers with balanced brackets or more words', () => {
    expect(codeFragment('Pole 1: slove. [1]')).toBe(false);
    expect(codeFragment('Ann Lee (Oslo). [1]')).toBe(false);
    expect(codeFragment('The call (x) returns the area of the circle (r. [1]')).toBe(false);
  });
});

describe('separatorOnly', () => {
  it('flags a forward or quote line given for what is not who or when', () => {
    expect(
      separatorOnly(
        'How many crates does Nessa Quill expect in March?',
        '---------------------- Forwarded by Nessa Quill/DAL/XCO on 03/04/2002 08:15 AM ---------------------------. [1]',
      ),
    ).toBe(true);
    expect(separatorOnly('What rate did Tobin Marr quote?', '-----Original Message-----. [1]')).toBe(true);
    expect(
      separatorOnly(
        'How many crates will Nessa need when the dock opens?',
        '-----Original Message-----. [1]',
      ),
    ).toBe(true);
  });

  it('keeps a forward line for who passed it on or when, and a line that says more', () => {
    const line = '---- Forwarded by Nessa Quill/DAL/XCO on 03/04/2002 08:15 AM ----. [1]';
    expect(separatorOnly('Who forwarded me the crate list?', line)).toBe(false);
    expect(separatorOnly('When was the crate list passed on?', line)).toBe(false);
    expect(separatorOnly('How many crates does Nessa expect?', 'Nessa expects 40 crates in March. [1]')).toBe(
      false,
    );
  });
});

describe('unsoundAnswer', () => {
  it('says why an answer is unsound, or nothing', () => {
    expect(unsoundAnswer('Which benchmark cites the 1987 book?', '(Bench (x0). [1]')).toBe('code fragment');
    expect(unsoundAnswer('Who is the treasurer?', 'Treasurer – Ona Bell. [1]')).toBeUndefined();
  });
});

describe('an edition read as a day', () => {
  it('the 6th annual fair is not answered by a day that is the 6th of a month', () => {
    expect(
      unsoundAnswer(
        'When is the 6th annual chili cook-off?',
        'It is confirmed for Friday, July 6th, 09:00a. [1]',
      ),
    ).toBe('an edition read as a day');
    expect(unsoundAnswer('When is the 6th annual chili cook-off?', 'Lunch is on the 6th of July. [1]')).toBe(
      'an edition read as a day',
    );
  });
  it('keeps an answer that names the edition, another day, or a question that asks a day', () => {
    expect(
      unsoundAnswer('When is the 6th annual chili cook-off?', 'The 6th annual cook-off is on July 6th. [1]'),
    ).toBeUndefined();
    expect(
      unsoundAnswer('When is the 5th annual chili cook-off?', 'Saturday November 3rd. [1]'),
    ).toBeUndefined();
    expect(
      unsoundAnswer('What is on my calendar on July 6th?', 'Lunch, Friday July 6th. [1]'),
    ).toBeUndefined();
  });
});

describe('a cancellation for a new time', () => {
  it('a move asked is not answered by a cancellation that tells no new time', () => {
    expect(
      unsoundAnswer(
        'When was the Europe budget review rescheduled to?',
        'We are officially cancelling the budget review scheduled for Monday, October 29. [1]',
      ),
    ).toBe('a cancellation for a new time');
    expect(
      unsoundAnswer(
        'When was the budget review rescheduled to?',
        'The review was cancelled and rescheduled for Tuesday, May 8. [1]',
      ),
    ).toBeUndefined();
    expect(
      unsoundAnswer('When is the budget review?', 'We are cancelling the review scheduled for Monday. [1]'),
    ).toBeUndefined();
  });
});

describe('echoesQuestion', () => {
  it("flags labelled values that only repeat the question's words", () => {
    const question = 'In which league did the Rovers play Harbour City on 1 March 2024?';
    expect(
      echoesQuestion(question, '2024-03-01, Home: Rovers. [1] 2024-03-01, Away: Harbour City. [2]'),
    ).toBe(true);
    expect(echoesQuestion(question, '2024-03-01, League: Coastal Cup. [1]')).toBe(false);
    expect(echoesQuestion(question, 'The Rovers played Harbour City at home. [1]')).toBe(false);
  });

  it("flags one cell read by its row and column whose value only repeats the question's words", () => {
    const question = 'Whom did the Rovers play away in the Coastal Cup on 1 March 2024?';
    expect(echoesQuestion(question, '2024-03-01, Cup: Coastal Cup. [1]')).toBe(true);
    expect(echoesQuestion(question, '2024-03-01, Away: Harbour City. [1]')).toBe(false);
    // A reference's author and year label its title: the year is the answer.
    expect(
      echoesQuestion(
        'When was Kestrel Paths by Ilunga published?',
        'Ilunga, Tomasz (2027): Kestrel Paths. [1]',
      ),
    ).toBe(false);
    // A label that names who said a quoted line carries the answer in it.
    expect(
      echoesQuestion('Who wrote the comment "coastal cup"?', 'Comment by Ana Ruiz: Coastal Cup. [1]'),
    ).toBe(false);
  });
});

describe('catalogueRecord', () => {
  const record =
    'file: garden_plots.xlsx, category: samples, repository: example/plots, measured features: sheets 3, merged ranges 12. [1]';

  it("flags a catalogue's record of another file as the answer to what a file says", () => {
    expect(catalogueRecord('Which cells are merged in the garden plot sheet?', record)).toBe(true);
    expect(unsoundAnswer('Which cells are merged in the garden plot sheet?', record)).toBe(
      'a catalogue record of another file',
    );
  });

  it('keeps it for a question about the catalogue itself', () => {
    expect(catalogueRecord('Which repository does the garden plot file come from?', record)).toBe(false);
    expect(catalogueRecord('Which cells are merged?', 'Merged: B2:C3. [1]')).toBe(false);
  });
});

describe('topicOnly', () => {
  const passage = [
    'A garden plot may be leased for one season.',
    'The lease of a garden plot ends on 31 October.',
    'A garden plot holder must keep the paths clear.',
    'Water for each garden plot is metered.',
    'The council may inspect a garden plot at any time.',
    'Compost bins are shared between plots.',
    'The tool shed opens at 8:00 on weekdays.',
  ].join(' ');

  it("flags a sentence that shares only the passage's topic words with the question", () => {
    expect(
      topicOnly(
        'When will the tool shed for garden plots be repainted?',
        'A garden plot may be leased for one season. [1]',
        passage,
      ),
    ).toBe(true);
  });

  it('keeps a sentence that shares a word the question asks besides the topic', () => {
    expect(
      topicOnly(
        'When does the tool shed for garden plots open?',
        'The tool shed opens at 8:00 on weekdays. [1]',
        passage,
      ),
    ).toBe(false);
    expect(
      topicOnly(
        'When does the lease of a garden plot end?',
        'The lease of a garden plot ends on 31 October. [1]',
        passage,
      ),
    ).toBe(false);
  });
});

describe('symbolValues', () => {
  it('flags labelled cells whose values are only a mark', () => {
    const answer = 'Fmt, 2.5, 0.0%: @. [1]';
    expect(symbolValues(answer)).toBe(true);
    expect(unsoundAnswer('How does 2.5 show with the format 0.0?', answer)).toBe(
      'values that are only marks',
    );
    expect(symbolValues('Fmt, 2.5, Plot A: *. [1] Fmt, 2.5, Plot B: -. [2]')).toBe(true);
  });

  it('keeps a value with a letter or a figure, an empty value and a sentence without a label', () => {
    expect(symbolValues('Fmt, 2.5, 0.0%: 250.0%. [1]')).toBe(false);
    expect(symbolValues('Plot A: @. [1] Plot B: 12. [2]')).toBe(false);
    expect(symbolValues('The plots are listed as follows:. [1]')).toBe(false);
    expect(symbolValues('The shed opens at 8:00. [1]')).toBe(false);
  });
});

describe('otherQuantityOfUnit', () => {
  it('flags an answer that gives the unit asked only of other quantities', () => {
    const question = 'Who must approve orders above 40,000 litres?';
    const answer = 'Orders > 90,000 litres need the signature of the depot head. [1]';
    expect(otherQuantityOfUnit(question, answer)).toBe(true);
    expect(unsoundAnswer(question, answer)).toBe('another quantity of the unit asked');
  });

  it('keeps an answer that states the quantity asked, in any case of the unit or without commas', () => {
    const question = 'Who must approve orders above 40,000 litres?';
    expect(
      otherQuantityOfUnit(question, 'Orders over 40000 Litres go to Ana; over 90,000 litres to Bo. [1]'),
    ).toBe(false);
    expect(otherQuantityOfUnit(question, 'Ana approves all large orders. [1]')).toBe(false);
  });

  it('reads no unit in a year, a time of day or a day of a month', () => {
    expect(
      otherQuantityOfUnit('What did the depot ship on 12 May?', 'On 14 May it shipped 300 crates. [1]'),
    ).toBe(false);
    expect(otherQuantityOfUnit('Who called at 10 am?', 'Bo called at 11 am. [1]')).toBe(false);
    expect(otherQuantityOfUnit('What was sold in 2019 units?', 'In 2020 units rose. [1]')).toBe(false);
    expect(
      otherQuantityOfUnit(
        'What happened in the last 3 days?',
        'Over 5 days the depot shipped 300 crates. [1]',
      ),
    ).toBe(false);
  });
});

describe('roleUnnamed', () => {
  const passage =
    'Study design: a randomised trial of a new inhaler. Participants will be stratified by age.';
  it('a person asked by their role is not answered from a passage that never names the role', () => {
    expect(
      roleUnnamed(
        'Who is the principal investigator of the inhaler study?',
        'Participants will be stratified by age.',
        passage,
      ),
    ).toBe(true);
    expect(
      unsoundAnswer(
        'Who is the principal investigator of the inhaler study?',
        'Participants will be stratified by age.',
        passage,
      ),
    ).toBe('the role asked is not named');
  });
  it('a passage that names the role may answer', () => {
    const named = `${passage} Principal investigator: Dr Ilse Marr.`;
    expect(
      roleUnnamed('Who is the principal investigator of the inhaler study?', 'Dr Ilse Marr.', named),
    ).toBe(false);
    expect(
      roleUnnamed('Who signed the inhaler study?', 'Participants will be stratified by age.', passage),
    ).toBe(false);
  });
});

describe('headingOnly', () => {
  it('a heading or a row of column labels that repeats the question names the topic only', () => {
    expect(headingOnly('What is the default value of KeepAliveLimit?', 'Tuning KeepAliveLimit. [1]')).toBe(
      true,
    );
    expect(
      headingOnly(
        'Which review area does B. Ode lead?',
        'Area/Unit Branch Lead Review/Area Lead* Other Attendees. [1]',
      ),
    ).toBe(true);
    expect(unsoundAnswer('What is the default value of KeepAliveLimit?', 'Tuning KeepAliveLimit. [1]')).toBe(
      'a heading that only names the topic',
    );
  });

  it('leaves answers with a figure, a label and value, a name asked, or words of their own', () => {
    expect(headingOnly('What is the default value of KeepAliveLimit?', 'KeepAliveLimit: 100. [1]')).toBe(
      false,
    );
    expect(headingOnly('What is the title of the second slide?', 'Tuning KeepAliveLimit. [1]')).toBe(false);
    expect(headingOnly('Who leads the review area?', 'Bruno Ode Review Lead. [1]')).toBe(false);
    expect(headingOnly("What's Bruno Ode's nickname?", 'Mr. Ode Bruno Bru. [1]')).toBe(false);
    expect(headingOnly('Which hotel hosts the gala?', 'Grand Harbour Hotel. [1]')).toBe(false);
    expect(
      headingOnly('Which bank does the speaker of the river talk work for?', 'Tarvel Savings Bank. [1]'),
    ).toBe(false);
    expect(
      headingOnly('What does the note say about KeepAliveLimit?', 'Raise KeepAliveLimit slowly. [1]'),
    ).toBe(false);
    expect(headingOnly('What is the default value of KeepAliveLimit?', 'Quarterly Sales Figures. [1]')).toBe(
      false,
    );
  });
});

describe('meetingTopicOnly', () => {
  it("flags an answer that is only a meeting bot's topic line, unless the topics are asked", () => {
    const line = 'brisk_o: [TOPIC] # Pick a host for the next sync. [1]';
    expect(meetingTopicOnly('Who hosted the garden club sync?', line)).toBe(true);
    expect(
      meetingTopicOnly('Who hosted the garden club sync?', 'MeetBot: New Topic:  Pick a host. [1]'),
    ).toBe(true);
    expect(meetingTopicOnly('Which topics did the garden club sync cover?', line)).toBe(false);
    expect(
      meetingTopicOnly(
        'Who hosted the garden club sync?',
        'brisk_o: [ACTION] tamsin to host the next sync. [1]',
      ),
    ).toBe(false);
  });
});

describe('dialInForPerson', () => {
  it('flags the number of a room or a call the person asked of dials into', () => {
    const answer = 'Teodor: Ana can dial into the conf. room - the number is (555) 210-6061. [1]';
    expect(dialInForPerson("What's Ana Ruiz's phone number?", answer)).toBe(true);
    expect(unsoundAnswer("What's Ana Ruiz's phone number?", answer)).toBeDefined();
  });

  it("keeps a person's own number, and a dial-in number asked of a call", () => {
    expect(
      dialInForPerson("What's Ana Ruiz's phone number?", 'Ana can be reached at (555) 210-4411. [1]'),
    ).toBe(false);
    expect(
      dialInForPerson(
        "What's Ana Ruiz's conference line number?",
        'Teodor: Ana can dial into the conf. room - the number is (555) 210-6061. [1]',
      ),
    ).toBe(false);
  });
});

describe('networkAddressMissing', () => {
  it('flags a line about the machine asked of that writes no address', () => {
    const question = "What is the IP address of Wim's laptop?";
    const answer = 'orla_v: Wim: the laptop sees the printer now, try a reboot of the router. [1]';
    expect(networkAddressMissing(question, answer)).toBe(true);
    expect(unsoundAnswer(question, answer)).toBeDefined();
  });

  it('keeps a line that writes an address, and questions that ask no address', () => {
    const question = "What is the IP address of Wim's laptop?";
    expect(networkAddressMissing(question, 'orla_v: Wim: your laptop is at 10.0.4.17 now. [1]')).toBe(false);
    expect(networkAddressMissing(question, 'orla_v: Wim: it answers on fe80::1c2 only. [1]')).toBe(false);
    expect(
      networkAddressMissing(
        "What is the MAC address of Wim's card?",
        'orla_v: Wim: the card reads 0a:1b:2c:3d:4e:5f. [1]',
      ),
    ).toBe(false);
    expect(
      networkAddressMissing('What did orla_v tell Wim about his laptop?', 'orla_v: Wim: try a reboot. [1]'),
    ).toBe(false);
  });
});

describe('moneyMissing', () => {
  it('flags a sentence with no sum of money for a fee asked, in English or in French', () => {
    const french = "Quel est le montant des frais d'adhésion au club de voile ?";
    const answer = "Je m'inscris au club de voile (inscriptions ouvertes du 03 au 14 mai 2027). [1]";
    expect(moneyMissing(french, answer)).toBe(true);
    expect(unsoundAnswer(french, answer)).toBeDefined();
    expect(
      moneyMissing(
        'What is the membership fee of the Larkfield sailing club?',
        'Members of the Larkfield sailing club sail on 12 boats. [1]',
      ),
    ).toBe(true);
  });

  it('keeps a sum of money, a figure labelled by the measure, and a price per unit', () => {
    expect(
      moneyMissing(
        "Quel est le montant des frais d'adhésion au club de voile ?",
        "Les frais d'adhésion sont de 85 € par an. [1]",
      ),
    ).toBe(false);
    expect(
      moneyMissing(
        'What is the membership fee of the Larkfield sailing club?',
        'Membership fee: 85 per year. [1]',
      ),
    ).toBe(false);
    expect(
      moneyMissing(
        'How many Orvane shares were sold on May 3, and at what average price?',
        'Today we sold 12,400 @ 3.815 average. [1]',
      ),
    ).toBe(false);
  });
});

describe('gradeMissing', () => {
  const question = 'What grade did Ines get?';

  it('refuses a sentence that gives no mark', () => {
    const answer = 'Well done to the whole Lynx team on closing the Varna order! [1]';
    expect(gradeMissing(question, answer)).toBe(true);
    expect(unsoundAnswer(question, answer)).toBe('no mark for the one asked');
  });

  it('keeps a figure, a letter grade or a pass', () => {
    expect(gradeMissing(question, 'Ines, Quiz 2: 77. [1]')).toBe(false);
    expect(gradeMissing(question, 'Ines got a B+ on the essay. [1]')).toBe(false);
    expect(gradeMissing('What did Ines score on the oral exam?', 'Ines passed the oral exam. [1]')).toBe(
      false,
    );
  });

  it('is not asked by other questions', () => {
    expect(gradeMissing('Who marked the Varna order?', 'Well done to the whole Lynx team! [1]')).toBe(false);
  });
});

describe('deedDayForDeadline', () => {
  const question = 'By when must the Varna order ship?';

  it('refuses the day a deed was written of', () => {
    const answer =
      'On 04/07/2019 10:12 AM, Ines Falk wrote (quoted in "Varna"): I logged the Varna order in the ledger today. [1]';
    expect(deedDayForDeadline(question, answer)).toBe(true);
    expect(unsoundAnswer(question, answer)).toBe('the day of a deed for a deadline');
  });

  it('keeps a day set as the limit, or a day beside it', () => {
    expect(deedDayForDeadline(question, 'The Varna order must ship by tomorrow. [1]')).toBe(false);
    expect(
      deedDayForDeadline(question, 'We extend the window thru 9am tomorrow for the Varna order. [1]'),
    ).toBe(false);
    expect(deedDayForDeadline(question, 'I checked today: the Varna order ships on June 3. [1]')).toBe(false);
  });

  it('is not asked by other questions', () => {
    expect(deedDayForDeadline('Who logged the Varna order?', 'I logged the Varna order today. [1]')).toBe(
      false,
    );
  });
});

describe('otherMeasureSum', () => {
  const question = 'At what price did Ines sign the 3 month Varna deal?';

  it("refuses a sentence whose sum is another measure's and that names no price", () => {
    const answer =
      'On Friday, May 3, 2019 9:30 AM, Ines Falk wrote (forwarded in "RE: Varna"): If we only book the current deals (3 P customers and Lynx), the book loss will be $1.2MM. [1]';
    expect(otherMeasureSum(question, answer)).toBe(true);
    expect(unsoundAnswer(question, answer)).toBe("another measure's sum for a price asked");
    expect(
      otherMeasureSum(
        'What is the entry fee for the Lynx cup?',
        'Last year the cup made a profit of $4,000. [1]',
      ),
    ).toBe(true);
  });

  it('keeps a price per unit, a sentence naming the price, or a sum with no other measure', () => {
    expect(
      otherMeasureSum(question, 'We just signed a 3 month deal (2 MW, firm, R$61/MWh at the busbar). [1]'),
    ).toBe(false);
    expect(otherMeasureSum(question, 'The price was $61, so our loss is small. [1]')).toBe(false);
    expect(otherMeasureSum(question, 'Ines signed the Varna deal at $61. [1]')).toBe(false);
    expect(otherMeasureSum(question, 'We sold 4,000 @ 12.75 and booked a gain. [1]')).toBe(false);
  });

  it('is not asked by other questions', () => {
    expect(otherMeasureSum('How much did the Varna deal lose?', 'The book loss will be $1.2MM. [1]')).toBe(
      false,
    );
  });
});

describe('a value of the type asked that sits in another item of the answer', () => {
  it('says why a listing answer gives the item before the one asked', () => {
    expect(
      unsoundAnswer(
        'What is the purchase price of Birch Lane Lofts?',
        'Price: $410,000 Leasable Area: 9,200 2) Birch Lane Lofts--located at the corner of Elm and Third. [1]',
      ),
    ).toBe("another item's value of the type asked");
  });
});

describe('an office extension for a cell number', () => {
  it('says why', () => {
    expect(unsoundAnswer("What's Ida Brenner's cell number?", 'Please call me at x4-5120. [1]')).toBe(
      'an office extension for a cell, home, fax or pager number',
    );
  });
});

describe("a person's number answered by another person's row of numbers", () => {
  it('is unsound', () => {
    expect(
      unsoundAnswer(
        "What is Wenda Palko's cell number?",
        'Here are our desk contacts: Work Home Cell Oskar Lind X41234 555-201-0131 555-201-0188. [1]',
      ),
    ).toBe("a row of another person's numbers");
  });
});

describe('a clock time asked, answered without a time of day', () => {
  it('is unsound when the sentence gives only a day', () => {
    expect(
      unsoundAnswer(
        'What time did I suggest for meeting Ines and Arvid in Varna?',
        'You wrote to ines@example.com on 2001-03-04 ("Re: Varna plans"): Friday morning is the only day that suits me. [1]',
      ),
    ).toBe('no time of day for a time asked');
  });

  it('keeps a time written as a figure or a word', () => {
    expect(
      clockTimeMissing(
        'What time did I suggest for meeting Ines in Varna?',
        'You wrote to ines@example.com on 2001-03-04 ("Re: Varna plans"): How about 3 or 3:30 on Friday? [1]',
      ),
    ).toBe(false);
    expect(clockTimeMissing('At what time does the Varna visit start?', 'We start at noon sharp. [1]')).toBe(
      false,
    );
    expect(clockTimeMissing('When is the Varna visit?', 'Friday morning suits me. [1]')).toBe(false);
  });
});

describe('the time of day of a thing that starts at one', () => {
  it('a tee time asked is not answered by a line with no time of day', () => {
    expect(
      clockTimeMissing(
        'What is our tee time at Lake Ardon on Saturday?',
        'Saturday Lake Ardon and some other course on Sunday morning. [1]',
      ),
    ).toBe(true);
    expect(
      clockTimeMissing(
        "What's the departure time of the Varna bus?",
        'The Varna bus leaves from the square. [1]',
      ),
    ).toBe(true);
  });

  it('keeps a line with the time, and leaves other times alone', () => {
    expect(
      clockTimeMissing(
        'What is our tee time at Lake Ardon on Saturday?',
        'Lake Ardon 9:20 am - 4 people. [1]',
      ),
    ).toBe(false);
    expect(
      clockTimeMissing('What is the delivery time for the Varna order?', 'Delivery takes a week. [1]'),
    ).toBe(false);
  });
});

describe('odds for a rate charged', () => {
  const question = 'What interest rate does the bank charge on the Tarvo bridge loan?';

  it('flags an answer whose only share is how likely something is', () => {
    expect(
      oddsForRate(
        question,
        'Our lawyers at Brann & Holt see a 55 to 60 percent likelihood that the loan terms survive a challenge. [1]',
      ),
    ).toBe(true);
    expect(unsoundAnswer(question, 'We see a 40% chance the Tarvo loan closes this month. [1]')).toBe(
      'odds for a rate asked',
    );
  });

  it('keeps a rate, and odds asked for what they are', () => {
    expect(
      oddsForRate(
        question,
        'The Tarvo loan carries 7.25% interest; there is a 40% chance it closes in May. [1]',
      ),
    ).toBe(false);
    expect(
      oddsForRate('How likely is the Tarvo loan to close?', 'There is a 40% chance it closes in May. [1]'),
    ).toBe(false);
  });
});

describe('valueMissing', () => {
  it('flags a span of time for a cash amount asked, and a day for a time of day', () => {
    expect(
      valueMissing(
        'What cash amount should Lena Brisk get as her award?',
        'Lena Brisk has coached the junior rowers for three seasons. [1]',
      ),
    ).toBe(true);
    expect(
      moneyMissing('What dollar amount did Orvik wire?', 'Orvik wired it for two weeks running. [1]'),
    ).toBe(true);
  });

  it('keeps a sum of money for a cash amount asked', () => {
    expect(
      valueMissing(
        'What cash amount should Lena Brisk get as her award?',
        'I recommend $7,500 in cash for Lena. [1]',
      ),
    ).toBe(false);
  });
});

describe('mailAddressMissing: an e-mail address asked and none given', () => {
  it('flags a sentence without an address, whatever the language of the question', () => {
    const line = 'Temat: zebranie zarządu klubu wioślarskiego Orla. [1]';
    expect(mailAddressMissing('Na jaki adres e-mail wysłać zgłoszenie do klubu wioślarskiego?', line)).toBe(
      true,
    );
    expect(
      unsoundAnswer('Na jaki adres e-mail wysłać zgłoszenie do klubu wioślarskiego?', line),
    ).toBeDefined();
    expect(mailAddressMissing("What's Ines Varga's work email?", 'Ines Varga: phone 555-0100. [1]')).toBe(
      true,
    );
    expect(
      mailAddressMissing('An welche E-Mail-Adresse geht die Anmeldung?', 'Anmeldung bis 3. Mai. [1]'),
    ).toBe(true);
  });

  it('keeps a sentence that writes an address, and a question that asks no address', () => {
    expect(
      mailAddressMissing(
        'Na jaki adres e-mail wysłać zgłoszenie do klubu wioślarskiego?',
        'Zgłoszenia prosimy kierować na adres biuro@orla.example.pl. [1]',
      ),
    ).toBe(false);
    expect(
      mailAddressMissing(
        "What's Ines Varga's work email?",
        'Ines Varga: e-mail ines at orla dot example. [1]',
      ),
    ).toBe(false);
    expect(
      mailAddressMissing('Who should I e-mail to join the rowing club?', 'Write to the club secretary. [1]'),
    ).toBe(false);
  });
});
