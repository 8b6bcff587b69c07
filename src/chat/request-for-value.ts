/**
 * @module request-for-value
 * A sentence that asks someone for a value ("Can you send me your address in Varna.", "Please
 * give me the Orlo fax number", "Could you set up one more account with …") tells that its writer
 * lacked it, not what it is: for a question that asks the value itself ("Which address did I mail the rent to?"), and not what someone
 * asked for, such a request with no figure in it is no answer.
 */
import { answerWords, MAIL_LEAD } from './quoted-source.ts';

/** A request to be given something: "Can you send me …", "Could you please tell us …", "Please give me …", "Can you set up another …". */
const REQUEST =
  /^(?:(?:can|could|would|will)\s+you\s+(?:please\s+|pls\.?\s+)?|please\s+|pls\.?\s+|kindly\s+)(?:(?:send|give|tell|e-?mail|fax|forward|provide|pass|get)\s+(?:me|us)\b|(?:set\s+up|create|open|add)\s+(?:(?:me|us)\s+)?(?:one\s+more|another|a\s+new|an?\s+(?:extra|additional))\b)/i;

/** A question about a request itself: what someone asked for, wanted or needed. */
const REQUEST_ASKED = /\b(?:ask\w*|request\w*|want\w*|need\w*|wish\w*|tell|told|say|said|why)\b/i;

/** True when the answer only asks to be given something and holds no figure, for a question that asks a value. */
export function requestForValue(question: string, answer: string): boolean {
  if (REQUEST_ASKED.test(question)) return false;
  const said = answerWords(answer).replace(MAIL_LEAD, '').trim();
  return REQUEST.test(said) && !/\d|@/.test(said);
}
