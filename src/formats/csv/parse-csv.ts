/**
 * @module parse-csv
 * RFC 4180 CSV parsing: quoted fields (with doubled or backslash-escaped quotes and line breaks inside), any
 * one-character delimiter, CRLF/LF/CR line ends. The parser is incremental, so the same
 * code serves whole files and streams of chunks.
 */

const QUOTE = 34;
const LF = 10;
const CR = 13;
const BACKSLASH = 92;

/** An incremental RFC 4180 parser: feed chunks, collect complete rows. */
export class CsvParser {
  private readonly delimiter: number;
  private field = '';
  private row: string[] = [];
  private inQuotes = false;
  /** The previous chunk ended on a quote inside a quoted field (maybe the first of a doubled pair). */
  private pendingQuote = false;
  private afterCr = false;
  private fieldStarted = false;

  constructor(delimiter = ',') {
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** Parses a chunk and returns the rows it completed. */
  push(chunk: string): string[][] {
    const rows: string[][] = [];
    const delimiter = this.delimiter;
    let start = 0;
    let i = 0;
    const length = chunk.length;
    if (this.pendingQuote) {
      this.pendingQuote = false;
      if (length > 0 && chunk.charCodeAt(0) === QUOTE) {
        this.field += '"';
        i = 1;
        start = 1;
      } else {
        this.inQuotes = false;
      }
    }
    while (i < length) {
      const code = chunk.charCodeAt(i);
      if (this.inQuotes) {
        if (code === QUOTE) {
          if (isBackslashEscape(chunk, i, delimiter)) {
            this.field += `${chunk.slice(start, i - 1)}"`;
            i++;
            start = i;
            continue;
          }
          this.field += chunk.slice(start, i);
          if (i + 1 >= length) {
            this.pendingQuote = true;
            i++;
            start = i;
            break;
          }
          if (chunk.charCodeAt(i + 1) === QUOTE) {
            this.field += '"';
            i += 2;
          } else {
            this.inQuotes = false;
            i++;
          }
          start = i;
          continue;
        }
        i++;
        continue;
      }
      if (this.afterCr) {
        this.afterCr = false;
        if (code === LF) {
          i++;
          start = i;
          continue;
        }
      }
      if (code === delimiter) {
        this.row.push(this.field + chunk.slice(start, i));
        this.field = '';
        this.fieldStarted = false;
        i++;
        start = i;
      } else if (code === LF || code === CR) {
        this.field += chunk.slice(start, i);
        this.endRow(rows);
        if (code === CR) this.afterCr = true;
        i++;
        start = i;
      } else if (code === QUOTE && !this.fieldStarted && i === start && this.field === '') {
        this.inQuotes = true;
        this.fieldStarted = true;
        i++;
        start = i;
      } else {
        this.fieldStarted = true;
        i++;
      }
    }
    if (start < length) {
      this.field += chunk.slice(start, length);
      this.fieldStarted = true;
    }
    return rows;
  }

  /** Flushes the last row (a file need not end with a line break). */
  end(): string[][] {
    const rows: string[][] = [];
    if (this.field !== '' || this.row.length > 0 || this.fieldStarted) this.endRow(rows);
    return rows;
  }

  private endRow(rows: string[][]): void {
    this.row.push(this.field);
    this.field = '';
    this.fieldStarted = false;
    const row = this.row;
    this.row = [];
    // A blank line is an empty row with one empty field: keep it as [] so callers can see separators.
    rows.push(row.length === 1 && row[0] === '' ? [] : row);
  }
}

/**
 * A quote after a backslash inside a quoted field is a literal quote (`"say \"hi\" now"`, the
 * escape that Python's `escapechar='\\'` and many database exports write), unless it ends
 * the field: followed by the delimiter or a line end it closes a field whose text ends in a
 * backslash (`"C:\temp\"`).
 */
function isBackslashEscape(chunk: string, i: number, delimiter: number): boolean {
  if (i === 0 || chunk.charCodeAt(i - 1) !== BACKSLASH || i + 1 >= chunk.length) return false;
  const next = chunk.charCodeAt(i + 1);
  return next !== delimiter && next !== LF && next !== CR;
}

/** Parses a whole CSV text. */
export function parseCsv(text: string, delimiter = ','): string[][] {
  const parser = new CsvParser(delimiter);
  const rows = parser.push(text);
  for (const row of parser.end()) rows.push(row);
  return rows;
}

const CANDIDATES = [',', '\t', ';', '|'] as const;

/** Counts delimiter occurrences per line outside quotes, for the first lines of a text. */
function countsPerLine(sample: string, delimiter: string): number[] {
  const counts: number[] = [];
  let count = 0;
  let inQuotes = false;
  for (let i = 0; i < sample.length && counts.length < 30; i++) {
    const char = sample[i];
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes && char === delimiter) count++;
    else if (!inQuotes && char === '\n') {
      counts.push(count);
      count = 0;
    }
  }
  if (count > 0) counts.push(count);
  return counts;
}

/**
 * Picks the delimiter whose count is most consistent across the first lines (and highest on
 * ties): the usual CSV sniffing rule. Falls back to the extension's default.
 */
export function sniffDelimiter(text: string, fallback = ','): string {
  const sample = text.slice(0, 64 * 1024);
  let best = fallback;
  let bestScore = 0;
  for (const delimiter of CANDIDATES) {
    const counts = countsPerLine(sample, delimiter).filter(
      (_, index, all) => index < all.length - 1 || all.length === 1,
    );
    if (counts.length === 0) continue;
    const mode = modeOf(counts);
    if (mode === 0) continue;
    const consistent = counts.filter((count) => count === mode).length / counts.length;
    const score = consistent * 100 + Math.min(mode, 50);
    if (score > bestScore) {
      bestScore = score;
      best = delimiter;
    }
  }
  return best;
}

function modeOf(values: readonly number[]): number {
  const tally = new Map<number, number>();
  for (const value of values) tally.set(value, (tally.get(value) ?? 0) + 1);
  let mode = 0;
  let modeCount = 0;
  for (const [value, count] of tally) {
    if (count > modeCount || (count === modeCount && value > mode)) {
      mode = value;
      modeCount = count;
    }
  }
  return mode;
}
