/**
 * @module related-answer
 * "Who is Odile's assistant?", "What's the name of Tomas Brevik's wife?": a person the asked
 * person's contact card names by that relation (manager, assistant, spouse, child…). Without a
 * card for the person the question is left to the passages (a mail may say it); a card that
 * names no one by that relation is an answer: the card does not say.
 */
import { relationOf } from '../formats/contacts/related-names.ts';
import type { SearchIndex } from '../index/open-index.ts';
import type { CitationList } from './citations.ts';
import { cardsNaming, type StructuredAnswer } from './structured-answers.ts';

/** A name as asked: capitalised words ("Tomas Brevik") or one nickname as written ("jojo"). */
const NAME = String.raw`([\p{Lu}][\p{L}'.-]*(?:\s+[\p{Lu}][\p{L}'.-]*){0,3}|(?!(?:the|my|our|your|his|her|their|this|that)\b)[\p{Ll}][\p{L}\p{N}_-]{2,})`;
const RELATION = String.raw`([\p{L}-]+(?:\s+by)?)`;

/** The question shapes that ask for a person by relation, each giving the name and the relation word. */
const SHAPES: readonly { readonly pattern: RegExp; readonly name: number; readonly relation: number }[] = [
  // "Who is Tomas Brevik's manager?", "What's the name of Odile's wife?", "Who's jojo's boss?"
  {
    pattern: new RegExp(
      String.raw`^\s*(?:[Ww]ho(?:'s|’s| is| was)|[Ww]hat(?:'s|’s| is) the name of)\s+${NAME}['’]s?\s+${RELATION}\s*\??\s*$`,
      'u',
    ),
    name: 1,
    relation: 2,
  },
  // "What is Tomas Brevik's manager's name?"
  {
    pattern: new RegExp(
      String.raw`^\s*[Ww]hat(?:'s|’s| is)\s+${NAME}['’]s?\s+${RELATION}['’]s\s+name\s*\??\s*$`,
      'u',
    ),
    name: 1,
    relation: 2,
  },
  // "Who is the assistant of Odile Varga?"
  {
    pattern: new RegExp(
      String.raw`^\s*[Ww]ho(?:'s|’s| is| was)\s+the\s+${RELATION}\s+(?:of|to|for)\s+${NAME}\s*\??\s*$`,
      'u',
    ),
    name: 2,
    relation: 1,
  },
];

/**
 * Questions that ask for the person by the act the relation names, each with its relation:
 * "Who referred Odile Varga?", "Who was Odile referred by?", "Who manages Tomas Brevik?".
 */
const ACT_SHAPES: readonly { readonly pattern: RegExp; readonly relation: string }[] = [
  {
    pattern: new RegExp(
      String.raw`^\s*[Ww]ho\s+(?:referred|recommended)\s+${NAME}\s*(?:to\s+(?:me|us))?\s*\??\s*$`,
      'u',
    ),
    relation: 'referred by',
  },
  {
    pattern: new RegExp(String.raw`^\s*[Ww]ho\s+(?:was|were|is)\s+${NAME}\s+referred\s+by\s*\??\s*$`, 'u'),
    relation: 'referred by',
  },
  {
    pattern: new RegExp(String.raw`^\s*[Ww]ho\s+(?:manages|supervises)\s+${NAME}\s*\??\s*$`, 'u'),
    relation: 'manager',
  },
  {
    pattern: new RegExp(String.raw`^\s*[Ww]ho\s+(?:does|did)\s+${NAME}\s+report\s+to\s*\??\s*$`, 'u'),
    relation: 'manager',
  },
];

/** The person and the relation a question asks about, when it asks for someone by relation. */
export function relationAsked(question: string): { person: string; relation: string } | undefined {
  for (const shape of SHAPES) {
    const match = shape.pattern.exec(question);
    const person = match?.[shape.name]?.trim();
    const relation = relationOf(match?.[shape.relation] ?? '');
    if (person && relation) return { person, relation };
  }
  for (const shape of ACT_SHAPES) {
    const person = shape.pattern.exec(question)?.[1]?.trim();
    if (person) return { person, relation: shape.relation };
  }
  return undefined;
}

/** The answer from the person's contact card; undefined when no card names the person. */
export async function answerRelated(
  index: SearchIndex,
  asked: { readonly person: string; readonly relation: string },
  asUser: string | undefined,
  citations: CitationList,
): Promise<StructuredAnswer | undefined> {
  const cards = await cardsNaming(index, asked.person, asUser);
  if (cards.length === 0) return undefined;
  // Of several cards for one name, the one that names someone by that relation.
  const withRelation = cards.find(({ contact }) =>
    (contact.related ?? []).some((item) => item.relation === asked.relation),
  );
  const card = withRelation ?? cards[0];
  if (!card) return undefined;
  const names = (card.contact.related ?? [])
    .filter((item) => item.relation === asked.relation)
    .map((item) => item.name);
  if (names.length === 0)
    return { answer: `${card.contact.fullName}'s contact card names no ${asked.relation}.`, found: false };
  const n = citations.cite(card.hit, `${asked.relation}: ${names.join(', ')}`);
  return {
    answer: `${card.contact.fullName}'s ${asked.relation}: ${names.join(', ')} (from the contact card). [${n}]`,
    found: true,
  };
}
