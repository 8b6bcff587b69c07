/**
 * @module format-number
 * Shows a number the way a spreadsheet's number format would, for the common formats:
 * currency and literal prefixes/suffixes, thousands separators, fixed decimals, percentages
 * (ECMA-376 Part 1, 18.8.31 numFmt). Date, time, fraction and scientific formats are left to
 * the caller (undefined), as are formats this module does not understand.
 *
 * @example formatNumber(22296, '"$"#,##0') // "$22,296"
 */

/** The number as its format shows it, or undefined when the format is not a plain number format. */
export function formatNumber(value: number, numberFormat: string | undefined): string | undefined {
  if (!numberFormat || !Number.isFinite(value)) return undefined;
  const sections = splitSections(numberFormat);
  let section = sections[0] ?? '';
  let sign = value < 0 ? '-' : '';
  if (value < 0 && sections[1] !== undefined) {
    section = sections[1];
    sign = '';
  } else if (value === 0 && sections[2] !== undefined) {
    section = sections[2];
  }
  if (/^general$/i.test(section.trim())) return undefined;
  const parsed = parseSection(section);
  if (!parsed) return undefined;
  if (parsed.literalOnly) return parsed.prefix;
  const scaled = Math.abs(value) * (parsed.percent ? 100 : 1);
  const fixed = scaled.toFixed(parsed.decimals);
  const [whole = '0', fraction] = fixed.split('.');
  const grouped = parsed.thousands ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole;
  const digits = fraction !== undefined ? `${grouped}.${fraction}` : grouped;
  return `${sign}${parsed.prefix}${digits}${parsed.suffix}`;
}

function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = '';
  let quoted = false;
  for (let index = 0; index < format.length; index++) {
    const char = format[index] ?? '';
    if (char === '"') quoted = !quoted;
    if (char === '\\' && !quoted) {
      current += char + (format[index + 1] ?? '');
      index++;
      continue;
    }
    if (char === ';' && !quoted) {
      sections.push(current);
      current = '';
      continue;
    }
    current += char;
  }
  sections.push(current);
  return sections;
}

type Section = {
  prefix: string;
  suffix: string;
  decimals: number;
  thousands: boolean;
  percent: boolean;
  /** A section of text only (e.g. "-" for zero): shown as it is. */
  literalOnly: boolean;
};

function parseSection(section: string): Section | undefined {
  let prefix = '';
  let suffix = '';
  let decimals = 0;
  let thousands = false;
  let percent = false;
  let seenDigit = false;
  let afterPoint = false;
  for (let index = 0; index < section.length; index++) {
    const char = section[index] ?? '';
    const literal = (text: string) => {
      if (seenDigit) suffix += text;
      else prefix += text;
    };
    if (char === '"') {
      const end = section.indexOf('"', index + 1);
      if (end < 0) return undefined;
      literal(section.slice(index + 1, end));
      index = end;
    } else if (char === '\\') {
      literal(section[index + 1] ?? '');
      index++;
    } else if (char === '[') {
      const end = section.indexOf(']', index);
      if (end < 0) return undefined;
      const inside = section.slice(index + 1, end);
      // [$€-407] carries a currency symbol; [Red], [>100] and locale tags only style or condition.
      if (inside.startsWith('$')) literal(inside.slice(1).split('-')[0] ?? '');
      index = end;
    } else if (char === '_' || char === '*') {
      if (char === '_') literal(' ');
      index++;
    } else if (char === '0' || char === '#' || char === '?') {
      seenDigit = true;
      if (afterPoint) decimals++;
    } else if (char === '.') {
      if (!seenDigit) return undefined;
      afterPoint = true;
    } else if (char === ',') {
      if (seenDigit && !afterPoint) thousands = true;
    } else if (char === '%') {
      percent = true;
      literal('%');
    } else if (/[$€£¥ ()+\-:]/.test(char)) {
      literal(char);
    } else {
      // Dates, times, fractions, exponents, text placeholders: not a plain number format.
      return undefined;
    }
  }
  if (!seenDigit)
    return prefix ? { prefix, suffix, decimals, thousands, percent, literalOnly: true } : undefined;
  return { prefix, suffix, decimals, thousands, percent, literalOnly: false };
}
