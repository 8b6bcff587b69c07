/**
 * @module announced-subjects
 * Turns that announce the subject the meeting takes up next ("moving on to X", "another topic
 * would be X", "we've got some questions now on X", "let's talk about X"), and the passage each
 * opens: the talk after the announcement, up to the next announcement or a bounded number of
 * turns. Meetings often name an agenda item once, when it is announced, and the discussion
 * after it never repeats those words; the announcement tells where that discussion is.
 */

/** A contiguous run of turns (indexes, ends included). */
export type AnnouncedPassage = { readonly from: number; readonly to: number };

/** Turns an announced passage runs for at most, the announcement included. */
export const ANNOUNCED_TURNS = 30;

/** Words of an announced subject read after the announcing phrase (a subject is a short phrase). */
const SUBJECT_WORDS = 12;

/**
 * Announcing phrases; each captures the subject announced, which runs to the end of its sentence.
 * Only phrases that move the meeting on: a speaker's own "I want to talk about that" inside a
 * discussion is no announcement, and neither is "the other thing" said within a point.
 */
const ANNOUNCEMENTS: readonly RegExp[] = [
  // "moving on to X", "we'll move on to X", "going on to X"
  /\b(?:mov(?:e|ing)|go(?:ing)?|turn(?:ing)?)\s+on\s+to\s+(.+)/i,
  // "another topic would be X", "the next item is X", "the last thing on my agenda was X"
  /\b(?:(?:another|(?:the\s+)?next|the\s+last|the\s+final)\s+(?:topic|item|point|issue)|the\s+(?:next|last|final)\s+thing)\b(?:\s+[^\s.?!,]+){0,8}?\s+(?:would\s+be|is|was|will\s+be)\s+(.+)/i,
  // "we've got some questions now on X", "a few questions around X", "can I ask you about X"
  /\b(?:(?:a\s+(?:few|couple(?:\s+of)?)|some|more|other)\s+)+questions?\s+(?:now\s+)?(?:from\s+[^.?!]*?\s+)?(?:on|about|around|regarding|in\s+relation\s+to)\s+(.+)/i,
  // "let's talk about X", "let's turn to X", "shall we discuss X"
  /\b(?:let(?:'s|\s+'s|\s+us)|shall\s+we)\s+(?:now\s+)?(?:talk\s+about|discuss|turn\s+to|move\s+on\s+to|look\s+at)\s+(.+)/i,
];

/** Transcription marks ("{disfmarker}", "{vocalsound}") and hesitations that split an announcement. */
const MARKS = /\{[^}]*\}|\b(?:uh|um|er|erm)\b/gi;

const QUOTE = /["“‘]/;

/** The subject a turn announces, or undefined when it announces none. */
export function announcedSubject(text: string): string | undefined {
  const plain = text.replace(MARKS, ' ').replace(/\s+/g, ' ');
  for (const pattern of ANNOUNCEMENTS) {
    const found = pattern.exec(plain);
    const subject = found?.[1];
    // A quoted announcement ("and then 'let's look at X'") tells what someone said, not what comes next.
    if (!found || !subject || QUOTE.test(plain.slice(Math.max(0, found.index - 2), found.index + 1)))
      continue;
    const sentence = subject.split(/[.?!]/)[0]?.trim() ?? '';
    if (sentence) return sentence.split(' ').slice(0, SUBJECT_WORDS).join(' ');
  }
  return undefined;
}

/** Turns that announce a subject, with the subject each announces, in meeting order. */
export function announcements(
  texts: readonly string[],
): { readonly turn: number; readonly subject: string }[] {
  const out: { turn: number; subject: string }[] = [];
  texts.forEach((text, turn) => {
    const subject = announcedSubject(text);
    if (subject) out.push({ turn, subject });
  });
  return out;
}

/**
 * The passages opened by the announcements `matches` accepts: each from its announcement to
 * the turn before the next announcement, and at most `ANNOUNCED_TURNS` turns.
 */
export function announcedPassages(
  texts: readonly string[],
  matches: (subject: string) => boolean,
  turns: number = ANNOUNCED_TURNS,
): AnnouncedPassage[] {
  const found = announcements(texts);
  const out: AnnouncedPassage[] = [];
  found.forEach((item, at) => {
    if (!matches(item.subject)) return;
    const next = found[at + 1]?.turn ?? texts.length;
    out.push({ from: item.turn, to: Math.min(next - 1, item.turn + turns - 1, texts.length - 1) });
  });
  return out;
}
