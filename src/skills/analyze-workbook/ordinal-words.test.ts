import { describe, expect, it } from 'vitest';
import { askCsv as ask } from '../../../test/helpers/analysis-csv.ts';
import { ordinalNumeralWords } from './ordinal-words.ts';

// Invented mills: years of work written in several forms.
const MILLS = `Mill,Working
Old Weir,1887–1931
Fenby,"1902-1950; 1961–1970"
Kettle Lane,c. 1795 to 1880
Marsh End,1911–present
Upper Holm,1850s–1899
`;

describe('ordinal words and numeral labels', () => {
  it('reads ordinal words as the numerals a label writes', () => {
    expect(ordinalNumeralWords(['nineteenth'])).toEqual(['19', 'th']);
    expect(ordinalNumeralWords(['twenty', 'first'])).toEqual(['21', 'st']);
    expect(ordinalNumeralWords(['mean', 'count'])).toEqual([]);
  });
  it('bins the first four-digit number into decade labels and counts a slot naming one', () => {
    const answer = ask(MILLS, {
      question: 'How many mills began in the 1880s and how many in the 1900s?',
      constraints:
        "The first year is the first four-digit number in Working. Bin it into '1880s' for 1880 to 1889 and '1900s' for 1900 to 1909.",
      format: '@began_1880s[count], @began_1900s[count] where both are integers.',
    });
    expect(answer.slots).toEqual({ began_1880s: '1', began_1900s: '1' });
  });
  it('finds the bin labelled by a numeral ordinal from a slot written in words', () => {
    const answer = ask(MILLS, {
      question: 'How many mills started in the 18th century and how many in the 19th century?',
      constraints:
        "The first year is the first four-digit number in Working. Bin it into centuries: '18th' for 1700 to 1799, '19th' for 1800 to 1899 and '20th' for 1900 to 1999.",
      format: '@eighteenth[count], @nineteenth[count] where both are integers.',
    });
    // 1795; then 1887 and 1850.
    expect(answer.slots).toEqual({ eighteenth: '1', nineteenth: '2' });
  });
});
