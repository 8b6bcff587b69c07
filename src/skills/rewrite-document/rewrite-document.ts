/**
 * @module rewrite-document
 * Rewrites a document's prose while keeping its structure: headings, lists, tables and
 * images stay where they are; only paragraph and list text changes. Builtin: shorter (keep
 * each paragraph's most central sentences, cut wordiness) and simpler (plain words, split
 * long sentences). Tone changes (formal, casual) need a language model. With a model, each
 * paragraph is rewritten and checked on its own (`rewrite-with-model.ts`); a paragraph whose
 * rewrite fails or loses a fact falls back to the builtin rewrite (or stays as it was, for a
 * tone change), and the result says which engine wrote each paragraph and why any fell back.
 */
import type { Block, Document, Run, TableCell } from '../../formats/model.ts';
import { fail, OfficemateError } from '../../lib/errors.ts';
import type { Warning } from '../../lib/result.ts';
import type { LanguageModel } from '../../models/index.ts';
import { textSize } from '../../models/token-budget.ts';
import { sentenceRelevance } from '../summarize-document/rank-sentences.ts';
import { blockSentences, isProseCell, tableProse, textUnits } from '../summarize-document/text-units.ts';
import { shortenSentence, simplifySentence } from './plain-language.ts';
import { rejectionReason, rewriteParagraphWithModel } from './rewrite-with-model.ts';

export const RewriteStyle = {
  Shorter: 'shorter',
  Simpler: 'simpler',
  Formal: 'formal',
  Casual: 'casual',
} as const;
export type RewriteStyle = (typeof RewriteStyle)[keyof typeof RewriteStyle];

export type RewriteResult = {
  readonly document: Document;
  /** The model's engine when at least one paragraph is its work; else `builtin`. */
  readonly engine: string;
  readonly paragraphsChanged: number;
  /** Prose length before and after: words, with Chinese, Japanese and Korean counted as characters ÷ 2. */
  readonly wordsBefore: number;
  readonly wordsAfter: number;
  /** Which engine rewrote each prose block that was considered. */
  readonly paragraphs: readonly ParagraphOutcome[];
  /** Paragraphs where the model was not used, grouped by reason. */
  readonly warnings: readonly Warning[];
};

function isProse(block: Block): block is Extract<Block, { kind: 'paragraph' | 'list-item' }> {
  return block.kind === 'paragraph' || block.kind === 'list-item';
}

/** New text for a block; formatting that covered the whole paragraph (all bold, all italic) is kept. */
function withText<B extends Extract<Block, { kind: 'paragraph' | 'list-item' }>>(block: B, text: string): B {
  if (text === block.text) return block;
  const runs = block.runs ?? [];
  const all = (key: 'bold' | 'italic' | 'underline') =>
    runs.length > 0 && runs.every((run) => !run.text.trim() || run[key]);
  const run: Run = {
    text,
    ...(all('bold') ? { bold: true } : {}),
    ...(all('italic') ? { italic: true } : {}),
    ...(all('underline') ? { underline: true } : {}),
  };
  return { ...block, text, runs: [run] };
}

/**
 * Words a cell needs before the builtin rewrite treats it as a paragraph. A shorter cell is a
 * record (a dated entry of a calendar, an item and its note): dropping one of its two sentences
 * or its bracketed aside drops a fact, not wordiness.
 */
const MIN_PARAGRAPH_CELL_WORDS = 25;

function isParagraphCell(text: string): boolean {
  return text.trim().split(/\s+/).length >= MIN_PARAGRAPH_CELL_WORDS;
}

/** A sentence that opens with a clause or item number ("2. ", "3.6.1. "). */
const NUMBERED_ITEM = /^\(?\d{1,2}(?:\.\d{1,2})*[.)]\s/;

type BuiltinRewrite = {
  /** New text of prose blocks, by block index. */
  readonly changes: Map<number, string>;
  /** New rows of tables whose prose cells changed, by block index. */
  readonly tables: Map<number, TableCell[][]>;
  readonly cellsChanged: number;
  /** Prose blocks whose new text differs from the old in spacing only. */
  readonly respaced: ReadonlySet<number>;
};

/** Ends without a closing stop (quotes and brackets after it aside). */
function runsOn(sentence: string): boolean {
  return !/[.!?…:;。！？．][\s"'”’»)\]*]*$/u.test(sentence.trim());
}

function rewriteBuiltin(document: Document, style: 'shorter' | 'simpler'): BuiltinRewrite {
  const changes = new Map<number, string>();
  const tables = new Map<number, TableCell[][]>();
  const respaced = new Set<number>();
  let cellsChanged = 0;
  const units = textUnits(document);
  const relevance = sentenceRelevance(units);
  const scoreOf = new Map(units.map((unit, i) => [`${unit.block}:${unit.text}`, relevance[i]!]));
  /** A passage made shorter (its most central half of sentences, wordy phrases cut) or simpler. */
  const rewrite = (text: string, index: number): string => {
    const sentences = blockSentences(text);
    let kept = sentences;
    // Numbered clauses run into one paragraph ("1. Amend … 2. Add … 3. In force from …") are a list:
    // each is its own point, shortened but never dropped.
    const numbered = sentences.filter((sentence) => NUMBERED_ITEM.test(sentence)).length >= 2;
    if (style === 'shorter' && sentences.length > 1 && !numbered) {
      // A last sentence with no closing stop runs on into the next paragraph (a line broken by
      // hand, "Only referees who filed a complete" ⏎ "application take part."), or is the rest of
      // a name cut at an abbreviation ("Office for ⏎ Regional Projects" after "Dept."): dropping
      // it, or what comes before it, leaves a fragment, so it is kept with the sentences before.
      const open = runsOn(sentences.at(-1) ?? '') ? 1 : 0;
      const keep = Math.ceil((sentences.length - open) / 2);
      const ranked = sentences.slice(0, sentences.length - open).map((sentence, i) => ({
        i,
        score: (scoreOf.get(`${index}:${sentence}`) ?? 0) + (i === 0 ? 0.02 : 0),
      }));
      const chosen = new Set(
        ranked
          .sort((a, b) => b.score - a.score)
          .slice(0, keep)
          .map((item) => item.i),
      );
      if (open) {
        // The sentence before may be the first half of a name cut at an abbreviation: it stays too.
        chosen.add(sentences.length - 1);
        chosen.add(sentences.length - 2);
      }
      // A "sentence" opening in lower case was cut from the one before it at a false stop (an
      // abbreviation, a stray "« ." in a decree): the two are kept or dropped together, or the
      // kept half reads without its verb ("2. Amend clause 3.5 «." ⏎ "the said contracts …").
      for (let pass = 0; pass < 2; pass++)
        for (let i = 1; i < sentences.length; i++)
          if (/^\p{Ll}/u.test(sentences[i]!.trim()) && (chosen.has(i) || chosen.has(i - 1))) {
            chosen.add(i);
            chosen.add(i - 1);
          }
      kept = sentences.filter((_, i) => chosen.has(i));
    }
    return (style === 'shorter' ? kept.map(shortenSentence) : kept.flatMap(simplifySentence)).join(' ');
  };
  document.blocks.forEach((block, index) => {
    if (block.kind === 'table') {
      // Prose written into cells (forms, protocols) is rewritten cell by cell; labels and figures stay.
      let changed = false;
      const rows = block.rows.map((row) =>
        row.map((cell) => {
          if (cell.merged || !isProseCell(cell.text) || !isParagraphCell(cell.text)) return cell;
          const text = rewrite(cell.text, index);
          if (!text || text === cell.text.trim()) return cell;
          changed = true;
          cellsChanged++;
          return { ...cell, text };
        }),
      );
      if (changed) tables.set(index, rows);
      return;
    }
    if (!isProse(block) || !block.text.trim()) return;
    const rewritten = rewrite(block.text, index);
    if (!rewritten || rewritten === block.text.trim()) return;
    if (sameWords(rewritten, block.text)) {
      // Lines broken by hand ("Date: …⏎Attendees: …") stay as they are: only their spacing would change.
      if (block.text.trim().includes('\n')) return;
      respaced.add(index);
    }
    changes.set(index, rewritten);
  });
  return { changes, tables, cellsChanged, respaced };
}

/**
 * Whether a rewrite leaves the text as it was but for its spacing ("Section⇥Page" read back as
 * "Section Page"): the paragraph is tidied, but not counted as rewritten.
 */
function sameWords(rewritten: string, original: string): boolean {
  const words = (text: string) => text.replace(/\s+/g, ' ').trim();
  return words(rewritten) === words(original);
}

/** How a prose block was rewritten. */
export type ParagraphOutcome = {
  /** Index of the block in the document. */
  readonly block: number;
  /** `builtin` or the model's engine. */
  readonly engine: string;
  /** False when the block kept its text (a tone change the model could not make keeps the original). */
  readonly changed: boolean;
};

type ModelRewrite = {
  readonly changes: Map<number, string>;
  readonly paragraphs: ParagraphOutcome[];
  readonly warnings: Warning[];
};

/** Heading of the section each block is in. */
function sectionsOf(document: Document): string[] {
  let section = '';
  return document.blocks.map((block) => {
    if (block.kind === 'heading') section = block.text.trim();
    return section;
  });
}

/** Groups paragraphs that fell back for the same reason into one warning each. */
function fallbackWarnings(
  document: Document,
  fallbacks: Map<string, { blocks: number[]; reason: string; used: string }>,
): Warning[] {
  // Paragraph numbers as the reader counted them, where it kept them.
  const number = (block: number) => document.blocks[block]?.locator?.paragraph ?? block + 1;
  return [...fallbacks.values()].map(({ blocks, reason, used }) => ({
    type: 'other',
    message: `${blocks.length === 1 ? 'Paragraph' : 'Paragraphs'} ${blocks.map(number).join(', ')}: ${reason}; ${used}.`,
  }));
}

async function rewriteWithModel(
  document: Document,
  style: RewriteStyle,
  model: LanguageModel,
  options: RewriteOptions,
): Promise<ModelRewrite> {
  const changes = new Map<number, string>();
  const paragraphs: ParagraphOutcome[] = [];
  const fallbacks = new Map<string, { blocks: number[]; reason: string; used: string }>();
  const canFallBack = style === 'shorter' || style === 'simpler';
  let builtin: Map<number, string> | undefined;
  const sections = sectionsOf(document);
  const documentTitle =
    document.metadata.title ?? document.blocks.find((block) => block.kind === 'heading')?.text ?? 'document';
  for (const [index, block] of document.blocks.entries()) {
    if (!isProse(block) || textSize(block.text) < 3) continue;
    const outcome = await rewriteParagraphWithModel(
      { id: String(index + 1), text: block.text, documentTitle, section: sections[index] ?? '' },
      style,
      model,
      {
        now: options.now ?? new Date(),
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.contextTokens ? { contextTokens: options.contextTokens } : {}),
      },
    );
    if (outcome.ok) {
      if (outcome.text !== block.text) changes.set(index, outcome.text);
      paragraphs.push({ block: index, engine: model.engine, changed: outcome.text !== block.text });
      continue;
    }
    if (outcome.why.kind === 'failed' && outcome.why.error.code === 'aborted')
      throw new OfficemateError(outcome.why.error);
    builtin ??= canFallBack ? rewriteBuiltin(document, style).changes : new Map();
    const fallback = builtin.get(index);
    if (fallback !== undefined) changes.set(index, fallback);
    paragraphs.push({ block: index, engine: 'builtin', changed: fallback !== undefined });
    const key =
      outcome.why.kind === 'failed' ? `failed:${outcome.why.error.code}` : rejectionReason(outcome.why);
    const entry = fallbacks.get(key) ?? {
      blocks: [],
      reason: rejectionReason(outcome.why),
      used: canFallBack ? 'used the builtin rewrite' : 'kept the original text',
    };
    entry.blocks.push(index);
    fallbacks.set(key, entry);
  }
  return { changes, paragraphs, warnings: fallbackWarnings(document, fallbacks) };
}

export type RewriteOptions = {
  readonly signal?: AbortSignal;
  /** Today, for the prompt (default: now). */
  readonly now?: Date;
  /** The model's context window in tokens (the configuration's `contextSize`; default 4096). */
  readonly contextTokens?: number;
};

export async function rewriteDocument(
  document: Document,
  style: RewriteStyle,
  model: LanguageModel,
  options: RewriteOptions | AbortSignal = {},
): Promise<RewriteResult> {
  const settings: RewriteOptions = options instanceof AbortSignal ? { signal: options } : options;
  let changes: Map<number, string>;
  let engine: string;
  let paragraphs: ParagraphOutcome[];
  let warnings: Warning[] = [];
  let tables = new Map<number, TableCell[][]>();
  let cellsChanged = 0;
  let respaced: ReadonlySet<number> = new Set();
  if (model.engine === 'builtin') {
    if (style === 'formal' || style === 'casual') {
      fail(
        'model_capability',
        `Changing the tone to ${style} needs a language model; the builtin engine only makes text shorter or simpler.`,
        {
          hint: 'Configure a model: --engine llama-cpp --model FILE.gguf, or --engine openai-compatible --base-url URL --model NAME.',
        },
      );
    }
    const builtin = rewriteBuiltin(document, style);
    changes = builtin.changes;
    tables = builtin.tables;
    cellsChanged = builtin.cellsChanged;
    engine = 'builtin';
    respaced = builtin.respaced;
    paragraphs = [...changes.keys()]
      .filter((block) => !respaced.has(block))
      .map((block) => ({ block, engine: 'builtin', changed: true }));
    if (changes.size - respaced.size + cellsChanged === 0)
      warnings = [
        {
          type: 'skipped',
          message: `Nothing was made ${style}: the text is in headings, short table entries or sentences that are already plain, which the builtin engine keeps whole.`,
        },
      ];
  } else {
    const rewritten = await rewriteWithModel(document, style, model, settings);
    changes = rewritten.changes;
    paragraphs = rewritten.paragraphs;
    warnings = rewritten.warnings;
    // The result is the model's only when at least one paragraph is.
    engine = paragraphs.some((paragraph) => paragraph.engine === model.engine) ? model.engine : 'builtin';
  }
  const blocks = document.blocks.map((block, index) => {
    const rows = tables.get(index);
    if (rows && block.kind === 'table') return { ...block, rows };
    const text = changes.get(index);
    return text !== undefined && isProse(block) ? withText(block, text) : block;
  });
  // With a model, prose written into table cells is kept as it is: say so rather than report nothing done.
  const cellWords = document.blocks.reduce(
    (sum, block) => sum + (block.kind === 'table' ? textSize(tableProse(block.rows)) : 0),
    0,
  );
  if (cellWords > 0 && model.engine !== 'builtin')
    warnings = [
      ...warnings,
      {
        type: 'skipped',
        message: `${cellWords} words of prose in table cells were left as they are: the model rewrites paragraphs and list items only.`,
      },
    ];
  const proseWords = (items: readonly Block[]) =>
    items.reduce(
      (sum, block) =>
        sum +
        (isProse(block)
          ? textSize(block.text)
          : block.kind === 'table'
            ? textSize(tableProse(block.rows))
            : 0),
      0,
    );
  return {
    document: { ...document, blocks },
    engine,
    paragraphsChanged: changes.size - respaced.size + cellsChanged,
    wordsBefore: proseWords(document.blocks),
    wordsAfter: proseWords(blocks),
    paragraphs,
    warnings,
  };
}
