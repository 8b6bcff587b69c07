import { describe, expect, it } from 'vitest';
import { isBulk, passageUnits } from './passage-text.ts';

// From ../shared/corpus/email/enron/allen-p/sent.mbox (Phillip Allen to Greg, 2001-03-20), as wrapped there.
const WRAPPED = `Greg,

just a note to let you know I will be out of the office Wed(3/21) until
Thurs(3/23).  The kids are on spring break.  I will be in San Marcos and you
can reach me on my cell phone 713-410-4679 or email pallen70@hotmail.com.

I spoke to Gordon Kohutek this morning.  He was contracted to complete the
soils study.  He says he will be done with his report by the end of the
week.  I don't know who needs this report.  I told Gordon you might call to
inquire about what work he performed. His number is 512-930-5832.

Phillip`;

const texts = (text: string, type: 'email' | 'sheet' | 'chat' = 'email') =>
  passageUnits({ text, type }).map((unit) => unit.text);

describe('passageUnits', () => {
  it('joins lines a mail program wrapped with an empty line after each, not paragraphs that end', () => {
    const units = texts(
      [
        'Thank you for thinking of me for the opening in the',
        '',
        'harbour office.  Sadly with the move of my family to Tarnby, I am',
        '',
        'not able to take on a new post this spring.',
        '',
        'Best wishes to the whole team',
        '',
        'Orla',
      ].join('\n'),
    );
    expect(units).toContain(
      'Sadly with the move of my family to Tarnby, I am not able to take on a new post this spring.',
    );
    expect(units).toContain('Best wishes to the whole team');
    expect(units).toContain('Orla');
    // Notes typed as lower-case lines, one blank apart, stay apart.
    const notes = texts(
      ['called his desk to shift it to 3/14', '', 'spoke with Bo and moved to 4:00'].join('\n'),
    );
    expect(notes).toContain('called his desk to shift it to 3/14');
  });

  it('joins hard-wrapped lines before splitting sentences', () => {
    const units = texts(WRAPPED);
    expect(units).toContain(
      'I will be in San Marcos and you can reach me on my cell phone 713-410-4679 or email pallen70@hotmail.com.',
    );
    expect(units).toContain('He says he will be done with his report by the end of the week.');
    expect(units).toContain('Greg,');
    expect(units).toContain('Phillip');
  });

  it('removes quote markers, joins quoted lines and marks them as quoted history', () => {
    const units = passageUnits({
      type: 'email',
      text: 'Sounds good to me.\n\n> The closing was to be this Thursday but it has been delayed until\n> Friday April 20th.  Can you stay on until then?',
    });
    expect(units[0]).toMatchObject({ text: 'Sounds good to me.', role: 'body' });
    expect(units[1]).toMatchObject({
      text: 'The closing was to be this Thursday but it has been delayed until Friday April 20th.',
      role: 'quoted',
    });
  });

  it('marks text after an original-message line as quoted and after "--" as boilerplate', () => {
    const units = passageUnits({
      type: 'email',
      text: 'Yes, approved.\n\n-----Original Message-----\nFrom: Ann\nCan we raise the limit?\n--\nAnn Smith, Treasury',
    });
    // The quoted header line ("From: Ann") is no sentence of the history.
    expect(units.map((unit) => unit.role)).toEqual(['body', 'quoted', 'boilerplate']);
    expect(units[1]?.text).toBe('Can we raise the limit?');
  });

  it("measures the wrap width on the prose, not on a quoted header's long address line", () => {
    const units = passageUnits({
      type: 'email',
      text: [
        'Well done.',
        '',
        ' -----Original Message-----',
        'From: \tAnn.Lee@ExampleWidgets.com@ACME [mailto:IMCEANOTES-Ann+2ELee+40ExampleWidgets+2Ecom+40ACME@ACME.com] ',
        'Sent:\tMonday, May 14, 2001 9:12 AM',
        'Subject:\tnews',
        '',
        'Thought you would like to hear how the weekend went, since you saw me',
        'start out in the club races years ago.  I ran my first marathon at Twin',
        'Lakes in Oregon.  A long day, but I finished.',
      ].join('\n'),
    });
    expect(units.map((unit) => unit.text)).toContain('I ran my first marathon at Twin Lakes in Oregon.');
  });

  it('never joins an empty quoted header field to the sentence below it', () => {
    const units = passageUnits({
      type: 'email',
      text: 'Two ideas below.\n\n-----Original Message-----\nFrom:\tAnn Lee/ACME@acme on 05/02/2001 04:29 PM\nTo:\tBo Day/ACME@acme, Eve Ross/ACME@acme\ncc:\nSubject:\t\nHello everyone.\nWe moved the retreat to June.',
    });
    expect(units.filter((unit) => unit.role === 'quoted').map((unit) => unit.text)).toEqual([
      'Hello everyone.',
      'We moved the retreat to June.',
    ]);
  });

  it('keeps list items and field lines apart', () => {
    expect(texts('Agenda:\n- budget review for the quarter\n- hiring plan\nRoom: 14C2\nTime: 9:00')).toEqual([
      'Agenda:',
      'budget review for the quarter',
      'hiring plan',
      'Room: 14C2',
      'Time: 9:00',
    ]);
  });

  it('reads table rows as "label: value" sentences, under their column when there are several', () => {
    expect(
      texts(' | Item | Amount |  | \n | Rent/mortgage | 800 |  | \n | Electric | 120 |  | ', 'sheet'),
    ).toEqual(['Item, Amount', 'Rent/mortgage: 800', 'Electric: 120']);
    expect(texts('日期 | 105年1月 | 105年2月\n玉山商業銀行 | 103324 | 98000', 'sheet')).toEqual([
      '日期, 105年1月, 105年2月',
      '玉山商業銀行, 105年1月: 103324',
      '玉山商業銀行, 105年2月: 98000',
    ]);
  });

  it('reads chat lines as speaker and words', () => {
    expect(
      passageUnits({ type: 'chat', text: 'bob2: billytwowilly: install linux-headers-2.6.8.1-3-686' }),
    ).toEqual([
      { text: 'billytwowilly: install linux-headers-2.6.8.1-3-686', role: 'body', line: 0, speaker: 'bob2' },
    ]);
  });
});

describe('isBulk', () => {
  it('tells newsletters from personal mail', () => {
    expect(isBulk('Weekly digest.\nTo unsubscribe, click here.')).toBe(true);
    expect(isBulk(WRAPPED)).toBe(false);
  });
});

describe('hard wraps that end a line early', () => {
  it('joins a line whose next word would not have fit, and a line that goes on in lower case', () => {
    const text = [
      'Thanks for the note about the lease; the bank has all it needs from us now.',
      '',
      'We will send it on Tuesday and e-mail you the',
      'Closing-Statement-of-Account-Form afterwards.',
      '',
      '> Ana said the new van',
      '> arrives on the 14th.',
    ].join('\n');
    const units = passageUnits({ text, type: 'email' });
    expect(units.map((unit) => unit.text)).toEqual([
      'Thanks for the note about the lease; the bank has all it needs from us now.',
      'We will send it on Tuesday and e-mail you the Closing-Statement-of-Account-Form afterwards.',
      'Ana said the new van arrives on the 14th.',
    ]);
    expect(units[2]?.role).toBe('quoted');
  });
});

describe('a row of figures under a header of names', () => {
  it('reads each figure with its column, and the header line goes', () => {
    const units = passageUnits({
      type: 'sheet',
      text: 'Pantry count |  | \nflour | sugar | total\n4 | 6 | 10',
    }).map((unit) => unit.text);
    expect(units).toContain('flour: 4, sugar: 6, total: 10');
    expect(units).not.toContain('flour, sugar, total');
  });
});

describe('labelled lines laid out with tabs', () => {
  it('reads "Label:<tab>value" lines as labels and values, not a header over a row of figures', () => {
    const units = texts(['Courier deposits', '\tTiming:\t Next Tuesday', '\tOdds:\t 70%'].join('\n'));
    expect(units.join(' ')).toContain('Odds: 70%');
    expect(units.join(' ')).not.toContain('Odds, Next Tuesday');
  });
});

describe('a header whose address list runs on over several lines', () => {
  it('is no sentence of the quoted message, all its lines left out', () => {
    const units = texts(
      [
        'See below.',
        '',
        '-----Original Message-----',
        'From: Cy Lam/SF/ACME@ACME on 03/02/2001 09:19 PM',
        'To: Ana Ruiz/HOU/ACME@ACME, Ben Ode/HOU/ACME@ACME, Dara',
        'Quill/SF/ACME@ACME, Eli Moss/NA/ACME@ACME, Fay',
        'Noon/HOU/ACME@ACME',
        'cc:',
        'Subject: Harbour offsite',
        '',
        'We met with the port board on Thursday in Lisbon.',
      ].join('\n'),
    );
    expect(units).toContain('We met with the port board on Thursday in Lisbon.');
    expect(units.some((unit) => unit.includes('@ACME'))).toBe(false);
  });

  it('a line of prose that names an address is kept', () => {
    const units = texts('Please send the signed copy to ana.ruiz@example.com by Friday.');
    expect(units).toContain('Please send the signed copy to ana.ruiz@example.com by Friday.');
  });
});

describe('a passage that starts inside a header', () => {
  it('leaves out the rest of the address list and the header lines after it', () => {
    const units = texts(
      [
        'Quill/SF/ACME@ACME, Eli Moss/NA/ACME@ACME, Fay',
        'Noon/HOU/ACME@ACME',
        'cc:',
        'Subject: Harbour offsite, need your suggestions',
        '',
        'We met with the port board on Thursday in Lisbon.',
      ].join('\n'),
    );
    expect(units).toEqual(['We met with the port board on Thursday in Lisbon.']);
  });
});

describe('tables among paragraphs', () => {
  it('reads each row of a table between paragraphs as one sentence under its headings, a row with an empty last cell too', () => {
    const units = texts(
      'The kiln log follows.\nGlaze | Cone\nCeladon | 10\nTenmoku |\nFootnote: fired twice.',
      'sheet',
    );
    expect(units).toContain('The kiln log follows.');
    expect(units).toContain('Glaze: Celadon, Cone: 10');
    expect(units).toContain('Glaze: Tenmoku');
    expect(units).toContain('Footnote: fired twice.');
    expect(units.some((unit) => unit.includes('|'))).toBe(false);
  });

  it('reads a record of words under the header, not as a header of its own', () => {
    // Invented customers; the middle row has no figure in any cell.
    const units = texts(
      [
        'Contact Name | Address | City | Postal Code | Phone',
        'Ana Ruiz | 4 Mill Lane | Leeds | LS1 4AB | (0113) 555-0101',
        'Lars Berg | Ringvägen 8 | Umeå | 90 | 090-12 34 56',
      ].join('\n'),
      'sheet',
    );
    expect(units).toContain(
      'Contact Name: Ana Ruiz, Address: 4 Mill Lane, City: Leeds, Postal Code: LS1 4AB, Phone: (0113) 555-0101',
    );
    expect(units).toContain('Lars Berg, Postal Code: 90');
    expect(units).toContain('Lars Berg, City: Umeå');
    // Not headed by the record above it ("Lars Berg, LS1 4AB: 90"), nor said as a header.
    expect(units.some((unit) => unit.includes('LS1 4AB: ') || unit.startsWith('Ana Ruiz, '))).toBe(false);
  });

  it('reads a row of a label and words as "label: words", and a new table beside as headed', () => {
    const units = texts(
      [
        'Term | Meaning',
        'Plaintiff | The party who brings the action.',
        'Defendant | The party the action is brought against.',
        ' |  | Region | Sales',
        ' |  | North | 1,200',
      ].join('\n'),
      'sheet',
    );
    expect(units).toContain('Plaintiff: The party who brings the action.');
    expect(units).toContain('Defendant: The party the action is brought against.');
    expect(units).toContain('Region, Sales');
    expect(units).toContain('North: 1,200');
  });

  it('does not give a label of one table to the headed figures of a table beside it', () => {
    // Two tables side by side, as in a budget sheet: items in B:C, a summary headed in E:G.
    const units = texts(
      [
        ' | Item | Amount |  |  |  | ',
        ' | Rent | $900 |  |  |  | ',
        ' |  |  |  | Income | Spent | Left',
        ' | COSTS |  |  | $2,000 | $1,500 | $500',
        ' | Food | $300 |  |  |  | ',
      ].join('\n'),
      'sheet',
    );
    expect(units).toContain('Income: $2,000, Spent: $1,500, Left: $500');
    expect(units.some((unit) => unit.startsWith('COSTS, '))).toBe(false);
    expect(units).toContain('Rent: $900');
  });
});

describe('a table of labels and words among paragraphs', () => {
  it('reads each row as its label and words, no row taken for a header', () => {
    const units = texts(
      [
        'Dates to keep in mind',
        'Open days at the colleges | from 24 to 30 July',
        '- Results of the assignments are announced | on 7 August in the evening',
        'Phase 2 : |',
        '- Confirmations : | from 8 to 12 August',
      ].join('\n'),
      'sheet',
    );
    expect(units).toContain('- Results of the assignments are announced: on 7 August in the evening');
    expect(units).toContain('Phase 2');
    expect(units).toContain('- Confirmations: from 8 to 12 August');
  });
});

describe('slide points', () => {
  // Invented: a board slide whose short points would look hard-wrapped to a mail's width rule.
  const BOARD = [
    'Board of the Lantern Guild 2031',
    'Chair – Orla Venkat (Harbourside)',
    'Vice-Chair – Tomasz Ilunga (Northgate)',
    'Keeper of Records – Ines Marlow (Harbourside)',
    'Treasurer – Bo Akintola (Westmere)',
    'Ward Wardens',
    'Harbourside – Pia Sørlie',
    'Northgate – Cal Ferreira',
  ].join('\n');

  it('keeps a point that ends with a closing bracket apart from the short heading after it', () => {
    const units = passageUnits({ text: BOARD, type: 'slide' }).map((unit) => unit.text);
    expect(units).toContain('Treasurer – Bo Akintola (Westmere)');
    expect(units.some((text) => text.includes('Bo Akintola') && text.includes('Ward Wardens'))).toBe(false);
  });

  it('still joins a slide line that goes on in lower case', () => {
    const units = passageUnits({
      text: 'Lantern fees for the winter season are\ncollected at the gate by the wardens',
      type: 'slide',
    }).map((unit) => unit.text);
    expect(units).toEqual(['Lantern fees for the winter season are collected at the gate by the wardens']);
  });
});

describe('a list of dates grouped by month', () => {
  it('reads a day under a month heading as a day of that month', () => {
    const units = passageUnits({
      type: 'document',
      text: 'Март | \n2 | День ветеранов Велмы\n14 | Ярмарка в Бренлаке\nApril | \n3 | Orvanne kite day',
    } as never).map((unit) => unit.text);
    expect(units).toContain('Ярмарка в Бренлаке: Март 14');
    expect(units).toContain('Orvanne kite day: April 3');
  });

  it('leaves a row of figures under a month as it was', () => {
    const units = passageUnits({
      type: 'document',
      text: 'March | \n3 | 120 | 45\n9 | 80 | 12',
    } as never).map((unit) => unit.text);
    expect(units.some((text) => text.includes('March 3'))).toBe(false);
  });
});
