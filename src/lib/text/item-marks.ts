/**
 * @module item-marks
 * The numbers of clauses and list items written into running text ("Resolves: 1. Amend … 2. Add …",
 * "3.6 Documents required 3.6.1. Where the applicant …"). A sentence splitter ends a sentence at
 * the dot after such a number, so the number is left at the end of the sentence before the item it
 * opens ("… as follows: 1.", "… required 3.6.1."). `withItemMarksMoved` gives it back to its item;
 * `withoutItemMark` drops it where the list it numbers is not shown (a summary, a draft).
 */

/** A clause or item number at the very end of a sentence: "1.", "2)", "3.6.1.", "3.6.1". */
const TRAILING_MARK = /\s+(\d{1,2}(?:\.\d{1,2})*[.)]?)$/;
/** A clause or item number opening a sentence: "1.", "1.2.", "3.4 " (a dotted one needs no final dot). */
const LEADING_MARK = /^\s*\(?(\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}[.)])\s/;
/** What comes before an item number that opens the next item: a colon, a semicolon or a closing quote or bracket. */
const BEFORE_ITEM = /[:;»”"')\]]$/;

function levels(mark: string): number[] {
  return mark.replace(/[.)]$/, '').split('.').map(Number);
}

/**
 * Whether `mark`, ending `sentence`, opens the next item rather than ending a sentence of its own:
 * it follows a colon, semicolon or closing quote; or it is a dotted clause number in a sentence that
 * itself opens with a clause number ("4.3. Decision … 4.3.1."), or the number after the one the
 * sentence opens with ("1. Amend … 2.").
 */
function opensNextItem(sentence: string, mark: string, before: string): boolean {
  if (before.length === 0) return false;
  if (BEFORE_ITEM.test(before)) return true;
  const opening = LEADING_MARK.exec(sentence)?.[1];
  if (!opening) return false;
  const first = levels(opening);
  const last = levels(mark);
  if (last.length > 1) return last[0] === first[0];
  return first.length === 1 && last[0] === (first[0] ?? 0) + 1 && /[.)]$/.test(mark);
}

/**
 * Sentences with each item number moved from the end of the sentence before it to the start of
 * its item; a sentence left with nothing but the number is dropped.
 */
export function withItemMarksMoved(sentences: readonly string[]): string[] {
  const out: string[] = [];
  let carried = '';
  sentences.forEach((sentence, index) => {
    let text = carried ? `${carried} ${sentence.trimStart()}` : sentence;
    carried = '';
    const next = sentences[index + 1];
    const match = TRAILING_MARK.exec(text);
    if (match && next !== undefined && /^\s*["“«(]?\p{Lu}/u.test(next)) {
      const before = text.slice(0, match.index).trimEnd();
      if (opensNextItem(text, match[1]!, before)) {
        carried = match[1]!;
        text = before;
      }
    }
    if (text.trim()) out.push(text);
  });
  if (carried) out.push(carried);
  return out;
}

/**
 * The number or letter of a list item or article ("5. ", "5.) ", "a. ", "b) ", "(iv) ", "· ") before a
 * sentence, or a clause's number ("1.2. ", "3.4 "): in a summary or a draft it points at a list the
 * reader does not see. An upper-case letter with a full stop is an initial ("A. Lindqvist signed"),
 * not a mark. Mail written in a word processor and sent as plain text keeps its bullets as the
 * letters of the bullet font ("o ", "§ ", "Ø ") or private-use symbols. A number with a closing
 * bracket ("3) ") is a mark before a lower-case word too, as lists of legal clauses write them
 * ("3) nie może być"). A script without capitals (Arabic, Hebrew, Chinese, Japanese) starts its
 * sentence with any letter of its own ("• تفتح …"), and Japanese letters its items with the kana
 * of the syllabary's order ("ア　新しい …", "イ　…"). Numbered paragraphs in such a script may
 * close their number with a dash ("212 - تفتح …"); in a script with capitals, "30 - Planning
 * Office, 2009" is as often a numbered reference as a paragraph, and its number is left in place.
 */
const ITEM_MARK =
  /^\s*(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})(?:[.)]|\.\))|\d{1,2}(?:\.\d{1,2})+\.?|\d{1,3} [-–](?=\s+\p{Lo})|\(?[A-Z]\)|[-*•·◦▪■●○➢➤►–§Øo\uF0A7\uF0B7\uF0D8]|[アイウエオカキクケコサシスセソ](?=\s\p{Lo}))\s+(?=["“«(]?[\p{Lu}\p{Lo}])/u;
const BRACKETED_NUMBER = /^\s*\(?\d{1,2}\)\s+(?=\p{Ll})/u;
/**
 * A number or capital letter set off from its item by a tab or a run of spaces, as a list typed by
 * hand lays it out ("2    The lot …", "A.    Standards …"): its stop may be missing, and a capital
 * with a stop is no initial when a wide gap parts it from the word after it. A small letter or
 * roman numeral with its stop is a mark so too ("c.    Any other …", "iii.    The city …"). A
 * paragraph number may also close with a dash ("55 -→في …", the numbered paragraphs of a report in Arabic).
 */
const TYPED_MARK =
  /^\s*(?:(?:\d{1,2}|[A-Z])\.?|(?:[a-z]|[ivx]{1,4})[.)]|\d{1,3} ?[-–](?=[\t \u00a0]+\p{Lo}))(?:\t|[ \u00a0]{2,})\s*(?=["“«(]?[\p{Lu}\p{Lo}])/u;

/** A sentence without the list or clause number it opens with, as a summary or a draft quotes it. */
export function withoutItemMark(text: string): string {
  return withoutTypedMark(text).replace(ITEM_MARK, '').replace(BRACKETED_NUMBER, '');
}

/**
 * A paragraph without the number or letter typed before it with a wide gap ("2    The lot …"): take
 * it off before the paragraph is split into sentences, which closes the gap up.
 */
export function withoutTypedMark(text: string): string {
  return text.replace(TYPED_MARK, '');
}
