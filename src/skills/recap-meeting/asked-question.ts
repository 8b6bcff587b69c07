/**
 * @module asked-question
 * What a question put in the meeting asks, as a clause a task can take for its object, and the
 * pronoun of a task that stands for it. "Can the courier deliver on Sundays?" asks "whether the
 * courier can deliver on Sundays"; "Could the supplier tell us how many vans were hired?" asks
 * "how many vans were hired". An item is read without the question, so "I'll check that" after
 * it is "Check whether the courier can deliver on Sundays".
 */
import { escapeRegExp } from '../../lib/text/escape-regexp.ts';
import { irregularForms } from '../../lib/text/irregular-verbs.ts';
import { tagger } from './english-tagger.ts';
import { before, type Context, type Sentence } from './meeting-context.ts';

/** Auxiliaries a yes/no or wh-question opens with, and the form they take in a statement. */
const AUXILIARY: ReadonlyMap<string, string> = new Map(
  Object.entries({
    can: 'can',
    "can't": 'can',
    cannot: 'can',
    could: 'could',
    "couldn't": 'could',
    will: 'will',
    "won't": 'will',
    would: 'would',
    "wouldn't": 'would',
    should: 'should',
    "shouldn't": 'should',
    may: 'may',
    might: 'might',
    must: 'must',
    is: 'is',
    "isn't": 'is',
    are: 'are',
    "aren't": 'are',
    was: 'was',
    "wasn't": 'was',
    were: 'were',
    "weren't": 'were',
    has: 'has',
    "hasn't": 'has',
    have: 'have',
    "haven't": 'have',
    had: 'had',
  }),
);
/** Forms of "be": the word after the subject may be anything but a verb's infinitive must follow the others. */
const BE = new Set(['is', 'are', 'was', 'were']);

const LEAD = /^(?:(?:so|and|but|okay|ok|well|then|now|also|and also)[,\s]+)*/i;
const WH = /^(how (?:many|much|long|often|soon)|when|why|where|what)\s+/i;

/**
 * A question that asks to be told something ("Can the minister tell us how many …?", "Do you
 * know if …?"): the clause it asks about, "if" read as "whether".
 */
const EMBEDDED =
  /\b(?:tell|show|let (?:us|me|the \p{L}+) know|know|say|confirm|explain|clarify|advise)\s+(?:(?:us|me|him|her|them|members|everyone|(?:this|the) \p{L}+)\s+)?((?:how (?:many|much|long|often|soon)|when|whether|if|what|why|where|which|who)\b[^?]{3,}?)\s*\?$/iu;

/** Subjects that ask something of the one spoken to ("can you …") or put a proposal ("can we …"): no open question. */
const NOT_ASKED = /^(?:you|we|I|us|me)$/i;
const PRONOUN_SUBJECT = /^(?:it|they|there|he|she)$/i;
/** "this", "that", "these", "those": a subject alone ("Is that new?") or a determiner ("Will this firm …?"). */
const DEMONSTRATIVE = /^(?:this|that|these|those)$/i;

/** Tags a subject's words may carry (a noun phrase: "the new harbour board"). */
const IN_SUBJECT = new Set(['Determiner', 'Adjective', 'Noun', 'Value', 'Possessive']);
const PARTICIPLE = new Set(['PastTense', 'Participle', 'Gerund']);
const NOT_IN_SUBJECT = new Set([
  'Preposition',
  'Conjunction',
  'QuestionWord',
  'Adverb',
  'Negative',
  'Pronoun',
]);

type Term = { readonly text: string; readonly tags: readonly string[] };

function termsOf(text: string): Term[] {
  const json = tagger()(text).terms().json() as {
    text?: string;
    terms?: { text?: string; tags?: string[] }[];
  }[];
  return json.map((item) => ({ text: item.text ?? '', tags: item.terms?.[0]?.tags ?? [] }));
}

const has = (term: Term | undefined, tag: string) => term?.tags.includes(tag) ?? false;

/**
 * Whether the first `k` terms read as a noun phrase: a determiner only first, a participle only
 * before the noun ("the glazed tiles", "the folding chairs"), a noun last.
 */
function isSubject(terms: readonly Term[], k: number): boolean {
  const subject = terms.slice(0, k);
  if (k === 1 && DEMONSTRATIVE.test(subject[0]?.text ?? '')) return true;
  return (
    subject.every(
      (term, i) =>
        term.tags.some((tag) => IN_SUBJECT.has(tag) || (i < k - 1 && PARTICIPLE.has(tag))) &&
        !term.tags.some((tag) => NOT_IN_SUBJECT.has(tag)) &&
        (i === 0 || !has(term, 'Determiner')),
    ) && has(subject.at(-1), 'Noun')
  );
}

/**
 * The subject of an inverted question and the rest after it, read in the statement put back
 * together. After a modal a bare verb follows the subject, after "have" a participle (an adverb
 * may come between): the longest noun phrase that leaves one ("the harbour board meetings | will continue", not "the
 * harbour | will board"). After "be" anything may follow: the shortest noun phrase not followed
 * by another noun or an "and" ("the government | is ignoring", "the rubber buttons | are cheaper";
 * "the staff and the guests" is no subject read).
 */
function splitSubject(words: readonly string[], aux: string): { subject: string; rest: string } | undefined {
  const first = words[0] ?? '';
  if (NOT_ASKED.test(first)) return undefined;
  const alone = { subject: first, rest: words.slice(1).join(' ') };
  if (PRONOUN_SUBJECT.test(first)) return alone;
  // Hyphened words are tagged as one word ("cross-checks"), as the tagger splits them.
  const plain = words.map((word) => word.replace(/-/g, ''));
  const be = BE.has(aux);
  const sizes = Array.from({ length: Math.min(5, words.length - 1) }, (_, i) =>
    be ? i + 1 : Math.min(5, words.length - 1) - i,
  );
  for (const k of sizes) {
    const terms = termsOf([...plain.slice(0, k), aux, ...plain.slice(k)].join(' '));
    if (terms.length !== words.length + 1 || !isSubject(terms, k)) continue;
    const next = terms[k + 1];
    const verb = (term: Term | undefined) => has(term, aux.startsWith('ha') ? 'PastTense' : 'Infinitive');
    const follows = be
      ? !has(next, 'Noun') && !has(next, 'Conjunction')
      : verb(next) || (has(next, 'Adverb') && verb(terms[k + 2]));
    if (follows) return { subject: words.slice(0, k).join(' '), rest: words.slice(k).join(' ') };
  }
  return undefined;
}

/** Speech begun again inside a question ("are w are we changing", "can there be wor can they"): no clause to read. */
const RESTARTED =
  /(?:^|\s)(?![aAI]\b)\p{L}(?:\s|$)|\b(?:are|is|was|were|can|could|will|would|has|have|do|does)\s+(?:we|they|you|it|he|she|there)\b|\s(?:Or|And|But|It|I'm)\s/u;

/**
 * What a question asks, as a clause: the clause it asks to be told, or the question put back in
 * the order of a statement ("Can the vans park here?" → "whether the vans can park here",
 * "When won't the hall open?" → "when the hall will not open"; a yes/no question's "not" is no
 * part of what it asks). Undefined for a question it cannot read, one with "do" ("Does it …?"),
 * one begun again, and a request or proposal ("Can you …?", "Shall we …?").
 */
export function askedClause(question: string): string | undefined {
  const text = question.trim().replace(/,\s*(?:yes or no|or not)\s*\?$/i, '?');
  if (!text.endsWith('?')) return undefined;
  const embedded = EMBEDDED.exec(text)?.[1];
  if (embedded) return embedded.replace(/^if\b/i, 'whether');
  let body = text.replace(LEAD, '').replace(/\s*\?$/, '');
  const wh = WH.exec(body);
  if (wh) body = body.slice(wh[0].length);
  const [said = '', ...words] = body.split(/\s+/);
  const aux = AUXILIARY.get(said.toLowerCase());
  if (!aux || words.length < 2 || RESTARTED.test(words.join(' '))) return undefined;
  const split = splitSubject(words, aux);
  if (!split) return undefined;
  const negated = wh && /n't$|^cannot$/i.test(said) ? ' not' : '';
  const opener = wh?.[1]?.toLowerCase() ?? 'whether';
  return `${opener} ${split.subject} ${aux}${negated} ${split.rest}`;
}

/** Verbs that find something out: their pronoun object can be a question just asked. */
const FINDING =
  /^(check|double-check|confirm|verify|clarify|establish|investigate|research|look into|find out|figure out|work out|(?:find|figure|work)(?=\s+(?:it|that|this)\s+out\b))\s+(it|that|this)(\s+out)?\b/i;
/** Verbs that give an answer: their pronoun object stands for a figure asked ("how many …"). */
const GIVING = /^(provide|send|give|share|circulate)\s+(it|that|this)\b/i;
/** What may follow the pronoun: the one it goes to and when ("to him in due course"). */
const AFTER_OBJECT =
  /^(?:\s+(?:to|for|with)\s+(?:him|her|them|us|the committee|the members?))?(?:\s+(?:in due course|later|soon|shortly|afterwards|after the meeting|next time|this week|next week|tomorrow|today))?\s*$/i;

/** Words that end the noun of "how many …" ("how many vans were hired"): the verb that follows it. */
const AFTER_COUNTED = /^(?:have|has|had|are|is|were|was|will|would|can|could|did|do|does|should|may|might)$/i;

/**
 * A figure asked for ("how many vans were hired") as what is given: "the number of vans that were
 * hired". Only when the counted noun phrase is plain (its words before the last not plural, so
 * "how many vans drivers have …", where "drivers" is the verb's subject, is left).
 */
function askedFigure(clause: string): string | undefined {
  const match = /^how (many|much)\s+(.+)$/i.exec(clause);
  if (!match) return undefined;
  const words = (match[2] ?? '').split(/\s+/);
  const end = words.findIndex((word) => AFTER_COUNTED.test(word));
  if (end < 1 || end > 3) return undefined;
  const noun = words.slice(0, end);
  if (noun.slice(0, -1).some((word) => /[^s]s$/i.test(word))) return undefined;
  const kind = match[1]?.toLowerCase() === 'many' ? 'number' : 'amount';
  return `the ${kind} of ${noun.join(' ')} that ${words.slice(end).join(' ')}`;
}

/**
 * A task whose object is a pronoun standing for the question another speaker asked just before
 * (the nearest question by someone else within `turns` turns): "I'll check that" after "Can the
 * courier deliver on Sundays?" → "check whether the courier can deliver on Sundays"; "we'll
 * provide it to him" after "Can the minister tell us how many vans were hired?" → "provide to him
 * the number of vans that were hired". Unchanged when the question cannot be read, or when the task
 * says more than its verb, the pronoun, whom it is for and when.
 */
export function withAskedQuestion(task: string, context: Context, sentence: Sentence, turns = 5): string {
  const finding = FINDING.exec(task);
  const giving = finding ? undefined : GIVING.exec(task);
  const said = finding ?? giving;
  if (!said) return task;
  const after = task.slice(said[0].length);
  if (!AFTER_OBJECT.test(after)) return task;
  const question = before(context, sentence, turns).find((other) => /\?$/.test(other.text));
  const clause = question ? askedClause(question.text) : undefined;
  if (!clause) return task;
  const verb = said[1] ?? '';
  if (finding) {
    const particle = /^(?:find|figure|work)$/i.test(verb) ? ' out' : '';
    return `${verb}${particle} ${clause}${after}`;
  }
  const figure = askedFigure(clause);
  if (!figure) return task;
  return after.trim() ? `${verb} ${after.trim()} ${figure}` : `${verb} ${figure}`;
}

/** "do", which the shared table of irregular verbs leaves out (its forms are also an auxiliary's). */
const DO_FORMS: readonly string[] = ['do', 'does', 'did', 'done', 'doing'];

/** A verb's forms: its own, with -s, -ed and -ing, and an irregular past and participle ("sent", "written"). */
function formsOf(verb: string): readonly string[] {
  if (verb === 'do') return DO_FORMS;
  const base = verb.replace(/e$/, '');
  return [verb, `${verb}s`, `${verb}es`, `${base}ed`, `${base}ing`, `${verb}ing`, ...irregularForms(verb)];
}

/**
 * "I haven't done any of the tender stuff. I have to meet with Iris to do that." → "meet with Iris
 * to do the tender stuff": a task ending on a verb and "that" or "it", when the speaker said the
 * same verb with a thing named by "the" just before (up to two sentences back in the same turn).
 */
export function withSameVerbObject(task: string, context: Context, sentence: Sentence): string {
  const said = /\b(\p{L}{2,})\s+(?:that|it)$/iu.exec(task);
  const verb = said?.[1]?.toLowerCase();
  if (!said || !verb || /^(?:with|about|on|to|for|of|at|from|into|and|or|is|was)$/.test(verb)) return task;
  const forms = formsOf(verb).map(escapeRegExp).join('|');
  const object = new RegExp(
    `\\b(?:${forms})\\s+(?:any of |all of |some of |most of )?(the\\s+[\\p{L}\\s-]{2,40}?)\\s*(?:[.?!,;]|$|\\s(?:yet|today|now|either|at all|so far)\\b)`,
    'iu',
  );
  const earlier = context.sentences
    .slice(Math.max(0, sentence.i - 2), sentence.i)
    .filter((other) => other.turn === sentence.turn)
    .reverse();
  for (const other of earlier) {
    const thing = object.exec(other.text)?.[1]?.trim();
    if (thing && !/\b(?:that|it|this)$/i.test(thing))
      return `${task.slice(0, said.index)}${said[1]} ${thing}`;
  }
  return task;
}
