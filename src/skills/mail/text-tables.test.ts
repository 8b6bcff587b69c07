import { describe, expect, it } from 'vitest';
import { tableRow, withColumnNames, withTotals } from './text-tables.ts';

describe('tables typed into a mail', () => {
  it('writes a row with its column names, led by the sentence that introduces it', () => {
    const lines = [
      'Here are the offers.',
      'Low High',
      'Rent $1,200 $1,500',
      'Deposit 2 MM 3 MM',
      'Call me after lunch.',
    ];
    expect(withColumnNames(lines)).toEqual([
      'Here are the offers \u2014 Rent: low $1,200, high $1,500; Deposit: low 2 MM, high 3 MM',
      'Call me after lunch.',
    ]);
  });

  it('keeps a month or a weekday in its capitals', () => {
    expect(withColumnNames(['June July', 'Labour 3187 3428'])).toEqual(['Labour: June 3187, July 3428']);
    expect(withColumnNames(['Market Monday', 'Fish 3 4'])).toEqual(['Fish: market 3, Monday 4']);
  });

  it('leaves rows alone when the header does not have a name for each figure', () => {
    const lines = ['Low High', 'Rent 1 2 3'];
    expect(withColumnNames(lines)).toEqual(lines);
  });

  it('names a total with its title and the rows it adds up', () => {
    const lines = ['Ferry Tickets', 'I. Berg 12', 'Harbour Office 30', 'Total 42', 'More next week.'];
    expect(withTotals(lines)).toEqual([
      'Ferry Tickets: total 42 (I. Berg 12, Harbour Office 30)',
      'More next week.',
    ]);
  });

  it('reads no sentence in words as a row', () => {
    expect(tableRow('We sold the boat for 12')).toBeUndefined();
    expect(tableRow('Harbour Office 30')).toEqual({ label: 'Harbour Office', figures: ['30'] });
  });
});
