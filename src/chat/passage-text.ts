/**
 * @module passage-text
 * A passage's text as sentences a person would quote. Mail is hard-wrapped at 70–80
 * columns and carries quoted history, signatures and disclaimers; sheets arrive as pipe rows.
 * Lines of one paragraph are joined again before splitting (a line ends a sentence only when
 * it is clearly shorter than the wrap width), quote markers are removed, every unit says
 * whether it is the passage's own words or quoted history / boilerplate, and table rows
 * become "Label: value" sentences, headed by their column when the sheet has a header row.
 */
import { isHeaderLine } from '../formats/mail/index-text.ts';
import { addressesIn, withoutAddresses } from '../formats/mail/notes-address.ts';
import type { SearchHit } from '../index/types.ts';
import { isMonthName } from '../lib/text/calendar-names.ts';
import { splitSentences } from '../lib/text/sentences.ts';
import { FUNCTION_WORDS } from '../lib/text/stop-words.ts';
import { unwrapLines } from '../lib/text/unwrap-lines.ts';
import { withWholeEntries } from './reference-entry.ts';

/** Where a unit sits in its passage, for ranking: own words, quoted history, or boilerplate. */
export type UnitRole = 'body' | 'quoted' | 'boilerplate';

export type TextUnit = {
  readonly text: string;
  readonly role: UnitRole;
  /** Line of the passage the unit starts on. */
  readonly line: number;
  /** The speaker of a chat or transcript line. */
  readonly speaker?: string;
};

const HISTORY_START = [
  /^-{2,}\s*Original Message\s*-{2,}/i,
  /^_{5,}\s*$/,
  /^On .{5,120} wrote:\s*$/,
  /^From:\s.+\s(?:Sent|Date):\s/i,
  /^\s*-{2,}\s*(?:Reply|Forwarded) (?:message|by)/i,
];
/** The line a forwarded message starts after ("---- Forwarded by Ann/HOU on 08/09/2000 ----"). */
const FORWARD_START = /^\s*-{2,}\s*Forwarded (?:message|by)\b/i;
const SIGNATURE_START = /^(?:--|-- |__)\s*$/;
const BOILERPLATE = [
  /\bintended (?:only )?(?:for|recipient)/i,
  /\bconfidential(?:ity)? (?:notice|information)|\bprivileged\b/i,
  /\bunsubscribe\b|\bopt[- ]out\b|\bmailing list\b|\bview (?:this|it) (?:e-?mail )?in your browser/i,
  /\ball rights reserved\b|\bcopyright ©|\bprivacy policy\b/i,
  /\bclick here\b/i,
];
/** An attachment's placeholder ("<<Budget 2001.xls>>"), in any part of a mail: a file name, not something said. */
const ATTACHMENT_PLACEHOLDER = /^\s*(?:<<[^<>]+>>\s*)+[.]?\s*$/;

const BULLET = /^\s*(?:[-*•·]|\d{1,2}[.)]|[a-z][.)])\s+/;
/**
 * A signature's one-letter phone label written like a list letter: "h) 555-0142", "w) 555-0143".
 * It says which line the number is, so it stays with it.
 */
const PHONE_LETTER = /^\s*[hmwcfo]\)\s+[+(]?\d[\d\s().-]{6,}\d\s*$/i;
/** A slide's point closed by a bracket ("Treasurer – Ann Roe (Westmere)", "Kestrel [ICSE'29]"): a label with its value, whole. */
const POINT_END = /[)\]]$/;

/** True when a mail looks like a newsletter or bulk mail. */
export function isBulk(text: string): boolean {
  return /\bunsubscribe\b|\bview (?:this|it) (?:e-?mail )?in your browser|\bto be removed from\b|\bopt[- ]out\b/i.test(
    text,
  );
}

/**
 * A row of a pipe table: two pipes or more, cells on both sides of one, or one cell with its
 * empty neighbour's pipe at an end of the line ("slove |", a row whose second cell is empty).
 */
function isTableRow(line: string): boolean {
  return (
    (line.match(/\|/g)?.length ?? 0) >= 2 ||
    (line.includes(' | ') && line.split(' | ').length >= 2) ||
    /^[^|]*\S\s+\|\s*$/.test(line) ||
    /^\s*\|\s+\S[^|]*$/.test(line)
  );
}

const NUMERIC = /^[-+$€£¥(]?\s*[\d.,]+\s*%?\)?$/;

/** Every filled cell of a row sits in a column the header names. */
const underHeader = (filled: readonly { col: number }[], header: readonly string[]) =>
  filled.every(({ col }) => (header[col] ?? '').trim() !== '');

/** A row that says the header again (a second table of the same columns below the first). */
const repeatsHeader = (cells: readonly string[], header: readonly string[]) =>
  cells.length === header.length && cells.every((cell, col) => cell === (header[col] ?? '').trim());

/** Cells of a line laid out in columns by tabs or runs of spaces. */
function alignedCells(line: string): string[] {
  return line
    .trim()
    .split(/\t+|\s{2,}/)
    .map((cell) => cell.trim())
    .filter(Boolean);
}

/** A figure in a column: "463", "$186k", "2 MM", "(1,200)", "12%". */
const FIGURE_CELL = /^[-+$€£¥(]?\s*\d[\d.,]*\s*(?:%|[kKmMbB]|MM|bn)?\)?$/;

/**
 * Columns laid out with spaces or tabs in a mail ("   Minimum   Market   Maximum" over
 * "Cash   2 MM   4 MM   6 MM"): each figure becomes a line "Cash, Maximum: 6 MM", the header
 * line goes. A header is two or more cells without digits; a row is a label and as many figures
 * as the header has cells (or one fewer, the header heading the labels too); up to one blank
 * line may stand between them.
 */
export function alignedColumns(lines: readonly string[]): { text: string; line: number }[] {
  const cellsOf = lines.map(alignedCells);
  const headerAt = (i: number): string[] | undefined => {
    const cells = cellsOf[i] ?? [];
    const raw = lines[i] ?? '';
    const laidOut = /\t/.test(raw.trim()) || /\S\s{2,}\S/.test(raw.trim()) || /^\s{2,}\S/.test(raw);
    // "Timing:\t Next week" is a label and its value, not a row of headings.
    return laidOut &&
      cells.length >= 2 &&
      !cells.some((cell) => cell.endsWith(':')) &&
      cells.every((cell) => !/\d/.test(cell) && cell.length <= 24 && cell.split(/\s+/).length <= 3)
      ? cells
      : undefined;
  };
  // A row: a label and a figure under each heading. The header may head the label's column
  // too ("TRADE DATE   TRADE CNT" over "11/6/2001   6223"): then the label may be a date or a
  // code, and the figures go under the other headings.
  const rowOf = (
    i: number,
    header: readonly string[],
  ): { name: string; heads: readonly string[]; values: string[] } | undefined => {
    const [label, ...values] = cellsOf[i] ?? [];
    if (!label || values.length === 0 || !values.every((cell) => FIGURE_CELL.test(cell))) return undefined;
    const name = label.replace(/:$/, '');
    if (!/\d/.test(label) && values.length === header.length) return { name, heads: header, values };
    if (values.length === header.length - 1 && label.length <= 24 && !/\s/.test(label))
      return { name, heads: header.slice(1), values };
    return undefined;
  };
  const out: { text: string; line: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const header = headerAt(i);
    // A header only when a row follows it, at most one blank line below.
    let next = i + 1;
    if (header && (cellsOf[next]?.length ?? 0) === 0) next++;
    if (!header || !rowOf(next, header)) {
      out.push({ text: lines[i] ?? '', line: i });
      continue;
    }
    out.push({ text: '', line: i });
    for (let k = i + 1; k < next; k++) out.push({ text: lines[k] ?? '', line: k });
    let row = rowOf(next, header);
    while (row) {
      const { name, heads, values } = row;
      // Each figure a paragraph of its own: rows are never joined as wrapped lines.
      for (const [col, value] of values.entries())
        out.push({ text: `${name}, ${heads[col]}: ${value}`, line: next }, { text: '', line: next });
      next++;
      row = next < lines.length ? rowOf(next, header) : undefined;
    }
    i = next - 1;
  }
  return out;
}

/**
 * A row of a list of dates grouped by month ("3 | Kiln firing" under "March |"): its day is a day of
 * that month, so the row reads "Kiln firing: March 3". Undefined for a row of another shape.
 */
function datedEntry(filled: readonly { cell: string; col: number }[], month: string): string | undefined {
  const [day, ...rest] = filled;
  if (!day || rest.length === 0 || !/^(?:[1-9]|[12]\d|3[01])\.?$/.test(day.cell)) return undefined;
  if (rest.some((item) => !/\p{L}/u.test(item.cell))) return undefined;
  return `${rest.map((item) => item.cell).join(', ')}: ${month} ${day.cell.replace(/\.$/, '')}`;
}

/**
 * Pipe rows as sentences: "Label: value", or "Label, Column: value" under a header row. A table
 * among paragraphs (`by: 'row'`) reads each row as one sentence, every cell under its heading
 * ("N°: 04, Stade: Vellmar, Dates: 12.05.2031"): the row's words stay together, as its
 * paragraph's would.
 */
export function tableSentences(
  lines: readonly { text: string; line: number }[],
  by: 'cell' | 'row' = 'cell',
): TextUnit[] {
  const rows = lines.map(({ text, line }) => ({ cells: text.split('|').map((cell) => cell.trim()), line }));
  const emptyColumn = (col: number) => rows.every(({ cells }) => !cells[col]);
  const out: TextUnit[] = [];
  let header: string[] | undefined;
  /** The header's own sentence, while no row has yet restated it with figures. */
  let headerUnit: TextUnit | undefined;
  /** The month a list of dates is grouped under ("March |" over "3 | Kiln firing"). */
  let month: string | undefined;
  for (const { cells, line } of rows) {
    const filled = cells.map((cell, col) => ({ cell, col })).filter((item) => item.cell !== '');
    if (filled.length === 0) continue;
    if (filled.length === 1 && isMonthName(filled[0]?.cell ?? '')) month = filled[0]?.cell.replace(/\.$/, '');
    const dated = month ? datedEntry(filled, month) : undefined;
    if (dated) {
      out.push({ text: dated, role: 'body', line });
      continue;
    }
    const numeric = filled.filter((item) => NUMERIC.test(item.cell));
    // Among paragraphs only a table's first row may head it, and only with short headings: the
    // rows of a table of labels and words ("Opening | 24 to 30 July") are no header.
    // On a sheet the first row of words heads the table; a later one heads a new table only
    // where it fills a column the header leaves empty (a second table beside or below) or
    // repeats the header. A row of words under the header's own columns is a record of it
    // ("Ann Lee | 12 High St. | Leeds | LS1 4AB"): on a sheet whose rows are all words, every
    // row had re-headed the table and its records read as headings.
    const mayHead =
      by === 'cell'
        ? !header || repeatsHeader(cells, header) || !underHeader(filled, header)
        : out.length === 0 &&
          filled.every((item) => item.cell.split(/\s+/).length <= 4 && !/:\s*$/.test(item.cell));
    if (numeric.length === 0 && filled.length >= 2 && mayHead) {
      header = cells;
      headerUnit = { text: filled.map((item) => item.cell).join(', '), role: 'body', line };
      out.push(headerUnit);
      continue;
    }
    // A record of words alone under a header, on a sheet, reads as one sentence, each cell under
    // its heading ("Contact Name: Ann Lee, City: Leeds, Postal Code: LS1 4AB"): any of its cells
    // may be the one a question names it by. With one value beside its label, "Label: value".
    const wordsRecord = by === 'cell' && header !== undefined && numeric.length === 0 && filled.length > 2;
    if (by === 'row' && !header) {
      // A row of a table without headings: its first cell labels the rest ("Opening: 24 to 30 July").
      const [first, ...rest] = filled.map((item) => item.cell);
      const label = (first ?? '').replace(/\s*:\s*$/, '');
      out.push({ text: rest.length > 0 ? `${label}: ${rest.join(', ')}` : label, role: 'body', line });
      continue;
    }
    if (by === 'row' || wordsRecord) {
      const said = filled.map(({ cell, col }) => {
        const head = header?.[col]?.trim();
        return head && head !== cell ? `${head}: ${cell}` : cell;
      });
      // The row says its headings: the header's own line goes.
      if (headerUnit && said.some((text, i) => text !== filled[i]?.cell)) {
        out.splice(out.indexOf(headerUnit), 1);
        headerUnit = undefined;
      }
      out.push({ text: said.join(', '), role: 'body', line });
      continue;
    }
    let label = filled.find((item) => !NUMERIC.test(item.cell));
    const values = filled.filter((item) => item !== label);
    // A row of figures alone under a header: each figure with its column ("Total: 13"). The
    // header's own line only named the columns the row now restates.
    const heads = values.map((item) => header?.[item.col]?.trim() ?? '');
    // A sheet with tables side by side ("Item | Amount" in B:C, a summary headed in E:G): a
    // label across a column empty in every row, before figures that all have a heading of
    // their own, belongs to the other table.
    const first = values[0];
    if (label && first && first.col > label.col && heads.every(Boolean)) {
      const from = label.col;
      if (Array.from({ length: first.col - from - 1 }, (_, i) => from + 1 + i).some(emptyColumn))
        label = undefined;
    }
    if (!label && values.length > 1 && heads.every(Boolean)) {
      if (headerUnit) out.splice(out.indexOf(headerUnit), 1);
      headerUnit = undefined;
      out.push({ text: values.map((item, i) => `${heads[i]}: ${item.cell}`).join(', '), role: 'body', line });
      continue;
    }
    if (!label || values.length === 0) {
      out.push({ text: filled.map((item) => item.cell).join(', '), role: 'body', line });
      continue;
    }
    const useHeads = values.length > 1 && heads.filter(Boolean).length === values.length;
    if (useHeads)
      for (const [i, item] of values.entries())
        out.push({ text: `${label.cell}, ${heads[i]}: ${item.cell}`, role: 'body', line });
    else
      out.push({ text: `${label.cell}: ${values.map((item) => item.cell).join(', ')}`, role: 'body', line });
  }
  return out;
}

const QUOTE_MARK = /^\s*(?:>\s?)+/;

/** A note this short on top of a forward or reply ("FYI", "see below") is read with what it forwards. */
const SHORT_NOTE = 160;

/**
 * The forwarded message of a mail with no or few words of its own ("FW: …" with an empty body,
 * or "Looks like my estimate was off."): the index keeps only the sender's own text, so the
 * forwarded text, kept with the mail, is what the mail says. A bare forward is read as its
 * forwarded message; a short note is read first, then the forwarded message as quoted history.
 */
function forwardedText(
  hit: Pick<SearchHit, 'text' | 'type'> & { readonly title?: string; readonly data?: unknown },
): { readonly text: string; readonly bare: boolean } | undefined {
  if (hit.type !== 'email') return undefined;
  const quoted = (hit.data as { quoted?: unknown } | undefined)?.quoted;
  if (typeof quoted !== 'string' || quoted.trim() === '') return undefined;
  const own = hit.text
    .split('\n')
    .filter((line) => !/^Attachments:\s/.test(line))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  const title = (hit.title ?? '').replace(/\s+/g, ' ').trim();
  if (own === '' || own === title) return { text: quoted, bare: true };
  if (own.length > SHORT_NOTE) return undefined;
  return { text: `${hit.text}\n\n-----Original Message-----\n${quoted}`, bare: false };
}

/** The sentences of a passage, each marked with its role. */
export function passageUnits(
  hit: Pick<SearchHit, 'text' | 'type'> & { readonly title?: string; readonly data?: unknown },
): TextUnit[] {
  const spoken = hit.type === 'transcript' || hit.type === 'chat';
  const forwarded = forwardedText(hit);
  const lines = (forwarded?.text ?? hit.text).replace(/\r\n?/g, '\n').split('\n');
  if (spoken) return spokenUnits(lines);
  const rows = lines.map((text, line) => ({ text, line })).filter((row) => isTableRow(row.text));
  // A sheet: every line a row. A table among paragraphs is read in place below, its rows as
  // sentences and the paragraphs around it kept.
  if (rows.length >= 2 && rows.length === lines.filter((l) => l.trim()).length) return tableSentences(rows);

  // The wrap width is the prose's: a quoted header's long address line ("From: … [mailto:…]") was
  // never wrapped, and measured with the prose it would leave every wrapped line looking short.
  const width = Math.max(
    40,
    ...lines
      .map((line) => line.replace(QUOTE_MARK, '').trimEnd())
      .filter((line) => !isHeaderLine(line))
      .map((line) => line.length)
      .sort((a, b) => b - a)
      .slice(0, 3),
  );
  const units: TextUnit[] = [];
  let role: UnitRole = 'body';
  let forwardAt: number | undefined;
  // The reader marks a mail that forwards another (its "Forwarded by" line is kept as a header).
  const forwards =
    hit.type === 'email' && (hit.data as { forwarded?: unknown } | undefined)?.forwarded === true;
  let paragraph: { text: string; line: number; quoted: boolean }[] = [];
  const flush = () => {
    if (paragraph.length === 0) return;
    const quoted = paragraph.every((row) => row.quoted);
    const joined = unwrapLines(
      paragraph.map((row) => row.text),
      width,
      hit.type !== 'email',
    );
    const start = paragraph[0]?.line ?? 0;
    for (const piece of joined) {
      const pieceRole: UnitRole =
        (role === 'body' && BOILERPLATE.some((pattern) => pattern.test(piece))) ||
        ATTACHMENT_PLACEHOLDER.test(piece)
          ? 'boilerplate'
          : quoted && role === 'body'
            ? 'quoted'
            : role;
      for (const sentence of withWholeEntries(splitSentences(piece).map((part) => part.text)))
        units.push({
          text: (PHONE_LETTER.test(sentence) ? sentence : sentence.replace(BULLET, '')).trim(),
          role: pieceRole,
          line: start,
        });
    }
    paragraph = [];
  };
  // Inside a header being skipped: its address list may run on over several lines.
  let inHeader = false;
  const tables = tableRuns(lines);
  for (const { text: raw, line } of alignedColumns(lines)) {
    const quoted = QUOTE_MARK.test(raw);
    const text = raw.replace(QUOTE_MARK, '');
    // A table among paragraphs (a document's, a slide's, a mail's): its rows as sentences too.
    const table = tables.starts.get(line);
    if (table) {
      flush();
      const tableRole: UnitRole = quoted && role === 'body' ? 'quoted' : role;
      for (const unit of tableSentences(table, 'row')) units.push({ ...unit, role: tableRole });
      continue;
    }
    if (tables.inside.has(line)) continue;
    // A run of addresses is a header's list even where the passage starts inside it, and the
    // header lines after it ("cc:", "Subject: …") are no sentence either.
    if (continuesAddresses(text) && (inHeader || addressesIn(text).length >= 2)) {
      flush();
      inHeader = true;
      continue;
    }
    if (inHeader && isHeaderLine(text)) continue;
    inHeader = false;
    // A bare forward is read from its forwarded message: its first header is no history.
    if (forwarded?.bare && units.length === 0 && paragraph.length === 0) {
      if (
        HISTORY_START.some((pattern) => pattern.test(text.trim())) ||
        /^\s*(?:From|Sent|To|Cc|Subject):/i.test(text)
      ) {
        inHeader = true;
        continue;
      }
    }
    if (role === 'body' && HISTORY_START.some((pattern) => pattern.test(text.trim()))) {
      flush();
      role = 'quoted';
      // The history is a forward when the reader says so, or its first line says so.
      const first = lines.slice(line + 1).find((next) => next.trim() !== '') ?? '';
      if (FORWARD_START.test(text.trim()) || FORWARD_START.test(first.trim()) || forwards)
        forwardAt = units.length;
      continue;
    }
    if (SIGNATURE_START.test(text)) {
      flush();
      role = 'boilerplate';
      continue;
    }
    // The header lines of quoted history ("To: …", an empty "Subject:") are no sentence of it.
    if (role === 'quoted' && isHeaderLine(text)) {
      flush();
      inHeader = true;
      continue;
    }
    if (text.trim() === '' && doubleSpacedWrap(paragraph[paragraph.length - 1]?.text, lines, line)) continue;
    if (text.trim() === '' || (paragraph.length > 0 && paragraph[paragraph.length - 1]?.quoted !== quoted))
      flush();
    if (text.trim() !== '') paragraph.push({ text, line, quoted });
    // A slide's point closed by a bracket ("Treasurer – Ann Roe (Westmere)") is whole: the next line
    // ("Regional Reps") is another point, however short the one before it looks to the width rule.
    if (hit.type === 'slide' && POINT_END.test(text.trim())) flush();
  }
  flush();
  // A forward with a short note on top ("this was the list John referenced"): what it
  // forwards is what the mail says, not history to demote.
  if (forwardAt !== undefined) {
    const note = units.slice(0, forwardAt).reduce((sum, unit) => sum + unit.text.length, 0);
    if (note <= SHORT_NOTE)
      for (let i = forwardAt; i < units.length; i++) {
        const unit = units[i];
        if (unit?.role === 'quoted') units[i] = { ...unit, role: 'body' };
      }
  }
  return units.filter((unit) => unit.text.length > 1);
}

/** A line that ends a sentence, a field or a quote: the paragraph may end after it. */
const CLOSED_LINE = /[.!?:;)\]"'”]\s*$/;

/**
 * A blank line inside a sentence: some mail programs wrap with an empty line after every line
 * ("… thinking of me for the opening in the" / "" / "harbour office."). The blank at `at` goes on
 * with the paragraph when the line before it stops mid-sentence on a word no sentence ends on (an
 * article, a preposition, a pronoun, an auxiliary: four words or more, no closing mark) and the
 * line after it goes on in lower case. Notes typed as lower-case lines ("moved to 4:00") stay apart.
 */
function doubleSpacedWrap(before: string | undefined, lines: readonly string[], at: number): boolean {
  const last = before?.replace(QUOTE_MARK, '').trim() ?? '';
  const words = last.split(/\s+/);
  if (words.length < 4 || CLOSED_LINE.test(last)) return false;
  if (!FUNCTION_WORDS.has((words[words.length - 1] ?? '').toLowerCase())) return false;
  const after = (lines[at + 1] ?? '').replace(QUOTE_MARK, '').trim();
  return /^\p{Ll}/u.test(after) && !BULLET.test(after);
}

/** The runs of two table rows or more among a passage's lines: by first line, and every line inside one. */
function tableRuns(lines: readonly string[]): {
  readonly starts: ReadonlyMap<number, { text: string; line: number }[]>;
  readonly inside: ReadonlySet<number>;
} {
  const starts = new Map<number, { text: string; line: number }[]>();
  const inside = new Set<number>();
  let run: { text: string; line: number }[] = [];
  const close = () => {
    const first = run[0];
    if (run.length >= 2 && first) {
      starts.set(first.line, run);
      for (const row of run) inside.add(row.line);
    }
    run = [];
  };
  lines.forEach((raw, line) => {
    const text = raw.replace(QUOTE_MARK, '');
    if (isTableRow(text)) run.push({ text, line });
    else close();
  });
  close();
  return { starts, inside };
}

/**
 * A line that goes on with a header's list of addresses ("Parquet/SF/ACME@ACME, Ana Ruiz/HOU/
 * ACME@ACME, David"): addresses, separators and at most a name cut at the line's end.
 */
function continuesAddresses(line: string): boolean {
  if (!line.includes('@')) return false;
  const rest = withoutAddresses(line)
    .replace(/[,;<>"()\s]+/g, ' ')
    .trim();
  return rest === '' || rest.split(' ').length <= 3;
}

function spokenUnits(lines: readonly string[]): TextUnit[] {
  const out: TextUnit[] = [];
  lines.forEach((raw, line) => {
    const match = /^\s*(?:\[[^\]]{1,20}\]\s*)?(?:<([^>\s]{1,40})>|([^:<>]{2,40}):)\s+(.*)$/.exec(raw);
    const speaker = match?.[1] ?? match?.[2];
    const content = (match ? match[3] : raw)?.trim() ?? '';
    if (!content) return;
    for (const sentence of splitSentences(content))
      out.push({
        text: sentence.text,
        role: 'body',
        line,
        ...(speaker ? { speaker: speaker.trim() } : {}),
      });
  });
  return out;
}
