/**
 * @module format-cell-value
 * The text a spreadsheet shows for a cell value under its number format (ECMA-376 Part 1,
 * 18.8.31 numFmt; the grammar Excel and LibreOffice share): sections
 * (positive;negative;zero;text) and [>=100] conditions, digit placeholders 0 # ?, thousands
 * and scaling commas, fixed decimals, percent, scientific E+/E-, fractions, quoted and
 * escaped literals, currency blocks like [$€-407], colours skipped, @ for text. A format
 * this module cannot show (dates and times, which the reader turns into ISO dates) falls
 * back to General: up to 11 significant digits, as Excel shows an unformatted number.
 *
 * @example formatCellValue(5894.832, '#,##0') // "5,895"
 * @example formatCellValue(-1234.5, '"$"#,##0.00;("$"#,##0.00)') // "($1,234.50)"
 * @example formatCellValue(0.125, '0%') // "13%"
 */

/** The displayed text of a number or a text under a number format; General when there is none. */
export function formatCellValue(value: number | string, formatCode: string | undefined): string {
  if (!formatCode) return typeof value === 'string' ? value : formatGeneral(value);
  const sections = splitSections(formatCode);
  if (typeof value === 'string') return formatText(value, sections);
  if (!Number.isFinite(value)) return String(value);
  const chosen = chooseSection(value, sections);
  if (!chosen) return formatGeneral(value);
  const { section, signed } = chosen;
  const parsed = parseSection(section);
  if (!parsed) return formatGeneral(value);
  const sign = signed && value < 0 ? '-' : '';
  const shown = renderNumber(Math.abs(value), parsed);
  if (shown === undefined) return formatGeneral(value);
  // A negative that rounds to nothing shows no sign: -0.4 under "0" is "0", as LibreOffice writes it.
  return sign && /[1-9]/.test(shown) ? `${sign}${shown}` : shown;
}

/**
 * Excel's General format: other numbers to 11 significant digits, huge or tiny ones as
 * 1.23457E+11. Whole numbers up to 15 digits stay whole, as LibreOffice shows them (Excel
 * writes 123456789012 as 1.23457E+11), so an account or phone number keeps its digits.
 */
export function formatGeneral(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  if (Number.isInteger(value) && magnitude < 1e15) return String(value);
  if (magnitude >= 1e11 || magnitude < 1e-9) {
    const [mantissa = '0', exponent = '0'] = value.toExponential(5).split('e');
    const trimmed = mantissa.replace(/\.?0+$/, '');
    const power = Number(exponent);
    return `${trimmed}E${power < 0 ? '-' : '+'}${String(Math.abs(power)).padStart(2, '0')}`;
  }
  const text = String(Number(value.toPrecision(11)));
  if (!text.includes('e')) return text;
  // Small numbers JavaScript writes as 1e-7: spell out their decimals.
  const digits = Math.min(20, 10 - Math.floor(Math.log10(magnitude)));
  return value.toFixed(digits).replace(/\.?0+$/, '');
}

// ---------------------------------------------------------------------------------------
// Sections and conditions

type Condition = { op: '<' | '<=' | '>' | '>=' | '=' | '<>'; limit: number };

/** Sections per format code: a sheet repeats a handful of formats over many cells. */
const sectionCache = new Map<string, string[]>();

function splitSections(format: string): string[] {
  let sections = sectionCache.get(format);
  if (!sections) {
    sections = readSections(format);
    if (sectionCache.size >= 1000) sectionCache.clear();
    sectionCache.set(format, sections);
  }
  return sections;
}

function readSections(format: string): string[] {
  const sections: string[] = [];
  let current = '';
  for (let index = 0; index < format.length; index++) {
    const char = format[index]!;
    if (char === '"') {
      const end = format.indexOf('"', index + 1);
      const stop = end < 0 ? format.length : end + 1;
      current += format.slice(index, stop);
      index = stop - 1;
    } else if (char === '\\' || char === '_' || char === '*') {
      current += format.slice(index, index + 2);
      index++;
    } else if (char === '[') {
      const end = format.indexOf(']', index);
      const stop = end < 0 ? format.length : end + 1;
      current += format.slice(index, stop);
      index = stop - 1;
    } else if (char === ';') {
      sections.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  sections.push(current);
  return sections;
}

function conditionOf(section: string): Condition | undefined {
  const match = /\[(<=|>=|<>|<|>|=)\s*(-?\d+(?:\.\d+)?)\]/.exec(section);
  return match ? { op: match[1] as Condition['op'], limit: Number(match[2]) } : undefined;
}

function holds(condition: Condition, value: number): boolean {
  switch (condition.op) {
    case '<':
      return value < condition.limit;
    case '<=':
      return value <= condition.limit;
    case '>':
      return value > condition.limit;
    case '>=':
      return value >= condition.limit;
    case '=':
      return value === condition.limit;
    case '<>':
      return value !== condition.limit;
  }
}

/** The section a number is shown with, and whether a minus sign goes in front of it. */
function chooseSection(value: number, sections: string[]): { section: string; signed: boolean } | undefined {
  // A section with an "@" is the text section, wherever it stands ("m/d/yy;@").
  const textAt = sections.findIndex((section) => tokenize(section)?.some((token) => token.kind === 'text'));
  const numeric = sections.slice(0, textAt >= 0 ? Math.min(textAt, 3) : 3);
  if (numeric.length === 0) return undefined;
  const first = numeric[0] ?? '';
  if (/^\s*general\s*$/i.test(first) && numeric.length === 1) return undefined;
  const first0 = conditionOf(first);
  const second = numeric[1];
  const second0 = second === undefined ? undefined : conditionOf(second);
  if (first0 || second0) {
    // [>=100]… ;[<0]… ;…: the first section whose condition holds; a section without one takes the rest.
    if (first0 ? holds(first0, value) : value >= 0) return { section: first, signed: true };
    if (second !== undefined && (second0 ? holds(second0, value) : numeric.length === 2 || value < 0))
      return { section: second, signed: !(second0 === undefined && value < 0) };
    if (numeric[2] !== undefined) return { section: numeric[2], signed: true };
    return { section: second ?? first, signed: true };
  }
  if (value < 0 && second !== undefined) return { section: second, signed: false };
  if (value === 0 && numeric[2] !== undefined) return { section: numeric[2], signed: false };
  return { section: first, signed: true };
}

function formatText(value: string, sections: string[]): string {
  const section =
    sections[3] ?? sections.find((part) => tokenize(part)?.some((token) => token.kind === 'text'));
  if (section === undefined) return value;
  const tokens = tokenize(section);
  if (!tokens) return value;
  return tokens
    .map((token) => (token.kind === 'text' ? value : token.kind === 'literal' ? token.text : ''))
    .join('');
}

// ---------------------------------------------------------------------------------------
// Tokens of one section

type Token =
  | { kind: 'literal'; text: string }
  | { kind: 'digit'; char: '0' | '#' | '?' }
  | { kind: 'point' }
  | { kind: 'comma' }
  | { kind: 'percent' }
  | { kind: 'exponent'; plus: boolean }
  /** "/" of a fraction, with its written denominator when it has one ("?/16"). */
  | { kind: 'slash'; denominator?: number }
  | { kind: 'text' }
  | { kind: 'general' };

/** Letters that make a section a date or time; such sections are not formatted here. */
const DATE_LETTER = /[dmyhsDMYHS]/;

/** Tokens per section text, cached like the sections. */
const tokenCache = new Map<string, readonly Token[] | undefined>();

function tokenize(section: string): readonly Token[] | undefined {
  if (tokenCache.has(section)) return tokenCache.get(section);
  const tokens = readTokens(section);
  if (tokenCache.size >= 1000) tokenCache.clear();
  tokenCache.set(section, tokens);
  return tokens;
}

function readTokens(section: string): Token[] | undefined {
  const tokens: Token[] = [];
  const literal = (text: string) => {
    const last = tokens.at(-1);
    if (last?.kind === 'literal') last.text += text;
    else tokens.push({ kind: 'literal', text });
  };
  for (let index = 0; index < section.length; index++) {
    const char = section[index]!;
    if (char === '"') {
      const end = section.indexOf('"', index + 1);
      const stop = end < 0 ? section.length : end;
      literal(section.slice(index + 1, stop));
      index = stop;
    } else if (char === '\\') {
      literal(section[index + 1] ?? '');
      index++;
    } else if (char === '_') {
      literal(' ');
      index++;
    } else if (char === '*') {
      index++; // a fill character repeats to the column's width: nothing in plain text
    } else if (char === '[') {
      const end = section.indexOf(']', index);
      const inside = section.slice(index + 1, end < 0 ? section.length : end);
      if (/^(h+|m+|s+)$/i.test(inside)) return undefined; // [h]:mm elapsed time
      // [$€-407] carries a currency symbol; colours, conditions and locale tags only style.
      if (inside.startsWith('$')) literal(inside.slice(1).split('-')[0] ?? '');
      index = end < 0 ? section.length : end;
    } else if (char === '0' || char === '#' || char === '?') {
      tokens.push({ kind: 'digit', char });
    } else if (char === '.') {
      if (tokens.some((token) => token.kind === 'point')) literal('.');
      else tokens.push({ kind: 'point' });
    } else if (char === ',') {
      tokens.push({ kind: 'comma' });
    } else if (char === '%') {
      tokens.push({ kind: 'percent' });
    } else if ((char === 'E' || char === 'e') && (section[index + 1] === '+' || section[index + 1] === '-')) {
      tokens.push({ kind: 'exponent', plus: section[index + 1] === '+' });
      index++;
    } else if (char === '/') {
      const written = /^[1-9]\d*/.exec(section.slice(index + 1))?.[0];
      tokens.push(written ? { kind: 'slash', denominator: Number(written) } : { kind: 'slash' });
      index += written?.length ?? 0;
    } else if (char === '@') {
      tokens.push({ kind: 'text' });
    } else if (/^general/i.test(section.slice(index))) {
      tokens.push({ kind: 'general' });
      index += 'general'.length - 1;
    } else if (/^(AM\/PM|A\/P)/i.test(section.slice(index)) || DATE_LETTER.test(char)) {
      return undefined;
    } else {
      literal(char);
    }
  }
  return tokens;
}

// ---------------------------------------------------------------------------------------
// Numbers

type Parsed = {
  tokens: Token[];
  /** Multiplier from % signs and scaling commas. */
  scale: number;
  /** Commas between integer digit placeholders: group thousands. */
  thousands: boolean;
};

function parseSection(section: string): Parsed | undefined {
  const raw = tokenize(section);
  if (!raw) return undefined;
  let scale = 1;
  let thousands = false;
  const tokens: Token[] = [];
  const digitAt = (from: number, step: number): boolean => {
    for (let at = from; at >= 0 && at < raw.length; at += step) {
      const kind = raw[at]!.kind;
      if (kind === 'digit') return true;
      if (kind !== 'comma') return false;
    }
    return false;
  };
  const inNumber = (at: number) =>
    !raw.slice(0, at).some((token) => token.kind === 'point' || token.kind === 'exponent');
  for (let at = 0; at < raw.length; at++) {
    const token = raw[at]!;
    if (token.kind === 'percent') {
      scale *= 100;
      tokens.push({ kind: 'literal', text: '%' });
    } else if (token.kind === 'comma') {
      const before = digitAt(at - 1, -1);
      const after = digitAt(at + 1, 1);
      if (before && after && inNumber(at)) thousands = true;
      else if (before && !after)
        scale /= 1000; // #,##0, shows thousands; 0.0,, millions
      else tokens.push({ kind: 'literal', text: ',' });
    } else {
      tokens.push(token);
    }
  }
  return { tokens, scale, thousands };
}

function renderNumber(magnitude: number, parsed: Parsed): string | undefined {
  const { tokens } = parsed;
  const value = magnitude * parsed.scale;
  if (tokens.some((token) => token.kind === 'general')) {
    return tokens
      .map((token) =>
        token.kind === 'general' ? formatGeneral(value) : token.kind === 'literal' ? token.text : '',
      )
      .join('');
  }
  if (!tokens.some((token) => token.kind === 'digit')) {
    // A section of literals only ("-" for zero), or "@" shown for a number: the number in General.
    return tokens
      .map((token) =>
        token.kind === 'literal' ? token.text : token.kind === 'text' ? formatGeneral(value) : '',
      )
      .join('');
  }
  if (tokens.some((token) => token.kind === 'slash')) return renderFraction(value, tokens, parsed.thousands);
  const exponentAt = tokens.findIndex((token) => token.kind === 'exponent');
  if (exponentAt >= 0) return renderScientific(value, tokens, exponentAt);
  const pointAt = tokens.findIndex((token) => token.kind === 'point');
  const integerTokens = pointAt < 0 ? tokens : tokens.slice(0, pointAt);
  const fractionTokens = pointAt < 0 ? [] : tokens.slice(pointAt + 1);
  const decimals = fractionTokens.filter((token) => token.kind === 'digit').length;
  const rounded = roundDecimal(value, decimals);
  if (!rounded) return undefined;
  return (
    renderInteger(rounded.whole, integerTokens, parsed.thousands) +
    (pointAt < 0 ? '' : `.${renderDecimals(rounded.fraction, fractionTokens)}`)
  ).replace(/^\.$/, '0.');
}

/** Rounds half away from zero on the decimal digits a person sees (1.005 to 2 places is 1.01). */
function roundDecimal(value: number, decimals: number): { whole: string; fraction: string } | undefined {
  const precise = Number(value.toPrecision(15));
  const written = String(precise);
  let digits: string;
  if (written.includes('e')) {
    if (precise >= 1e21) return undefined;
    digits = precise.toFixed(decimals).replace('.', '');
  } else {
    const shifted = Math.round(Number(`${written}e${decimals}`));
    if (!Number.isSafeInteger(shifted)) {
      digits = precise.toFixed(decimals).replace('.', '');
    } else {
      digits = String(shifted);
    }
  }
  digits = digits.padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals).replace(/^0+/, '');
  return { whole, fraction: decimals > 0 ? digits.slice(-decimals) : '' };
}

/** Integer digits into their placeholders right to left; the leftmost placeholder takes any extra. */
function renderInteger(whole: string, tokens: readonly Token[], thousands: boolean): string {
  const firstDigit = tokens.findIndex((token) => token.kind === 'digit');
  let left = whole.length;
  let emitted = 0;
  let out = '';
  const put = (digit: string) => {
    if (thousands && emitted > 0 && emitted % 3 === 0) out = `,${out}`;
    out = digit + out;
    emitted++;
  };
  for (let at = tokens.length - 1; at >= 0; at--) {
    const token = tokens[at]!;
    if (token.kind === 'literal') {
      out = token.text + out;
      continue;
    }
    if (token.kind !== 'digit') continue;
    if (at === firstDigit && left > 0) {
      while (left > 0) put(whole[--left]!);
    } else if (left > 0) {
      put(whole[--left]!);
    } else if (token.char === '0') {
      put('0');
    } else if (token.char === '?') {
      out = ` ${out}`;
    }
  }
  return out;
}

/** Decimal digits into their placeholders: '#' drops trailing zeros, '?' turns them into spaces. */
function renderDecimals(fraction: string, tokens: readonly Token[]): string {
  const chars = tokens.filter((token) => token.kind === 'digit').map((token) => token.char);
  const digits = fraction.split('');
  for (let at = digits.length - 1; at >= 0 && digits[at] === '0'; at--) {
    if (chars[at] === '#') digits[at] = '';
    else if (chars[at] === '?') digits[at] = ' ';
    else break;
  }
  let index = 0;
  return tokens
    .map((token) =>
      token.kind === 'digit' ? (digits[index++] ?? '') : token.kind === 'literal' ? token.text : '',
    )
    .join('');
}

function renderScientific(value: number, tokens: readonly Token[], exponentAt: number): string {
  const exponentToken = tokens[exponentAt] as Extract<Token, { kind: 'exponent' }>;
  const mantissaTokens = tokens.slice(0, exponentAt);
  const exponentTokens = tokens.slice(exponentAt + 1);
  const pointAt = mantissaTokens.findIndex((token) => token.kind === 'point');
  const integerTokens = pointAt < 0 ? mantissaTokens : mantissaTokens.slice(0, pointAt);
  const fractionTokens = pointAt < 0 ? [] : mantissaTokens.slice(pointAt + 1);
  const integerPlaces = integerTokens.filter((token) => token.kind === 'digit');
  const decimals = fractionTokens.filter((token) => token.kind === 'digit').length;
  // "##0.0E+0" is engineering notation: exponents in multiples of the integer placeholders.
  const step =
    integerPlaces.length > 1 && integerPlaces.some((token) => token.char === '#') ? integerPlaces.length : 1;
  let exponent = value === 0 ? 0 : Math.floor(Math.log10(value));
  if (step > 1) exponent = Math.floor(exponent / step) * step;
  else exponent -= Math.max(0, integerPlaces.length - 1);
  let rounded = roundDecimal(value / 10 ** exponent, decimals);
  if (rounded && step === 1 && rounded.whole.length > Math.max(1, integerPlaces.length)) {
    exponent += 1;
    rounded = roundDecimal(value / 10 ** exponent, decimals);
  }
  if (!rounded) return formatGeneral(value);
  const mantissa =
    renderInteger(rounded.whole, integerTokens, false) +
    (pointAt < 0 ? '' : `.${renderDecimals(rounded.fraction, fractionTokens)}`);
  const exponentDigits = exponentTokens.filter((token) => token.kind === 'digit').length;
  const sign = exponent < 0 ? '-' : exponentToken.plus ? '+' : '';
  const power = String(Math.abs(exponent)).padStart(exponentDigits, '0');
  const trailing = exponentTokens
    .filter((token) => token.kind === 'literal')
    .map((token) => (token.kind === 'literal' ? token.text : ''))
    .join('');
  return `${mantissa}E${sign}${power}${trailing}`;
}

/** "# ?/?", "# ??/??", "?/4": a whole part (when it has placeholders) and a fraction. */
function renderFraction(value: number, tokens: readonly Token[], thousands: boolean): string | undefined {
  const slashAt = tokens.findIndex((token) => token.kind === 'slash');
  const slash = tokens[slashAt] as Extract<Token, { kind: 'slash' }>;
  const before = tokens.slice(0, slashAt);
  const after = tokens.slice(slashAt + 1);
  // The numerator is the last run of placeholders before the slash; any earlier run is the whole part.
  let numeratorStart = before.length;
  while (numeratorStart > 0 && before[numeratorStart - 1]!.kind === 'digit') numeratorStart--;
  const numeratorTokens = before.slice(numeratorStart);
  const wholeTokens = before.slice(0, numeratorStart);
  const hasWhole = wholeTokens.some((token) => token.kind === 'digit');
  const denominatorDigits = after.filter((token) => token.kind === 'digit');
  const fixed = slash.denominator;
  const whole = hasWhole ? Math.floor(value) : 0;
  const part = value - whole;
  let numerator: number;
  let denominator: number;
  if (fixed) {
    denominator = fixed;
    numerator = Math.round(part * denominator);
  } else {
    const limit = 10 ** Math.max(1, denominatorDigits.length) - 1;
    [numerator, denominator] = closestFraction(part, limit);
  }
  let shownWhole = whole;
  if (numerator === denominator && hasWhole) {
    shownWhole += 1;
    numerator = 0;
  }
  const wholeText = hasWhole
    ? renderInteger(shownWhole ? String(shownWhole) : '', wholeTokens, thousands)
    : '';
  const width = (list: readonly Token[]) => list.filter((token) => token.kind === 'digit').length;
  if (numerator === 0 && hasWhole) {
    const blank = ' '.repeat(
      width(numeratorTokens) + 1 + (fixed ? String(fixed).length : width(denominatorDigits)),
    );
    return `${wholeText.trimEnd() || '0'} ${blank}`;
  }
  const numeratorText = String(numerator).padStart(width(numeratorTokens), ' ');
  const denominatorText = fixed ? String(fixed) : String(denominator).padEnd(width(denominatorDigits), ' ');
  const trailing = after.map((token) => (token.kind === 'literal' ? token.text : '')).join('');
  return `${wholeText}${numeratorText}/${denominatorText}${trailing}`;
}

/** The fraction closest to `value` (0 ≤ value < 1 when there is a whole part) with a denominator up to `limit`. */
function closestFraction(value: number, limit: number): [number, number] {
  let best: [number, number] = [Math.round(value), 1];
  let error = Math.abs(value - best[0]);
  for (let denominator = 2; denominator <= limit && error > 1e-12; denominator++) {
    const numerator = Math.round(value * denominator);
    const off = Math.abs(value - numerator / denominator);
    if (off < error - 1e-12) {
      best = [numerator, denominator];
      error = off;
    }
  }
  return best;
}
