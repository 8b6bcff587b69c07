import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../index/types.ts';
import { searchHit } from './__fixtures__/search-hit.ts';
import { CitationList } from './citations.ts';
import { questionTerms } from './question-terms.ts';
import { tableCellAnswer } from './table-cell.ts';

function sheet(title: string, text: string): SearchHit {
  return searchHit({
    path: `/work/${title}.xlsx`,
    uri: `file:///work/${title}.xlsx#sheet=Sheet1`,
    title: `${title}.xlsx › Sheet1`,
    locator: { sheet: 'Sheet1', range: 'A1:F12' },
    text,
    type: 'sheet',
  });
}

const ask = (question: string, hits: SearchHit[], type?: Parameters<typeof tableCellAnswer>[3]) =>
  tableCellAnswer(questionTerms(question), hits, new CitationList(), type);

describe('tableCellAnswer', () => {
  const sales = sheet(
    'QuarterlySales',
    ['Product | Q1 | Q2 | Q3 | Q4', 'Gadgets | 120 | 135 | 150 | 170', 'Widgets | 80 | 95 | 111 | 130'].join(
      '\n',
    ),
  );

  it('finds the cell where the named row and column cross', () => {
    const answer = ask('What was the Q3 figure for Widgets?', [sales], 'amount');
    expect(answer?.answer).toBe('Widgets, Q3: 111. [1]');
  });

  it('reads the row whose labels right of the value name the question too', () => {
    // Invented: three games against one opponent, told apart only by the competition column.
    const games = sheet(
      'Results',
      [
        'Date | Team | Opponent | Venue | Goals Scored | Goals Received | Competition',
        '2021-03-02 | Harbor FC | Rivertown | h | 4 | 1 | League',
        '2021-04-10 | Harbor FC | Rivertown | a | 2 | 2 | Cup',
        '2021-05-15 | Harbor FC | Rivertown | a | 1 | 0 | League',
      ].join('\n'),
    );
    expect(
      ask('How many goals did Harbor FC score against Rivertown in the Cup?', [games], 'amount')?.answer,
    ).toBe('Rivertown, Goals Scored: 2. [1]');
  });

  it('tells stacked blocks apart by their title row', () => {
    const rates = sheet(
      'Rates',
      [
        'STANDARD PLAN | | SOLO |',
        'Income | 2019 | 2020 | 2021',
        '40000 | 0.21 | 0.2 | 0.19',
        'STANDARD PLAN | | FAMILY |',
        'Income | 2019 | 2020 | 2021',
        '40000 | 0.12 | 0.11 | 0.1',
      ].join('\n'),
    );
    expect(ask('What rate did a family earning 40,000 pay in 2020?', [rates], 'rate')?.answer).toBe(
      'STANDARD PLAN FAMILY, 40000, 2020: 0.11. [1]',
    );
    expect(ask('What rate did a solo earner on 40000 pay in 2020?', [rates], 'rate')?.answer).toBe(
      'STANDARD PLAN SOLO, 40000, 2020: 0.2. [1]',
    );
  });

  it("gives no block's title nor another year's figure for a figure whose own cell is empty", () => {
    // Invented: the 5000 row stops at 2020 in both blocks; the second block's title counts children.
    const rates = sheet(
      'Rates',
      [
        'STANDARD PLAN | | SOLO | |',
        'Income | | 2019 | 2020 | 2021',
        '5000 | | 0.04 | 0.03 |',
        '9000 | | 0.08 | 0.07 | 0.06',
        'STANDARD PLAN | | FAMILY OF 2 CHILDREN | |',
        'Income | | 2019 | 2020 | 2021',
        '5000 | | 0.02 | 0.01 |',
        '9000 | | 0.05 | 0.04 | 0.03',
      ].join('\n'),
    );
    const asked = 'On the standard plan, what rate did a solo earner on 5000 pay in 2021?';
    // Neither the other block's title nor the figure of another year under the block's title.
    expect(ask(asked, [rates], 'rate')?.found ?? false).toBe(false);
    expect(
      ask('On the standard plan, what rate did a solo earner on 9000 pay in 2021?', [rates], 'rate')?.answer,
    ).toContain('0.06');
  });

  it('reads no row labelled by a number the question writes only inside a time', () => {
    // Invented: a kiln log with no reading at 06:12:45; its row 12 is no part of that time.
    const log = sheet(
      'KilnLog',
      ['No | Reading | Shown as', '7 | 05:50:00 | 5:50 AM', '12 | 1,250 | 1,250 degrees'].join('\n'),
    );
    const asked = (question: string) =>
      tableCellAnswer(questionTerms(question), [log], new CitationList(), undefined, question);
    expect(asked('How is the reading 06:12:45 shown in the kiln log?')).toBeUndefined();
    // A number the question also writes on its own still names its row.
    expect(asked('How is row 12 of 06:12:45 shown in the kiln log?')?.answer).toContain(
      '12, Shown as: 1,250 degrees',
    );
  });

  it('reads a label written with a digit ordinal or a short form as the words the question spells out', () => {
    const kilns = sheet('Kilns', [' | Firings', '1st Qtr | 14', '2nd Qtr | 9'].join('\n'));
    expect(ask('How many firings in the second quarter?', [kilns], 'amount')?.answer).toBe(
      '2nd Qtr, Firings: 9. [1]',
    );
  });

  it('reads tables set side by side under one header row', () => {
    const pairs = sheet(
      'Pairs',
      ['Code | Count | Day | | Code | Count | Day', 'a | 1 | 2021-01-01 | | m | 11 | 2021-11-11'].join('\n'),
    );
    expect(ask('What is the Day for m?', [pairs])?.answer).toBe('m, Day: 2021-11-11. [1]');
  });

  it('gives nothing without both a row and a column named, or when the value is not the kind asked', () => {
    expect(ask('What did Gadgets sell?', [sales])).toBeUndefined();
    expect(ask('When was the Q3 figure for Widgets?', [sales], 'phone')).toBeUndefined();
    expect(
      ask('What was the Q3 figure for Widgets?', [sheet('Notes', 'Widgets are blue.\nQ3 was slow.')]),
    ).toBeUndefined();
  });

  describe('a list grouped under heading rows', () => {
    const dates = sheet(
      'Dates',
      [
        'Март |',
        '3 | Обжиг печи',
        '9 | День глазури',
        'Апрель |',
        '3 | Ярмарка керамики',
        '12 | Кружок лепки',
      ].join('\n'),
    );

    it('answers from the row whose key and heading the question names, a heading word in another ending', () => {
      expect(ask('Что будет 3 апреля?', [dates])?.answer).toBe('Апрель, 3: Ярмарка керамики. [1]');
      expect(ask('Что будет 3 марта?', [dates])?.answer).toBe('Март, 3: Обжиг печи. [1]');
    });

    it('gives nothing when the heading is not named, or for a row of several figures', () => {
      expect(ask('Что будет 3 мая?', [dates])).toBeUndefined();
      const figures = sheet('Figures', ['Spring |', 'Widgets | 80 | 95', 'Gadgets | 120 | 135'].join('\n'));
      expect(ask('How many Widgets in spring?', [figures])).toBeUndefined();
    });
  });
  it('reads a month written short in a sheet as the month the question names', () => {
    const birds = sheet(
      'BirdCount',
      ['Month | Herons | Owls', 'Jan | 4 | 12', 'Mar | 7 | 30', 'Sep | 2 | 9'].join('\n'),
    );
    expect(ask('How many owls were seen in March?', [birds], 'amount')?.answer).toBe('Mar, Owls: 30. [1]');
    expect(ask('How many herons in September?', [birds], 'amount')?.answer).toBe('Sep, Herons: 2. [1]');
  });

  it('takes no label of a record above for the column heading, and counts every label of the row', () => {
    const source = sheet(
      'OrdersSource',
      [
        'Year | Line | Units | Income',
        '2019 | Lamps | 310 | 4100',
        '2019 | Rugs | 120 | 2600',
        '2020 | Lamps | 290 | 3900',
        '2020 | Rugs | 150 | 3300',
      ].join('\n'),
    );
    // "Rugs" above a row of the same shape is a record, not the heading of the "Line" column.
    expect(ask('What was the income for Rugs in 2020?', [source])?.answer).toBe('Rugs, Income: 3300. [1]');
  });
  it('between rows that match alike, takes the one named next to the column', () => {
    const chart = sheet(
      'Chart',
      [' | Series 1 | Series 2 | Series 3', 'Teal | 1.2 | 4.5 | 7.8', 'Slate | 3.4 | 6.7 | 9'].join('\n'),
    );
    expect(ask('In the chart with Teal and Slate, what is Series 3 for Slate?', [chart])?.answer).toBe(
      'Slate, Series 3: 9. [1]',
    );
  });

  it("neither a heading row of the question's names nor a value made of them is the answer", () => {
    const text = sheet('Text', ['Data | 3', 'Teal | Slate | Plum', 'Slate | teal slate plum | 2'].join('\n'));
    expect(ask('What is 3 for Teal and Slate?', [text])).toBeUndefined();
  });

  it('needs the label that tells rows of a shared key apart', () => {
    const regions = sheet(
      'RegionSales',
      [
        'Land | Zone | Tea | Coffee',
        'Valdoria | Upper | 310 | 420',
        'Valdoria | Lower | 150 | 260',
        'Orvania | Mid | 90 | 75',
      ].join('\n'),
    );
    expect(ask('What were the Coffee sales of Valdoria Lower?', [regions])?.answer).toBe(
      'Lower, Coffee: 260. [1]',
    );
    // "Mid" is another land's zone, and Valdoria's rows stay apart only by a zone the question does not name.
    // No sentence of the table may answer in its stead: the answer is an explicit none.
    expect(ask('What were the Coffee sales of Valdoria Mid?', [regions])?.found).toBe(false);
    expect(ask('What were the Coffee sales of Valdoria?', [regions])?.found).toBe(false);
    expect(ask('What were the Tea sales of Orvania?', [regions])?.answer).toBe('Orvania, Tea: 90. [1]');
    // Figures left of the value are other columns' values, not labels: one the question happens to
    // name in another row does not make this row another record.
    const monthly = sheet('Monthly', ['Shop | Jan | Feb', 'Alder | 5 | 30', 'Birch | 12 | 40'].join('\n'));
    expect(ask('What were the Feb sales of Alder in lot 12?', [monthly])?.answer).toBe('Alder, Feb: 30. [1]');
  });
});

describe('tableCellAnswer: glossaries and code lists', () => {
  // A glossary of a kiln guild: its topic word "kiln" stands in most rows.
  const glossary = sheet(
    'PotteryGlossary',
    [
      'Terms | Explanation',
      'Kiln | A kiln is the oven a potter fires clay in.',
      'Kiln shelf | A kiln shelf holds the pots inside the kiln.',
      'Bisque | Clay fired once in the kiln, before the glaze.',
      'Cone | A cone bends in the kiln when the heat is right.',
      'Glaze | A glass coat fired onto the pot in the kiln.',
      'Wedging | Kneading clay to drive the air out.',
    ].join('\n'),
  );

  it('answers with the row the asked term keys, not the row of the topic word', () => {
    const answer = ask('What does Wedging mean in the kiln explanation of terms?', [glossary]);
    expect(answer?.answer).toContain('Kneading clay');
  });

  it('says nothing when only the topic word keys a row and the term asked is not there', () => {
    const answer = ask('What does Slip mean in the kiln explanation of terms?', [glossary]);
    expect(answer?.found).toBe(false);
  });

  it('reads a code left of the name it is asked for, under a column the question names', () => {
    const codes = sheet('Stations', ['Code | Station name', 'VLM | Valmora', 'ODR | Odrin Halt'].join('\n'));
    const answer = ask('What is the station code for Odrin Halt?', [codes], 'code');
    expect(answer?.answer).toBe('Odrin Halt, Code: ODR. [1]');
    expect(answer?.keyed).toBe(true);
  });

  it('reads a code by a name the question writes at the head of a longer one, when no other row has that name', () => {
    const codes = sheet(
      'Stations',
      ['Code | Station name', 'VLM | Valmora Junction', 'ODR | Odrin Halt Parkway', 'ODS | Odrin South'].join(
        '\n',
      ),
    );
    expect(ask('What is the station code for Valmora?', [codes], 'code')?.answer).toBe(
      'Valmora Junction, Code: VLM. [1]',
    );
    // Two rows begin with "Odrin": which one is meant is a guess.
    expect(ask('What is the station code for Odrin?', [codes], 'code')?.found ?? false).toBe(false);
  });

  it('a name at the head of a longer cell keys only a code asked by name, not a sum', () => {
    const report = sheet(
      'Treasurer',
      [
        ' | 2029 | 2030',
        'Savings Account | $4,100.00 | $3,900.00',
        'Key expenses: | ODRA Grant =$600 | ODRA Grant = $600',
        ' | Ferry line $90 | Ferry line $30',
      ].join('\n'),
    );
    const answer = ask('How much did ODRA pay for its ferry line in 2029?', [report], 'amount');
    expect(answer?.answer ?? '').not.toContain('Grant');
  });
  it('names a column by the group over it and a block by all its title rows', () => {
    const block = (name: string, kind: string, rent: string) =>
      sheet(
        name,
        [
          'Household costs by kind of tenant |',
          `${kind} |`,
          'Paid monthly |',
          'INCOME | Rent | | Fees |',
          ' | Paid | Due | Paid | Due',
          `30000 | ${rent} | 40 | 90 | 10`,
        ].join('\n'),
      );
    const solo = block('Solo', 'Solo tenant, city flat', '700');
    const family = block('Family', 'Family of four, house', '950');
    // "Paid" stands under Rent and under Fees; the group the question names picks the column.
    expect(
      ask('Which fees were paid by a solo tenant earning 30,000?', [solo, family], 'amount')?.answer,
    ).toBe(
      'Household costs by kind of tenant, Solo tenant, city flat, Paid monthly, Fees, 30000, Paid: 90. [1]',
    );
    // The block's own title names the tenant; the title over all the blocks does not tell them apart.
    expect(ask('What rent was paid by a family earning 30000?', [solo, family], 'amount')?.answer).toBe(
      'Household costs by kind of tenant, Family of four, house, Paid monthly, Rent, 30000, Paid: 950. [1]',
    );
  });

  it('refuses when blocks of one file are named alike and differ at the cell asked', () => {
    const block = (title: string, rate: string) =>
      ['Single earner |', `${title} |`, 'Income | 2020', `40000 | ${rate}`].join('\n');
    const workbook = (sheetName: string, text: string) => ({
      ...sheet('Rates', text),
      uri: `file:///work/Rates.xlsx#sheet=${sheetName}`,
      title: `Rates.xlsx › ${sheetName}`,
    });
    const full = workbook('A', block('Full rate', '0.2'));
    const reduced = workbook('B', block('Reduced rate', '0.1'));
    expect(ask('What rate did a single earner on 40000 pay in 2020?', [full, reduced], 'rate')?.found).toBe(
      false,
    );
    expect(
      ask('What full rate did a single earner on 40000 pay in 2020?', [full, reduced], 'rate')?.answer,
    ).toBe('Single earner, Full rate, 40000, 2020: 0.2. [1]');
  });

  it("counts no word of the file's title toward one block's titles", () => {
    // Invented: one sheet opens with a title over its blocks that repeats the workbook's name; the
    // other sheet has no such title. The block the question names ("discount") is the second one.
    const workbook = (sheetName: string, text: string) => ({
      ...sheet('CommuterFares', text),
      uri: `file:///work/CommuterFares.xlsx#sheet=${sheetName}`,
      title: `CommuterFares.xlsx › ${sheetName}`,
    });
    const standard = workbook(
      'Std',
      [
        'COMMUTER FARES ON WEEKDAYS |',
        'STANDARD TICKET | | ADULT |',
        'km | 2031 | 2032',
        '40 | 7.5 | 7.9',
      ].join('\n'),
    );
    const discount = workbook(
      'Dsc',
      ['DISCOUNT TICKET | | ADULT |', 'km | 2031 | 2032', '40 | 5.5 | 5.8'].join('\n'),
    );
    expect(
      ask(
        'On a discount ticket, what commuter fare did an adult pay on weekdays in 2032 for 40 km?',
        [standard, discount],
        'amount',
      )?.answer,
    ).toBe('DISCOUNT TICKET ADULT, 40, 2032: 5.8. [1]');
  });

  it('reads the row of the day asked among dated records that the question names alike', () => {
    // Invented: one club meets the same rival twice, home and away, on two days.
    const games = sheet(
      'Fixtures',
      [
        'Date | Club | Rival | Venue | Scored | Conceded',
        '2031-04-02 | Harbor Rovers | Mill Town | home | 4 | 0',
        '2031-05-09 | Harbor Rovers | Mill Town | away | 1 | 2',
        '2031-05-09 | Quay United | Old Dock | home | 0 | 0',
      ].join('\n'),
    );
    const question = 'How many goals did Harbor Rovers concede against Mill Town on 9 May 2031?';
    const answer = tableCellAnswer(
      questionTerms(question),
      [games],
      new CitationList(),
      'amount',
      question,
      '2031-05-09',
    );
    expect(answer?.answer).toBe('2031-05-09, Mill Town, Conceded: 2. [1]');
    // Without the day the two games are two records to choose between.
    expect(ask('How many goals did Harbor Rovers concede against Mill Town?', [games], 'amount')?.found).toBe(
      false,
    );
  });

  it('reads a label without its unit in brackets or its footnote mark', () => {
    const results = sheet(
      'Results',
      [' | HC | CO', 'Before [g/mi] | 1.3 | 15.4', 'After [g/mi] | 1.1 | 13.4'].join('\n'),
    );
    expect(ask('What was the After CO emission rate?', [results], 'amount')?.answer).toBe(
      'After [g/mi], CO: 13.4. [1]',
    );
  });
});

describe('tableCellAnswer: a period named as "weekly", blocks told apart by their counts', () => {
  const gains = sheet(
    'BudgetGains',
    [
      'Single earner, no children |  |  |',
      'INCOME | Gain | Gain |',
      ' | (Per Year) | (Per Week) |',
      '40,000 | 520 | 10 |',
      '60,000 | 780 | 15 |',
      ' |  |  |',
      'Single earner, two children |  |  |',
      'INCOME | Gain | Gain |',
      ' | (Per Year) | (Per Week) |',
      '40,000 | 900 | 17 |',
      '60,000 | 1,160 | 22 |',
    ].join('\n'),
  );

  it('reads "weekly" as the column labelled "per week"', () => {
    const answer = tableCellAnswer(
      questionTerms('What is the weekly gain of a single earner with no children at 60,000?'),
      [gains],
      new CitationList(),
      'amount',
      'What is the weekly gain of a single earner with no children at 60,000?',
    );
    expect(answer?.answer).toBe('Single earner, no children, Gain, 60,000, (Per Week): 15. [1]');
  });

  it('gives no other block for a count that no block has', () => {
    // Invented: pairs' blocks count two children only; the solo block names none of the pair.
    const rates = sheet(
      'Rates',
      [
        'STANDARD PLAN | | SOLO |',
        'Income | 2019 | 2020 | 2021',
        '52000 | 0.21 | 0.2 | 0.19',
        'STANDARD PLAN | | PAIR ONE EARNER 2 CHILDREN |',
        'Income | 2019 | 2020 | 2021',
        '52000 | 0.12 | 0.11 | 0.1',
      ].join('\n'),
    );
    const question =
      'Under the standard plan, which rate applied in 2020 to a pair with one earner and four children on 52000?';
    const answer = tableCellAnswer(questionTerms(question), [rates], new CitationList(), 'rate', question);
    expect(answer?.found ?? false).toBe(false);
    const two = question.replace('four', 'two');
    expect(tableCellAnswer(questionTerms(two), [rates], new CitationList(), 'rate', two)?.answer).toBe(
      'STANDARD PLAN PAIR ONE EARNER 2 CHILDREN, 52000, 2020: 0.11. [1]',
    );
  });

  it('takes the block whose count of a thing is the one asked', () => {
    const question = 'What is the yearly gain of a single earner with two children at 40,000?';
    const answer = tableCellAnswer(questionTerms(question), [gains], new CitationList(), 'amount', question);
    expect(answer?.answer).toBe('Single earner, two children, Gain, 40,000, (Per Year): 900. [1]');
  });
});

describe('labels with an outline number and a shortened column', () => {
  const grid = sheet(
    'Pflegeplan',
    [
      'Nr. | Bereich | Umfang | Punkte | max. Punkte',
      '1 | Velm | 1.1 Einkauf und Kochen | 2 | 8',
      '2 | Brenlac | 2.1 Wäsche, Kleidung und Wege | 0 | 4',
    ].join('\n'),
  );

  it('reads a row label past its outline number, and "max." as maximal', () => {
    const answer = ask(
      'Wie viele Punkte zählen Wäsche, Kleidung und Wege im Pflegeplan maximal?',
      [grid],
      'amount',
    );
    expect(answer?.answer).toBe('2.1 Wäsche, Kleidung und Wege, max. Punkte: 4. [1]');
  });
});

describe('labels spread over several rows or columns', () => {
  it('reads a row under a label spread over several rows by that label and its own', () => {
    // Invented: a pivot whose year label stands on the first of its two rows only.
    const pivot = sheet(
      'HarvestPivot',
      [
        ' |  | Crop |  | ',
        'Year | Data | Barley | Oats | Rye',
        '2031 | Sum of Yield | 410 | 220 | 95',
        ' | Sum of Price | 18.5 | 12.25 | 30.75',
        '2032 | Sum of Yield | 430 | 240 | 90',
        ' | Sum of Price | 19.5 | 13.25 | 31.75',
      ].join('\n'),
    );
    expect(ask('What was the price of the Oats crop in 2031?', [pivot], 'amount')?.answer).toMatch(/12\.25/);
  });

  it('reads a column under a header label spread over several columns', () => {
    // Invented: a year heading over two measures, written once.
    const grid = sheet(
      'HarvestGrid',
      [
        ' | 2031 |  | 2032 | ',
        'Crop | Yield | Price | Yield | Price',
        'Oats | 220 | 12.25 | 240 | 13.25',
      ].join('\n'),
    );
    const answer = ask('What was the Oats price for 2032?', [grid], 'amount');
    expect(answer?.answer).toMatch(/13\.25/);
  });
});
