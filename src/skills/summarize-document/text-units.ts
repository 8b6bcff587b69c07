/**
 * @module text-units
 * The sentences of any parsed file, each with the locator of the block it came from and the
 * heading of its section, in reading order: the material extractive skills choose from.
 */
import { parseDate } from '../../formats/csv/type-cell.ts';
import { forwardToIndex, messageOpenings } from '../../formats/mail/index-text.ts';
import { quotedMessages } from '../../formats/mail/quoted-messages.ts';
import type { Block, Locator, ParsedFile, TableCell } from '../../formats/model.ts';
import { withItemMarksMoved, withoutTypedMark } from '../../lib/text/item-marks.ts';
import { splitSentences } from '../../lib/text/sentences.ts';
import { readableTurn } from '../recap-meeting/meeting-context.ts';

export type TextUnit = {
  /** Position in reading order. */
  readonly position: number;
  readonly text: string;
  readonly locator: Locator;
  /** Heading of the section the sentence is in ("" before the first heading). */
  readonly section: string;
  /** Index of the block in its container, for grouping sentences back into paragraphs. */
  readonly block: number;
  /** 0 for the first sentence of its block. */
  readonly indexInBlock: number;
  /** The label of a form's field when the sentence opens the field's value ("Venue:"; see withLabelsJoined). */
  readonly label?: string;
};

/** A block as the units are read from it: a joined field keeps its label. */
type ReadBlock = Block & { readonly label?: string };

function blockText(block: Block): string | undefined {
  switch (block.kind) {
    case 'paragraph':
    case 'list-item':
    case 'quote':
      return block.text;
    case 'note':
      return block.noteKind === 'footnote' || block.noteKind === 'endnote' || block.noteKind === 'textbox'
        ? block.text
        : undefined;
    default:
      return undefined;
  }
}

/** A cell that holds prose (at least eight words, three of them lower-case), not a label, figure or name. */
export function isProseCell(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length >= 8 && words.filter((word) => /^[\p{Ll}]{2,}/u.test(word)).length >= 3;
}

/**
 * The prose a table holds, cell by cell in reading order: forms and protocols often write their
 * paragraphs into table cells ("Study design" | "A phase II trial of…"). Labels and figures are left out.
 */
export function tableProse(rows: readonly (readonly TableCell[])[]): string {
  return rows
    .flatMap((row) => row.filter((cell) => !cell.merged && isProseCell(cell.text)))
    .map((cell) => cell.text.trim().replace(/([^.!?:;])$/, '$1.'))
    .join('\n');
}

/** A header cell: a short label, not a figure ("quantity", "Unit price"). */
const isHeaderCell = (text: string) => /\p{L}/u.test(text) && text.trim().split(/\s+/).length <= 4;

/**
 * A data table's rows as lines, each value with its column's name ("productcode ITEM1,
 * description Some item, quantity 2, price $120"): the figures of an invoice, price list or
 * schedule that a document written mostly as a table says in no sentence. Only a table whose
 * first row names every column, each by a different short label, and at most `most` rows of it.
 */
export function tableRowLines(rows: readonly (readonly TableCell[])[], most = 5): string[] {
  const [header, ...data] = rows;
  if (!header || header.length < 2 || data.length === 0) return [];
  const names = header.map((cell) => cell.text.trim().toLowerCase());
  // Column names are labels, and each names a different column.
  if (!header.every((cell) => isHeaderCell(cell.text)) || new Set(names).size < names.length) return [];
  return data
    .slice(0, most)
    .map((row) =>
      row
        .map((cell, i) => ({
          name: header[i]?.text.trim() ?? '',
          value: cell.merged ? '' : cell.text.trim(),
        }))
        .filter(({ name, value }) => name && value)
        .map(({ name, value }) => `${name} ${value}`)
        .join(', '),
    )
    .filter((line) => line.includes(','));
}

/** The rows of a document's data tables as units (see tableRowLines), numbered on from `startPosition`. */
export function tableRowUnits(parsed: ParsedFile, startPosition: number): TextUnit[] {
  if (parsed.type !== 'document') return [];
  const out: TextUnit[] = [];
  parsed.blocks.forEach((block, blockIndex) => {
    if (block.kind !== 'table') return;
    tableRowLines(block.rows).forEach((text, indexInBlock) => {
      out.push({
        position: startPosition + out.length,
        text,
        locator: block.locator,
        section: block.caption ?? '',
        block: blockIndex,
        indexInBlock,
      });
    });
  });
  return out;
}

/** How many of a document's first blocks are read for its addressee and date. */
const HEAD_BLOCKS = 8;

/** A name line: two to four capitalised words ("Maya Chen", "Harbour Office Ltd"). */
const NAME_LINE = /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.&-]*){1,3}$/u;

/**
 * A block of three to seven short lines that opens with a name and holds a figure (a house
 * number, a postcode), none of them a sentence: an address block ("Maya Chen / Harbour Office
 * Ltd / 12 Pier Road / Portsmouth PO1 2AB"). Its lines are returned joined by commas.
 */
export function addressBlock(text: string): string | undefined {
  const lines = text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  if (lines.length < 3 || lines.length > 7) return undefined;
  if (!NAME_LINE.test(lines[0]!) || !lines.some((line) => /\d/.test(line))) return undefined;
  if (lines.some((line) => line.split(' ').length > 6 || /[.!?:;]$/.test(line))) return undefined;
  return lines.join(', ');
}

/**
 * The addressee and date a letter, invoice or order opens with, as one unit ("To Maya Chen,
 * Harbour Office Ltd, 12 Pier Road, Portsmouth PO1 2AB, dated 3 March 2025."): an address block
 * (see addressBlock) among the document's first blocks — a paragraph or a cell of a short
 * table — and, when one stands there too, a line or cell that is a date and nothing else. No
 * address block, no unit: a date alone says nothing about whom the document is for.
 */
export function addresseeUnit(parsed: ParsedFile, position: number): TextUnit | undefined {
  if (parsed.type !== 'document') return undefined;
  let address: { text: string; locator: Locator; block: number } | undefined;
  let date: string | undefined;
  const head = parsed.blocks
    .map((block, index) => ({ block, index }))
    .filter(({ block }) => block.kind === 'paragraph' || block.kind === 'table' || block.kind === 'heading')
    .slice(0, HEAD_BLOCKS);
  for (const { block, index } of head) {
    const texts =
      block.kind === 'table'
        ? block.rows.length <= 2
          ? block.rows.flat().map((cell) => cell.text)
          : []
        : block.kind === 'paragraph' || block.kind === 'heading'
          ? [block.text]
          : [];
    for (const text of texts) {
      const found = address ? undefined : addressBlock(text);
      if (found) address = { text: found, locator: block.locator, block: index };
      else if (!date && parseDate(text.replace(/\s+/g, ' '))) date = text.replace(/\s+/g, ' ').trim();
    }
  }
  if (!address) return undefined;
  return {
    position,
    text: `To ${address.text}${date ? `, dated ${date}` : ''}.`,
    locator: address.locator,
    section: '',
    block: address.block,
    indexInBlock: 0,
  };
}

/**
 * A line with a blank to fill in ("Telephone………… Index…………", "Signed: ________") or the dot
 * leaders of a contents line: a form's field or a page reference, never a statement to quote.
 */
export function isFillIn(text: string): boolean {
  return /(?:[….]\s?){5,}|_{4,}/.test(text);
}

/** A block's sentences, each clause or item number given back to the item it opens. */
export function blockSentences(text: string): string[] {
  return withItemMarksMoved(splitSentences(withoutTypedMark(text)).map((span) => span.text));
}

/** A paragraph that is only a field's label: a few words ending on a colon ("Date and time:"). */
function isLabel(block: Block | undefined): boolean {
  if (block?.kind !== 'paragraph') return false;
  const text = block.text.trim();
  return /^[^.!?:]{1,60}:$/.test(text) && text.split(/\s+/).length <= 6;
}

/**
 * A form's field written as a label paragraph and its one value under it ("Venue:" then
 * "• Hall B, 12 Mill Road.") read as one paragraph, "Venue: Hall B, 12 Mill Road.": alone the
 * label says nothing and the value says nothing of what it is. A label over a list of several
 * items is left as it is.
 */
export function withLabelsJoined(blocks: readonly Block[]): ReadBlock[] {
  const out: ReadBlock[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const value = blocks[i + 1];
    const single =
      (value?.kind === 'paragraph' || value?.kind === 'list-item') &&
      !isLabel(value) &&
      value.text.trim() !== '' &&
      blocks[i + 2]?.kind !== 'list-item';
    if (isLabel(block) && single && 'text' in block) {
      const label = block.text.trim();
      out.push({ kind: 'paragraph', text: `${label} ${value.text.trim()}`, locator: value.locator, label });
      i++;
    } else out.push(block);
  }
  return out;
}

function fromBlocks(
  blocks: readonly ReadBlock[],
  startPosition: number,
  out: TextUnit[],
  context: { section: string },
  baseLocator: Locator = {},
): void {
  blocks.forEach((block, blockIndex) => {
    if (block.kind === 'heading') {
      context.section = block.text.trim();
      return;
    }
    const text = block.kind === 'table' ? tableProse(block.rows) : blockText(block);
    if (!text?.trim()) return;
    blockSentences(text).forEach((sentence, indexInBlock) => {
      if (sentence.length < 2) return;
      out.push({
        position: startPosition + out.length,
        text: sentence,
        locator: { ...baseLocator, ...block.locator },
        section: context.section,
        block: blockIndex,
        indexInBlock,
        ...(block.label && indexInBlock === 0 ? { label: block.label } : {}),
      });
    });
  });
}

export type UnitOptions = {
  /**
   * Read a label paragraph and its one value as one paragraph (see withLabelsJoined). Block
   * numbers then count the joined blocks, so a skill that writes blocks back leaves it off.
   */
  readonly labelsJoined?: boolean;
};

/** Sentences of documents, slides (with notes), transcripts, chats and mail bodies. */
export function textUnits(parsed: ParsedFile, options: UnitOptions = {}): TextUnit[] {
  const out: TextUnit[] = [];
  const blocksOf = (blocks: readonly Block[]): readonly ReadBlock[] =>
    options.labelsJoined ? withLabelsJoined(blocks) : blocks;
  switch (parsed.type) {
    case 'document':
      fromBlocks(blocksOf(parsed.blocks), 0, out, { section: parsed.metadata.title ?? '' });
      break;
    case 'presentation':
      for (const slide of parsed.slides) {
        if (slide.hidden) continue;
        const context = { section: slide.title ?? `Slide ${slide.index}` };
        fromBlocks(
          blocksOf(slide.blocks.filter((block) => block.kind !== 'heading' || block.text !== slide.title)),
          0,
          out,
          context,
          { slide: slide.index },
        );
        if (slide.notes)
          fromBlocks(
            [{ kind: 'paragraph', text: slide.notes, locator: { slide: slide.index } }],
            0,
            out,
            context,
          );
      }
      break;
    case 'transcript':
      // A turn as a reader wants it: transcript markup ({disfmarker}, {vocalsound}), fillers and
      // restarts removed, as a recap writes it.
      parsed.turns.forEach((turn) => {
        // A comma left before the end by a dropped restart ("the city you know, {disfmarker}") goes too.
        const text = readableTurn(turn.text).replace(/\s*[,;]+(?=[.!?]?\s*$)/, '');
        splitSentences(text).forEach((span, indexInBlock) => {
          out.push({
            position: out.length,
            text: span.text,
            locator: {
              turn: turn.index,
              ...(turn.start !== undefined ? { start: turn.start } : {}),
              ...(turn.end !== undefined ? { end: turn.end } : {}),
            },
            section: turn.speaker,
            block: turn.index,
            indexInBlock,
          });
        });
      });
      break;
    case 'chat':
      parsed.messages.forEach((message) => {
        splitSentences(message.text).forEach((span, indexInBlock) => {
          out.push({
            position: out.length,
            text: span.text,
            locator: { line: message.index + 1 },
            section: message.author,
            block: message.index,
            indexInBlock,
          });
        });
      });
      break;
    case 'mailbox': {
      // A bare forward ("See below." over a forwarded mail) says what it forwards: its words are
      // the message's, unless another message of the mailbox already says them.
      const openings = messageOpenings(parsed.messages.map((message) => message.text));
      parsed.messages.forEach((message, messageIndex) => {
        // What it forwards, split at the forwarded headers; a line of dashes a wrapped separator left says nothing.
        const forwarded =
          forwardToIndex(message, openings) === undefined
            ? []
            : quotedMessages(message.quoted)
                .flatMap((part) => splitSentences(part.text))
                .filter((span) => /\p{L}/u.test(span.text));
        [...splitSentences(message.text), ...forwarded].forEach((span, indexInBlock) => {
          out.push({
            position: out.length,
            text: span.text,
            locator: { messageId: message.messageId },
            section: message.subject,
            block: messageIndex,
            indexInBlock,
          });
        });
      });
      break;
    }
    default:
      break;
  }
  return out.map((unit, position) => ({ ...unit, position }));
}
