/**
 * @module known-names
 * The people the passages know: the words of the names of a mail's sender and recipients, a
 * card's person, an event's organiser and attendees, a transcript's speakers and a chat's nicks
 * ("Lee, Ann B." gives "ann" and "lee"). A "who" answer that writes one of them names someone
 * the workspace knows (see namesSomeone in answer-type.ts).
 */
import { isBotNick } from '../formats/chat/bot-nick.ts';
import { personName } from '../formats/mail/person-name.ts';
import type { SearchHit } from '../index/types.ts';

/**
 * The folded words, of three letters or more, of the names of the people of these passages; a
 * bot's nick ("ubottu", "MootBot": bot-nick.ts) is no person's name.
 */
export function knownNames(hits: readonly SearchHit[]): Set<string> {
  const words = new Set<string>();
  for (const hit of hits)
    for (const ref of hit.people)
      if (!isBotNick(ref.name ?? ''))
        for (const word of personName(ref.name ?? '').split(/[\s,]+/))
          if (/^(?=.*\p{L})[\p{L}\p{M}\p{N}_'’-]{3,}$/u.test(word)) words.add(word.toLocaleLowerCase());
  return words;
}
