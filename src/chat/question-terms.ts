/**
 * @module question-terms
 * The words of a question that say what it is about: question words ("what", "何", "누구")
 * and words that only name the kind of thing asked ("phone number") left out, names (its
 * capitalised words) apart, Han characters folded to one form, and the verb a "what does X
 * <verb>" question asks about.
 */

import { analyze, simplifyChinese } from '../index/analyze.ts';
import { MONTH_NAME_PATTERN, WEEKDAY_NAMES } from '../lib/text/calendar-names.ts';
import { escapeRegExp } from '../lib/text/escape-regexp.ts';
import type { AnswerType } from './answer-type.ts';
import { QUESTION_CUES } from './messages.ts';

/** Words of the question that say what is asked, not what it is about. */
export const QUESTION_WORDS = new Set(
  analyze(
    'what whats which who whom whose when where why how much many is are was were did does do tell me please ' +
      'say said according about the a an of to in on for my i we our us you number up out off get go any ' +
      '什麼 什么 多少 哪裡 哪里 哪個 哪个 是 的 嗎 吗 呢 可以 何 なに 何で です か 무엇 어디 ' +
      'は誰ですか 誰が 谁是 是谁 是誰 どなた 何回 何人 いつですか どこですか ですか ますか 누구',
  ),
);

/**
 * Question and function words of German, Spanish, French, Italian, Portuguese, Polish and Russian,
 * dropped only from a question in that language: in English, "war", "hat", "son" or "la" are
 * words a question is about.
 */
const FOREIGN_QUESTION_WORDS: readonly (readonly [RegExp, ReadonlySet<string>])[] = [
  [
    QUESTION_CUES.de,
    new Set(
      analyze(
        'wer wen wem wessen wo wohin woher wann wie warum welche welcher welches was viel viele ist sind war hat ' +
          'der die das den dem des zur zum ein eine einen im am auf für von mit',
      ),
    ),
  ],
  [
    QUESTION_CUES.es,
    new Set(
      analyze(
        'qué quién quiénes dónde cuándo cuánto cuánta cuántos cuántas cómo por el la los las del un una es son fue',
      ),
    ),
  ],
  [
    QUESTION_CUES.fr,
    new Set(
      analyze(
        "quand qui que quoi quel quelle quels quelles où combien comment pourquoi qu'est-ce est-ce jusqu'à jusqu'au qu'il qu'elle " +
          "le la les l' un une des du de d' au aux à en dans sur pour par et ou est sont était sera il elle ils elles on se faut-il",
      ),
    ),
  ],
  [
    QUESTION_CUES.it,
    new Set(
      analyze(
        'chi che cosa quale quali qual quando dove perché come quanto quanta quanti quante il lo la i gli le un una uno ' +
          'di del della dei delle da dal in nel nella su sul per con è sono era ha hanno',
      ),
    ),
  ],
  [
    QUESTION_CUES.pt,
    new Set(
      analyze(
        'quem que qual quais quando onde porque como quanto quanta quantos quantas o a os as um uma de do da dos das ' +
          'em no na por para com é são foi tem',
      ),
    ),
  ],
  [
    QUESTION_CUES.pl,
    new Set(
      analyze(
        'kto kogo komu co czego czym gdzie kiedy dlaczego jak ile który która które którego jaki jaka jakie jakiego czy ' +
          'w we na z ze do od o po za dla i a jest są był była było były',
      ),
    ),
  ],
  [
    QUESTION_CUES.ru,
    new Set(
      analyze(
        'кто кого кому кем что чего чем где куда откуда когда сколько как почему зачем какой какая какое какие ' +
          'какого какому каким каком какую каких какими чей чья чьё чьи это ли в во на о об по из от до у к с со за для и а же ' +
          'был была было были будет будут есть году',
      ),
    ),
  ],
];

/** Words that only name the kind of thing asked for ("phone" in "what's Ann's phone number"). */
export const TYPE_WORDS: Readonly<Partial<Record<AnswerType, ReadonlySet<string>>>> = {
  phone: new Set(analyze('phone telephone tel number')),
  email: new Set(analyze('email e-mail mail address')),
  // The hour word of a time asked in another language ("à quelle heure", "a qué hora", "um wie
  // viel Uhr"): the question's own words, as "when" is, not a word the answer carries.
  date: new Set(analyze('heure hora uhr часу godzinie ora horas')),
};

/**
 * Month and weekday names: capitalised, but a day the question asks about, not a name. A
 * passage gives its day in many forms ("05.25.01", "today" in a mail of that day), so it
 * need not carry the month's name.
 */
const CALENDAR_WORD = new RegExp(`^(?:${MONTH_NAME_PATTERN}|${WEEKDAY_NAMES.join('|')})\\.?$`, 'i');

/** Words the question names (capitalised, not its first word): they weigh double. */
export function namedTerms(question: string): Set<string> {
  const named = new Set<string>();
  for (const match of question.matchAll(/(?<=\s)(?:[\p{Lu}][\p{L}\p{N}'-]*)/gu))
    if (!CALENDAR_WORD.test(match[0])) for (const term of analyze(match[0])) named.add(term);
  return named;
}

/**
 * The last word of each name of two or more capitalised words ("Jess Hewitt" → "hewitt", "the
 * Napoleonville Land" → "land"): a passage about that name carries it, whatever the first.
 */
export function nameEnds(question: string): Set<string> {
  const ends = new Set<string>();
  for (const name of fullNames(question)) {
    const last = analyze(name).at(-1);
    if (last) ends.add(last);
  }
  return ends;
}

/** The last word of a place's name: "Corvin Outdoor Theatre", "Harbor Airport", "Park Street". */
const PLACE_NOUN =
  'Theat(?:re|er)|Park|Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Hall|Cent(?:er|re)|Stadium|Field|Arena|Museum|Hotel|Club|Plaza|Tower|Square|Building|Library|Church|Station|Airport|Gardens?|Bridge|House|School|College|University|Auditorium|Pavilion|Lodge|Inn|Resort|Course|Room';

/**
 * The name asked in full is not in a text that has its last word only inside a place's name
 * ("Corvin Outdoor Theatre" for "Ada Corvin", "Harbor Street" for "Ines Harbor"): every time
 * that word stands without the word before it in the name, capitalised words follow it that end
 * in a kind of place. Case-sensitive, as names are written; false where the word is not written so.
 */
export function nameEndOnlyInPlaceName(question: string, text: string): boolean {
  const inPlace = new RegExp(`^(?:[ \\t]+[\\p{Lu}][\\p{L}'’-]*){0,2}[ \\t]+(?:${PLACE_NOUN})\\b`, 'u');
  return fullNames(question).some((name) => {
    const words = name.split(/\s+/);
    const last = words.at(-1) ?? '';
    const before = words.at(-2) ?? '';
    const literal = escapeRegExp(last);
    const seen = [...text.matchAll(new RegExp(`(\\S+\\s+)?\\b${literal}\\b`, 'gu'))];
    if (seen.length === 0) return false;
    return seen.every(
      (match) =>
        match[1]?.trim() !== before && inPlace.test(text.slice((match.index ?? 0) + match[0].length)),
    );
  });
}

/** The words of each name of two or more capitalised words ("Budget Planning" → ["budget", "plan"]). */
export function fullNameWords(question: string): string[][] {
  return fullNames(question).map((name) => analyze(name));
}

/** Names of two or more capitalised words, not the question's first word ("John Doe"). */
export function fullNames(question: string): string[] {
  return [...question.matchAll(/(?<=\s)[\p{Lu}][\p{L}\p{N}'’-]*(?:\s+[\p{Lu}][\p{L}\p{N}'’-]*)+/gu)]
    .map((match) =>
      match[0]
        .split(/\s+/)
        .filter((word) => !CALENDAR_WORD.test(word))
        .join(' '),
    )
    .filter((name) => name.includes(' '));
}

/**
 * A day named by month and number ("May 25", "November 20, 2001", "25 May", "5/25"): the
 * day is matched as a day (see passage-answer's asked day), not as words, or "20" would
 * match "$20.00" and "May" a passage that writes the day "05.25.01".
 */
const MONTH = `(?:${MONTH_NAME_PATTERN})`;
const DAY_OF_MONTH = new RegExp(
  `\\b${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?:,?\\s+\\d{4}\\b)?|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b(?:,?\\s+\\d{4}\\b)?|\\b\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?\\b`,
  'gi',
);

/** True when the question names a day by its month and number ("on May 25", "5/25"). */
export function namesDayOfMonth(question: string): boolean {
  return new RegExp(DAY_OF_MONTH.source, 'i').test(question);
}

/** A day of the week as a word: "Friday", "Wednesday's". */
export const WEEKDAY = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)day\b/i;

/**
 * True when the question names its day only by the day of the week ("my Wednesday meeting",
 * "Friday's golf"), with no date and no "today" or "tomorrow".
 */
export function namesWeekdayOnly(question: string): boolean {
  return (
    WEEKDAY.test(question) &&
    !namesDayOfMonth(question) &&
    !/\b(?:today|tonight|tomorrow|yesterday)\b/i.test(question)
  );
}

export function questionTerms(question: string, type?: AnswerType): string[] {
  const skip = type ? TYPE_WORDS[type] : undefined;
  const words = question.replace(DAY_OF_MONTH, ' ');
  // A word of a full name is a name, though it reads like a question word ("Doe" like "does").
  const names = new Set(fullNames(question).flatMap((name) => analyze(name)));
  const foreign = FOREIGN_QUESTION_WORDS.filter(([language]) => language.test(question)).map(
    ([, words]) => words,
  );
  return [...new Set(analyze(words))].filter(
    (term) =>
      (names.has(term) || (!QUESTION_WORDS.has(term) && !foreign.some((words) => words.has(term)))) &&
      !skip?.has(term),
  );
}

const folded = new Map<string, string>();
/**
 * A term with its Han characters in one form: the analyser simplifies a run of Han characters
 * only when no kana stands in it, so a Japanese question ("理事長は誰") and the line it asks about
 * ("理事長 福島") would spell the same word two ways.
 */
export function fold(term: string): string {
  if (!/\p{Script=Han}/u.test(term)) return term;
  let form = folded.get(term);
  if (form === undefined) {
    form = simplifyChinese(term);
    if (folded.size < 50_000) folded.set(term, form);
  }
  return form;
}

/** The terms of a text, Han characters folded to one form (see `fold`). */
export function foldedTerms(text: string): string[] {
  return analyze(text).map(fold);
}

const NOT_ASKED_VERBS = new Set(analyze('have has had be do does did get go mean know'));

/**
 * The verb a "what does X <verb>" question asks about ("What does Ana need from me?" → "need";
 * "What did brenna remove …?", a chat nick in lower case, → "remove", though not its "suggest" or
 * "recommend", which proposals say in their own words): the relation asked for. The sentence that carries it answers; the one that only names the
 * topic ("I am finishing the brochure") comes a sentence before.
 */
export function askedVerb(question: string): string | undefined {
  const match =
    /\b(?:[Ww]hat|[Ww]hich\s+\p{L}+)\s+(?:do|does|did|will|would|should|can|could|must|might)\s+(?:I|we|you|he|she|they|it|[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*)?|(?!(?:the|a|an|my|our|your|his|her|their|its|this|that|these|those|people|everyone|everybody|anyone|anybody|someone|somebody|users)\b)[\p{Ll}\p{N}_|^`-]+(?=\s+(?!(?:suggest|recommend|propose|advise|give|mention|point)\b)))\s+(\p{Ll}{3,})\b/u.exec(
      question,
    ) ??
    // "How long does the builder have to finish the porch?": the act that is due.
    /^\s*(?:[Hh]ow long|[Ww]hen|[Bb]y when)\b[^?]*?\b(?:have|has|had|need|needs)\s+to\s+(\p{Ll}{3,})\b/u.exec(
      question,
    );
  // "Which package did bo say ana should remove?", "… tell ana to run?": the act told, not the telling.
  const told =
    match?.[1] && TELLING.test(match[1])
      ? new RegExp(`\\b${match[1]}\\s+[^?]*?\\b(?:should|to|must)\\s+(\\p{Ll}{3,})\\b`, 'u').exec(
          question,
        )?.[1]
      : undefined;
  const word = told ?? match?.[1];
  const verb = word ? analyze(word)[0] : undefined;
  return verb && !QUESTION_WORDS.has(verb) && !NOT_ASKED_VERBS.has(verb) ? verb : undefined;
}

/** Verbs of telling, after which the act asked is the one told ("tell ana to run", "say bo should remove"). */
const TELLING = /^(?:say|said|tell|told)$/;

/** A path or a link: a token of two or more parts split by slashes ("/etc/Acme/conf", "C:\\Acme\\x"). */
const PATH_TOKEN = /^\S*[/\\]\S*[/\\]\S*$/;

/**
 * The text without the question's own words: a code made of them ("ACME-FORUM" for a question
 * about the Acme Forum) names the topic, not the value asked for. A path or a link is kept
 * whole: "/etc/Acme/conf" is where Acme keeps its settings, and a part of it cut out would
 * leave pieces that look like other paths.
 */
export function withoutAsked(
  text: string,
  asked: ReadonlySet<string>,
  /**
   * For "who", the names the question writes (folded): a given name before one of them is the
   * person asked too ("Ines Moreau" when the question names "the Moreau meeting"); a word
   * asked in lower case ("which company") is no surname ("Yuma Companies").
   */
  surnames?: ReadonlySet<string>,
): string {
  const named = !surnames
    ? text
    : text.replace(/\b[\p{Lu}][\p{Ll}'-]+(?=\s+([\p{Lu}][\p{L}'-]+))/gu, (given, surname: string) =>
        (surnames.has(fold(surname)) || surnames.has(foldedTerms(surname)[0] ?? '')) &&
        !asked.has(foldedTerms(given)[0] ?? '')
          ? ' '
          : given,
      );
  return named.replace(/\S+/gu, (token) =>
    PATH_TOKEN.test(token)
      ? token
      : token.replace(/[\p{L}\p{N}_]+/gu, (word) => (asked.has(foldedTerms(word)[0] ?? '') ? ' ' : word)),
  );
}

/** Words that start a noun phrase: its head is the thing the question is about. */
const DETERMINER = /^(?:the|my|our|your|his|her|their|its|this|these|those|an?)$/;
/** The words before a phrase that names the thing asked: "what's the …", "which was the …". */
const ASKS_FOR = /(?:^|\s)(?:what's|whats|what|which)$|(?:^|\s)(?:what|which)\s+(?:is|was|are|were)$/i;
/** Auxiliaries after which the noun phrase is a subject and a bare verb follows it ("did the bank quote"). */
const SUBJECT_AUX = /^(?:do|does|did|will|would|can|could|should|shall|must|might|may|has|have|had)$/;
const words = (list: string) => new Set(list.split(/\s+/));
/** Words that end a noun phrase: prepositions, verbs of being, wh-words, conjunctions, pronouns, predicates. */
const PHRASE_END = words(
  `of for on in at to with from by about against over under into onto after before since until during
  between among per via than as and or but nor so if when where who whom whose which what why how that
  is are was were be been being am do does did will would can could should shall must might may has have had
  the my our your his her their its this these those a an i me we us you he him she they them it
  due scheduled planned held open closed available ready done back up out off now then there here
  today tonight tomorrow yesterday ago last next`,
);
/** A particle after a verb ("free up", "pick out"). */
const PARTICLE = /^(?:up|out|off|back|down)$/;
/** Verbs and participles that follow a subject in a question ("does the deck say", "the talk given"). */
const VERB_AFTER = words(
  `say says said want wants need needs think make take get give go come become look show start end begin
  finish use pay cost mean know tell ask send see like expect plan agree suggest recommend propose decide
  require include offer accept cover lose win buy sell happen work run close move given taken written made
  sent paid sold built chosen known seen shown told left kept put set`,
);
/** Nouns too general, or naming where the user keeps things (calendar, inbox), to say what a question is about. */
const GENERAL_NOUNS = words(
  `thing things one ones kind sort type part way lot rest same other first end start beginning middle time times day days date week
  month year number name names people person anyone someone anything something everything calendar
  inbox mail email mailbox files documents workspace memo memos note message messages file attachment attachments
  document deck decks slide slides spreadsheet spreadsheets worksheet worksheets sheet sheets channel chat thread`,
);

/**
 * The heads of the question's noun phrases ("When are my parking fees due?" → "fees", "Where
 * did Ana suggest for the offsite?" → "offsite"): what the question is about. A passage without
 * one of them is about something else, however many other words it shares ("parking" in a
 * mail about rent). English only, and only a phrase that ends plainly (before a preposition, a
 * verb, a predicate or the question mark); names are not heads (namedTerms covers those), nor
 * the words in `except` (the thing asked for: "the balance" in "What is the balance?").
 */
export function topicHeads(question: string, except: ReadonlySet<string> = new Set()): string[] {
  if (/[^\p{Script=Latin}\p{N}\p{P}\p{S}\s]/u.test(question)) return [];
  const tokens = question.normalize('NFKC').replace(/[’]/g, "'").split(/\s+/);
  const heads: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!DETERMINER.test(tokens[i] ?? '')) continue;
    // "… - what's the asking price?": the phrase after "what is" names the thing asked.
    if (ASKS_FOR.test(`${tokens[i - 2] ?? ''} ${tokens[i - 1] ?? ''}`)) continue;
    const run: string[] = [];
    let plain = false;
    let verb = false;
    for (let j = i + 1; j < tokens.length; j++) {
      const raw = tokens[j] ?? '';
      const word = raw.replace(/[?!.,;:]+$/, '');
      const lower = word.toLowerCase();
      if (PHRASE_END.has(lower)) {
        plain = true;
        // "an old kernel free up", "the plant blew up": a verb and its particle end the phrase.
        if (PARTICLE.test(lower) && run.length >= 2) verb = Boolean(run.pop());
        break;
      }
      if (run.length > 0 && (VERB_AFTER.has(lower) || /^\p{Ll}+ed$/u.test(word))) {
        plain = true;
        verb = true;
        break;
      }
      // A number, a code or a hyphenated compound: not a phrase read plainly.
      if (!/^\p{L}+$/u.test(word)) break;
      // An adverb inside the phrase ("the monthly budget", "the analysis actually used") is no head.
      if (/^\p{Ll}{3,}ly$/u.test(word) && word === raw) continue;
      // "the guys carrying": a verb after a plural noun.
      if (/^\p{Ll}+ing$/u.test(word) && /s$/.test(run.at(-1) ?? '')) {
        plain = true;
        verb = true;
        break;
      }
      run.push(word);
      if (word !== raw) {
        plain = true;
        break;
      }
      if (j === tokens.length - 1) plain = true;
    }
    // "did the bank quote": the subject, then the bare verb the auxiliary asks for.
    if (plain && !verb && SUBJECT_AUX.test(tokens[i - 1]?.toLowerCase() ?? '') && run.length >= 2) run.pop();
    const head = run.at(-1);
    if (!plain || !head || /^\p{Lu}/u.test(head) || head.length < 3 || GENERAL_NOUNS.has(head)) continue;
    const term = analyze(head)[0];
    if (term && !QUESTION_WORDS.has(term) && !except.has(term)) heads.push(term);
  }
  return [...new Set(heads)];
}
