/**
 * @module defined-formula
 * A quantity the text defines by a formula over numeric columns, with parentheses: "the hit
 * rate is hits / (hits + misses)", "Net is calculated as (Income - Cost) * 2". The formula must
 * read in full (every word a column of numbers, a number, an operator or a parenthesis), or no
 * column is made. A row whose cells are missing, or that divides by zero, has no value.
 */
import { type Cell, cellsOf, columnNames, type Frame, isNumericColumn } from './analysis-frame.ts';

type Node =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'column'; readonly name: string }
  | { readonly kind: 'operation'; readonly operator: string; readonly left: Node; readonly right: Node };

type Token = { readonly kind: 'number' | 'column' | 'operator' | 'open' | 'close'; readonly text: string };

const OPERATOR_WORDS: readonly [RegExp, string][] = [
  [/^(?:\+|plus\b)/i, '+'],
  [/^(?:-|−|–|minus\b)/i, '−'],
  [/^(?:\*|×|times\b|multiplied by\b)/i, '×'],
  [/^(?:\/|÷|divided by\b)/i, '/'],
];

/** The formula's tokens, or undefined when a piece is no column, number, operator or parenthesis. */
function tokenize(frame: Frame, formula: string): Token[] | undefined {
  const names = columnNames(frame)
    .filter((name) => isNumericColumn(frame, name))
    .sort((a, b) => b.length - a.length);
  const tokens: Token[] = [];
  let rest = formula.trim();
  while (rest.length > 0) {
    // "Started minus the graduation year": an article before a column's name is no piece of its own.
    const article = /^the\s+/i.exec(rest);
    if (
      article &&
      names.some((name) => rest.slice(article[0].length).toLowerCase().startsWith(name.toLowerCase()))
    )
      rest = rest.slice(article[0].length);
    const open = /^[([]/.exec(rest);
    const close = /^[)\]]/.exec(rest);
    const number = /^\d+(?:\.\d+)?(?![\w])/.exec(rest);
    const operator = OPERATOR_WORDS.find(([pattern]) => pattern.test(rest));
    const column = names.find(
      (name) => rest.toLowerCase().startsWith(name.toLowerCase()) && !/^\w/.test(rest.slice(name.length)),
    );
    let token: Token;
    let length: number;
    if (open) [token, length] = [{ kind: 'open', text: open[0] }, 1];
    else if (close) [token, length] = [{ kind: 'close', text: close[0] }, 1];
    else if (column) [token, length] = [{ kind: 'column', text: column }, column.length];
    else if (number) [token, length] = [{ kind: 'number', text: number[0] }, number[0].length];
    else if (operator)
      [token, length] = [{ kind: 'operator', text: operator[1] }, operator[0].exec(rest)![0].length];
    else return undefined;
    tokens.push(token);
    rest = rest.slice(length).trimStart();
  }
  return tokens;
}

/** '"Adults" + "Kids"': quotation marks around a column's name are no piece of the formula. */
function withoutNameQuotes(formula: string): string {
  return formula.replace(/["“”`‘’]|(?<![\w])'|'(?![\w])/g, '');
}

/** Parses tokens by precedence (× and / before + and −); undefined unless every token is used. */
function parse(tokens: readonly Token[]): Node | undefined {
  let at = 0;
  const factor = (): Node | undefined => {
    const token = tokens[at++];
    if (!token) return undefined;
    if (token.kind === 'number') return { kind: 'number', value: Number(token.text) };
    if (token.kind === 'column') return { kind: 'column', name: token.text };
    if (token.kind !== 'open') return undefined;
    const inner = sum();
    return tokens[at++]?.kind === 'close' ? inner : undefined;
  };
  const chain = (next: () => Node | undefined, operators: readonly string[]) => (): Node | undefined => {
    let left = next();
    while (left && tokens[at]?.kind === 'operator' && operators.includes(tokens[at]!.text)) {
      const operator = tokens[at++]!.text;
      const right = next();
      if (!right) return undefined;
      left = { kind: 'operation', operator, left, right };
    }
    return left;
  };
  const product = chain(factor, ['×', '/']);
  const sum = chain(product, ['+', '−']);
  const tree = sum();
  return tree && at === tokens.length ? tree : undefined;
}

function evaluate(node: Node, row: number, cells: (name: string) => readonly Cell[]): number | null {
  if (node.kind === 'number') return node.value;
  if (node.kind === 'column') {
    const cell = cells(node.name)[row];
    return typeof cell === 'number' && Number.isFinite(cell) ? cell : null;
  }
  const left = evaluate(node.left, row, cells);
  const right = evaluate(node.right, row, cells);
  if (left === null || right === null) return null;
  if (node.operator === '+') return left + right;
  if (node.operator === '−') return left - right;
  if (node.operator === '×') return left * right;
  return right === 0 ? null : left / right;
}

function words(node: Node): string {
  if (node.kind === 'number') return String(node.value);
  if (node.kind === 'column') return node.name;
  return `(${words(node.left)} ${node.operator} ${words(node.right)})`;
}

/**
 * "the hit rate is hits / (hits + misses)", "The gap of a day is High - Low": the name (what it is
 * of, a row, left out), then the formula up to the clause's end (a point inside a name, as in
 * "Apr.2021", is no end).
 */
const DEFINED =
  /(?:^|[.;:]\s+|\n|\bwhere\s+|\band\s+)(?:the\s+)?["“]?([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2}?)["”]?(?:\s+of\s+(?:a|an|each|every|one)\s+[a-z]+)?\s+(?:is|=|equals|is defined as|is calculated as|is computed as)\s+(?:calculated as\s+|computed as\s+|defined as\s+)?((?:[^.;,\n]|\.(?=\S))*?[-+*/×÷−](?:[^.;,\n]|\.(?=\S))*?)(?=\s*(?:[.;,](?:\s|$)|\n|$))/gi;

/** "a feature for the daily spread as a percentage of the morning reading": what the feature holds. */
const DESCRIBED =
  /\b(?:a|an|the|new)\s+(?:new\s+)?(?:feature|column|variable)\s+(?:for|representing|that represents|that measures|to represent|describing)\s+(?:the\s+)?([A-Za-z][^.,;?\n]{2,80}?)(?=\s*(?:[.,;?\n]|$))/i;

/** "… for every row", "… for each day", "… for every site" after a formula: the rows it is made for, no piece of it. */
const EVERY_ROW = /\s+(?:for|in|on|over|across)\s+(?:every|each|all(?:\s+the)?)\s+[a-z]+\s*$/i;

/** A bare "feature" or "new column" is named by what the text says it holds, when it says. */
function describedName(name: string, text: string): string {
  if (!/^(?:new\s+)?(?:feature|column|variable)$/i.test(name)) return name;
  return DESCRIBED.exec(text)?.[1]?.trim() ?? name;
}

/**
 * A formula's value in each row and its words, fully bracketed: "((Peak - Base) / Start) * 100".
 * Undefined unless it reads in full, with an operator and a column of numbers.
 */
export function formulaCells(frame: Frame, formula: string): { cells: Cell[]; words: string } | undefined {
  const tokens = tokenize(frame, withoutNameQuotes(formula));
  const tree = tokens && tokens.some((token) => token.kind === 'operator') ? parse(tokens) : undefined;
  if (!tree || !tokens!.some((token) => token.kind === 'column')) return undefined;
  const cached = new Map<string, readonly Cell[]>();
  const cells = (column: string) => {
    const known = cached.get(column) ?? cellsOf(frame, column);
    cached.set(column, known);
    return known;
  };
  return {
    cells: frame.table.rowNumbers.map((_, row) => evaluate(tree, row, cells)),
    words: words(tree).replace(/^\((.*)\)$/, '$1'),
  };
}

const defined = new WeakMap<Frame, Set<string>>();

/** The columns a formula in the text defined, by frame. */
export function formulaColumns(frame: Frame): ReadonlySet<string> {
  return defined.get(frame) ?? new Set();
}

/** Makes each column a formula in the text defines, once, over the columns there are so far. */
export function applyDefinedFormula(frame: Frame, question: string, constraints: string): void {
  const text = `${question}\n${constraints}`;
  for (const match of text.matchAll(DEFINED)) {
    const name = describedName(match[1]!.trim(), text);
    if (
      frame.derived.has(name) ||
      columnNames(frame).some((item) => item.toLowerCase() === name.toLowerCase())
    )
      continue;
    if (/^(?:it|this|that|which|each|every|there|row|rows|value|values)$/i.test(name)) continue;
    const formula = formulaCells(frame, match[2]!.replace(EVERY_ROW, ''));
    if (!formula) continue;
    frame.derived.set(name, formula.cells);
    frame.steps.push(`${name} = ${formula.words}`);
    defined.set(frame, (defined.get(frame) ?? new Set()).add(name));
  }
}
