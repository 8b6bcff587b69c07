import { describe, expect, it } from 'vitest';
import { formatCellValue, formatGeneral } from './format-cell-value.ts';

describe('formatCellValue', () => {
  // [value, format, what LibreOffice's CSV export (cell contents as shown) writes for it]
  const shownByLibreOffice: [number, string, string][] = [
    [5894.832, '#,##0', '5,895'],
    [5894.832, '0', '5895'],
    [1234567.891, '#,##0.00', '1,234,567.89'],
    [0.125, '0%', '13%'],
    [0.1234, '0.0%', '12.3%'],
    [0.5, '0.00%', '50.00%'],
    [1234.5, '"$"#,##0.00', '$1,234.50'],
    [1234.5, '$#,##0.00', '$1,234.50'],
    [-1234.5, '$#,##0.00', '-$1,234.50'],
    [-1234.5, '"$"#,##0.00;("$"#,##0.00)', '($1,234.50)'],
    [-1200, '#,##0;(#,##0)', '(1,200)'],
    [-1200, '#,##0', '-1,200'],
    [0, '0.00;-0.00;"-"', '-'],
    [-3.5, '[Red]0.0', '-3.5'],
    [-3.5, '0.0;[Red]0.0', '3.5'],
    [1500, '[$\u20ac-407] #,##0', '\u20ac 1,500'],
    [1500, '#,##0.00 [$\u20ac-407]', '1,500.00 \u20ac'],
    [42, '0" units"', '42 units'],
    [42, '0\\k\\g', '42kg'],
    [12, '@', '12'],
    [12000, '0.00E+00', '1.20E+04'],
    [0.00012, '0.00E+00', '1.20E-04'],
    [12345, '##0.0E+0', '12.3E+3'],
    [123456789, '0.0E+0', '1.2E+8'],
    [1234567, '#,##0,', '1,235'],
    [1234567, '#,##0.0,,"M"', '1.2M'],
    [0.25, '# ?/?', ' 1/4'],
    [1.75, '# ?/?', '1 3/4'],
    [3.14159, '# ??/??', '3 14/99'],
    [2.5, '?/4', '10/4'],
    [0.3, '# ?/10', ' 3/10'],
    [5, '00000', '00005'],
    [123456789, '000\\-00\\-0000', '123-45-6789'],
    [5551234567, '(###) ###-####', '(555) 123-4567'],
    [0.5, '#.00', '.50'],
    [7, '0.0#', '7.0'],
    [7.25, '0.0#', '7.25'],
    [150, '[>=100]"big";[<0]"neg";"small"', 'big'],
    [50, '[>=100]"big";[<0]"neg";"small"', 'small'],
    [-5, '[>=100]"big";[<0]"neg";"small"', 'neg'],
    [1234.567, '_(* #,##0.00_);_(* \\(#,##0.00\\);_(* "-"??_);_(@_)', ' 1,234.57 '],
    [-1234.567, '_(* #,##0.00_);_(* \\(#,##0.00\\);_(* "-"??_);_(@_)', ' (1,234.57)'],
    [0, '_(* #,##0.00_);_(* \\(#,##0.00\\);_(* "-"??_);_(@_)', ' -   '],
    [
      1234.567,
      '_-* #,##0.00\\ "\u20ac"_-;\\-* #,##0.00\\ "\u20ac"_-;_-* "-"??\\ "\u20ac"_-;_-@_-',
      ' 1,234.57 \u20ac ',
    ],
    [-0.4, '0', '0'],
    [0.4, '0', '0'],
    [1.005, '0.00', '1.01'],
    [2.5, '0', '3'],
    [-2.5, '0', '-3'],
    [1e-10, 'General', '1E-10'],
    [0.1, 'General', '0.1'],
    [5894.832, 'General', '5894.832'],
    [-17, 'General', '-17'],
    [12, '0;;', '12'],
    [-12, '0;;', ''],
    [0, '0;;', ''],
    [1234, '#,##0;[Red]-#,##0', '1,234'],
    [-1234, '#,##0;[Red]-#,##0', '-1,234'],
    [0.07, '0%;[Red]-0%', '7%'],
    [1234, '[$USD] #,##0', 'USD 1,234'],
    [3, '[Blue]General', '3'],
    [1234.5, '#,##0.00\\ [$\u20ac-1]', '1,234.50 \u20ac'],
    [12.3456, '0.000', '12.346'],
    [100, '0.0"%"', '100.0%'],
    [25, '"Total: "0', 'Total: 25'],
    [0, '#,##0', '0'],
    [0, '#', ''],
    [0.75, '#.##', '.75'],
  ];
  it.each(shownByLibreOffice)('shows %s under %s as %j', (value, format, shown) => {
    expect(formatCellValue(value, format)).toBe(shown);
  });

  it('rounds the decimal digits a person sees, as Excel does', () => {
    // LibreOffice writes 17.8% (it scales 0.1785 in binary first); Excel shows 17.9%.
    expect(formatCellValue(0.1785, '0.0%')).toBe('17.9%');
    expect(formatCellValue(2.675, '0.00')).toBe('2.68');
  });

  it('shows General as Excel does, keeping whole numbers whole', () => {
    expect(formatGeneral(1 / 3)).toBe('0.33333333333');
    expect(formatGeneral(0.1 + 0.2)).toBe('0.3');
    expect(formatGeneral(123456789012)).toBe('123456789012');
    expect(formatGeneral(1.5e20)).toBe('1.5E+20');
    expect(formatCellValue(5894.832, undefined)).toBe('5894.832');
  });

  it('applies a text section or @ to text, and leaves other text alone', () => {
    expect(formatCellValue('North', '"Region: "@')).toBe('Region: North');
    expect(formatCellValue('North', '0.00;-0.00;0;"<"@">"')).toBe('<North>');
    expect(formatCellValue('North', '#,##0')).toBe('North');
  });

  it('falls back to General for sections it does not show (dates, elapsed time)', () => {
    expect(formatCellValue(-1.25, 'mm-dd-yy')).toBe('-1.25');
    expect(formatCellValue(1.5, '[h]:mm:ss')).toBe('1.5');
  });
});
