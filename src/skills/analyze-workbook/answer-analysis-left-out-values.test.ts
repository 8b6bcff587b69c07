import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode } from '../../../test/helpers/analysis-csv.ts';

// Invented bakery orders: who ordered, whether it was delivered, the shop and the bill. Both yes/no
// columns hold "Yes", and the last row is a summary whose Customer is a lone dash.
const ORDERS = `Customer,Delivered,Paid_Online,Shop,Bill
Orla Finch,Yes,No,Hillside,12
Piet Marsh,No,No,Quayside,20
Quin Rowe,Yes,Yes,Hillside,16
Rhea Dunn,No,Yes,Old Town,30
Sami Voss,Yes,Yes,Quayside,8
Teo Brandt,No,No,Old Town,26
-,-,-,-,100
`;

const MEAN = (slot: string) => ({
  format: `{\n@${slot}[avg]\nwhere "avg" is rounded to two decimal places.\n}`,
});

describe('a value said of the rows a sentence leaves out', () => {
  it('drops the rows holding a quoted value, on the column named alone', () => {
    // Not delivered: 20, 30, 26 → 25.33 (the summary row's Delivered is missing, so it stays: 100).
    expect(
      ask(ORDERS, {
        question: 'What is the average bill?',
        constraints: '{\nDrop the rows whose "Delivered" is "Yes". Take the mean of "Bill".\n}',
        ...MEAN('mean_bill'),
      }).slots,
    ).toEqual({ mean_bill: '44.00' });
  });

  it('reads "is not" before a value as leaving it out, on that column and no other', () => {
    // Paid_Online not "Yes": 12, 20, 26, and the summary row's 100 → 39.50; Delivered is left as it is.
    expect(
      ask(ORDERS, {
        question: 'What is the average bill?',
        constraints: '{\nKeep the rows whose "Paid_Online" is not "Yes". Take the mean of "Bill".\n}',
        ...MEAN('mean_bill'),
      }).slots,
    ).toEqual({ mean_bill: '39.50' });
  });

  it('reads an unquoted value the question leaves out', () => {
    // Shop not Hillside: 20, 30, 8, 26, 100 → 36.80.
    expect(
      ask(ORDERS, {
        question: 'What is the average bill, leaving out the orders whose Shop is Hillside?',
        constraints: '',
        ...MEAN('mean_bill'),
      }).slots,
    ).toEqual({ mean_bill: '36.80' });
    expect(
      ask(ORDERS, {
        question: 'What is the average bill of the orders whose Shop is not Hillside?',
        constraints: '',
        ...MEAN('mean_bill'),
      }).slots,
    ).toEqual({ mean_bill: '36.80' });
  });

  it('drops a row whose cell is a lone dash as a missing cell', () => {
    // The six orders: 112 / 6 = 18.67.
    expect(
      ask(ORDERS, {
        question: 'What is the average bill of the orders?',
        constraints:
          '{\nOmit the row whose "Customer" is "-" (it sums the others). Take the mean of "Bill".\n}',
        ...MEAN('mean_bill'),
      }).slots,
    ).toEqual({ mean_bill: '18.67' });
  });

  it('refuses rows left out by two conditions together', () => {
    expect(
      refusalCode(ORDERS, {
        question: 'What is the average bill?',
        constraints:
          '{\nDrop the rows whose "Delivered" is "Yes" and whose "Shop" is "Hillside". Take the mean of "Bill".\n}',
        ...MEAN('mean_bill'),
      }),
    ).toBe('unsupported');
  });
});
