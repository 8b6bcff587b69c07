/**
 * @module summarize-thread
 * Builtin thread summary: what was asked, what was decided, which questions are still open
 * and who owes what, every sentence citing the message it came from. The summary text keeps
 * the sentences that carry the facts (amounts, dates, times, deadlines, decisions and requests
 * with their owners), read from each message's own words: quoted history and signatures are
 * never counted, but a bare forward is summarized by what it forwards.
 */
import { isNotesFieldsStamp } from '../../formats/mail/index-text.ts';
import { personName } from '../../formats/mail/person-name.ts';
import { splitBody, withoutAngleQuotes } from '../../formats/mail/split-body.ts';
import type { Address } from '../../formats/model.ts';
import { MONTH_NAME_PATTERN } from '../../lib/text/calendar-names.ts';
import { joinNames } from '../../lib/text/join-names.ts';
import { firstNamesOf } from './asks-for-me.ts';
import { bulkMail, isBulkMail } from './bulk-mail.ts';
import { numberedItems, opensItem } from './list-items.ts';
import {
  classifySentence,
  contentSentences,
  findDeadlines,
  isCourtesy,
  isOffer,
  isProposal,
  isSiteAction,
  type MailAct,
} from './mail-acts.ts';
import {
  firstName,
  isSignedName,
  type MailThread,
  nameFromAddressInText,
  personalName,
  readableName,
  type SourcedMessage,
  signatureName,
} from './mail-thread.ts';
import { type QuotedMessage, quotedAuthor, quotedMessages } from './quoted-history.ts';
import { withColumnNames, withTotals } from './text-tables.ts';

export type MailCitation = {
  readonly n: number;
  readonly path: string;
  readonly uri: string;
  readonly locator: { readonly messageId: string };
  readonly quote: string;
};

export type ThreadPoint = { readonly text: string; readonly by: string; readonly n: number };
export type Obligation = {
  readonly owner: string;
  readonly task: string;
  readonly due?: string;
  readonly n: number;
};

export type ThreadSummary = {
  readonly threadId: string;
  readonly subject: string;
  readonly summary: string;
  readonly asked: readonly ThreadPoint[];
  readonly decided: readonly ThreadPoint[];
  readonly openQuestions: readonly ThreadPoint[];
  readonly owes: readonly Obligation[];
  /** `builtin`, or the engine of the model that wrote the summary text. */
  readonly engine: string;
  readonly citations: readonly MailCitation[];
};

/** "Kitchen, Louise" → "Louise Kitchen"; the address when no name is known. */
function displayName(address: Address | undefined): string {
  if (!address) return 'someone';
  const name = address.name?.replace(/^["']|["']$/g, '').trim();
  if (!name) return address.address;
  return name.includes('@') ? name : personName(name);
}

/**
 * The sender as a person: display name, else the name they sign with, else the address. One
 * sender is named the same way throughout a thread: the fullest name any of their messages gives.
 */
function senderName(message: SourcedMessage, thread?: MailThread): string {
  const address = (message.from?.address ?? '').toLowerCase();
  const names = (thread?.messages ?? [message])
    .filter(
      (other) => other === message || (address && (other.from?.address ?? '').toLowerCase() === address),
    )
    .map((other) => (other.from?.name?.trim() ? displayName(other.from) : signatureName(other)))
    .filter((name): name is string => Boolean(name) && !name?.includes('@'));
  const fullest = names.sort((a, b) => b.split(/\s+/).length - a.split(/\s+/).length)[0];
  return fullest ?? nameFromAddressInText(message.from?.address, message) ?? displayName(message.from);
}

/**
 * A sentence a message gives the summary: its own words, or the words of a message it forwards
 * or quotes (with that message's author). `quoted` marks reply history the thread does not hold
 * otherwise: a source of facts, never of questions asked or work owed now.
 */
type Said = {
  readonly sentence: string;
  readonly author?: string;
  readonly quoted?: boolean;
  /** Which quoted message it comes from (0 for the first below the reply). */
  readonly part?: number;
};

const HEADER_FIELD =
  /^\s*>?\s*(?:-{2,}|from:|to:|cc:|bcc:|sent:|date:|subject:|importance:|sensitivity:|priority:|".*"\s*<.*>\s+on\b|\d{1,2}:\d{2}(?:\s*[AP]M)?\s*-{3,}\s*$)/i;

/** A message of this thread other than `message` whose own text `text` repeats: quoted history the thread already holds. */
function knownInThread(text: string, message: SourcedMessage, thread: MailThread): boolean {
  const flat = (value: string) => value.replace(/\s+/g, ' ').trim();
  return thread.messages.some(
    (other) =>
      other !== message && other.text.length > 20 && flat(text).includes(flat(other.text).slice(0, 60)),
  );
}

/**
 * Who wrote a quoted message whose header gives an address and no name: the thread's person
 * with that address, or whose name the address spells ("phillip.k.allen@…" is Phillip K. Allen),
 * else the address itself. Never the replier by default: the quote is someone else's words.
 */
function quotedWriter(part: QuotedMessage, thread: MailThread): { author?: string } {
  if (part.author) return { author: part.author };
  if (!part.address) return {};
  const letters = (text: string) => text.toLowerCase().replace(/[^a-z]/g, '');
  const local = letters(part.address.split('@')[0] ?? '');
  // Each person with the name the summary gives them: a sender as signed, others as addressed.
  const people = thread.messages.flatMap((message) => [
    ...(message.from ? [{ address: message.from.address, name: senderName(message, thread) }] : []),
    ...[...message.to, ...message.cc].map((person) => ({
      address: person.address,
      name: readableName(person.name),
    })),
  ]);
  const named = people.find(
    ({ address, name }) =>
      name && !name.includes('@') && (address.toLowerCase() === part.address || letters(name) === local),
  );
  return { author: named?.name ?? part.address };
}

/** A message with fewer own words than this is a bare forward: summarized by what it forwards. */
const BARE_FORWARD_WORDS = 12;

/** A table row: a label and a figure at its end ("North region   $ 1,204.50", "Q3 volume 12%"), few words in lower case. */
const TABLE_ROW = /^[^.?!]{2,60}?\s(?:[-+]?[$€£]\s?)?[-+(]?\d[\d,.]*\)?\s?(?:%|[kKmM]{1,2}|bn)?$/;
/** How many rows a lead-in carries into the summary. */
const TABLE_ROWS = 6;

const isTableRow = (sentence: string) =>
  TABLE_ROW.test(sentence.trim()) &&
  sentence.split(/\s+/).filter((word) => /^[a-z]{2,}$/.test(word)).length < 3;

/**
 * A lead-in that ends in a colon ("Two amounts were listed:") followed by table rows is one fact:
 * the rows are joined to it ("…listed: North region $1,204.50; South region $980.00"), so that
 * the figures reach the summary with what they are.
 */
function withTableRows(sentences: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const lead = sentences[i] ?? '';
    let end = i + 1;
    while (end < sentences.length && isTableRow(sentences[end] ?? '')) end++;
    if (!/:\s*$/.test(lead) || end - i - 1 < 2 || end - i - 1 > TABLE_ROWS) {
      out.push(lead);
      continue;
    }
    const rows = sentences.slice(i + 1, end).map((row) => row.trim().replace(/([$€£])\s+(?=\d)/g, '$1'));
    out.push(`${lead.trim()} ${rows.join('; ')}`);
    i = end - 1;
  }
  return out;
}

/** A message's sentences, courtesies left out and table rows joined to their lead-in. */
const saidIn = (text: string) =>
  withTotals(withColumnNames(withTableRows(contentSentences(text)))).filter(
    (sentence) => !isCourtesy(sentence),
  );

/**
 * The words a message itself says: its own text, or for a bare forward, the text it forwards
 * (with its author). A longer message's quoted history adds the earlier messages the thread
 * does not hold itself, marked `quoted`.
 */
function ownSentences(message: SourcedMessage, thread: MailThread): Said[] {
  // A line that is only the writer's first name ("karen.", "-ryan") or a recipient's ("phillip"),
  // typed as a sign-off or greeting in any case, is no sentence of theirs.
  const names = [
    personalName(message.from, message)?.toLowerCase(),
    ...[...message.to, ...message.cc].flatMap(firstNamesOf),
  ].filter((name): name is string => Boolean(name));
  // An AOL-style "<< … >>" quote under a "… writes:" line is someone else's words.
  const own = saidIn(withoutAngleQuotes(message.text))
    .filter((sentence) => !names.some((name) => isSignedName(sentence, name)))
    .map((sentence) => ({ sentence }));
  const words = own
    .map((item) => item.sentence)
    .join(' ')
    .split(/\s+/)
    .filter(Boolean).length;
  if (!message.quoted) return own;
  // A short reply is no forward: the messages it quotes are history, each kept unless the thread holds it.
  const shortReply =
    words < BARE_FORWARD_WORDS && !isForward(message) && quotedMessages(message.quoted).length > 0;
  if (words >= BARE_FORWARD_WORDS || shortReply) {
    const earlier = quotedMessages(message.quoted).filter(
      (part) => !knownInThread(part.text, message, thread),
    );
    return [
      ...own,
      ...earlier.flatMap((part, index) =>
        saidIn(part.text).map((sentence) => ({
          sentence,
          quoted: true,
          part: index,
          ...quotedWriter(part, thread),
        })),
      ),
    ];
  }
  // The forwarded mail's words, its header lines and its writer's sign-off left out.
  const body = splitBody(
    message.quoted
      .split('\n')
      .filter((line) => !HEADER_FIELD.test(line))
      .map((line) => line.replace(/^\s*>\s?/, ''))
      .join('\n'),
  );
  // A Notes stamp that runs its fields onto one line ("Ann Lee@ACME 01/23/2001 04:33 PM  To: …  Subject: …") splits the body, yet says nothing;
  // nor does a writer's stamp of its own ("ann_lee@example.com on 12/13/2000 04:34:58 PM").
  const forwarded = [body.text, body.quoted ?? '']
    .join('\n\n')
    .split('\n')
    .filter((line) => !isNotesFieldsStamp(line) && !WRITER_STAMP.test(line))
    .join('\n')
    .trim();
  // A quote of another message of this thread is history, not news.
  if (knownInThread(forwarded, message, thread)) return own;
  const author = quotedAuthor(message.quoted);
  return [...own, ...saidIn(forwarded).map((sentence) => ({ sentence, ...(author ? { author } : {}) }))];
}

const MONEY =
  /[$€£]\s?\d|\b\d[\d,.]*\s?(?:mm|bn|k|million|billion|thousand|dollars|euros?|pounds|percent)\b|\d\s?%/i;
/**
 * A date or time: a weekday, a month with its day, "11/3", a clock time ("10:30", "4 pm"; a
 * decimal such as "$56.70" or "4.00" is none), "tomorrow", "end of the month".
 */
const WHEN = new RegExp(
  String.raw`\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:${MONTH_NAME_PATTERN})\.?\s+\d|\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b|(?<![$\u20ac\u00a3\d.,])\b(?:[01]?\d|2[0-3]):[0-5]\d\b|\b\d{1,2}\s?(?:a\.?m|p\.?m)\b|\b(?:today|tomorrow|tonight|next week|end of (?:the )?(?:day|week|month))\b`,
  'i',
);
/** A holiday named as a date ("the latest we should know is Thanksgiving", "before Christmas"). */
const HOLIDAY =
  /\b(?:thanksgiving|christmas|easter|new year'?s (?:day|eve)|labou?r day|memorial day|independence day|good friday|boxing day|fourth of july|july 4th)\b/i;
/** A measured quantity ("500MW", "12 bcf/d", "3,000 tons", "two weeks" is not one: it has no figure). */
const QUANTITY =
  /\b\d[\d,.]*\s?(?:[kmgt]wh?|mmbtu|bcf|mcf|bbls?|barrels|tons?|tonnes|units|shares|contracts|hours|days|weeks|months|years)\b/i;
/** A month named without a day, as a time limit or a time ("by November", "between now and March", "the August board meeting"). */
const MONTH_LIMIT =
  /\b(?:by|until|till|before|after|through|in|and|end of|since|from|the|this|next|last|early|mid|late|mid-)\s+(?:jan(?:uary)?|feb(?:ruary)?|march|april|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;
const PLACE_FIELD = /^(?:location|where|place|venue|room)\s*:\s*\S/i;
const PHONE = /(?:^|[\s:(])\(?\d{3}\)?[\s./-]\d{3}[\s.-]\d{4}\b/;
/** A user name, password or login handed out ("User ID: ann01", "Your temporary password is: X1Y2"). */
const CREDENTIAL = /\b(?:user ?(?:name|id)|password|log-?in(?: id)?)\b[^.:\n]{0,30}:\s*\S/i;
const WEB_ADDRESS = /https?:\/\/|\bwww\.\S/i;
const CHANGE =
  /\b(?:will now|(?:has|have) (?:now )?(?:changed|been changed|moved|been moved|been cancell?ed|been postponed|been replaced))\b/i;
/** A time limit: "due", "by", "no later than", "Friday at the latest", "the latest we can sign is Friday". */
const DUE =
  /\b(?:due|deadline|by|before|until|no later than|at the latest)\b|\bthe latest (?:we|you|they|i|it|he|she)\b/i;

/**
 * A table's total with the rows it adds up, as text-tables writes it ("Quarterly Sales: total 520
 * (J. Reyes 200, …)"); a bare "Total: 16" says too little of what it counts to be worth more.
 */
const TOTAL = /(?:^|:\s)(?:grand |net |sub-?)?total\s+[-+(]?[$€£]?\s?\d[\d,.]*\S*\s+\([^()]+\)$/i;

/** A wish for a holiday ("Happy Thanksgiving", "I hope you had a great Christmas"): no date to keep. */
const HOLIDAY_WISH = /\b(?:happy|merry|hope you|have a|enjoy)\b/i;

/** True when a sentence names a date or a time. */
function namesDate(sentence: string): boolean {
  return (
    WHEN.test(sentence) ||
    MONTH_LIMIT.test(sentence) ||
    (HOLIDAY.test(sentence) && !HOLIDAY_WISH.test(sentence))
  );
}

/** How much a sentence carries the facts a reader needs. */
function factWeight(sentence: string): number {
  const act = classifySentence(sentence);
  let weight = 0;
  if (MONEY.test(sentence)) weight += 3;
  const when = namesDate(sentence);
  if (when) weight += 2;
  if (when && DUE.test(sentence)) weight += 1;
  if (QUANTITY.test(sentence)) weight += 1.5;
  // An offer ("let me know if you want us to…") asks less than a request.
  if (act === 'request' || act === 'question') weight += isOffer(sentence) ? 1.5 : 3;
  if (act === 'decision') weight += 2;
  if (act === 'commitment') weight += 1;
  // What the writer puts forward ("I would suggest…", "How about…?") is the point of a reply to a call for ideas.
  if (act !== 'request' && isProposal(sentence)) weight += 2;
  // "I need the vendor payee list" asks as much as "please send"; attachments are what a mail delivers.
  if (act === 'statement' && /\b(?:I|we) (?:will |would )?need\b/i.test(sentence)) weight += 2;
  if (/\b(?:attached|enclosed)\b/i.test(sentence)) weight += 1.5;
  // Where a meeting is and how to reach someone are facts too (signatures are already gone).
  if (PLACE_FIELD.test(sentence) || PHONE.test(sentence) || CREDENTIAL.test(sentence)) weight += 2;
  // A new arrangement ("reports will now go through…", "the meeting has moved") is news.
  if (CHANGE.test(sentence)) weight += 2;
  if (/\d/.test(sentence)) weight += 0.5;
  // The total of a table is the figure a reader wants ("Quarterly Sales: total 520 (…)").
  if (TOTAL.test(sentence)) weight += 3;
  // Table rows and labels ("Loan Amount $ 8,055,736.65") are not sentences.
  const field =
    /^[\p{Lu}][\p{L}\s-]{1,30}:\s+\S/u.test(sentence) || PHONE.test(sentence) || CREDENTIAL.test(sentence);
  if (!field && sentence.split(/\s+/).filter((word) => /^[a-z]{2,}$/.test(word)).length < 3) weight -= 2;
  // A lead-in to a list ("the following changes need to be made:") says nothing itself; its items do.
  const text = sentence.trim();
  if (
    /:$/.test(text) &&
    (/\b(?:the following|as follows|below)\b/i.test(text) || text.split(/\s+/).length < 8)
  )
    return Math.min(weight, -1);
  return weight;
}

/** A line of the summary: who said it and what it does ("Ann asked"), their words, and the message cited. */
type ReportLine = { readonly lead: string; readonly text: string; readonly n: number };

/**
 * The summary's lines, each writer's run of lines that do the same in one message said once:
 * `Ann: "Legislative update"; "Budget" [1].`, not the writer's name before every agenda item.
 */
function joinedLines(lines: readonly ReportLine[]): string[] {
  const runs: { lead: string; texts: string[]; n: number }[] = [];
  for (const line of lines) {
    const last = runs.at(-1);
    if (last && last.lead === line.lead && last.n === line.n) last.texts.push(line.text);
    else runs.push({ lead: line.lead, texts: [line.text], n: line.n });
  }
  return runs.map((run) => `${run.lead}: ${run.texts.map((text) => `"${text}"`).join('; ')} [${run.n}].`);
}

/** One sentence of the summary: who said it, what it does (asked, offered, decided, committed) and its words. An automated notice only states. */
function reportLine(name: string, sentence: string, n: number, notice = false): ReportLine {
  const act = notice ? 'statement' : classifySentence(sentence);
  // A link written out after its words ("the report <http://…>") is noise in a summary; the message keeps it.
  const words = sentence.replace(/\s*<(?:https?|mailto):[^>\s]*>/gi, '');
  const text = clip(words.replace(/\s+/g, ' ').trim(), 300).replace(/[.:;,]$/, '');
  const lead =
    act === 'request' || act === 'question'
      ? `${name} ${isOffer(sentence) ? 'offered' : 'asked'}`
      : act === 'decision'
        ? `${name} reported a decision`
        : act === 'commitment'
          ? `${name} committed`
          : name;
  return { lead, text, n };
}

/** Openings that greet, thank or apologise ("Ann, sorry for the late reply") rather than state the point. */
const SOCIAL_OPENING =
  /^(?:[^.!?]{0,20}[\s,:-])?(?:sorry|apologies|thanks|thank you|many thanks|hope|i hope|hi|hello|good (?:morning|afternoon|evening)|greetings|congratulations|welcome)\b/iu;

/** What the opening statement of a longer message adds to its weight. */
const LEDE_WEIGHT = 2;

/** A sentence that states something in words (at least six, three in lower case), not a label, list item or greeting. */
function isStatement(sentence: string): boolean {
  const words = sentence.trim().split(/\s+/);
  return (
    words.length >= 6 &&
    words.filter((word) => /^[a-z]{2,}$/.test(word)).length >= 3 &&
    !/^[-*•\d]/.test(sentence.trim()) &&
    !SOCIAL_OPENING.test(sentence.trim())
  );
}

/**
 * A Notes stamp line of a forwarded message: the writer (an address, or a name of up to four
 * words), maybe "on", then the date and time alone ("ann_lee@example.com on 12/13/2000 04:34:58 PM",
 * "Ann Lee 12/13/2000 05:02 PM"). It says who wrote and when, nothing they said.
 */
const WRITER_STAMP =
  /^\s*(?:[\w.+-]+@[\w.-]+|\p{Lu}[\p{L}'.-]*(?:[ \t]+\p{Lu}[\p{L}'.-]*){0,3})?[ \t]*(?:on[ \t]+)?\d{1,2}\/\d{1,2}\/\d{2,4}[ \t]+\d{1,2}:\d{2}(?::\d{2})?[ \t]*(?:[AaPp][Mm])?[ \t]*$/u;

/** A forward's subject ("Fw: …", "FWD: …"): what it quotes was passed on, not replied to. */
const FORWARD_SUBJECT = /^\s*(?:re:\s*)*fwd?\b/i;

/** A Notes or client forward line opening the quoted text ("---- Forwarded by Ann Lee/HOU/ECT on…", "Begin forwarded message:"). */
const FORWARD_LINE =
  /^\s*(?:-{2,}\s*)?(?:forwarded by\b|begin forwarded message\b|-*\s*forwarded message\b)/i;

/** A message that passes others' mail on: a "Fw:" subject, or quoted text that opens with a forward line (Notes keeps the subject as it was). */
function isForward(message: SourcedMessage): boolean {
  if (FORWARD_SUBJECT.test(message.subject)) return true;
  const opening = (message.quoted ?? '').trim().split('\n')[0] ?? '';
  return FORWARD_LINE.test(opening);
}

/** What quoted history loses against the message's own words of the same weight. */
const QUOTED_DISCOUNT = 1;

/** How many sentences that name a date the summary keeps beyond its budget. */
const DATED_RESERVE = 3;

/** A message of this many sentences or fewer is reported whole. */
const SHORT_MESSAGE = 3;

/** Up to `budget` fact-bearing sentences of the thread, in thread order, each with its message number. */
function keySentences(
  thread: MailThread,
  budget: number,
): { sentence: string; n: number; name: string; notice: boolean }[] {
  const scored = thread.messages.flatMap((message, i) => {
    // A newsletter says nothing to the reader; an automated notice does (what was posted, a deadline),
    // though its instructions ("please click…") ask nothing of them.
    const bulk = bulkMail(message);
    if (bulk?.kind === 'newsletter') return [];
    const name = senderName(message, thread);
    const said = ownSentences(message, thread).filter(
      (item) =>
        !bulk ||
        (factWeight(item.sentence) >= 2 && (!isSiteAction(item.sentence) || WEB_ADDRESS.test(item.sentence))),
    );
    const own = said.filter((item) => !item.quoted);
    // Each item of a numbered list states something, however short ("1 - Lakeside or the pier hall").
    const items = numberedItems(`${message.text}\n${message.quoted ?? ''}`);
    const fact = (sentence: string) =>
      opensItem(sentence, items) ? Math.max(factWeight(sentence), 2) : factWeight(sentence);
    // A longer message puts its point first: its opening statement is worth keeping.
    const lede = own.length > SHORT_MESSAGE ? own.findIndex(({ sentence }) => isStatement(sentence)) : -1;
    return said.map(({ sentence, author, quoted, part }, k) => {
      const weight = fact(sentence);
      return {
        sentence,
        n: i + 1,
        name:
          author && author !== name
            ? `${author} (${isForward(message) ? 'forwarded' : 'quoted'} by ${name})`
            : name,
        notice: Boolean(bulk),
        order: i * 1000 + k,
        quoted: Boolean(quoted),
        part: quoted ? `${i + 1}:${part}` : `${i + 1}`,
        fact: weight,
        weight: weight + (k === lede ? LEDE_WEIGHT : 0) - (quoted ? QUOTED_DISCOUNT : 0),
      };
    });
  });
  // A sentence forwarded or quoted again later is reported once, where it first appears.
  const seen = new Set<string>();
  const firstTime = scored.filter((item) => {
    const key = item.sentence.toLowerCase().replace(/\W+/g, ' ').trim();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const chosen = firstTime
    .filter((item) => item.weight >= 2)
    .sort((a, b) => b.weight - a.weight || a.order - b.order)
    .slice(0, budget);
  // Every message says something: a short one all it says, a longer one its best sentence
  // when the facts left it out.
  for (const part of new Set(firstTime.map((item) => item.part))) {
    const own = firstTime.filter((item) => item.part === part);
    const missing = own.filter((item) => !chosen.includes(item));
    // An earlier message quoted below a reply gives its best sentence, when it states something.
    if (own[0]?.quoted) {
      if (missing.length < own.length) continue;
      const best = [...own].sort((a, b) => b.fact - a.fact || a.order - b.order)[0];
      const lede = own.find((item) => isStatement(item.sentence));
      const pick = best && best.fact >= 2 ? best : lede;
      if (pick && chosen.length < budget + 2) chosen.push(pick);
      continue;
    }
    if (own.length <= SHORT_MESSAGE) {
      for (const item of missing) if (chosen.length < budget + 2) chosen.push(item);
      continue;
    }
    // The opening statement alone does not stand for a message whose facts lie further on.
    if (chosen.some((item) => item.part === part && item.fact >= 2)) continue;
    const best = missing.sort(
      (a, b) => b.fact - a.fact || Number(isStatement(b.sentence)) - Number(isStatement(a.sentence)),
    )[0];
    if (best && chosen.length < budget + 2) chosen.push(best);
  }
  // A long message's dates are not lost to its other facts: a few more statements that name a
  // date, written to the reader (not by a mail system).
  const dated = firstTime
    .filter(
      (item) =>
        !chosen.includes(item) &&
        !item.notice &&
        item.fact >= 2 &&
        namesDate(item.sentence) &&
        isStatement(item.sentence),
    )
    .sort((a, b) => b.weight - a.weight || a.order - b.order)
    .slice(0, DATED_RESERVE);
  return [...chosen, ...dated].sort((a, b) => a.order - b.order);
}

function sameSender(a: SourcedMessage, b: SourcedMessage): boolean {
  return (a.from?.address ?? '').toLowerCase() === (b.from?.address ?? '').toLowerCase();
}

function clip(text: string, max = 220): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

function dateRange(thread: MailThread): string {
  const dates = thread.messages
    .map((message) => message.date)
    .filter((date): date is string => Boolean(date));
  if (dates.length === 0) return '';
  const first = dates[0]!.slice(0, 10);
  const last = dates.at(-1)!.slice(0, 10);
  return first === last ? ` on ${first}` : ` from ${first} to ${last}`;
}

/** Each message cited by number, with the opening of its own words. */
/**
 * The citations a summary refers to: each one its text cites ("[3]") or one of its points (asked,
 * decided, open, owed) comes from. A message nothing is taken from is not listed.
 */
export function citedOnly(
  summary: Omit<ThreadSummary, 'citations'>,
  citations: readonly MailCitation[],
): MailCitation[] {
  const cited = new Set([...summary.summary.matchAll(/\[(\d+)\]/g)].map((match) => Number(match[1])));
  for (const point of [...summary.asked, ...summary.decided, ...summary.openQuestions, ...summary.owes])
    cited.add(point.n);
  return citations.filter((citation) => cited.has(citation.n));
}

export function threadCitations(thread: MailThread): MailCitation[] {
  return thread.messages.map((message, i) => ({
    n: i + 1,
    path: message.path,
    uri: `mail://${encodeURIComponent(message.messageId.replace(/^<|>$/g, ''))}`,
    locator: { messageId: message.messageId },
    quote: clip(contentSentences(message.text).join(' ')),
  }));
}

/** One sentence of a message's own words, with what it does and where it stands in the thread. */
type SaidInThread = {
  readonly sentence: string;
  readonly act: MailAct;
  readonly message: SourcedMessage;
  readonly thread: MailThread;
  readonly by: string;
  readonly n: number;
  readonly due?: string;
  /** Someone else wrote after it. */
  readonly answeredLater: boolean;
};

type ThreadActs = {
  readonly asked: ThreadPoint[];
  readonly decided: ThreadPoint[];
  readonly openQuestions: ThreadPoint[];
  readonly owes: Obligation[];
};

/** A request or question that asks for an answer: an offer ("let me know if you want a copy sent") asks for none. */
const asks = (said: SaidInThread) =>
  (said.act === 'question' || said.act === 'request') && !isOffer(said.sentence);

/** Who a request is for: "Lars, please send…" is for Lars; otherwise the first recipient. */
function addresseeOf(said: SaidInThread): string {
  const vocative = /^([A-Z][\p{L}'-]+)\s*,/u.exec(said.sentence)?.[1]?.toLowerCase();
  const named = vocative
    ? said.thread.participants.find((person) => firstName(person).toLowerCase() === vocative)
    : undefined;
  const addressee = named ?? said.message.to[0];
  return addressee ? displayName(addressee) : 'the recipients';
}

const owed = (said: SaidInThread, owner: string): Obligation => ({
  owner,
  task: said.sentence,
  ...(said.due ? { due: said.due } : {}),
  n: said.n,
});

/** What each sentence adds to the lists of the summary, one rule a list. */
const ACT_RULES: readonly ((said: SaidInThread, into: ThreadActs) => void)[] = [
  (said, into) => {
    if (asks(said)) into.asked.push({ text: said.sentence, by: said.by, n: said.n });
  },
  (said, into) => {
    if (asks(said) && !said.answeredLater)
      into.openQuestions.push({ text: said.sentence, by: said.by, n: said.n });
  },
  (said, into) => {
    if (said.act === 'decision') into.decided.push({ text: said.sentence, by: said.by, n: said.n });
  },
  (said, into) => {
    if (said.act === 'request' && asks(said)) into.owes.push(owed(said, addresseeOf(said)));
  },
  (said, into) => {
    if (said.act === 'commitment') into.owes.push(owed(said, said.by));
  },
];

/** What was asked, decided, left open and owed, from each message's own words (bulk mail asks nothing). */
function threadActs(thread: MailThread): ThreadActs {
  const acts: ThreadActs = { asked: [], decided: [], openQuestions: [], owes: [] };
  thread.messages.forEach((message, i) => {
    if (isBulkMail(message)) return;
    const by = senderName(message, thread);
    const reference = message.date ? new Date(message.date) : new Date(0);
    const answeredLater = thread.messages.slice(i + 1).some((later) => !sameSender(later, message));
    for (const { sentence } of ownSentences(message, thread).filter((item) => !item.quoted)) {
      const due = findDeadlines(sentence, reference)[0]?.date;
      const said: SaidInThread = {
        sentence,
        act: classifySentence(sentence),
        message,
        thread,
        by,
        n: i + 1,
        answeredLater,
        ...(due ? { due } : {}),
      };
      for (const rule of ACT_RULES) rule(said, acts);
    }
  });
  return acts;
}

/** Every participant by name: a display name, else the name they sign with ("Michelle L. Simpkins"), else the address. */
function participantNames(thread: MailThread): string[] {
  const signed = new Map(
    thread.messages.map((message) => [
      (message.from?.address ?? '').toLowerCase(),
      senderName(message, thread),
    ]),
  );
  const named = thread.participants.filter((person) => person.name?.trim());
  return thread.participants.map(
    (person) =>
      (person.name?.trim() ? displayName(person) : undefined) ??
      signed.get(person.address.toLowerCase()) ??
      namedElsewhere(person.address, named) ??
      person.address,
  );
}

/**
 * The name of a named participant that a bare address spells, on the same domain: their first
 * initial and last name, or first and last name ("kholst@acme.com" or "keith.holst@acme.com" is
 * "Keith Holst" when "Keith Holst <keith.holst@acme.com>" takes part too), so one person is not
 * listed twice.
 */
function namedElsewhere(address: string, named: readonly Address[]): string | undefined {
  const [local, domain] = address.toLowerCase().split('@');
  if (!local || !domain) return undefined;
  const matches = named.filter((person) => {
    if (person.address.toLowerCase().split('@')[1] !== domain) return false;
    const words = displayName(person)
      .toLowerCase()
      .split(/\s+/)
      .filter((word) => /^\p{L}+$/u.test(word));
    const first = words[0];
    const last = words.at(-1);
    if (!first || !last || words.length < 2) return false;
    return [`${first[0]}${last}`, `${first}.${last}`, `${first}${last}`, `${first}_${last}`].includes(local);
  });
  return matches.length === 1 ? displayName(matches[0]) : undefined;
}

/** Up to five names, then how many more; a name two addresses share is said once. */
function someNames(all: readonly string[]): string {
  const names = [...new Set(all)];
  const more = names.length - 5;
  return `${joinNames(names.slice(0, 5))}${more > 0 ? ` and ${more} other${more === 1 ? '' : 's'}` : ''}`;
}

/** The opening sentence: one message is from someone to others, a thread is "between" its participants. */
function openingSentence(thread: MailThread): string {
  const names = participantNames(thread);
  const first = thread.messages[0];
  // A subject typed with double spaces ("History of  Lime") is quoted on one line, single-spaced.
  const subject = thread.subject.replace(/\s+/g, ' ').trim();
  if (thread.messages.length === 1 && first) {
    const sender = (first.from?.address ?? '').toLowerCase();
    const to = names.filter((_, i) => (thread.participants[i]?.address ?? '').toLowerCase() !== sender);
    return `"${subject}" is a message from ${senderName(first, thread)}${to.length ? ` to ${someNames(to)}` : ''}${dateRange(thread)} [1].`;
  }
  return `"${subject}" is a thread of ${thread.messages.length} messages${dateRange(thread)} between ${someNames(names)} [1].`;
}

/** A thread of bulk mail alone: nobody wrote it to the reader, so say what it is rather than quote it. */
function bulkSentence(thread: MailThread): string | undefined {
  const bulk = thread.messages.map((message) => bulkMail(message));
  const first = bulk[0];
  if (!first || !bulk.every(Boolean)) return undefined;
  return `It is ${first.kind === 'newsletter' ? 'a newsletter or marketing mail' : 'an automated notification'} (${first.reason}); nothing in it is asked of you [1].`;
}

/** The first obligations that have a due date, as sentences. */
function dueSentences(owes: readonly Obligation[]): string[] {
  return owes
    .slice(0, 3)
    .filter((item) => item.due)
    .map(
      (item) => `${item.owner} owes: "${clip(item.task, 140)}" (due ${item.due?.slice(0, 10)}) [${item.n}].`,
    );
}

export function summarizeThread(thread: MailThread): ThreadSummary {
  const acts = threadActs(thread);
  const bulk = bulkSentence(thread);
  const sentences = [
    openingSentence(thread),
    ...(bulk ? [bulk] : []),
    ...joinedLines(
      keySentences(thread, 6 + Math.min(4, thread.messages.length)).map((item) =>
        reportLine(item.name, item.sentence, item.n, item.notice),
      ),
    ),
    ...dueSentences(acts.owes),
  ];
  const summary = {
    threadId: thread.id,
    subject: thread.subject,
    summary: sentences.join(' '),
    ...acts,
    engine: 'builtin',
  };
  return { ...summary, citations: citedOnly(summary, threadCitations(thread)) };
}
