import { describe, expect, it } from 'vitest';
import {
  type AnswerType,
  askedHead,
  askedNoun,
  askedPhoneKinds,
  asksClockTime,
  asksCondition,
  asksEndTime,
  carriesClockTime,
  carriesEndTime,
  carriesMoney,
  carriesType,
  codeKindFits,
  countedHead,
  countedNoun,
  countingVerb,
  countsHead,
  expectedAnswerType,
  labelledCode,
  measureModifiers,
  moneyAsked,
  namedIdentifiers,
  namesSomeone,
  onlyMoneyFigures,
  phoneKindFits,
  phoneKinds,
  phoneLabel,
  statesAskedDoer,
  statesCondition,
  statesOtherMeasure,
  titledCjkName,
  venueKindFits,
  withoutNamedFigures,
  withoutNamedYears,
} from './answer-type.ts';

describe('expectedAnswerType', () => {
  const cases: [string, AnswerType | undefined][] = [
    ["What is Ann Smith's phone number?", 'phone'],
    ['fax number for the Houston office?', 'phone'],
    ["What is Ines Moreau's pager number?", 'phone'],
    ['How much did the fundraiser raise?', 'amount'],
    ['What was the balance of the account in 2011?', 'amount'],
    ["Quel est le montant des frais d'adhésion au club de voile ?", 'amount'],
    ['¿Cuál es el precio del alquiler del kayak?', 'amount'],
    ['Welcher Betrag steht auf der Rechnung von Orvane?', 'amount'],
    // How long, how far, how high asked by an adjective or a distance in other languages.
    ['Jak długą przerwę w pracy może mieć opiekunka w Zalesiu?', 'amount'],
    ['Jak wysoki jest czynsz za lokal przy ulicy Brzozowej?', 'amount'],
    ['À quelle distance de la gare de Valcourt se trouve le gîte ?', 'amount'],
    ['¿A qué distancia del puerto de Lerroa está el faro?', 'amount'],
    ['Wie weit ist es vom Hof der Familie Brandl bis zur Schule?', 'amount'],
    ["Quelle est la date de l'assemblée du club ?", undefined],
    ['When is the review moved to?', 'date'],
    ['The forum got moved - when is it now?', 'date'],
    ['In the channel, what value did Ann tell Bob to pass when creating the link?', 'code'],
    ['Which conference room is the meeting in?', 'place'],
    ['Where do I pick up the car?', 'place'],
    ['Who sent me the draft agreement?', 'person'],
    ['Why was the launch delayed?', 'reason'],
    ['What was decided about the budget?', 'decision'],
    ['訂單金額最多可以填多少？', 'amount'],
    ['會議在哪裡？', 'place'],
    ['What did Ann say about the budget?', undefined],
    ['What was the combined exposure of the two deals?', 'amount'],
    ['Which --mode flag got the build working?', 'code'],
    ['Which bug number did kit file about the loader?', 'code'],
    ['When is the next weekly phone conf with the vendor?', 'date'],
    ['When is the phone interview with Ana?', 'date'],
    ["What's the phone number for the conference call?", 'phone'],
    ["What's the date of the final rowing lesson?", 'date'],
    // A clause put before the question sets its case; the question after the comma asks the kind.
    ['When pruning the hedge, what does the leaflet say to cut back first?', undefined],
    ['When a shed is built on a slope, which permit must be filed first?', undefined],
    ['When the stall moves to the harbour, how much rent does Ida pay?', 'amount'],
    ['When you get a chance, when is the choir practice?', 'date'],
    ['Which guests are invited to the launch dinner?', 'person'],
    // "When does … say … is applied": the circumstances, not a date.
    ['When does Ida say the late fee is applied to a booking?', undefined],
  ];
  it.each(cases)('%s → %s', (question, type) => {
    expect(expectedAnswerType(question)).toBe(type);
  });
});

describe('titles that name a program', () => {
  it('a window or package manager is a program, another manager a person', () => {
    expect(expectedAnswerType('Which window manager does wren use?')).toBeUndefined();
    expect(expectedAnswerType('What package manager does Ines use on her server?')).toBeUndefined();
    expect(expectedAnswerType('Which account manager handles the Dunmore client?')).toBe('person');
    expect(expectedAnswerType('Which project manager owns the rollout?')).toBe('person');
  });
});

describe('carriesType', () => {
  it('finds phone numbers, amounts, dates, rooms and reasons', () => {
    expect(carriesType('His number is 512-930-5832.', 'phone')).toBe(true);
    expect(carriesType('Harbor Gas   Ana Ruiz  (403) 555 - 0101', 'phone')).toBe(true);
    expect(carriesType('I spoke to Gordon this morning.', 'phone')).toBe(false);
    // A number in another country's grouping, given under a phone label (a sheet's column).
    expect(carriesType('Lars Berg, Phone: 0621-08460', 'phone')).toBe(true);
    expect(carriesType('Lars Berg, Postal Code: 68306', 'phone')).toBe(false);
    // Said in running text, in another country's grouping.
    expect(carriesType('We now live in Varna. My phone is 359-52-61-44.', 'phone')).toBe(true);
    expect(carriesType('My cell number is 06 12 34 56 78.', 'phone')).toBe(true);
    expect(carriesType('The order number is 2024-03-18.', 'phone')).toBe(false);
    expect(carriesType('My phone is 12 years old.', 'phone')).toBe(false);
    expect(carriesType('The number is 1 22 33 by now.', 'phone')).toBe(false);
    expect(carriesType('We raised over $200,000.', 'amount')).toBe(true);
    expect(carriesType('It was a good year.', 'amount')).toBe(false);
    expect(carriesType('It has been delayed until Friday April 20th.', 'date')).toBe(true);
    expect(carriesType('Meet in Conference Room 14C2.', 'place')).toBe(true);
    // "in" or "at" of another language before a name; not before a time.
    expect(carriesType('La fête se tiendra au Palais Vert de Valdora.', 'place')).toBe(true);
    expect(carriesType('Die Sitzung findet im Rathaus Nordweil statt.', 'place')).toBe(true);
    expect(carriesType('La fête commence à 9h00.', 'place')).toBe(false);
    // A library's name in its own mixed case is a code; a name written as names are is not.
    expect(carriesType('The deck was once drawn with pdfKit, now retired.', 'code')).toBe(true);
    expect(carriesType('The deck was once drawn by McAdam, now retired.', 'code')).toBe(false);
    // A place not decided yet says where nothing is.
    expect(carriesType('The tasting starts at 9:00 am (location TBD).', 'place')).toBe(false);
    expect(carriesType('Venue to be announced; Ana will send details on the location.', 'place')).toBe(false);
    expect(carriesType('The tasting starts at 9:00 am (location TBD) in Room 4B.', 'place')).toBe(true);
    // A field that gives the place, its value any name ("Place: Grand Maple across from the mall").
    expect(carriesType('Place: Grand Maple across from the Galleria', 'place')).toBe(true);
    expect(carriesType('Venue: the old mill', 'place')).toBe(true);
    expect(carriesType('Place: TBD', 'place')).toBe(false);
    expect(carriesType('It slipped because the vendor was late.', 'reason')).toBe(true);
    expect(carriesType('They have decided to give him 6 months.', 'decision')).toBe(true);
  });
});

describe('answer types: wording that misled earlier rules', () => {
  it('"how many … by code" wants an amount; an ordinal date is a date', () => {
    expect(expectedAnswerType('How many parking spots would the plan need by code?')).toBe('amount');
    // A measure asked by its name wants its value: "What pressure …", "What temperature …".
    expect(expectedAnswerType('What pressure is the boiler tested at?')).toBe('amount');
    expect(expectedAnswerType('What temperature should the proofing room be kept at?')).toBe('amount');
    expect(expectedAnswerType("What's the policy number on the insurance?")).toBe('code');
    expect(carriesType('We will cover this on October 16th.', 'date')).toBe(true);
    expect(carriesType('See you on the 3rd of May.', 'date')).toBe(true);
  });
});

describe('amount questions with words between "the" and the measure', () => {
  it.each(["What's the AGA membership fee John mentioned?", "what's the asking price?"])(
    '%s → amount',
    (question) => {
      expect(expectedAnswerType(question)).toBe('amount');
    },
  );
});

describe('rates, figures and asked nouns', () => {
  it('reads no amount in the numbers of a web address', () => {
    expect(carriesType('Speaker notes: http://blog.example.org/?tag=6.c-north.', 'amount')).toBe(false);
    expect(carriesType('Source: www.example.org/report/2021/table4', 'amount')).toBe(false);
    expect(carriesType('About 40 mines, see http://example.org/mines.', 'amount')).toBe(true);
  });
  it('a rate question wants a figure per something or a percentage', () => {
    expect(expectedAnswerType('What is the nightly rate at the hotel?')).toBe('rate');
    expect(expectedAnswerType('What VAT rate is applied on the invoice?')).toBe('rate');
    expect(carriesType('RATE: ABC USD 475.00 PER NIGHT', 'rate')).toBe(true);
    expect(carriesType('VAT 10% applies', 'rate')).toBe(true);
    expect(carriesType('Item | 2 | $120 VAT applies.', 'rate')).toBe(false);
  });
  it('a value named by a word of money is a sum; a value assumed or set is not', () => {
    expect(expectedAnswerType('What notional value of shares did Ana say she was granted?')).toBe('amount');
    expect(expectedAnswerType("What's the approximate book value of the river lot?")).toBe('amount');
    expect(expectedAnswerType('What extrinsic value did Bo find for the spread?')).toBe('amount');
    expect(expectedAnswerType('If the element is left out, what value is assumed?')).not.toBe('amount');
    expect(expectedAnswerType('What is the default value of MaxWorkers?')).not.toBe('amount');
  });
  it('a yield is a rate: a percentage answers it, a sum of money does not', () => {
    expect(expectedAnswerType('What yield do the county bonds in the offer pay?')).toBe('rate');
    expect(expectedAnswerType('What is the yield to maturity of the river bonds?')).toBe('rate');
    expect(carriesType('The river bonds have a yield of 4.8% to 2031.', 'rate')).toBe(true);
    expect(carriesType('We could put $250,000 into the river bonds.', 'rate')).toBe(false);
  });

  it('digits of dates, times and codes are not amounts', () => {
    expect(carriesType('29 January 2015 Purchase Order No:PO1234.', 'amount')).toBe(false);
    expect(carriesType('Comment on D1 (Order amount), by Ann Lee:', 'amount')).toBe(false);
    expect(carriesType('Meet at 3:00 p.m. on 4/5/2001.', 'amount')).toBe(false);
    expect(carriesType('They are unhedged 15,000/d in 2003.', 'amount')).toBe(true);
    expect(carriesType('金額限制：20000元以內', 'amount')).toBe(true);
    // An item's number is no amount.
    expect(carriesType('Regarding #1 and #3, I enjoy golf at Cedar Hollow.', 'amount')).toBe(false);
    expect(carriesType('After seeing point # 3 in writing, I would delete it.', 'amount')).toBe(false);
    expect(carriesType('Item #3 costs 40 dollars.', 'amount')).toBe(true);
  });

  it('"the X code" inside a question is not a code question', () => {
    expect(expectedAnswerType('What was the final vote on the new Code of Practice?')).toBe('tally');
    expect(expectedAnswerType('What did the board say about the new Code of Practice?')).toBeUndefined();
    expect(expectedAnswerType('Which code did Ann send for the door?')).toBe('code');
  });

  it('reads the noun a which/what question asks for', () => {
    expect(askedNoun('Which stage is the band playing at the festival?')).toBe('stage');
    expect(askedNoun('What did Ann say about the budget?')).toBeUndefined();
    expect(expectedAnswerType('Which stage is the band playing at the festival?')).toBeUndefined();
  });
});

describe('answer types over other workspaces', () => {
  it('reads a number to call, a measure asked by its name, and spelled-out amounts', () => {
    expect(expectedAnswerType('What number should I call for travel help?')).toBe('phone');
    // A help desk's or switchboard's number is a phone, not a count ("the number of orders").
    expect(expectedAnswerType("What's the number of the Acme IT Help Desk?")).toBe('phone');
    expect(expectedAnswerType('What is the front desk number?')).toBe('phone');
    expect(expectedAnswerType("What's the number of orders this week?")).toBe('amount');
    expect(expectedAnswerType('What correlation did Ana get between demand and heat?')).toBe('amount');
    expect(carriesType('shall not exceed eight hundred and fifty square feet', 'amount')).toBe(true);
    expect(carriesType('for six months', 'amount')).toBe(true);
    expect(carriesType('one of the options', 'amount')).toBe(false);
    expect(carriesType('call at (512) 263-0177 during business hours', 'amount')).toBe(false);
  });
  it('reads full-width dates, command lines and file paths', () => {
    expect(carriesType('平成３０年１０月１日（月）午後５時までに', 'date')).toBe(true);
    expect(carriesType('sudo apt-get install nmap', 'code')).toBe(true);
    expect(carriesType('its encrypted in /etc/shadow i think', 'place')).toBe(true);
    expect(carriesType('it is fine i think', 'place')).toBe(false);
    expect(carriesType('Please feel free to call me at Ext. 5-0101.', 'place')).toBe(false);
    expect(carriesType('Call me at the Harbour Inn tonight.', 'place')).toBe(true);
  });
  it('a line that labels its codes with other kinds is not the code asked', () => {
    const question = 'What is the participant code for the harbour call?';
    expect(codeKindFits(question, 'Dial-in number: 800-555-0111 Host code: 524411 (Ana)')).toBe(false);
    expect(codeKindFits(question, 'Participant Code: 733190 (for everyone else)')).toBe(true);
    expect(codeKindFits(question, 'the code is 733190')).toBe(true);
    expect(codeKindFits('What is the code for the door?', 'Host code: 524411')).toBe(true);
    expect(
      codeKindFits("What's the moderator dial-in code?", 'Dial-in number: 800-555-0111 Host code: 524411'),
    ).toBe(false);
  });
  it('a line labelled with another kind of phone is not the one asked', () => {
    expect(phoneKindFits("What is Bo's fax number?", 'Home # - 281-555-0100')).toBe(false);
    expect(phoneKindFits("What is Bo's cell number?", 'Cell # - 281-555-0100')).toBe(true);
    expect(phoneKindFits("What is Bo's fax number?", 'call me at 281-555-0100')).toBe(false);
    expect(phoneKindFits("What is Bo's cell number?", 'call me at 281-555-0100')).toBe(true);
    expect(phoneKindFits("What is Bo's phone number?", 'Home # - 281-555-0100')).toBe(true);
    // A dial-in number is labelled as one: a contact's phone beside it is not the bridge.
    expect(
      phoneKindFits("What is the dial-in number for today's call?", 'Dial In Number: 800-555-0111'),
    ).toBe(true);
    expect(
      phoneKindFits(
        "What is the dial-in number for today's call?",
        'please contact Ana Ruiz at 503-555-0199',
      ),
    ).toBe(false);
    expect(phoneKindFits("What's the call-in number?", 'Call-in: 800-555-0111')).toBe(true);
    // The words just before the number label it, however long the sentence before them.
    expect(
      phoneKindFits(
        'What fax number should I send the signed lease to?',
        'If there are no questions, please sign the lease and fax it to me at (512) 555-0150.',
      ),
    ).toBe(true);
  });
  it('a kind in parentheses after a number labels it; "wireless" is a cell line; "by phone" asks no number', () => {
    expect(phoneLabel('North Grain Desk (503) 555-0177 (c)')).toEqual(['cell']);
    expect(phoneLabel('Ana Ruiz 503-555-0100 (h)')).toEqual(['home']);
    expect(phoneLabel('Direct Dial: 503-555-0100')).toEqual(['work']);
    // A signature's one-letter label before the number; "P." may be any phone.
    expect(phoneLabel('F. 203-555-0155')).toEqual(['fax']);
    expect(phoneLabel('M: (503) 555-0101')).toEqual(['cell']);
    expect(phoneLabel('P. 203-555-0154')).toEqual([]);
    // A lone letter opening a signature line labels it too; a letter inside a line does not.
    expect(phoneLabel('m 713-555-0108')).toEqual(['cell']);
    expect(phoneLabel('w 713-555-0183 : ')).toEqual(['work']);
    expect(phoneLabel('Call Plan b 713-555-0183')).toEqual([]);
    // A letter closed like a list's ("w) …") labels the number too.
    expect(phoneLabel('w) 713-555-0183')).toEqual(['work']);
    expect(phoneLabel('h) 713-555-0184')).toEqual(['home']);
    expect(phoneKindFits("What's Bo Lind's fax number?", 'P. 203-555-0154')).toBe(false);
    expect(phoneKindFits("What's Bo Lind's fax number?", 'F. 203-555-0155')).toBe(true);
    expect(phoneKindFits("What is Bo's cell number?", 'North Desk (503) 555-0177 (c)')).toBe(true);
    expect(phoneKindFits("What is Bo's wireless number?", 'Wireless 512-555-0194')).toBe(true);
    expect(phoneKindFits("What is Bo's wireless number?", 'Fax 512-555-0195')).toBe(false);
    expect(expectedAnswerType("What's Bo's wireless number?")).toBe('phone');
    expect(expectedAnswerType('Who is joining the design review by phone?')).toBe('person');
    expect(expectedAnswerType('Who can I reach on the phone about the lease?')).toBe('person');
  });
  it('an office named as a body and a location whose availability is asked are no places', () => {
    expect(carriesType('Members will include the Office of the Chairman from each unit.', 'place')).toBe(
      false,
    );
    expect(
      carriesType(
        'Invites will follow once details such as availability of location are ironed out.',
        'place',
      ),
    ).toBe(false);
    expect(carriesType("The meeting will be held in Ana Ruiz's office.", 'place')).toBe(true);
  });
  it('a direct line is a work line; an unlabelled number beside numbers labelled with other kinds is none of the asked kind', () => {
    expect(phoneKindFits("What is Bo's cell number?", 'Direct Dial: +1 281 555 0100')).toBe(false);
    expect(phoneKindFits("What is Bo's cell number?", 'reach me at 281-555-0101', ['work', 'fax'])).toBe(
      false,
    );
    // Beside a line labelled as the kind asked, an unlabelled number is not it: the labelled line is.
    expect(phoneKindFits("What is Bo's cell number?", 'reach me at 281-555-0101', ['cell', 'fax'])).toBe(
      false,
    );
    expect(phoneKindFits("What is Bo's cell number?", 'reach me at 281-555-0101', [])).toBe(true);
    expect(phoneKindFits("What is Bo's phone number?", 'reach me at 281-555-0101', ['work', 'fax'])).toBe(
      true,
    );
  });
});

describe('a month without a day, and extensions', () => {
  it('a month said as when something happens is a date; the verb "may" is not', () => {
    expect(carriesType('The audit moves to March.', 'date')).toBe(true);
    expect(carriesType('We start by the end of June.', 'date')).toBe(true);
    expect(carriesType('Sales closed strong in Sept. 2001', 'date')).toBe(true);
    expect(carriesType('We may go if it suits.', 'date')).toBe(false);
    expect(carriesType('May I ask a favour?', 'date')).toBe(false);
  });

  it('an extension is a phone number and no amount; a screen size is neither phone nor extension', () => {
    expect(expectedAnswerType("What's Lena Moor's extension?")).toBe('phone');
    expect(expectedAnswerType('How long is the contract extension?')).toBe('amount');
    // "extension" heading a fee, a date or a term is the lease's or the deal's, not a phone's.
    expect(expectedAnswerType("How much was Harrow Lane's extension fee on the Kestrel deal?")).toBe(
      'amount',
    );
    expect(expectedAnswerType("What is Varna Holdings' extension deadline?")).not.toBe('phone');
    expect(expectedAnswerType("What's Ida Brenner's extension number?")).toBe('phone');
    expect(carriesType('You can reach me at x3-4567.', 'phone')).toBe(true);
    expect(carriesType('Call ext. 31234 for help.', 'amount')).toBe(false);
    expect(carriesType('A 1024 x 768 screen.', 'phone')).toBe(false);
  });
});

describe('identifiers, folders and places put forward', () => {
  it('an identifier named by its acronym wants a code; digits joined by hyphens are one, a date is not', () => {
    expect(expectedAnswerType('What is the ISSN of the Field Notes journal?')).toBe('code');
    expect(carriesType('ISSN 2345-6789', 'code')).toBe(true);
    expect(carriesType('Printed 2013-01-10', 'code')).toBe(false);
  });

  it('a folder or path is a place; so is a place put forward by name', () => {
    expect(expectedAnswerType("What is tam_k's home folder?")).toBe('place');
    expect(carriesType('Home : /home/tam_k', 'place')).toBe(true);
    expect(carriesType('How about Lisbon (the old town)?', 'place')).toBe(true);
    expect(carriesType('How about Tuesday?', 'place')).toBe(false);
  });
});

describe('votes', () => {
  it('a question about a vote wants its count or how it ended', () => {
    expect(expectedAnswerType('What was the final vote on the new parking rules?')).toBe('tally');
    expect(expectedAnswerType('How many members voted?')).toBe('tally');
    expect(carriesType('Final result is 6 for, 1 against.', 'tally')).toBe(true);
    expect(carriesType('The motion passed unanimously.', 'tally')).toBe(true);
    expect(carriesType('Please vote on the new parking rules.', 'tally')).toBe(false);
  });

  it('"the final result of the vote" asks a tally too', () => {
    expect(expectedAnswerType('What was the final result of the vote on the new parking rules?')).toBe(
      'tally',
    );
  });
});

describe('wordings of a place, a person and an amount', () => {
  it('a person asked after a preposition', () => {
    expect(expectedAnswerType('To whom should the signed lease be returned?')).toBe('person');
    expect(expectedAnswerType('By whom was the budget approved?')).toBe('person');
  });

  it('a date asked as "on what date" in Russian, German, French or Spanish', () => {
    expect(expectedAnswerType('Какого числа открывается ярмарка в Велме?')).toBe('date');
    expect(expectedAnswerType('An welchem Tag beginnt der Kurs in Brenlac?')).toBe('date');
    expect(expectedAnswerType('¿En qué fecha cierra la feria de Orvanne?')).toBe('date');
  });

  it('a room or a town asked in Spanish, German or French', () => {
    expect(expectedAnswerType('¿En qué sala es el taller de diseño?')).toBe('place');
    expect(expectedAnswerType('In welchem Raum findet die Schulung statt?')).toBe('place');
    expect(expectedAnswerType('Dans quelle salle a lieu la formation ?')).toBe('place');
  });

  it('"how many mobile phones" counts phones: it asks no phone number', () => {
    expect(expectedAnswerType('How many mobile phones did the team order?')).toBe('amount');
    expect(expectedAnswerType("What is Ann's mobile phone number?")).toBe('phone');
    expect(expectedAnswerType("What is Ann's mobile?")).toBe('phone');
  });

  it('"wie hoch", "wie lange", "jak długo" and "ile" ask an amount', () => {
    expect(expectedAnswerType('Wie hoch ist die Miete für das Büro?')).toBe('amount');
    expect(expectedAnswerType('Wie lange dauert die Schulung?')).toBe('amount');
    expect(expectedAnswerType('Jak długo potrwa szkolenie?')).toBe('amount');
    expect(expectedAnswerType('Ile kosztuje bilet?')).toBe('amount');
  });
});

describe('money, ordinals and CJK names', () => {
  it('a measure of money wants a sum of money or a figure labelled by the measure', () => {
    expect(moneyAsked("What's the golf fee at Cedar Hollow?")).toBe('fee');
    expect(moneyAsked('How many crates are left?')).toBeUndefined();
    // A money word before another noun names a kind of thing ("the budget tables"), not the sum asked.
    expect(
      moneyAsked('In the budget tables, what is the yearly saving for a Velm couple at 30,000?'),
    ).toBeUndefined();
    expect(moneyAsked('In the rent tables, what is the monthly rent for a Brenlac flat?')).toBe('rent');
    // "How many …" counts things: a money word after the counted noun names the topic.
    expect(moneyAsked('On about how many lantern models will Quillbrook post daily prices?')).toBeUndefined();
    expect(moneyAsked('How many dollars did the Velm fair raise at the new prices?')).toBe('prices');
    expect(carriesMoney('Golf Fee $185.00/pp includes 2 carts', 'fee')).toBe(true);
    expect(carriesMoney('Fee: 185', 'fee')).toBe(true);
    expect(carriesMoney('Cedar Hollow confirmation: #20411 / 20412', 'fee')).toBe(false);
    expect(carriesMoney('入場料 五百元', '費用')).toBe(true);
  });
  it('a fine or a penalty is a sum of money, not a term of days the rule names', () => {
    expect(moneyAsked('What fine applies to a barge moored at the Velm quay past ten days?')).toBe('fine');
    expect(moneyAsked('What penalty applies to a late Velm quay permit?')).toBe('penalty');
    // A fine as a word of another kind, or penalties counted, is no sum.
    expect(moneyAsked('How many fine-grained zones does the Velm map have?')).toBeUndefined();
    expect(moneyAsked('How many penalties did Velm concede?')).toBeUndefined();
    expect(carriesMoney('Barges with a 2031 permit may stay at the quay up to ten days.', 'fine')).toBe(
      false,
    );
    expect(carriesMoney('The fine is $250 a day for a barge over ten days.', 'fine')).toBe(true);
  });
  it('an ordinal is no amount', () => {
    expect(carriesType('The talk is in the boardroom on the 30th floor.', 'amount')).toBe(false);
  });
  it('a Chinese or Japanese name after a title or before an honorific is a person', () => {
    expect(carriesType('理事長 山田 太郎 殿', 'person')).toBe(true);
    expect(carriesType('代表：李小明', 'person')).toBe(true);
    // A title inside a longer word ("校長協会", an association of principals) names nobody.
    expect(carriesType('全国高等学校長協会の会議で審査する。', 'person')).toBe(false);
    expect(carriesType('担当者氏名', 'person')).toBe(false);
  });
  it('a fee or budget word, "いくら" or "多少錢" asks a sum of money, which a date, a count or a brand is not', () => {
    expect(moneyAsked('配送の運費は多少ですか？')).toBe('運費');
    expect(moneyAsked('事業の予算額はいくらですか？')).toBe('予算額');
    expect(moneyAsked('門票多少錢？')).toBe('多少錢');
    expect(moneyAsked('冊子の配布は年間何回ですか？')).toBeUndefined();
    // A date, a brand with a digit and a count of copies under a budget: no sum of money.
    expect(carriesMoney('令和２年４月１日付で申請します。', '予算額')).toBe(false);
    expect(carriesMoney('7-ELEVEN：UNIMART', '運費')).toBe(false);
    expect(carriesMoney('冊子は約9万部×４回の発行の予算内で実施する。', '予算額')).toBe(false);
    expect(carriesMoney('運費：60元', '運費')).toBe(true);
    expect(carriesMoney('参加費 3,000円', '参加費')).toBe(true);
    // "円" inside a word ("円滑", smooth) is no yen.
    expect(carriesMoney('評点 10: 円滑な業務推進が可能か', '予算額')).toBe(false);
  });
  it('a Latin word written into Chinese or Japanese text is a loanword, not a name', () => {
    expect(carriesType('また、Webサイトから提供する機能をもたせる。', 'person')).toBe(false);
    expect(carriesType('誌面内にQRコードを付ける。', 'person')).toBe(false);
    // A name in a Japanese sentence, set apart by spaces, is still a name.
    expect(carriesType('担当は Ines Duarte です。', 'person')).toBe(true);
  });
  it('a Chinese or Japanese name by a title or an honorific is a titled name', () => {
    expect(titledCjkName('代表 山田 太郎 殿')).toBe(true);
    expect(titledCjkName('田中 一郎 様')).toBe(true);
    expect(titledCjkName('日本学校農業クラブ連盟 御中')).toBe(false);
  });
});

describe('measureModifiers', () => {
  it('are the words right before the measure that say which one', () => {
    expect(measureModifiers("What's the garden view room rate at the inn?")).toEqual([
      'room',
      'view',
      'garden',
    ]);
    expect(measureModifiers('What was the average tax rate for a single person?')).toEqual(['tax']);
    expect(measureModifiers('How much was the deposit?')).toEqual([]);
  });
});

describe('numbers to dial and bonuses', () => {
  it('a dial-in or bridge number is a phone number, and a local number without area code counts', () => {
    expect(expectedAnswerType("What's the dial-in number for Monday's call?")).toBe('phone');
    expect(expectedAnswerType("What's Mara's polycom number?")).toBe('phone');
    expect(carriesType("You can call Mara's polycom number-853-5202.", 'phone')).toBe(true);
    expect(carriesType('The lease runs 2019-2024.', 'phone')).toBe(false);
  });
  it('a bonus is an amount', () => {
    expect(expectedAnswerType('What sign-on bonus was offered to Ivo?')).toBe('amount');
  });
});

describe('codes', () => {
  it('digits labelled as a code count; a range of times does not', () => {
    expect(labelledCode('Participant Code: 55123')).toBe(true);
    expect(labelledCode('We met 12 times.')).toBe(false);
    expect(carriesType('Can we meet from 10am-11am instead?', 'code')).toBe(false);
    expect(carriesType('I can be reached at 713-555-0187.', 'code')).toBe(false);
    expect(carriesType('ISBN 978-3-16-148410-0', 'code')).toBe(true);
    expect(carriesType('Use the voucher AB12-77 at the desk.', 'code')).toBe(true);
    expect(measureModifiers("What's the participant code for the call?", 'code')).toEqual(['participant']);
  });
  it('a program run as root by its path is a command; a path alone is none', () => {
    expect(carriesType('run sudo /etc/init.d/cups restart', 'code')).toBe(true);
    expect(carriesType('the script lives in /etc/init.d', 'code')).toBe(false);
  });
});

describe('deadlines and money changing hands', () => {
  it('"by when" asks for a date', () => {
    expect(expectedAnswerType('By when must the Orchard lease be signed?')).toBe('date');
    expect(expectedAnswerType('The Orchard signing was pushed back. To when?')).toBe('date');
  });

  it('"to when" that opens a clause ("agree to when she settled …") asks no date', () => {
    expect(
      expectedAnswerType('What did Mira Holt agree to when she settled her claim against Tessel?'),
    ).not.toBe('date');
  });

  it('"how much did X sell" asks for a sum of money, which a number in a name is not', () => {
    const noun = moneyAsked('How much did Ivo Brandt sell to the Corner Bakery?');
    expect(noun).toBe('sell');
    expect(carriesMoney('He sells to chains like Corner Bakery, Motel 6 and others.', noun ?? '')).toBe(
      false,
    );
    expect(carriesMoney('He sold them $40,000 of flour last year.', noun ?? '')).toBe(true);
  });

  it('"how many" shares sold is a count, not money', () => {
    expect(moneyAsked('How many shares did we sell?')).toBeUndefined();
  });
});

describe('German, Spanish and Russian question words', () => {
  it.each([
    ['Wer leitet das Projekt Seeblick?', 'person'],
    ['Wo ist die Besprechung am Freitag?', 'place'],
    ['Wann beginnt der Kurs?', 'date'],
    ['Wie viele Gäste kommen?', 'amount'],
    ['¿Dónde está la oficina de Marta?', 'place'],
    ['¿Quién firmó el acta?', 'person'],
    ['Кто подписал акт?', 'person'],
    ['Когда собрание?', 'date'],
    ['Сколько стоит билет?', 'amount'],
  ] as const)('%s → %s', (question, type) => {
    expect(expectedAnswerType(question)).toBe(type);
  });

  it('an English word that starts like one is no German question word', () => {
    expect(expectedAnswerType('Wonder why the wok broke?')).toBe('reason');
  });
});

describe('when something is used or required: a circumstance, not a date', () => {
  it.each([
    ['When are the overflow tables used in the calculator?', undefined],
    ['When is a building permit required for a shed?', undefined],
    ['When is the permit review meeting?', 'date'],
    ['When was the old form used last?', 'date'],
    ['When is the form required by 1 March?', 'date'],
  ] as [string, AnswerType | undefined][])('%s', (question, type) => {
    expect(expectedAnswerType(question)).toBe(type);
  });
  it('a clause states the circumstance', () => {
    expect(asksCondition('When are the overflow tables used?')).toBe(true);
    expect(statesCondition('The overflow tables are used when more than five rooms are listed.')).toBe(true);
    expect(statesCondition('Submitted on 12/30/2016.')).toBe(false);
  });
});

describe('countedHead and countsHead', () => {
  it('the noun that ends what "how many" counts, before its verb or a preposition', () => {
    expect(countedHead('How many detached garden sheds are permitted per lot?')).toBe('sheds');
    expect(countedHead('How many of the crates were damaged?')).toBeUndefined();
    expect(countedHead('How much is the fee?')).toBeUndefined();
  });
  it('a number in figures or in words before the noun counted, three words between at most', () => {
    expect(countsHead('No more than two detached garden sheds are allowed.', 'sheds')).toBe(true);
    expect(countsHead('We took on 12 new hires in May.', 'hires')).toBe(true);
    expect(countsHead('Sheds may cover 20 percent of the lot.', 'sheds')).toBe(false);
    expect(countsHead('two of the very old and leaky garden sheds', 'sheds')).toBe(false);
  });
});

describe('person: words of greeting and time are no names', () => {
  it.each(['Today at 4pm in room 6.', 'Guys, we have a candidate for you.'])('%s', (text) => {
    expect(carriesType(text, 'person')).toBe(false);
  });
});

describe('carriesType: person', () => {
  it('a lone capitalised word after "in", "at" or "of" names a place or a body, not a person; "McAdam" is one', () => {
    expect(carriesType('the fund was used by the treasurer to hold positions in Quillmark.', 'person')).toBe(
      false,
    );
    expect(carriesType('the strategy in Tarvik - McAdam - two weeks', 'person')).toBe(true);
    expect(carriesType('the report goes to Orla first.', 'person')).toBe(true);
    expect(carriesType('Ines will send it.', 'person')).toBe(true);
  });
  it('a sentence that says the reason follows from what it says', () => {
    expect(carriesType('My sister lives near Tarvik, and so I am looking for a post there.', 'reason')).toBe(
      true,
    );
    expect(carriesType('That is why the depot closed early.', 'reason')).toBe(true);
    expect(carriesType('We sold crates, pallets and so on.', 'reason')).toBe(false);
  });
  it('a clause opening "given what / that …" gives the reason of what follows it', () => {
    expect(
      carriesType(
        'Given what has happened this month, it would be unwise to hold the Tarvik fair.',
        'reason',
      ),
    ).toBe(true);
    expect(
      carriesType('The fair went well. Given that the hall was full, we ordered more chairs.', 'reason'),
    ).toBe(true);
    expect(carriesType('Each stall was given the same space at the Tarvik fair.', 'reason')).toBe(false);
  });
  it('a field label and a date are no person; a name after a label is', () => {
    expect(carriesType('Date & Time: Thursday November 20, 2003 at 11:30 a.m.', 'person')).toBe(false);
    expect(carriesType('Contact: Ines Duarte', 'person')).toBe(true);
    expect(carriesType('Ask Ines Duarte about it.', 'person')).toBe(true);
  });
});

describe('carriesType: person, names in any alphabet', () => {
  it('reads a name whose letters carry accents or are not in the English alphabet', () => {
    expect(carriesType('Émile Øster signed the lease.', 'person')).toBe(true);
    expect(carriesType('The draft went to Łucja.', 'person')).toBe(true);
    expect(carriesType('Signed: Jürgen Öhman', 'person')).toBe(true);
    expect(carriesType('Ask Çelik about the keys.', 'person')).toBe(true);
    expect(carriesType('El acta la firmó Iñaki Muñoz.', 'person')).toBe(true);
  });
  it('a word is read whole: a place after "in", a Spanish question\'s first word and a body are no one', () => {
    expect(carriesType('the rollout in Ørsta is done.', 'person')).toBe(false);
    expect(carriesType('¿Dónde está el acta?', 'person')).toBe(false);
    expect(carriesType('¡Gracias por todo!', 'person')).toBe(false);
    expect(carriesType('Société Générale Bank wrote to us.', 'person')).toBe(false);
  });
});

describe('carriesType: dates in figures', () => {
  it('reads day and month in range, and a dotted date with its year or closing dot; a decimal is none', () => {
    for (const text of ['due 4/15', 'on 4/15/98', 'dated 16.02.2016', 'am 29.10. um 8', 'COB 05.25.01'])
      expect(carriesType(text, 'date')).toBe(true);
    for (const text of ['57.5, 2.32, 180', 'a loan of 1.25 million', 'version 10.5', 'a ratio of 45/3'])
      expect(carriesType(text, 'date')).toBe(false);
  });

  it('reads a dotted date before the comma of a row of fields; a figure after the comma is no date', () => {
    expect(carriesType('No: 4, TOWN: VELMORE, DATE: 21.10.2031, HOUR: 9H15', 'date')).toBe(true);
    expect(carriesType('weights 1.5.2,7 and 3.4.5,9', 'date')).toBe(false);
  });

  it('reads no date in the number of a clause that opens a line; a date of single figures inside it is one', () => {
    expect(carriesType('1.1. The Tarvel council rents its halls to clubs.', 'date')).toBe(false);
    expect(carriesType('2.3. Заявление подаётся в администрацию.', 'date')).toBe(false);
    expect(carriesType('The hall opens on 1.1. next year.', 'date')).toBe(true);
  });
});

describe('labelledCode: bugs and tickets', () => {
  it('reads a number filed or labelled as a bug; a bare count is none', () => {
    expect(labelledCode('I filed 450112 and it was resolved')).toBe(true);
    expect(labelledCode('see bug 445001 for the build')).toBe(true);
    expect(labelledCode('we shipped 4500 boards')).toBe(false);
  });
});

describe('asksClockTime / carriesClockTime', () => {
  it('tells a question about the time of day from one about the day', () => {
    expect(asksClockTime('What time does the ferry leave on Friday?')).toBe(true);
    expect(asksClockTime('At what time do we land in Oslo?')).toBe(true);
    expect(asksClockTime('When does the ferry leave?')).toBe(false);
    expect(asksClockTime('What date is the ferry?')).toBe(false);
  });

  it('finds clock times, not days, decimals or money', () => {
    for (const text of ['We land at 4:47.', 'Doors open 10 am sharp.', 'Lunch at noon.', 'Départ à 16h30.'])
      expect(carriesClockTime(text), text).toBe(true);
    // A French hour with a space before its "h": "HORAIRE: 15 H45", "à 9 h 30".
    for (const text of ['HORAIRE: 15 H45', 'Rendez-vous à 9 h 30.'])
      expect(carriesClockTime(text), text).toBe(true);
    for (const text of ['Temps de trajet: 3 h', 'Les 24 heures du Mans', 'Salle 12 H'])
      expect(carriesClockTime(text), text).toBe(false);
    for (const text of ['See you on Tuesday, Oct. 23rd.', 'The fee is 12.50 dollars.', 'Date: 1997-03-07'])
      expect(carriesClockTime(text), text).toBe(false);
  });

  it('finds a time of day written without its colon before am or pm', () => {
    for (const text of ['Orla rows on the machine from 615 am to 700 am.', 'The van leaves at 1245 p.m.'])
      expect(carriesClockTime(text), text).toBe(true);
    for (const text of [
      'Rent is $750 pm.',
      'We shipped 640 amps.',
      'Room 1875 pm session.',
      'Version 2.450 pm.',
    ])
      expect(carriesClockTime(text), text).toBe(false);
  });
});

describe('carriesType: places and people spoken of without a name', () => {
  it('a room to be found or a room number still to come is no place', () => {
    expect(
      carriesType('I will book a room for our Thursday meeting and send you the room number.', 'place'),
    ).toBe(false);
    expect(carriesType('We still need another venue.', 'place')).toBe(false);
    expect(carriesType('The room number is 4C2.', 'place')).toBe(true);
    expect(carriesType('Our review will be in Room 1207.', 'place')).toBe(true);
    expect(carriesType('I booked a room at the Harbour Inn.', 'place')).toBe(true);
  });

  it("a sentence's first word is no name by its capital alone", () => {
    expect(carriesType('Lisbon were rained out so their count is down 40 orders.', 'person')).toBe(false);
    expect(carriesType('Attached is the revised list for this week.', 'person')).toBe(false);
    expect(carriesType('The slides will come from Marta.', 'person')).toBe(true);
    expect(carriesType('Tomas Berg will bring the slides.', 'person')).toBe(true);
    expect(carriesType('Ivo, I asked Marta about the slides.', 'person')).toBe(true);
  });

  it('a first word is a name when it does what one person does ("Ines owns …", "Ines will …")', () => {
    expect(carriesType('Ines owns the harbour rollout and reports next week.', 'person')).toBe(true);
    expect(carriesType('Ines will bring the slides.', 'person')).toBe(true);
    expect(carriesType('Ines   the harbour rollout.', 'person')).toBe(true);
  });
});

describe('carriesType: a name with an apostrophe', () => {
  it("the second part of a name like O'Hara is inside the sentence", () => {
    expect(carriesType("Murdo O'Hara will be the contact for the port.", 'person')).toBe(true);
  });
});

describe('countedNoun', () => {
  it('reads the plural noun a "how many" question counts, names skipped', () => {
    expect(countedNoun('How many Delta bonds did we sell?')).toBe('bonds');
    expect(countedNoun('How many seats are there on the 5th floor?')).toBe('seats');
    expect(countedNoun('How much did the desk make?')).toBeUndefined();
    expect(countedNoun('How many did we sell?')).toBeUndefined();
  });
});

describe('asksEndTime / carriesEndTime', () => {
  it('tells a question about the end from one about the start', () => {
    expect(asksEndTime('What time does the Harbour Forum end?')).toBe(true);
    expect(asksEndTime('When is the budget review over?')).toBe(true);
    expect(asksEndTime("What's the end time of the lantern workshop?")).toBe(true);
    expect(asksEndTime('What time does the Harbour Forum start?')).toBe(false);
    expect(asksEndTime('When is the end-of-term party?')).toBe(false);
  });

  it('finds the end in a range or after a word of ending, not in a start time', () => {
    expect(carriesEndTime('Time: 4:30-5:30 p.m.')).toBe(true);
    expect(carriesEndTime('from 9 to 11 am in the annex')).toBe(true);
    expect(carriesEndTime('We should wrap up by 6pm.')).toBe(true);
    expect(carriesEndTime('Every Tuesday at 4:00PM in Room 3C.')).toBe(false);
    expect(carriesEndTime('Call 713-345-6687 on 10-12 May.')).toBe(false);
  });
});

describe('carriesMoney: pounds', () => {
  it('are money unless the text weighs something', () => {
    expect(carriesMoney('The room was 80 pounds a night.', 'cost')).toBe(true);
    expect(carriesMoney('Vans weighing less than 6,200 pounds were tested.', 'cost')).toBe(false);
    expect(carriesMoney('Vans weighing 6,200 pounds cost $31,000 each.', 'cost')).toBe(true);
  });
});

describe('e-mail addresses, the name of a person, places still to come', () => {
  it('an e-mail address asked wants one; a mail sent is no address', () => {
    expect(expectedAnswerType("What's Odile Varga's email address?")).toBe('email');
    expect(expectedAnswerType("What is Odile's school email?")).toBe('email');
    expect(expectedAnswerType('What did Odile email me about the lease?')).toBeUndefined();
    expect(carriesType('Write to her at odile.varga@example.org for the keys.', 'email')).toBe(true);
    expect(carriesType('Odile Varga just called to say the lease is off.', 'email')).toBe(false);
  });
  it('"the name of the doctor" asks a person, "the name of the file" does not', () => {
    expect(expectedAnswerType('What is the name of the doctor treating Bo?')).toBe('person');
    expect(expectedAnswerType("What's the name of my contact at Harbour Bank?")).toBe('person');
    expect(expectedAnswerType('What is the name of the file?')).toBeUndefined();
  });
  it('a location to be decided, or details on it to follow, is no place; a conference is no place', () => {
    expect(carriesType('Review on 3 June at 9:00 am (location TBD).', 'place')).toBe(false);
    expect(carriesType('HR will send details on the location of this meeting.', 'place')).toBe(false);
    expect(carriesType('Sponsorship of the 2030 Northern Conference: $900.', 'place')).toBe(false);
    expect(carriesType('The review is in room 4B.', 'place')).toBe(true);
  });
});

describe('settings in quotes', () => {
  it('a quoted name written as a program writes it is a code; a quoted word is not', () => {
    expect(carriesType('ben: try adding Option "ShadowFbOff" "True" to the device section', 'code')).toBe(
      true,
    );
    expect(carriesType('I tried passing "mode=safe" but it hangs', 'code')).toBe(true);
    expect(carriesType('We took the "Gold" plan in the end', 'code')).toBe(false);
  });
});

describe('scores', () => {
  it('"what was the score" wants a score; a count of players is none', () => {
    expect(expectedAnswerType('What was the score of the rugby match against the harbour crew?')).toBe(
      'tally',
    );
    expect(carriesType('We beat them 21-14 in the rain.', 'tally')).toBe(true);
    expect(carriesType('So far there are 5 crew members who will play.', 'tally')).toBe(false);
    expect(carriesType('Kick-off is 10-11 am on Saturday.', 'tally')).toBe(false);
  });
});

describe('a person, not a title or a body', () => {
  it('titles and the names of bodies name no one; a name beside a title does', () => {
    expect(carriesType('Please send it to the Vice President of Sales.', 'person')).toBe(false);
    expect(
      carriesType('The fund was used only by the CFO/Treasurer to hedge positions in Ostrava.', 'person'),
    ).toBe(false);
    expect(carriesType('Last week the Harbour Trust Company sent the papers.', 'person')).toBe(false);
    expect(
      carriesType('In the spirit of One Northwind, the Annual Review Process will be global.', 'person'),
    ).toBe(false);
    expect(carriesType('The review will be held for Mid-year 2031.', 'person')).toBe(false);
    expect(carriesType('Please send the signed forms to the Tarsa Office for filing.', 'person')).toBe(false);
    expect(carriesType('President Ana Ruiz will attend.', 'person')).toBe(true);
    expect(carriesType('Kim Ward, Vice President, will attend.', 'person')).toBe(true);
    expect(carriesType('Jean-Luc will bring the slides.', 'person')).toBe(true);
  });
});

describe('an extension alone on its line', () => {
  it('reads "5-8485" under a name as a phone extension, not a figure inside a sentence', () => {
    expect(carriesType('5-8485', 'phone')).toBe(true);
    expect(carriesType('  12-3456 ', 'phone')).toBe(true);
    expect(carriesType('We won 5-2 on Sunday.', 'phone')).toBe(false);
  });
});

describe('other languages: who; languages named', () => {
  it('reads "who" in French, Italian and Portuguese', () => {
    expect(expectedAnswerType('Qui est la trésorière du club ?')).toBe('person');
    expect(expectedAnswerType('Chi è il presidente della lega?')).toBe('person');
  });

  it('a language or a people named is no person, nor a lone word after a French "de"', () => {
    expect(carriesType('Hebrew and Arabic', 'person')).toBe(false);
    expect(carriesType('The form is in English', 'person')).toBe(false);
    expect(carriesType('la ligue de la Wilaya', 'person')).toBe(false);
    expect(carriesType('Ana and Ben', 'person')).toBe(true);
  });
});

describe('a body of people as the doer', () => {
  it('answers "who" when a sentence names a group in lower case after "by"', () => {
    expect(carriesType('The plan must be signed off by product marketing.', 'person')).toBe(true);
    expect(carriesType('The budget was approved by the finance team.', 'person')).toBe(true);
    expect(carriesType('The plan was signed off by Friday.', 'person')).toBe(false);
  });
});

describe('namedIdentifiers', () => {
  it('gives the identifiers a question names by their own name', () => {
    expect(namedIdentifiers('What is the ISSN of the pottery journal?')).toEqual(['issn']);
    expect(namedIdentifiers('What is the VAT number and the IBAN of the studio?')).toEqual(['vat', 'iban']);
    expect(namedIdentifiers('What is the order number?')).toEqual([]);
  });
});

describe('rooms by their short form, rooms asked about, and the kind of venue asked', () => {
  it('"rm 3308" is a room; a room whose being free is asked about, or a location to be advised, is none', () => {
    expect(carriesType('rm 3308', 'place')).toBe(true);
    expect(carriesType('Rm. 872', 'place')).toBe(true);
    expect(
      carriesType('Could you check on the availability of conference room 3321 for the meetings:', 'place'),
    ).toBe(false);
    expect(carriesType("I'll advise you of the location.", 'place')).toBe(false);
    // "at the" before a word of time or manner names no place; a field line does.
    expect(
      carriesType('This is to confirm your attendance at the scheduled meeting with Kestrel.', 'place'),
    ).toBe(false);
    expect(carriesType('LOCATION:\tEB1402', 'place')).toBe(true);
    expect(carriesType('We met at the Forum.', 'place')).toBe(true);
    expect(carriesType('Location information for the second session will be announced later.', 'place')).toBe(
      false,
    );
    expect(expectedAnswerType('Which restaurant is the dinner at?')).toBe('place');
    expect(expectedAnswerType('Which golf course are we playing?')).toBe('place');
  });
  it('a town alone is no restaurant; a venue named after "at", with its kind or in a field is', () => {
    const asked = 'Which restaurant is the team dinner at?';
    expect(venueKindFits(asked, 'Odile will be in Lyon on 11 and 12 July.')).toBe(false);
    expect(venueKindFits(asked, 'Dinner is at Marlowe at 7 pm.')).toBe(true);
    expect(venueKindFits(asked, 'We booked the Harbour Grill for Friday.')).toBe(true);
    expect(venueKindFits(asked, 'Place: the old mill')).toBe(true);
    // A gathering after "at" is no venue: "at the Summit in Tromsø", "at the Assembly of …".
    const hotel = "Which hotel hosts the Velm potters' congress in Tromsø?";
    expect(venueKindFits(hotel, 'Delegates vote at the Summit in Tromsø in June 2031.')).toBe(false);
    expect(venueKindFits(hotel, 'Read the papers before the vote at the Assembly of Members.')).toBe(false);
    expect(venueKindFits(hotel, 'Delegates stay at the Nordlys Hotel in Tromsø.')).toBe(true);
    // Other place questions are not held to a kind.
    expect(venueKindFits('Where is the team dinner?', 'Odile will be in Lyon on 11 and 12 July.')).toBe(true);
  });
});

describe('amounts summed up, counts by their verb, places after "@" (the au batch round)', () => {
  it('"what did the quotes come to" asks an amount, of the quotes', () => {
    expect(expectedAnswerType('What did the two roofing quotes for the barn come to?')).toBe('amount');
    expect(askedHead('What did the two roofing quotes for the barn come to?')).toBe('quotes');
    expect(expectedAnswerType('What did Ana come to the office for?')).not.toBe('amount');
  });
  it('a count with a word between it and the verb asked counts by that verb', () => {
    const verb = countingVerb('How many staff had sent their forms by Friday?');
    expect(verb?.test('212 Actual sent forms as of Friday')).toBe(true);
    expect(verb?.test('9 of 10 sent')).toBe(true);
  });
  it('"@ the Grand Lodge" names a place; an e-mail address does not', () => {
    expect(carriesType('Welcome meeting tomorrow 10.15 am @ the Grand Lodge', 'place')).toBe(true);
    expect(carriesType('write to ana@Lodge.example', 'place')).toBe(false);
  });
});

describe('a year, a titled person and a count asked in other words and languages', () => {
  it.each([
    ['What year did the Harbour Trust open its first office?', 'year'],
    ['In which year was the Brookvale plan adopted?', 'year'],
    ['¿En qué año se fundó la cooperativa de Valdeluna?', 'year'],
    ['In welchem Jahr wurde der Verein Seeblick gegründet?', 'year'],
    ['En quelle année la fondation Mirabel a-t-elle été créée ?', 'year'],
    ['Em que ano foi criado o programa Ribeira Viva?', 'year'],
    ['In che anno è stata aperta la biblioteca di Valcerro?', 'year'],
    ['In welk jaar werd de stichting Lindehof opgericht?', 'year'],
    ['What year was the rate cut?', 'year'],
  ] as const)('%s → %s', (question, type) => {
    expect(expectedAnswerType(question)).toBe(type);
  });

  it.each([
    ['Which Ruritanian president signed the water accord?', 'person'],
    ['Which minister opened the Brookvale bridge?', 'person'],
    ['¿Qué presidente firmó el decreto de Valdeluna?', 'person'],
    ['Welcher Minister hat das Gesetz vorgelegt?', 'person'],
    ['Quel maire a inauguré la médiathèque ?', 'person'],
    ['Qual presidente assinou o acordo?', 'person'],
    ['Quale direttore ha firmato il contratto?', 'person'],
    ['Welke voorzitter leidde de vergadering?', 'person'],
  ] as const)('%s → %s', (question, type) => {
    expect(expectedAnswerType(question)).toBe(type);
  });

  it('a title after a verb or an article is no person asked', () => {
    expect(expectedAnswerType('What did the author argue about tides?')).not.toBe('person');
    expect(expectedAnswerType('Which Premier League club won?')).not.toBe('person');
    expect(expectedAnswerType("What's the year-end target?")).not.toBe('year');
  });

  it.each([
    ['¿Cuántos socios tiene la cooperativa?', 'amount'],
    ['Y, ¿cuántas sesiones hubo?', 'amount'],
    ['Wieviele Mitglieder hat der Verein?', 'amount'],
    ['Combien de salariés compte la fondation ?', 'amount'],
    ['Quantos funcionários tem a empresa?', 'amount'],
    ['Quanti soci ha la cooperativa?', 'amount'],
    ['Hoeveel leden heeft de stichting?', 'amount'],
  ] as const)('%s → %s', (question, type) => {
    expect(expectedAnswerType(question)).toBe(type);
  });

  it('"per quanto riguarda" inside a question asks no count', () => {
    expect(expectedAnswerType('Chi firma, per quanto riguarda il contratto?')).toBe('person');
  });

  it('a year is carried alone or in a date, not inside a figure, an amount or a share', () => {
    expect(carriesType('Los subsidios fueron creados en el 2006.', 'year')).toBe(true);
    expect(carriesType('The trust opened on 2006-01-15.', 'year')).toBe(true);
    expect(carriesType('Founded in March 1994 by two brothers.', 'year')).toBe(true);
    expect(carriesType('The fund holds $2000 and 1,994 shares.', 'year')).toBe(false);
    expect(carriesType('Growth reached 2015% of the target.', 'year')).toBe(false);
    expect(carriesType('The cooperative was founded by local farmers.', 'year')).toBe(false);
  });

  it('a year the question names is not the year it asks', () => {
    const question = 'In what year, after the 2010 reform, was the subsidy created?';
    expect(carriesType(withoutNamedYears(question, 'The 2010 reform changed it.'), 'year')).toBe(false);
    expect(carriesType(withoutNamedYears(question, 'It was created in 2012.'), 'year')).toBe(true);
  });

  it('"which <tool> command" asks a code; a code span emptied of the question\'s words holds none', () => {
    expect(expectedAnswerType('Which svn command did marlo_k suggest for dropping the build folder?')).toBe(
      'code',
    );
    // A package of a kind is named by a plain word as often as not ("I am using Quillite").
    expect(expectedAnswerType('Which storage crate is marlo_k using?')).toBeUndefined();
    expect(carriesType('you can either just drop the `  ` folder or go back to an older tag', 'code')).toBe(
      false,
    );
    expect(carriesType('Something like `svn rm build` for the former', 'code')).toBe(true);
  });

  it('a name\'s word is one pattern: "O\'Neil" and "McAdam" whole, no word elided after an apostrophe', () => {
    expect(carriesType('The plan went to Rory McAdam on Monday.', 'person')).toBe(true);
    expect(carriesType("The plan went to Tess O'Neil on Monday.", 'person')).toBe(true);
    expect(carriesType('Sciences de la Terre et de l’Univers', 'person')).toBe(false);
    expect(carriesType('Le guide d’Orientation des bacheliers', 'person')).toBe(false);
  });

  it('a figure the question names is not the amount it asks', () => {
    const question = 'How long before the review had ticket 70215 been opened?';
    expect(carriesType(withoutNamedFigures(question, 'pilar: I had not seen 70215 yet.'), 'amount')).toBe(
      false,
    );
    expect(carriesType(withoutNamedFigures(question, 'vosk: 70215 was opened 9 hours ago.'), 'amount')).toBe(
      true,
    );
    // Only the whole figure: "16.04" is not the "16" of "a 16 GB stick".
    expect(withoutNamedFigures('How full is the 16 GB stick?', 'It runs 16.04 on it.')).toBe(
      'It runs 16.04 on it.',
    );
  });

  it('a numbered decree or item is no count', () => {
    expect(carriesType('Sus integrantes fueron nombrados por el Decreto Supremo N°68.', 'amount')).toBe(
      false,
    );
    expect(carriesType('Siehe Anlage Nr. 4.', 'amount')).toBe(false);
    expect(carriesType('El consejo tiene 28 integrantes.', 'amount')).toBe(true);
  });

  it('a page is no count', () => {
    expect(carriesType('Fuente: Política de Vivienda, pág. 23.', 'amount')).toBe(false);
    expect(carriesType('Siehe Müller 2003, S. 93.', 'amount')).toBe(false);
    expect(carriesType('The survey counted 23 farms (p. 4).', 'amount')).toBe(true);
  });

  it('a title or the state in another language names no one', () => {
    expect(
      carriesType(
        'En su programa, la Presidenta de la República expresaba que las ciudades crecen.',
        'person',
      ),
    ).toBe(false);
    expect(carriesType('el Presidente Tomás Ortega firmó el decreto', 'person')).toBe(true);
  });

  it('a day of a month named in another language is no count', () => {
    expect(carriesType('Nombrados por el Decreto N°68, de 29 de abril de 2014.', 'amount')).toBe(false);
    expect(carriesType('La séance du 3 mars a été reportée.', 'amount')).toBe(false);
    expect(carriesType('Die Sitzung am 5. Mai fiel aus.', 'amount')).toBe(false);
    expect(carriesType('A reunião de 1º de maio foi adiada.', 'amount')).toBe(false);
    expect(carriesType('De vergadering van 4 maart ging niet door.', 'amount')).toBe(false);
    expect(carriesType('Il 12 marzo erano presenti 40 soci.', 'amount')).toBe(true);
  });
});

describe('counts, sums of money and questions in other languages', () => {
  it('reads the thing counted after "how many" in other languages', () => {
    expect(countedNoun('¿Cuántos integrantes tiene el consejo?')).toBe('integrantes');
    expect(countedNoun('Wie viele Mitglieder hat der Verein?')).toBe('mitglieder');
    expect(countedNoun('Combien de domaines y a-t-il ?')).toBe('domaines');
    expect(countedNoun('Ile osób może przyjść?')).toBe('osób');
  });
  it('counts no unit of measure, which a text writes short', () => {
    expect(countedNoun('¿Cuántos metros cuadrados de zonas verdes hay por habitante?')).toBeUndefined();
    expect(countedNoun('How many kilometers is the ride?')).toBeUndefined();
    expect(countedNoun('How many crews were sent?')).toBe('crews');
  });
  it('tells figures that are all sums of money', () => {
    expect(onlyMoneyFigures('$329-$29.95 off the regular bundle price.')).toBe(true);
    expect(onlyMoneyFigures('The fee is 185 dollars.')).toBe(true);
    expect(onlyMoneyFigures('Five kits cost $40.')).toBe(false);
    expect(onlyMoneyFigures('Only three creditors with debts of more than $10,000.')).toBe(false);
    expect(onlyMoneyFigures('12 kits were pulled.')).toBe(false);
  });
  it('reads "how much … worth" as asking money', () => {
    expect(moneyAsked('How much was the harbour deal worth?')).toBe('worth');
  });
  it('matches the measure of money as a whole word', () => {
    expect(carriesMoney('10% savings for members who order before February 25;', 'fees')).toBe(false);
    expect(carriesMoney('Fees: 185', 'fees')).toBe(true);
    expect(carriesMoney('Salary: 85,000', 'salaries')).toBe(true);
  });
  it('reads where and who asked in French and Polish', () => {
    expect(expectedAnswerType('Où se trouve la réunion ?')).toBe('place');
    expect(expectedAnswerType('Gdzie odbywa się spotkanie?')).toBe('place');
    expect(expectedAnswerType('Kto prowadzi spotkanie?')).toBe('person');
  });
});

describe('numbers that name no amount, and counts, times and prices asked in other languages', () => {
  it('a clause number opening a line and a numero sign are no figures', () => {
    expect(carriesType('2.9. A written request is registered on the day it arrives.', 'amount')).toBe(false);
    expect(carriesType('4.2.3. The clerk checks the papers.\n3. Appeals go to the board.', 'amount')).toBe(
      false,
    );
    expect(carriesType('Under order № 67 of the ministry, tenders are held.', 'amount')).toBe(false);
    expect(carriesType('Под номером №-226 утверждён регламент.', 'amount')).toBe(false);
    expect(carriesType('2.10. A request is answered within 30 days.', 'amount')).toBe(true);
    expect(carriesType('Order № 67 sets a fee of 40 euros.', 'amount')).toBe(true);
  });
  it('reads a count asked with a declined form of "сколько"', () => {
    expect(expectedAnswerType('В течение скольких дней рассматривается заявление?')).toBe('amount');
    expect(expectedAnswerType('Сколько мест в зале?')).toBe('amount');
  });
  it('reads a time of day asked in French, Spanish, German, Russian and Polish', () => {
    for (const question of [
      'À quelle heure commence la réunion ?',
      '¿A qué hora empieza la reunión?',
      'Um wie viel Uhr beginnt das Treffen?',
      'Во сколько начинается приём?',
      'O której zaczyna się spotkanie?',
    ]) {
      expect(expectedAnswerType(question)).toBe('date');
      expect(asksClockTime(question)).toBe(true);
    }
  });
  it('reads the hour a span ends or starts at, asked in Russian, French, Spanish and German', () => {
    for (const question of [
      'До скольки открыт читальный зал в субботу?',
      "Jusqu'à quelle heure la piscine est-elle ouverte ?",
      '¿Hasta qué hora atiende la oficina?',
      'Bis wie viel Uhr ist das Archiv geöffnet?',
    ]) {
      expect(expectedAnswerType(question)).toBe('date');
      expect(asksClockTime(question)).toBe(true);
    }
    // Years, not an hour.
    expect(expectedAnswerType('До скольки лет выплачивается пособие?')).not.toBe('date');
  });
  it('reads a percentage asked in Arabic, and "في المائة" as a rate', () => {
    expect(expectedAnswerType('ما نسبة الطلاب الذين نجحوا في الامتحان؟')).toBe('rate');
    expect(carriesType('نجح 64 في المائة من الطلاب في عام 2019.', 'rate')).toBe(true);
    expect(carriesType('وضعت الوزارة برنامجا للطلاب في عام 2019.', 'rate')).toBe(false);
  });
  it('a time written with a dash after a Russian preposition is a clock time', () => {
    expect(carriesClockTime('Приём граждан с 09-00 до 12-30.')).toBe(true);
    expect(carriesType('Перерыв с 13-00 до 14-00.', 'date')).toBe(true);
    expect(carriesClockTime('Пункты 12-30 и 13-30 отменены.')).toBe(false);
  });
  it('reads a price asked in Russian, French, Spanish and German, and roubles as money', () => {
    expect(moneyAsked('Сколько стоит аренда зала?')).toBe('стоит');
    expect(moneyAsked('Combien coûte le stage ?')).toBe('coûte');
    expect(moneyAsked('¿Cuánto cuesta la inscripción?')).toBe('cuesta');
    expect(moneyAsked('Wie viel kostet der Kurs?')).toBe('kostet');
    expect(carriesMoney('Аренда зала — 1500 рублей в час.', 'стоит')).toBe(true);
    expect(carriesMoney('Заявление рассматривается в течение 30 дней.', 'стоит')).toBe(false);
    expect(moneyAsked('¿Cuántas personas vienen a la cena?')).toBeUndefined();
  });
});

describe('namesSomeone', () => {
  const context = (passage: string, known: readonly string[] = []) => ({
    passage,
    question: 'Who signs the permit?',
    known: new Set(known),
  });

  it('a chapter, a heading or a product in capitals names no one', () => {
    expect(namesSomeone('The permit is issued under Chapter 12.40 of the code.', context(''))).toBe(false);
    expect(
      namesSomeone(
        'We compiled the Staffing/Integration Plans today.',
        context('the staffing plans are late'),
      ),
    ).toBe(false);
    expect(namesSomeone('The Harbour Tuning talk was long.', context('tuning the harbour'))).toBe(false);
  });

  it('a Russian title and a place adjective name no one; a Russian name does', () => {
    // Invented: a village council's regulation.
    expect(
      namesSomeone(
        'Контроль осуществляет Глава Ореховского сельского поселения, уполномоченные лица.',
        context('контроль'),
      ),
    ).toBe(false);
    expect(namesSomeone('Жалобы рассматриваются согласно Служебного регламента.', context('жалобы'))).toBe(
      false,
    );
    expect(namesSomeone('Постановление подписал Пётр Орлов.', context('постановление'))).toBe(true);
    expect(namesSomeone('Приём ведёт Орлов лично.', context('приём'))).toBe(true);
    expect(expectedAnswerType('Как зовут директора библиотеки?')).toBe('person');
  });

  it('a first name and a surname, a known person, a body of people or a CJK titled name do', () => {
    expect(namesSomeone('Tomas Berg signs it.', context('the permit'))).toBe(true);
    expect(namesSomeone('Oren will sign it on Monday.', context('', ['oren', 'vance']))).toBe(true);
    expect(namesSomeone('It is signed by the finance team.', context(''))).toBe(true);
    expect(namesSomeone("Rory O'Hare will be the point person.", context('the point person'))).toBe(true);
    expect(namesSomeone('We have Brightco exploring the option.', context('the option'))).toBe(true);
    expect(
      namesSomeone('Please call Nell Gorse at nell.gorse@example.com.', context('questions on copiers')),
    ).toBe(true);
    expect(namesSomeone('理事長 山田 太郎', context(''))).toBe(true);
  });

  it('a text of law or its part named in capitals names no one', () => {
    expect(
      namesSomeone('A shed needs a permit, as defined in Harbour Works Code Section 4410.', context('')),
    ).toBe(false);
    expect(namesSomeone('Fees follow the Quiet Lanes Act.', context(''))).toBe(false);
  });

  it('tags glued by a comma with no space name no one', () => {
    expect(namesSomeone('Ticket 8812 "Printer jams on tray two" [Urgent,Triaged]', context(''))).toBe(false);
    expect(namesSomeone('Ask Oren, he signs it.', context(''))).toBe(true);
  });

  it('a pair of words the passage also writes in lower case is a heading, not a name', () => {
    expect(namesSomeone('See Market Review for it.', context('the market review is due'))).toBe(false);
  });
});

describe('phoneKinds', () => {
  it('reads the fax labels signatures shorten, and the fax word of other languages', () => {
    expect(phoneKinds('Fx:  (555) 010-0199')).toContain('fax');
    expect(phoneKinds('(f) 555-010-0199')).toContain('fax');
    expect(phoneKinds('팩스 02-555-0199')).toContain('fax');
    expect(phoneKinds('(w) 555-010-0142')).not.toContain('fax');
  });
});

describe('a number said to call someone at', () => {
  it('reads "which number … to ring her on" as a phone asked', () => {
    expect(
      expectedAnswerType('Which number does Ilse Varga want us to ring her on for the Orla lease?'),
    ).toBe('phone');
    expect(expectedAnswerType('What number did the Orla lease say was its total?')).not.toBe('phone');
  });

  it('reads "what number … to be called at" as a phone asked', () => {
    expect(expectedAnswerType('What number did Ilse Varga ask to be called at?')).toBe('phone');
    expect(expectedAnswerType('What number can Ilse be reached at this week?')).toBe('phone');
    expect(expectedAnswerType('What number did the Orla team reach in sales?')).not.toBe('phone');
  });

  it('reads a bare extension to call at as a phone number', () => {
    expect(carriesType('Feel free to call me at 4417.', 'phone')).toBe(true);
    expect(carriesType('Call me at 52906 if it slips.', 'phone')).toBe(true);
    expect(carriesType('We will call at 1530 hours.', 'phone')).toBe(false);
    expect(carriesType('They will call on 2002 budgets next week.', 'phone')).toBe(false);
    expect(carriesType('The silo holds 25% of its 9 tons.', 'phone')).toBe(false);
  });
});

describe('a month and its day in another language', () => {
  it('reads "Март 14" and "Februar 23", as a list grouped by month writes them, as dates', () => {
    expect(carriesType('Ярмарка в Бренлаке: Март 14. [1]', 'date')).toBe(true);
    expect(carriesType('Drachenfest in Velm: Februar 23. [1]', 'date')).toBe(true);
    expect(carriesType('Ярмарка в Бренлаке: 14 участников. [1]', 'date')).toBe(false);
  });
});

describe('a device word before another noun asks no phone', () => {
  it('reads "wireless driver" and "the cell under …" as no phone', () => {
    expect(
      expectedAnswerType('What command did brevik give tollan to see which wireless driver he runs?'),
    ).toBe('code');
    expect(expectedAnswerType("What does the second cell under 'Q3 plan' say in the deck?")).toBeUndefined();
  });

  it('still asks a phone before "phone", "number", a joining word or the end', () => {
    expect(expectedAnswerType("What is Orla Venn's wireless number?")).toBe('phone');
    expect(expectedAnswerType("What's Tiro Palk's cell phone?")).toBe('phone');
    expect(expectedAnswerType("What are Ana Brill's cell and home numbers?")).toBe('phone');
    expect(expectedAnswerType("What's Ana Brill's mobile?")).toBe('phone');
  });
});

describe('calling in a place, a price dealt at, one measure in two numbers', () => {
  it('reads "call in" before a place as calling from there, not a call-in line', () => {
    expect(askedPhoneKinds('What number do I call in Norway for help with the Brisk portal?')).toEqual([]);
    expect(askedPhoneKinds('Which number should I dial in the Faroes?')).toEqual([]);
    expect(askedPhoneKinds("What's the call in number for the seed review?")).toEqual(['dial-in']);
    expect(askedPhoneKinds('What is the Call In Number for the board?')).toEqual(['dial-in']);
  });

  it('takes a quantity dealt at a figure with decimals as a price', () => {
    expect(
      carriesMoney('2 Year Options - 130,000 at 48.375 3 Year Options - 95,000 at 48.375', 'price'),
    ).toBe(true);
    expect(carriesMoney('We sold 12,400 @ 3.915 this morning.', 'price')).toBe(true);
    expect(carriesMoney('We sold 12,400 this morning.', 'price')).toBe(false);
    expect(carriesMoney('Two of us will meet at 10.30 tomorrow.', 'price')).toBe(false);
    expect(carriesMoney('2 Year Options - 130,000 at 48.375', 'fee')).toBe(false);
  });

  it('reads "costs" and "cost" as one measure', () => {
    expect(
      statesOtherMeasure(
        'What is the fixed running cost in the Orvik C plant costs?',
        'Fixed Running Cost = $21',
      ),
    ).toBe(false);
    expect(statesOtherMeasure('What is the garden view room rate?', 'Golf Fee $185')).toBe(true);
  });
});

describe('an e-mail address asked in another language', () => {
  it('is an e-mail address, not a kind the question leaves untold', () => {
    expect(expectedAnswerType('Na jaki adres e-mail należy wysłać zgłoszenie na warsztaty w Orlanie?')).toBe(
      'email',
    );
    expect(expectedAnswerType("Quelle est l'adresse électronique du club de Varenne ?")).toBe('email');
    expect(expectedAnswerType('Wie lautet die E-Mail-Adresse der Praxis Ostermann?')).toBe('email');
    expect(expectedAnswerType('¿Cuál es la dirección de correo de la oficina de Tarsa?')).toBe('email');
    expect(expectedAnswerType('Какой адрес электронной почты у бюро Орлан?')).toBe('email');
    expect(expectedAnswerType('Apa alamat email kantor Sarvela?')).toBe('email');
    expect(expectedAnswerType('申込書はどのメールアドレスに送りますか？')).toBe('email');
    expect(expectedAnswerType('¿Cuál es el correo electrónico de la oficina de Tarsa?')).toBe('email');
    expect(expectedAnswerType('To which email address should the Varenne forms go?')).toBe('email');
  });
  it('finds an address spelled out, as written to keep it from robots', () => {
    expect(carriesType('Write to odile at varenne dot example for the keys.', 'email')).toBe(true);
    expect(carriesType('Odile will be at home tonight.', 'email')).toBe(false);
  });
  it('leaves a question about a mail, not its address, alone', () => {
    expect(expectedAnswerType('Kto wysłał e-mail do biura w Orlanie?')).not.toBe('email');
  });
});

describe('a kind of line or a maximum size asked', () => {
  it('"work number" after a name asks a phone number; "work number of the order" does not', () => {
    expect(expectedAnswerType("What's Ida Brenner's work number?")).toBe('phone');
    expect(expectedAnswerType('What is her home number?')).toBe('phone');
    expect(expectedAnswerType("What is the order's work number of the job?")).not.toBe('phone');
  });

  it('a maximum or minimum size asks an amount, in English and in Spanish', () => {
    expect(expectedAnswerType('What is the maximum size of a shed in the rear yard?')).toBe('amount');
    expect(expectedAnswerType('¿Cuál es el tamaño máximo de un cobertizo?')).toBe('amount');
    expect(expectedAnswerType('What is the purpose of the shed?')).toBeUndefined();
  });
});

describe('"when" asked in Polish, French, Italian, Portuguese, Dutch or Czech', () => {
  it('asks a date, which a line naming only the event does not give', () => {
    expect(expectedAnswerType('Kiedy jest walne zebranie klubu szachowego w Lesznie?')).toBe('date');
    expect(expectedAnswerType('Quand aura lieu la fête des vendanges de Varenne ?')).toBe('date');
    expect(expectedAnswerType('Quando apre la mostra di Ortelli?')).toBe('date');
    expect(expectedAnswerType('Wanneer begint de cursus in Dalfsen?')).toBe('date');
    expect(expectedAnswerType('Kdy začíná kurz v Olešné?')).toBe('date');
    expect(carriesType('Wydarzenie: walne zebranie klubu szachowego w Lesznie.', 'date')).toBe(false);
    expect(carriesType('Termin: 14 października 2031 roku, godzina 18:00.', 'date')).toBe(true);
  });
  it('leaves "when" inside a clause alone', () => {
    expect(expectedAnswerType('Co powiedział Marek, kiedy wrócił z Leszna?')).not.toBe('date');
  });
});

describe('statesAskedDoer: the name that does the act a "who" question asks', () => {
  const question = 'Who was worried that the Tarsa order would arrive late?';
  it('reads a name opening its sentence, followed by the words asked, as the doer', () => {
    expect(statesAskedDoer('Marisol was worried that it will come after the fair ?', question)).toBe(true);
    expect(
      statesAskedDoer('Then Marisol was worried about the crates.', 'Who was worried about the crates?'),
    ).toBe(true);
  });
  it('reads no doer in a common word, another act, or a bare "is"', () => {
    expect(statesAskedDoer('Everyone was worried that it will come late.', question)).toBe(false);
    expect(statesAskedDoer('Marisol was told that it will come late.', question)).toBe(false);
    expect(statesAskedDoer('Marisol is in Leiden.', 'Who is in charge of the Tarsa order?')).toBe(false);
  });
});
