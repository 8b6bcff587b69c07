/**
 * @module asked-addressee
 * "Who did I ask to chair the review?", "Whom did I invite to run the audit?": the one the
 * asker's own mail put the act to in the second person ("How about you chairing the review?",
 * "Could you run the audit?"). That is the mail's one addressee (To), whom its words never name
 * but as "you"; a mail to several people, or one that does not put the act to "you", answers nothing.
 */
import { personName } from '../formats/mail/person-name.ts';
import { splitBody } from '../formats/mail/split-body.ts';
import type { SearchHit } from '../index/types.ts';
import { splitSentences } from '../lib/text/sentences.ts';
import type { CitationList } from './citations.ts';
import { foldedTerms } from './question-terms.ts';

/**
 * "Who did I ask to …", "Whom did I invite to …": the act asked of someone, right after the verb.
 * "Who did I ask Ana to send it to?" asks whom Ana was to send it to, not whom I asked.
 */
const ADDRESSEE_ASKED =
  /^\s*who(?:m)?\s+did\s+I\s+(?:ask|invite|want|urge|get|nominate|pick|choose)\s+to\s+([^?]{3,}?)(?<!\b(?:to|for|with|from|about|on|at|by))\s*\??\s*$/i;

/** A sentence put to its reader. */
const SECOND_PERSON = /\b(?:you|your)\b/i;

/** The share of the act's words a sentence must write to be the act put to its reader. */
const ACT_SHARE = 0.75;

/** The act a "who did I ask to …?" question asks the addressee of, if it is one. */
export function addresseeAct(question: string): string | undefined {
  return ADDRESSEE_ASKED.exec(question.normalize('NFKC'))?.[1];
}

/** "Whalley, Greg" as "Greg Whalley"; an address when no name is given. */
function displayName(person: { readonly name?: string; readonly address?: string }): string {
  const name = person.name?.trim();
  return name ? personName(name) : (person.address ?? '');
}

/**
 * The addressee of the first of the asker's own mails (hits already limited to them) whose own
 * words put the act to "you" in one sentence holding most of the act's words, with that sentence.
 */
export function addresseeAnswer(
  act: string,
  hits: readonly SearchHit[],
  citations: CitationList,
): { readonly answer: string; readonly found: true } | undefined {
  const wanted = [...new Set(foldedTerms(act))];
  if (wanted.length < 2) return undefined;
  for (const hit of hits) {
    if (hit.type !== 'email') continue;
    const to = (hit.people ?? []).filter((person) => person.role === 'to');
    const [addressee] = to;
    if (to.length !== 1 || addressee === undefined) continue;
    // The mail's own words: not the history it quotes or forwards, nor its signature.
    for (const { text } of splitSentences(splitBody(hit.text).text)) {
      const sentence = text.replace(/\s+/g, ' ').trim();
      if (!SECOND_PERSON.test(sentence)) continue;
      const terms = new Set(foldedTerms(sentence));
      const shared = wanted.filter((term) => terms.has(term)).length;
      if (shared / wanted.length < ACT_SHARE) continue;
      const name = displayName(addressee);
      if (!name) continue;
      const n = citations.cite(hit, sentence);
      return { answer: `${name}: you wrote to them "${sentence}" [${n}]`, found: true };
    }
  }
  return undefined;
}
