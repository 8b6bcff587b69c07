/**
 * @module given-figures
 * Figures the chair hands down: the money a project must keep to ("we'll sell it at thirty
 * Euros", "the production cost is at most fifteen", "our profit aim is ten million") is a
 * decision the group works under, though nobody agrees to it out loud. Only the chair's own
 * statements count, said as a fact (no question, no "if", no hedge before the figure), and the
 * figures said close together become one decision that cites each of them.
 */
import type { Decision } from './decision-phrases.ts';
import { type Context, HEDGED, type Sentence } from './meeting-context.ts';

const NUMBER =
  '(?:\\d[\\d.,]*|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|half)';
/** An amount of money: "twenty five Euros", "€30", "12.50 pounds", "twelve and a half Euro". */
const MONEY = new RegExp(
  `(?:[€$£]\\s?\\d|\\b${NUMBER}(?:[\\s-]+(?:and\\s+a\\s+|and\\s+|a\\s+|point\\s+)?${NUMBER})*\\s+(?:euros?|pounds?|dollars?|bucks|francs?)\\b)`,
  'i',
);
/** What the money is: the price it sells at, what it may cost, the budget, the profit it must make. */
const TARGET =
  /\b(?:sell(?:s|ing)?|sold|(?:selling |retail |sales )?price[ds]?|(?:production |unit |manufacturing )?costs?|budget|profit(?: aim| target| margin)?|margin|to make it)\b/i;
/** The figure is one option, a condition or an aside: "if we're talking thirty Euros", "maybe fifteen". */
const NOT_GIVEN = /\b(?:if|unless|whether|suppose|imagine|could|might|would)\b|\?/i;
/** The figure as the premise of an argument, not a statement of it: "with fifteen Euros as the cost, we can't …". */
const PREMISE = /^(?:(?:well|so|and|but|okay|ok|um|uh|now)[,\s]+)*(?:with|at|for|from|given)\b/i;
/** The figure measured against a target, not the target: "we are over budget by three euros", "under the price". */
const COMPARED =
  /\b(?:over|under|above|below|within|short of|less than|more than)\b|\bby\s+(?:about\s+|around\s+|roughly\s+)?$/i;
/** Figures said within this many turns of each other are one set of givens. */
const NEAR = 40;

/** The part of a sentence up to its figure: what frames it ("we've got a selling price at …"). */
const beforeFigure = (text: string) => text.slice(0, MONEY.exec(text)?.index ?? text.length);

function given(sentence: Sentence, context: Context): boolean {
  if (sentence.speaker !== context.chair || !MONEY.test(sentence.text)) return false;
  const lead = beforeFigure(sentence.text);
  return (
    TARGET.test(sentence.text) &&
    !NOT_GIVEN.test(sentence.text) &&
    !HEDGED.test(lead) &&
    !PREMISE.test(lead) &&
    !COMPARED.test(lead)
  );
}

/**
 * The figure's clause, without an aside after a comma ("…, which I don't know in Pounds") and
 * without what ends before it ("Here's. The budget is …", a sentence left as one around a gap).
 */
function figureClause(text: string): string {
  const end = MONEY.exec(text);
  const cut = end ? text.indexOf(',', end.index + end[0].length) : -1;
  const clause = cut >= 0 ? text.slice(0, cut) : text;
  const lead = [...clause.slice(0, end?.index ?? 0).matchAll(/[.!?]\s+(?=\p{Lu})/gu)].at(-1);
  const from = lead ? lead.index + lead[0].length : 0;
  return clause
    .slice(from)
    .replace(/[.,;!\s]+$/, '')
    .trim();
}

export function givenFigures(context: Context): Decision[] {
  const groups: Sentence[][] = [];
  for (const sentence of context.sentences) {
    if (!given(sentence, context)) continue;
    const last = groups.at(-1);
    const lastTurn = last?.at(-1)?.turn;
    if (last && lastTurn !== undefined && sentence.turn - lastTurn <= NEAR) last.push(sentence);
    else groups.push([sentence]);
  }
  return groups.map((group) => ({
    text: `Figures given by ${group[0]?.speaker ?? 'the chair'}: ${group.map((sentence) => figureClause(sentence.text)).join('; ')}.`,
    turns: group.map((sentence) => sentence.turn),
  }));
}
