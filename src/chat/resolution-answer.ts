/**
 * @module resolution-answer
 * "How did sam_r get the driver working?", "How was the outage fixed?": the answer is not the
 * line that states the problem (it carries the question's words) but what was done after it.
 * The problem is the sentence that answers the question's words best; the fix is the first
 * later sentence of the same passage, by the person asked about when one is named, that
 * tells of an action taken ("reset the BIOS", "reinstalled the driver", "turned off …").
 */
import { analyze } from '../index/analyze.ts';
import type { SearchHit } from '../index/types.ts';
import type { CitationList } from './citations.ts';
import type { ExtractiveAnswer } from './passage-answer.ts';
import { citedPassage, type PassageSentence } from './passage-sentences.ts';
import { passageUnits } from './passage-text.ts';
import { rankSentences } from './sentence-rank.ts';

/** How a problem went away: fixed, solved, got working, sorted out, worked around. */
const ASKS_FIX =
  /^\s*how\s+(?:did|do|does|was|were|has|have|had|could|can)\b.*\b(?:fix(?:ed)?|solved?|resolved?|sort(?:ed)?\s+out|work(?:ed)?\s+around|get\b.*\b(?:work(?:ing)?|going|running|back)|got\b.*\b(?:work(?:ing)?|going|running|back))\b/i;

/** A sentence that tells of an action taken on the problem (not "the driver is not installed"). */
const ACTION =
  /(?<!\bnot\s|n't\s|\bnever\s)\b(?:reset|restarted|rebooted|reinstalled|installed|uninstalled|updated|upgraded|downgraded|changed|replaced|removed|deleted|disabled|enabled|fixed|solved|resolved|turned\s+(?:it\s+)?(?:off|on)|switched|added|edited|ran|rebuilt|recompiled|flashed|purged|reconfigured|configured|set\s+(?:it|the|up)|plugged|moved|renamed|downloaded|applied|patched)\b/i;

/** Sentences read after the problem to find its fix. */
const REACH = 40;

export function asksHowFixed(question: string): boolean {
  return ASKS_FIX.test(question);
}

/**
 * The fix that followed the problem the question names; undefined when none is told. A fix
 * told in the passage after the problem's (a long chat goes on in the next chunk) is read
 * through `following`, which gives the next passage of the same file the user may read.
 */
export async function resolutionAnswer(
  question: string,
  hits: readonly SearchHit[],
  citations: CitationList,
  person: string | undefined,
  following: (hit: SearchHit) => Promise<SearchHit | undefined>,
): Promise<ExtractiveAnswer | undefined> {
  if (!asksHowFixed(question)) return undefined;
  const ranked = rankSentences(question, hits, undefined, person);
  const problem = [...ranked].sort((a, b) => b.score - a.score)[0];
  if (!problem || problem.score <= 0) return undefined;
  const personWords = new Set(person ? analyze(person) : []);
  const byPerson = (speaker: string | undefined) =>
    personWords.size === 0 || speaker === undefined || analyze(speaker).some((word) => personWords.has(word));
  const after: PassageSentence[] = ranked.filter(
    (sentence) => sentence.hit === problem.hit && sentence.position > problem.position,
  );
  if (after.length < REACH) {
    const next = await following(problem.hit);
    if (next)
      after.push(
        ...passageUnits(next).map((unit, position) => ({ ...unit, hit: next, rank: problem.rank, position })),
      );
  }
  const fix = after
    .slice(0, REACH)
    .find(
      (sentence) => byPerson(sentence.speaker) && !/\?\s*$/.test(sentence.text) && ACTION.test(sentence.text),
    );
  if (!fix) return undefined;
  const body = fix.speaker ? `${fix.speaker}: ${fix.text}` : fix.text;
  const n = citations.cite(citedPassage(fix), body);
  return {
    answer: `${/[.!?。！？]$/.test(body) ? body : `${body}.`} [${n}]`,
    sentences: 1,
    found: true,
    hit: fix.hit,
  };
}
