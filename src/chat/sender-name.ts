/**
 * @module sender-name
 * Who wrote a mail or a chat line, as its header gives them and as people say it.
 */

import { personName } from '../formats/mail/person-name.ts';
import type { SearchHit } from '../index/types.ts';

/** The writer of a mail or chat line: "Okafor, Dana" as "Dana Okafor" (credentials after a comma dropped), else the address. */
export function senderName(item: SearchHit): string | undefined {
  const from = item.people.find((ref) => ref.role === 'from' || ref.role === 'speaker');
  const name = from?.name?.trim();
  return (name && personName(name)) || from?.address;
}
