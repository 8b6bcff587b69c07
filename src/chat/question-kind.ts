/**
 * @module question-kind
 * What kind of question was asked, from its wording: a calendar question ("when do I next
 * meet Daniel?", "what is on Thursday?"), a contact question ("Priya's phone number"),
 * "what did I miss since Monday", or a question answered from passages (facts, summaries).
 */
import * as chrono from 'chrono-node';
import { dayWithoutYear, tenseOf } from '../index/query.ts';
import { cardFieldAsked } from './card-field-asked.ts';

export type QuestionKind =
  | { readonly kind: 'next-meeting'; readonly person: string }
  | { readonly kind: 'day-agenda'; readonly day: Date; readonly dayText: string }
  | {
      readonly kind: 'contact';
      readonly person: string;
      readonly field: ContactField;
      /** The kind of phone asked for ("mobile", "fax"), when the question names one. */
      readonly phoneType?: PhoneType;
      /** The kind of e-mail, address or web page asked for ("work e-mail", "home address"), when the question names one. */
      readonly fieldKind?: FieldKind;
      /** The messaging service asked for ("skype", "aim"), when the question names one. */
      readonly imService?: string;
      /** The label of another field asked ("mail program", "file as"), for the field 'other'. */
      readonly label?: string;
    }
  | { readonly kind: 'missed'; readonly since: Date; readonly sinceText: string }
  | {
      readonly kind: 'passages';
      /** A field of a meeting on a day ("the link for my meeting on May 4"): that day's agenda, if no passage answers. */
      readonly agendaDay?: { readonly date: Date; readonly text: string };
    };

export type ContactField =
  | 'phone'
  | 'email'
  | 'address'
  | 'title'
  | 'role'
  | 'nickname'
  | 'im'
  | 'categories'
  | 'org'
  | 'department'
  | 'birthday'
  | 'anniversary'
  | 'timezone'
  | 'url'
  | 'postcode'
  | 'city'
  | 'region'
  | 'country'
  | 'other'
  | 'any';
export type PhoneType = 'cell' | 'fax' | 'pager' | 'work' | 'home';

function phoneTypeOf(text: string): PhoneType | undefined {
  if (/\b(?:mobile|cell(?:ular)?|wireless)\b/i.test(text)) return 'cell';
  if (/\bfax\b/i.test(text)) return 'fax';
  if (/\bpager\b/i.test(text)) return 'pager';
  if (/\b(?:work|office|business)\b/i.test(text)) return 'work';
  if (/\bhome\b/i.test(text)) return 'home';
  return undefined;
}

/** Messaging services a question may name, as the card reader names them. */
const IM_SERVICE_WORDS: readonly (readonly [RegExp, string])[] = [
  [/\bskype\b/i, 'skype'],
  [/\b(?:aim|aol instant messenger)\b/i, 'aim'],
  [/\b(?:gtalk|google talk|hangouts)\b/i, 'gtalk'],
  [/\byahoo\b/i, 'yahoo'],
  [/\b(?:msn|windows live)\b/i, 'msn'],
  [/\bicq\b/i, 'icq'],
  [/\b(?:jabber|xmpp)\b/i, 'jabber'],
  [/\bqq\b/i, 'qq'],
];

function imServiceOf(text: string): string | undefined {
  return IM_SERVICE_WORDS.find(([words]) => words.test(text))?.[1];
}

/** The kinds of e-mail, address and web page a card tells apart (vCard TYPE=WORK, TYPE=HOME). */
export type FieldKind = 'work' | 'home';

/**
 * The kind of e-mail, address or web page a question asks for: "work e-mail", "office address",
 * "business home page" are work; "home address", "personal e-mail" are home. "Home page" is the
 * name of a web page, not its kind.
 */
function fieldKindOf(text: string): FieldKind | undefined {
  const words = text.replace(/\bhome ?pages?\b/gi, 'page');
  if (/\b(?:work|office|business)\b/i.test(words)) return 'work';
  if (/\b(?:home|personal|private)\b/i.test(words)) return 'home';
  return undefined;
}

/**
 * A person's name as a question writes it: one or two capitalised words, the second one perhaps
 * after the lower-case particles a surname carries ("Lena de Vries", "Ruud van der Berg").
 */
const NAME_PARTICLE = '(?:de|da|di|du|del|della|der|den|van|von|ter|ten|le|la|bin|ibn|al)';
const NAME = `([\\p{Lu}][\\p{L}'-]+(?:\\s+(?:${NAME_PARTICLE}\\s+)*[\\p{Lu}][\\p{L}'-]+)?)`;
/** A name of up to three words ("Ana Ruiz Soto"), where the question says it whole before a verb. */
const LONG_NAME = `([\\p{Lu}][\\p{L}'-]+(?:\\s+(?:${NAME_PARTICLE}\\s+)*[\\p{Lu}][\\p{L}'-]+){0,2})`;
/** Words after "meeting with" that name no one. */
const NOT_PEOPLE = new Set(
  'the my our your his her their them him everyone everybody someone anyone team'.split(' '),
);
/**
 * "What's the passcode for tonight's meeting?", "What room is the budget meeting on May 8 in?":
 * a field of one meeting is asked, not the day's agenda.
 */
const FIELD_OF =
  /^\s*what(?:'s| is| was| are)\s+(?:the|my|our)\s+(?!agenda\b)[\w-]+(?:\s+[\w-]+)?\s+(?:for|of|at|to)\b|^\s*(?:what|which)\s+(?:(?:conference|meeting)\s+)?(?:room|floor|building|venue|location|place|hotel|restaurant|address|dial-in|call-in|pass ?code|link)\b/i;

/**
 * "What did Ines say about the call agenda on May 4?": what someone said or wrote is asked of the
 * mail and chats, not a day's calendar, whatever the question names.
 */
const REPORTED_WORDS =
  /^\s*what\s+(?:did|does|do|has|have|will)\s+(?!I\s+have\b).{1,60}?\s+(?:say|said|write|wrote|written|tell|told|mention|mentioned|suggest|suggested|propose|proposed|ask|asked|think)\b/i;

/**
 * The day a question asks about: explicit years kept; a month and day alone is the one that
 * fits the question's tense (nearest when it has none); a weekday alone is the coming one,
 * or the last one in a question in the past tense.
 */
export function askedDay(text: string, now: Date): { date: Date; text: string } | undefined {
  const tense = tenseOf(text);
  const parsed = chrono.parse(text, { instant: now, timezone: 'UTC' }, { forwardDate: tense !== 'past' })[0];
  if (!parsed || (!parsed.start.isCertain('day') && !parsed.start.isCertain('weekday'))) return undefined;
  let date = parsed.start.date();
  // "the Tuesday meeting" asked on a Tuesday is today's, unless "next Tuesday" says otherwise.
  if (
    !parsed.start.isCertain('day') &&
    parsed.start.get('weekday') === now.getUTCDay() &&
    !/\bnext\b/i.test(parsed.text)
  )
    date = now;
  if (parsed.start.isCertain('month') && !parsed.start.isCertain('year'))
    date = dayWithoutYear(date.getUTCMonth() + 1, date.getUTCDate(), now, tense);
  return {
    date: new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), 12)),
    text: parsed.text,
  };
}

/** "What's Tove's" → "Tove": a name caught with the question word before it or a possessive after it. */
function bareName(name: string | undefined): string | undefined {
  const bare = name
    ?.replace(/^(?:What|Who|Where|When|Which|How)(?:['’]s)?\s+/u, '')
    .replace(/['’]s?$/u, '')
    .trim();
  return bare && /^[\p{Lu}]/u.test(bare) ? bare : undefined;
}

/** The words that ask a part of an address, and the field each asks. */
const ADDRESS_PARTS: readonly (readonly [RegExp, ContactField])[] = [
  [/^(?:zip|zip ?code|post(?:al)? ?code|postcode)$/i, 'postcode'],
  [/^(?:city|town)$/i, 'city'],
  [/^(?:state|province|region|county)$/i, 'region'],
  [/^country$/i, 'country'],
];
const PART_WORDS = 'zip ?code|zip|post(?:al)? ?code|postcode|city|town|state|province|region|county|country';

/**
 * "What's Ana Ruiz's zip code?", "Ana's home postal code", "Which city is Ana's office in?",
 * "Which state does Ana work in?", "What country does Ana live in?": the part of her card's address.
 */
function addressPartAsked(
  text: string,
): { person: string; field: ContactField; fieldKind?: FieldKind } | undefined {
  const owned = new RegExp(
    `${NAME}'s?\\s+(?:(?:work|home|office|business|mailing|postal|personal|private)\\s+)?(${PART_WORDS})\\b`,
    'u',
  ).exec(text);
  const which = new RegExp(
    `^\\s*(?:[Ii]n\\s+)?[Ww](?:hich|hat)\\s+(${PART_WORDS})\\s+(?:is|does|did)\\s+${LONG_NAME}(?:'s\\s+(?:office|home|house|work|workplace|company|address))?\\s+(?:in|live|lives|living|work|works|working|based|located|from)\\b`,
    'u',
  ).exec(text);
  const [person, word] = owned ? [owned[1], owned[2]] : which ? [which[2], which[1]] : [];
  const name = bareName(person);
  const field = ADDRESS_PARTS.find(([pattern]) => pattern.test(word ?? ''))?.[1];
  if (!name || !field) return undefined;
  const kind = /\b(?:work|works|working|office|business|company|workplace)\b/i.test(text)
    ? 'work'
    : /\b(?:home|house|live|lives|living|personal|private)\b/i.test(text)
      ? 'home'
      : undefined;
  return { person: name, field, ...(kind ? { fieldKind: kind } : {}) };
}

/** A login or nick in lower case, or an e-mail address: "kvoss", "k.voss@example.org". */
const LOGIN = String.raw`[a-z][\w.-]{2,}(?:@[\w-]+(?:\.[\w-]+)+)?`;

export function classifyQuestion(question: string, now: Date): QuestionKind {
  const text = question.trim().replace(/\s+/g, ' ');
  const next =
    new RegExp(
      `\\b(?:[Ww]hen|[Ww]hat time)\\b.*\\b(?:next|do I)\\b.*\\b(?:meet(?:ing)?(?:\\s+with)?|see|call(?:\\s+with)?|talk to|1:1 with)\\s+${NAME}`,
      'u',
    ).exec(text) ??
    new RegExp(`\\bnext (?:meeting|1:1|call) with ${NAME}`, 'u').exec(text) ??
    // A chat nick or login in lower case ("my next meeting with kvoss", "when do I next meet
    // kvoss?"), or a whole address ("… meet kvoss@example.org?"), as the question's end.
    new RegExp(`\\bnext (?:meeting|1:1|call) with (${LOGIN})\\s*\\??$`).exec(text) ??
    new RegExp(
      `\\b(?:[Ww]hen|[Ww]hat time)\\b.*\\bnext\\b.*\\b(?:meet(?:ing)?(?:\\s+with)?|see|call(?:\\s+with)?|talk to|1:1 with)\\s+(${LOGIN})\\s*\\??$`,
    ).exec(text);
  if (next?.[1] && !NOT_PEOPLE.has(next[1])) return { kind: 'next-meeting', person: next[1] };

  const org =
    new RegExp(
      `\\b[Ww](?:hich|hat) (?:company|organi[sz]ation|firm|employer)\\b.*?\\b(?:is|does|did)\\s+${NAME}\\s+(?:with|work|at|from)\\b`,
      'u',
    ).exec(text) ??
    new RegExp(`\\b[Ww](?:here|ho) does ${NAME} work\\b`, 'u').exec(text) ??
    new RegExp(`${NAME}'s?\\s+(?:company|organi[sz]ation|employer)\\b`, 'u').exec(text);
  if (org?.[1]) return { kind: 'contact', person: org[1], field: 'org' };

  // "Which department does Ana Ruiz work in?", "What is Ana's division?": the card's ORG units.
  const unit =
    new RegExp(
      `\\b[Ww](?:hich|hat) (?:department|division)\\b.*?\\b(?:is|does|did)\\s+${NAME}\\s+(?:with|work|at|from|in)\\b`,
      'u',
    ).exec(text) ?? new RegExp(`${NAME}'s?\\s+(?:department|division)\\b`, 'u').exec(text);
  const unitName = bareName(unit?.[1]);
  if (unitName) return { kind: 'contact', person: unitName, field: 'department' };

  // "Which category is Ana's card in?", "What categories is Ana Ruiz filed under?"
  const filed =
    new RegExp(
      `\\b[Ww](?:hich|hat) (?:categor(?:y|ies)|tags?|contact groups?)\\b.*?\\b${NAME}(?:'s)?\\b`,
      'u',
    ).exec(text) ??
    new RegExp(`${NAME}'s?\\s+(?:contact |card )?(?:categor(?:y|ies)|tags)\\b`, 'u').exec(text);
  const filedName = bareName(filed?.[1]);
  if (filedName) return { kind: 'contact', person: filedName, field: 'categories' };

  // "What's Ana's zip code?", "Which city is Ana Ruiz's office in?": a part of the card's address.
  const part = addressPartAsked(text);
  if (part)
    return {
      kind: 'contact',
      person: part.person,
      field: part.field,
      ...(part.fieldKind ? { fieldKind: part.fieldKind } : {}),
    };

  const born = new RegExp(`\\b[Ww]hen (?:was|is) ${NAME} born\\b`, 'u').exec(text);
  // "What time zone is Ana in?", "Which time zone is Ana Ruiz in?"
  const zone = new RegExp(`\\b[Ww](?:hat|hich) time ?zone (?:is|does) ${NAME}\\b`, 'u').exec(text);
  if (zone?.[1]) return { kind: 'contact', person: zone[1], field: 'timezone' };
  if (born?.[1]) return { kind: 'contact', person: born[1], field: 'birthday' };
  // "Which mail program does Ana use?", "What's Ana's phonetic first name?": another field of her card.
  const other = cardFieldAsked(text, NAME);
  const otherName = bareName(other?.person);
  if (other && otherName) return { kind: 'contact', person: otherName, field: 'other', label: other.label };
  const contact =
    new RegExp(
      `${NAME}'s?\\s+(?:work |home |office |business |street |postal |mailing |school |personal |private |other )?(phone|mobile|cell|wireless|fax|pager|number|e-?mail|email address|address|title|job title|role|contact details|birthday|date of birth|birth date|(?:wedding )?anniversary|nick ?name|time ?zone|home ?page|web ?page|website|web site|url|(?:[Ss]kype|AIM|[Gg]talk|G[Tt]alk|[Gg]oogle [Tt]alk|[Yy]ahoo|MSN|ICQ|[Jj]abber|XMPP|QQ)(?![\\p{L}])(?: name| ID| id| handle| address| screen name| username| user name)?|(?:IM|instant messaging|instant messenger) (?:name|ID|id|handle|address|screen name|username|user name))`,
      'u',
    ).exec(text) ??
    new RegExp(
      `\\b(phone|mobile|cell|wireless|fax|pager|number|e-?mail|address|title|contact details)(?: number)?\\s+(?:of|for)\\s+${NAME}`,
      'u',
    ).exec(text);
  if (contact) {
    const [named, word] = /^[\p{Lu}]/u.test(contact[1] ?? '')
      ? [contact[1], contact[2]]
      : [contact[2], contact[1]];
    const lower = (word ?? '').toLowerCase();
    const service = imServiceOf(lower);
    const field = /anniversary/.test(lower)
      ? 'anniversary'
      : /time ?zone/.test(lower)
        ? 'timezone'
        : /\bhome ?page\b|\bweb ?page\b|\bweb ?site\b|\burl\b/.test(lower)
          ? 'url'
          : service || /^(?:im|instant messag\w*)\b/.test(lower)
            ? 'im'
            : /phone|mobile|cell|wireless|fax|pager|number/.test(lower)
              ? 'phone'
              : /mail/.test(lower)
                ? 'email'
                : /birth/.test(lower)
                  ? 'birthday'
                  : /address/.test(lower)
                    ? 'address'
                    : /\brole\b/.test(lower)
                      ? 'role'
                      : /nick ?name/.test(lower)
                        ? 'nickname'
                        : /title/.test(lower)
                          ? 'title'
                          : 'any';
    const phoneType = field === 'phone' ? phoneTypeOf(text) : undefined;
    const fieldKind =
      field === 'email' || field === 'address' || field === 'url' ? fieldKindOf(text) : undefined;
    const person = bareName(named);
    // Another kind of e-mail ("school", "other"): the card's own word for it.
    const mailKind =
      field === 'email' && !fieldKind ? /(?<=\s)(\p{Ll}+)\s+e-?mail\b/u.exec(text)?.[1] : undefined;
    if (person)
      return {
        kind: 'contact',
        person,
        field,
        ...(phoneType ? { phoneType } : {}),
        ...(fieldKind ? { fieldKind } : {}),
        ...(mailKind ? { label: mailKind } : {}),
        ...(field === 'im' && service ? { imService: service } : {}),
      };
  }
  // "What's Ana Ruiz's vacation e-mail?": an e-mail of a kind a card may label in its own words;
  // "What was Ana's last e-mail?" asks for a message, not an address.
  const labelledMail = new RegExp(
    `^\\s*[Ww]hat(?:'s|’s| is)\\s+${NAME}'s?\\s+(?!(?:last|first|latest|recent|new|newest|next|previous|earlier|later|old|oldest|original|forwarded|long|short|angry)\\s)\\p{Ll}+\\s+e-?mail(?: address)?\\s*\\??\\s*$`,
    'u',
  ).exec(text);
  const mailOwner = bareName(labelledMail?.[1]);
  const mailKind = /(\p{Ll}+)\s+e-?mail(?: address)?\s*\??\s*$/u.exec(text)?.[1];
  if (mailOwner)
    return { kind: 'contact', person: mailOwner, field: 'email', ...(mailKind ? { label: mailKind } : {}) };

  const missed = /\bwhat (?:did|have) I miss(?:ed)?\b(.*)$/i.exec(text);
  if (missed) {
    const rest = missed[1] ?? '';
    const parsed = chrono.parse(rest, { instant: now, timezone: 'UTC' }, { forwardDate: false })[0];
    // A day named without a time ("since Monday", "yesterday") is missed from its start.
    const start = parsed?.start.date();
    const since =
      start &&
      parsed &&
      !parsed.start.isCertain('hour') &&
      !/\b(?:morning|afternoon|evening|night)\b/i.test(rest)
        ? new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate()))
        : (start ?? new Date(now.getTime() - 7 * 86_400_000));
    return {
      kind: 'missed',
      since: since > now ? new Date(since.getTime() - 7 * 86_400_000) : since,
      sinceText: parsed?.text ?? 'the last week',
    };
  }

  const calendarish =
    !REPORTED_WORDS.test(text) &&
    (/\b(calendar|schedule|meetings?|agenda)\b/i.test(text) ||
      // "What time is my appointment on Friday?", "… does it end?": the time of one's own event on a day.
      /^what time (?:is|was|does|did|will) my (?:event|appointment)\b/i.test(text) ||
      /^what(?:'s| is| was) on\b/i.test(text) ||
      // "What do I have on Friday?", not "What do I have to send Ana on Friday?".
      /^what (?:do|did|will) I have (?:on|for|scheduled|planned)\b/i.test(text));
  // "Do I have to tell Ana …?" asks a duty, not what is on a day.
  if (calendarish && /\bwhat\b|\bdo I have\b(?!\s+to\b)|\bam I\b/i.test(text)) {
    const day = askedDay(text, now);
    if (day && FIELD_OF.test(text))
      return { kind: 'passages', agendaDay: { date: day.date, text: day.text } };
    if (day) return { kind: 'day-agenda', day: day.date, dayText: day.text };
  }
  return { kind: 'passages' };
}
