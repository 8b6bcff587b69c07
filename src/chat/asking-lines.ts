/**
 * @module asking-lines
 * Chat lines that put their speaker's question to the channel though they carry no question
 * mark: the line that leads into the speaker's own request for a way on the next line ("the
 * receipt still prints last year's logo", then "how do I get rid of it?"). What such a line
 * states is the problem put to the channel, not what anyone answered, nor how it was solved.
 */

/**
 * A request for a way put in the first person, with its question mark: "how do I get rid
 * of it?", "how can we get …?", "is there a way to …?", "what should I set …?".
 */
const OWN_WAY_ASKED =
  /^(?:\S+[:,]\s+)?(?:so\s+|and\s+|but\s+|ok(?:ay)?,?\s+)?(?:how\s+(?:do|can|could|would|should)\s+(?:i|we)\b|is there (?:a|any) way\b|what (?:do|should|can) (?:i|we)\b|where (?:do|can|should) (?:i|we)\b|can (?:i|we)\b)[^?]*\?\s*$/i;

export function asksOwnWay(text: string): boolean {
  return OWN_WAY_ASKED.test(text.trim());
}

/** The lines of a log as the ranker reads them: which passage, which line, who said what. */
type LogLine = {
  readonly hit: { readonly uri: string };
  readonly line: number;
  readonly speaker?: string;
  readonly text: string;
};

const lineKey = (unit: LogLine): string => `${unit.hit.uri}#${unit.line}`;

/**
 * The keys ("uri#line") of the lines that lead into their speaker's own request for a way on the
 * very next line of the passage: "The receipt still prints last year's logo", then,
 * from the same speaker, "how do I get rid of it?".
 */
export function leadsIntoOwnQuestion(units: readonly LogLine[]): Set<string> {
  const byLine = new Map<string, LogLine[]>();
  for (const unit of units) byLine.set(lineKey(unit), [...(byLine.get(lineKey(unit)) ?? []), unit]);
  const leads = new Set<string>();
  for (const unit of units) {
    if (!unit.speaker) continue;
    const next = byLine.get(`${unit.hit.uri}#${unit.line + 1}`) ?? [];
    const text = next.map((part) => part.text).join(' ');
    if (next.length > 0 && next.every((part) => part.speaker === unit.speaker) && asksOwnWay(text))
      leads.add(lineKey(unit));
  }
  return leads;
}
