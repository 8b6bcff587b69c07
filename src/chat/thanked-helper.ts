/**
 * @module thanked-helper
 * "Who helped ana_r get the printer going?", "Who fixed kit's sound?": in a help channel the
 * one who helped is the one the helped person thanks ("thanks bo, that fixed it", "ty kit!").
 * Their own line that states the trouble carries the question's words best, but it names no
 * helper; nor does a helper's line that shares a word with the trouble say it was the one that
 * helped. The answer is the helped person's later line that thanks another speaker of the log:
 * one that also says it worked before any other, else the last.
 */
import { isBotNick } from '../formats/chat/bot-nick.ts';
import type { SearchHit } from '../index/types.ts';
import { nickBase } from './attributed-person.ts';
import type { CitationList } from './citations.ts';
import { lineConcerns } from './named-nick.ts';
import type { ExtractiveAnswer } from './passage-answer.ts';
import { citedPassage, type PassageSentence } from './passage-sentences.ts';
import { passageUnits } from './passage-text.ts';
import { rankSentences } from './sentence-rank.ts';

/** "Who helped ana_r …", "Who fixed kit's …", "Who finally sorted out bo's …": the one helped, as written. */
const ASKS_HELPER =
  /^\s*who\s+(?:(?:finally|eventually|actually|has|had)\s+)?(?:helped|fixed|solved|sorted\s+out)\s+@?([\p{L}\p{N}_|^`[\]{}.-]+?)(?:['’]s)?(?=[\s?,]|$)/iu;

/** A line that thanks: "thanks bo", "thank you kit", "thx", "ty ana", "cheers". */
const THANKS = /\b(?:thanks|thank\s+you|thanx|thx|ty|cheers)\b/i;

/** A line that says the help worked: "fixed it", "that worked", "solved", "did the trick". */
const WORKED = /\b(?:fixed|solved|worked|works\s+now|did\s+the\s+trick|sorted)\b/i;

/** How many lines after the trouble the thanks may come. */
const REACH = 120;
/** How many of the file's next passages are read for it. */
const MAX_PASSAGES = 3;

/** The one a question asks the helper of, lower case; undefined when it asks no helper. */
export function helpedAsked(question: string): string | undefined {
  return ASKS_HELPER.exec(question)?.[1]?.toLowerCase();
}

/** The other speaker a line of the helped person thanks, by the nick they speak under; undefined when none. */
export function thankedSpeaker(
  text: string,
  helped: string,
  speakers: ReadonlySet<string>,
): string | undefined {
  if (!THANKS.test(text)) return undefined;
  const bases = new Map([...speakers].map((nick) => [nickBase(nick), nick] as const));
  for (const match of text.matchAll(/[\p{L}\p{N}_|^`[\]{}-]+/gu)) {
    const word = match[0].toLowerCase().replace(/^[-[{]+|[-\]}]+$/gu, '');
    if (word.length < 3 || nickBase(word) === nickBase(helped)) continue;
    const nick = bases.get(nickBase(word));
    if (nick && !isBotNick(nick)) return nick;
  }
  return undefined;
}

/**
 * The helped person's line that thanks the one who helped, after the line of their talk that
 * answers the question's words best (in the same passage or the file's next ones); undefined
 * when the question asks no helper, the one helped does not speak in the log, or thanks no one.
 */
export async function thankedHelperAnswer(
  question: string,
  hits: readonly SearchHit[],
  citations: CitationList,
  following: (hit: SearchHit) => Promise<SearchHit | undefined>,
): Promise<ExtractiveAnswer | undefined> {
  const asked = helpedAsked(question);
  if (!asked) return undefined;
  const ranked = rankSentences(question, hits);
  const speakers = new Set(ranked.flatMap((line) => (line.speaker ? [line.speaker] : [])));
  const helped = [...speakers].find((nick) => nickBase(nick) === nickBase(asked));
  if (!helped) return undefined;
  const trouble = ranked
    .filter(
      (line) =>
        line.hit.type === 'chat' &&
        line.speaker &&
        line.score > 0 &&
        lineConcerns(line.speaker, line.text, [helped]),
    )
    .sort((a, b) => b.score - a.score)[0];
  if (!trouble) return undefined;
  const after: PassageSentence[] = ranked.filter(
    (line) => line.hit === trouble.hit && line.position > trouble.position,
  );
  for (let from = trouble.hit, read = 0; after.length < REACH && read < MAX_PASSAGES; read++) {
    const next = await following(from);
    if (!next) break;
    after.push(
      ...passageUnits(next).map((unit, position) => ({ ...unit, hit: next, rank: trouble.rank, position })),
    );
    from = next;
  }
  const thanks = after
    .slice(0, REACH)
    .filter(
      (line) =>
        line.speaker !== undefined &&
        nickBase(line.speaker) === nickBase(helped) &&
        thankedSpeaker(line.text, helped, speakers) !== undefined,
    );
  const line = thanks.find((candidate) => WORKED.test(candidate.text)) ?? thanks.at(-1);
  if (!line) return undefined;
  const body = `${line.speaker}: ${line.text}`;
  const n = citations.cite(citedPassage(line), body);
  return {
    answer: `${/[.!?。！？]$/.test(body) ? body : `${body}.`} [${n}]`,
    sentences: 1,
    found: true,
    hit: line.hit,
  };
}
