/**
 * @module other-period
 * Whether a sentence states its value of another period than the one the question names
 * relative to now: "How much did the club raise last year?" is not answered by "This year we
 * ask each member for $500", which speaks of this year and never of the last.
 */

/** Which way a period lies from now: the one before, the one now, the one to come. */
type Way = 'before' | 'now' | 'ahead';

const WAY_OF: Readonly<Record<string, Way>> = {
  last: 'before',
  past: 'before',
  previous: 'before',
  prior: 'before',
  this: 'now',
  current: 'now',
  next: 'ahead',
  coming: 'ahead',
  upcoming: 'ahead',
};

/** "last year", "this year's", "the coming quarter": a way from now and the unit of time it counts. */
const RELATIVE_PERIOD =
  /\b(last|past|previous|prior|this|current|next|coming|upcoming)\s+(year|quarter|month|week|season)(?:['’]s|s)?\b/gi;

/** The periods a text names relative to now, each written as way and unit ("before year"). */
function periodsOf(text: string): Set<string> {
  return new Set(
    [...text.matchAll(RELATIVE_PERIOD)].map(
      (match) => `${WAY_OF[(match[1] ?? '').toLowerCase()]} ${(match[2] ?? '').toLowerCase()}`,
    ),
  );
}

/**
 * True when the question names a period relative to now ("last year") and the sentence names
 * another one of the same unit ("this year") but not the one asked.
 */
export function statesOtherPeriod(question: string, text: string): boolean {
  const asked = periodsOf(question);
  if (asked.size === 0) return false;
  const said = periodsOf(text);
  return [...asked].some((period) => {
    const unit = period.split(' ')[1];
    return !said.has(period) && [...said].some((other) => other !== period && other.split(' ')[1] === unit);
  });
}
