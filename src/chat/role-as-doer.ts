/**
 * @module role-as-doer
 * "Who leads the Orla supply review?" asks for someone. A sentence that gives the doer of that
 * very act only as a role, "The review will be led by the district desk heads.", says
 * what kind of person does it, not who: it answers nothing.
 */
import { irregularBase } from '../lib/text/irregular-verbs.ts';
import { stem } from '../lib/text/stem.ts';
import { answerWords, MAIL_LEAD } from './quoted-source.ts';

/** "Who leads …", "Who will chair …", "Who is running …": the act asked of someone. */
const ACT_ASKED =
  /^\s*[Ww]ho\s+(?:(?:will|would|shall|should|is|was|are|were|does|did|do|can|could|has|had|have)\s+(?:be\s+|been\s+|going\s+to\s+)?)?(\p{Ll}+)\b/u;

/** A role, singular or plural, that is no one's name: "heads", "the manager", "the committee". */
const ROLE =
  '(?:heads?|managers?|leads?|leaders?|directors?|chairs?|chairm[ae]n|chairpersons?|supervisors?|officers?|teams?|staff|committees?|members?|departments?|groups?|owners?|representatives?|reps|coordinators?|administrators?|executives?)';

/** "<act> by the … <role>", not followed by a name in apposition ("… the unit heads, Ana Ruiz and …"). */
const DONE_BY_ROLE = new RegExp(
  String.raw`\b(\p{L}+)\s+by\s+(?:the|our|your|their|its|his|her|each|every|all|a|an)\s+(?:[\p{L}/&'-]+\s+){0,4}?${ROLE}\b(?!\s*,?\s*(?:\p{Lu}\p{Ll}|\())`,
  'gu',
);

/** The base of a verb form: "led" → "lead", "chaired" → "chair", "leads" → "lead". */
function base(word: string): string {
  const lower = word.toLowerCase();
  return stem(irregularBase(lower) ?? lower);
}

/** True when a "who" question's act is done, in the answer, only "by the … <role>". */
export function roleAsDoer(question: string, answer: string): boolean {
  const verb = ACT_ASKED.exec(question)?.[1];
  if (verb === undefined) return false;
  const act = base(verb);
  const said = answerWords(answer).replace(MAIL_LEAD, '');
  return [...said.matchAll(DONE_BY_ROLE)].some((match) => base(match[1] ?? '') === act);
}
