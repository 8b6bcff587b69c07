/**
 * @module chat-correction
 * A chat line its speaker corrects a little later ("s/apt-update-grub/update-grub/", "*supported,
 * sorry", "typo .. x s/b y", "sorry, I meant 3.2"): the line picked as an answer is said with the
 * correction beside it, and a sed-style one is applied to it, so the answer is not the word its
 * own speaker took back. So is a later line of theirs that only writes one of its words again,
 * respelt ("kit: run mixerd-conifg" … "kit mixerd-config ?"), and a short one that says sorry
 * after the right word ("the blue one sorry").
 */
import type { SearchHit } from '../index/types.ts';
import { lineCore as core, passageLines as linesOf } from './chat-passage-lines.ts';
import { editDistance } from './name-spelling.ts';

/** How many lines after the picked one its speaker's next line may come and still correct it. */
const CORRECTION_REACH = 12;

/** How many lines after it a one-word line of the speaker's may come and still respell a word of it (a busy channel). */
const RESPELL_REACH = 24;

/** "s/old/new/", "s/old/new", addressed or not, with "sorry" after it or not. */
const SED = /^(?:[^\s:,]+[:,]\s+)?s\/([^/]+)\/([^/]*)\/?\s*(?:,?\s*sorry)?\s*[.!]?\s*$/i;

/** "*supported, sorry", "*10-line": a word or few put right by an asterisk; not "*cough*", an act. */
const STARRED = /^\*\s?[^\s*][^*]*$/;

/** Words that say a line puts an earlier one right. */
const CORRECTING =
  /\b(?:typo|s\/b|I meant|sorry,? I mean|meant to (?:say|write|type)|should have (?:said|written)|should read|correction)\b|^(?:[^\s:,]+[:,]\s+)?(?:actually|oops|err|erm)\b[,.:]?/i;

/**
 * A short line that names the right thing and then says sorry ("the blue one sorry", "Tuesday,
 * sorry"): a correction of the speaker's line before it; not an apology for something else
 * ("I'm sorry", "so sorry"), nor a bare "sorry".
 */
const SORRY_AFTER =
  /^(?!.*\b(?:(?:i'?m|i am|im|so|very|really|terribly)\s+sorry|no idea|don'?t know|dunno|can'?t help|not sure)\b)(?:\S+\s+){1,6}sorry\s*[.!)]*\s*$/i;

/** A line that only writes one word, addressed or not, with a question mark or an asterisk after it or not. */
const ONE_WORD = /^(?:[^\s:,]+[:,]?\s+)?([^\s?!,*]{5,}?)[.]?\s*[?!*]*\s*$/;

/**
 * A word of the picked line that the later one-word line writes again with a letter or two
 * changed (its first three letters kept): the speaker's respelling of it.
 */
function respelt(said: string, text: string): { readonly from: string; readonly to: string } | undefined {
  const word = ONE_WORD.exec(text)?.[1];
  // A number written a few lines on is another number (the next bug, a later version), not a respelling.
  if (!word || !/\p{L}/u.test(word)) return undefined;
  const to = word.toLowerCase();
  const from = said
    .split(/\s+/)
    .map((token) => token.replace(/^[("'“‘]+|[)"'”’.,;:!?]+$/g, ''))
    .find((token) => {
      const lower = token.toLowerCase();
      return (
        lower.length >= 5 &&
        lower !== to &&
        lower.slice(0, 3) === to.slice(0, 3) &&
        editDistance(lower, to, 2) <= 2
      );
    });
  return from && !said.toLowerCase().includes(to) ? { from, to: word } : undefined;
}

/**
 * The correction its speaker gives of the picked line, if the speaker's next line within reach
 * is one: the sed pair to apply, or the line to say beside the answer.
 */
export function correctionOf(
  passage: string,
  speaker: string,
  said: string,
): { readonly line: string; readonly from?: string; readonly to?: string } | undefined {
  const lines = linesOf(passage);
  const wanted = core(said);
  const at = lines.findIndex(
    (line) => line.speaker === speaker && wanted.length > 0 && core(line.text).includes(wanted.slice(0, 60)),
  );
  if (at < 0) return undefined;
  const own = lines.slice(at + 1, at + 1 + RESPELL_REACH).filter((line) => line.speaker === speaker);
  const next = lines.slice(at + 1, at + 1 + CORRECTION_REACH).find((line) => line.speaker === speaker);
  const text = next?.text.trim() ?? '';
  const sed = SED.exec(text);
  if (sed) return { line: text, from: sed[1] ?? '', to: sed[2] ?? '' };
  if (
    next &&
    ((STARRED.test(text) && text.split(/\s+/).length <= 6) || CORRECTING.test(text) || SORRY_AFTER.test(text))
  )
    return { line: text };
  // "kit mixerd-config ?" a few lines on: the word written again, respelt.
  for (const line of own) {
    const pair = respelt(said, line.text.trim());
    if (pair) return { line: line.text.trim(), ...pair };
  }
  return undefined;
}

/**
 * The answer with its speaker's correction: a sed-style one applied where the answer holds the
 * words it replaces, any other said after the answer ("… [1] (nacc then wrote: "*supported,
 * sorry")"). The passage after the picked one (`following`, its next lines) is read too, since
 * a correction may open it. Answers from other passages than chat logs are returned as they are.
 */
export function withChatCorrection(
  answer: string,
  hit: Pick<SearchHit, 'type' | 'text'> | undefined,
  following?: string,
): string {
  if (hit?.type !== 'chat') return answer;
  const first = /^([^\s:]+):\s(.*?)(?:\s*\[\d+\]|$)/.exec(answer);
  const speaker = first?.[1];
  const said = first?.[2];
  if (!speaker || !said) return answer;
  const correction = correctionOf(following ? `${hit.text}\n${following}` : hit.text, speaker, said);
  if (!correction) return answer;
  if (correction.from && answer.includes(correction.from))
    return `${answer.split(correction.from).join(correction.to ?? '')} (${speaker} corrected "${correction.from}" to "${correction.to ?? ''}")`;
  return `${answer} (${speaker} then wrote: "${correction.line}")`;
}
