/**
 * @module meeting-bot
 * What a meeting bot records in a chat log: who chaired each meeting ("Meeting started at 14:00.
 * The chair is ana.") and how each vote ended ("[VOTE] Approve the budget?" … "Final result is 4
 * for, 1 against."). Such meetings carry no title, so a question that names one ("who chaired
 * the garden club meeting?") is matched to the meeting whose own lines say the words of its name
 * most, a word said in every meeting weighing little; a vote is matched by the words of its motion.
 */
import { FUNCTION_WORDS } from '../lib/text/stop-words.ts';

/** One meeting of a log: its chair and its lines, from the end of the one before to its own end. */
export type BotMeeting = {
  readonly chair: string;
  /** The bot's line that names the chair, as written. */
  readonly chairLine: string;
  readonly lines: readonly string[];
};

/** One vote of a log: the motion's line and the bot's line with the result. */
export type BotVote = { readonly motion: string; readonly result: string };

/** The bot's opening line: "Meeting started at 09:01. The chair is ana." (MootBot, MeetBot, meetingology). */
const CHAIR_LINE = /\bmeeting started\b.*?\bthe chair is\s+([^\s.,;]+)/i;
/** The line that closes a meeting: the bot's "Meeting finished/ended …" or the chair's "#endmeeting". */
const END_LINE = /\bmeeting (?:finished|ended)\b|#endmeeting\b/i;
/** A motion put to the vote: "[VOTE] Approve the budget?", "#vote Approve the budget?". */
const MOTION_LINE = /(?:\[vote\]|#vote\b)\s*(.+)$/i;
/** The bot's result line: "Final result is 4 for, 1 against. 0 abstained.", "Votes for:4 Votes against:1". */
const RESULT_LINE = /\bfinal result is\b.*|\bvotes? for\s*:\s*\d+.*/i;

/** The meetings a log's lines record by a bot's chair line; none when there is no such line. */
export function meetingsIn(lines: readonly string[]): BotMeeting[] {
  const meetings: BotMeeting[] = [];
  let from = 0;
  for (let i = 0; i < lines.length; i++) {
    const chair = CHAIR_LINE.exec(lines[i] ?? '');
    if (!chair?.[1]) continue;
    let end = i + 1;
    while (end < lines.length && !END_LINE.test(lines[end] ?? '') && !CHAIR_LINE.test(lines[end] ?? ''))
      end++;
    const last = end < lines.length && END_LINE.test(lines[end] ?? '') ? end + 1 : end;
    meetings.push({ chair: chair[1], chairLine: (lines[i] ?? '').trim(), lines: lines.slice(from, last) });
    from = last;
    i = last - 1;
  }
  return meetings;
}

/** The votes a log's lines record: each motion with the first result line after it. */
export function votesIn(lines: readonly string[]): BotVote[] {
  const votes: BotVote[] = [];
  for (let i = 0; i < lines.length; i++) {
    const motion = MOTION_LINE.exec(lines[i] ?? '');
    if (!motion?.[1]) continue;
    for (let j = i + 1; j < lines.length && !MOTION_LINE.test(lines[j] ?? ''); j++) {
      const result = RESULT_LINE.exec(lines[j] ?? '');
      if (result) {
        votes.push({ motion: motion[1].trim(), result: result[0].trim() });
        i = j;
        break;
      }
    }
  }
  return votes;
}

/** Words that name no meeting in particular: "the weekly meeting", "our regular session". */
const GENERIC = new Set([
  'meeting',
  'meetings',
  'session',
  'weekly',
  'regular',
  'irc',
  'channel',
  'today',
  'last',
]);

/** The words of a name that tell one meeting or motion from another: lower case, three letters or more. */
export function nameWords(name: string): string[] {
  return [
    ...new Set(
      name
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter((word) => word.length >= 3 && !FUNCTION_WORDS.has(word) && !GENERIC.has(word)),
    ),
  ];
}

function occurrences(text: string, word: string): number {
  let count = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) count++;
  return count;
}

/** How far the best-matched text must lead the next one to be taken. */
const LEAD = 1.5;

/**
 * The index of the text that says the words most, each word weighted by how few of the texts
 * say it (a word in every text weighs little) and the words written together ("GardenClub",
 * "garden club") counting again; undefined unless one text clearly leads. A single text is
 * taken when it says every word.
 */
export function bestMatched(texts: readonly string[], words: readonly string[]): number | undefined {
  if (texts.length === 0 || words.length === 0) return undefined;
  const lower = texts.map((text) => text.toLowerCase());
  if (lower.length === 1) return words.every((word) => lower[0]?.includes(word)) ? 0 : undefined;
  const joined = lower.map((text) => text.replace(/[^\p{L}\p{N}]+/gu, ''));
  const weight = new Map(
    words.map((word) => {
      const saying = lower.filter((text) => text.includes(word)).length;
      return [word, saying === 0 ? 0 : Math.log((lower.length + 1) / saying)];
    }),
  );
  const phrase = words.join('');
  const phraseWeight = [...weight.values()].reduce((sum, value) => sum + value, 0);
  const scores = lower.map(
    (text, i) =>
      words.reduce((sum, word) => sum + (weight.get(word) ?? 0) * occurrences(text, word), 0) +
      (words.length > 1 ? phraseWeight * occurrences(joined[i] ?? '', phrase) : 0),
  );
  const order = scores.map((score, i) => [score, i] as const).sort((a, b) => b[0] - a[0]);
  const [best, second] = order;
  if (!best || best[0] <= 0) return undefined;
  return !second || best[0] >= second[0] * LEAD ? best[1] : undefined;
}

/**
 * The meeting a question asks the chair of: "Who chaired the garden club meeting?", "Who was
 * the chair of the garden club meeting on 2031-04-02?", "Who ran the budget meeting in
 * #council?" → the name's words; not "who will chair the next meeting", which a later line
 * decides.
 */
const CHAIR_ASKED =
  /^\s*who\s+(?:chaired|led|ran|was\s+(?:the\s+)?chair(?:man|person)?\s+(?:of|at|for))\s+(?:the\s+)?(.+?)\s+meeting\b/i;

export function chairAsked(question: string): string[] | undefined {
  const name = CHAIR_ASKED.exec(question)?.[1];
  if (!name) return undefined;
  const words = nameWords(name);
  return words.length > 0 ? words : undefined;
}

/**
 * The motion a question asks the result of: "What was the result of the vote on the parking
 * proposal?", "How did the vote on the new logo go?", "What was the final result of the vote
 * to approve the budget?" → the motion's words.
 */
const VOTE_ASKED =
  /\b(?:(?:final\s+)?(?:result|outcome|tally|count)\s+of\s+the\s+vote|how\s+did\s+the\s+vote)\s+(?:on|about|for|to|over)\s+(.+?)(?:\s+go)?\s*\??\s*$/i;

export function voteAsked(question: string): string[] | undefined {
  const motion = VOTE_ASKED.exec(question)?.[1];
  if (!motion) return undefined;
  const words = nameWords(motion);
  return words.length > 0 ? words : undefined;
}

/** The chair of the meeting named by these words, with the bot's line; undefined unless one meeting clearly matches. */
export function chairOf(lines: readonly string[], words: readonly string[]): BotMeeting | undefined {
  const meetings = meetingsIn(lines);
  const best = bestMatched(
    meetings.map((meeting) => meeting.lines.join('\n')),
    words,
  );
  return best === undefined ? undefined : meetings[best];
}

/** The vote on the motion named by these words; undefined unless one motion clearly matches. */
export function voteOn(lines: readonly string[], words: readonly string[]): BotVote | undefined {
  const votes = votesIn(lines);
  const best = bestMatched(
    votes.map((vote) => vote.motion),
    words,
  );
  return best === undefined ? undefined : votes[best];
}
