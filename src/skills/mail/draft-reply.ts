/**
 * @module draft-reply
 * Builtin reply draft: greeting, the user's intent turned into sentences, the questions asked
 * since the user last wrote listed for the user to answer (never answered by invention), sign-off and
 * the quoted last message; threading headers so mail clients file it in the conversation.
 */
import * as chrono from 'chrono-node';
import type { OutgoingMessage } from '../../formats/mail/write-eml.ts';
import type { Address, Message } from '../../formats/model.ts';
import { offsetMinutes, wallClock, zoneOfMailDate } from '../../lib/time-zones.ts';
import { asksForMe, firstNamesOf } from './asks-for-me.ts';
import { classifySentence } from './mail-acts.ts';
import {
  closingName,
  type MailThread,
  NO_SUBJECT,
  nameFromAddressInText,
  personalName,
  readableName,
  signatureName,
} from './mail-thread.ts';
import { ownerKeys } from './owner-address.ts';
import { quotesReplyFrom } from './quoted-history.ts';
import { EMBEDDED_OBJECT } from './saved-copies.ts';

export type ReplyOptions = {
  readonly me: Address;
  /** The user's other addresses (a sent folder written from two): mail from them is the user's own too. */
  readonly aliases?: readonly string[];
  /** "accept, propose Tuesday 10:00" */
  readonly intent?: string;
  readonly now: Date;
  readonly replyAll?: boolean;
};

export type ReplyDraft = {
  readonly message: OutgoingMessage;
  /** Thread messages the reply responds to (1-based positions in the thread). */
  readonly respondsTo: readonly number[];
  readonly placeholders: number;
};

/** "Tuesday 19 December at 10:00"; the year is said when it is not the year the reply is written in. */
function formatWhen(date: Date, hasTime: boolean, now: Date): string {
  const year = date.getUTCFullYear();
  const day = `${date.toLocaleDateString('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  })}${year !== now.getUTCFullYear() ? ` ${year}` : ''}`;
  if (!hasTime) return day;
  const time = date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });
  return `${day} at ${time}`;
}

/**
 * The moment the user's day words ("tomorrow", "Tuesday") are said at: when the reply is
 * written, since the intent is the user's own words, now; never before the message answered
 * (a clock set earlier than its Date header).
 */
export function intentReference(messageDate: string | undefined, now: Date): Date {
  const sent = messageDate ? new Date(messageDate) : undefined;
  return sent && Number.isFinite(sent.getTime()) && sent.getTime() > now.getTime() ? sent : now;
}

/**
 * Turns one clause of an intent into a sentence of the reply. Days are read relative to
 * `reference` (see intentReference); `now` is when the reply is written, whose year goes unsaid.
 */
export function intentSentence(clause: string, reference: Date, now: Date = reference): string {
  const text = clause.trim();
  const lowered = text.toLowerCase();
  const when = chrono.parse(text, reference, { forwardDate: true })[0];
  let whenDate = when?.start.date();
  // "Tuesday" said on a Tuesday means next week's.
  if (
    whenDate &&
    when?.start.isCertain('weekday') &&
    !when.start.isCertain('day') &&
    whenDate.getTime() <= reference.getTime()
  ) {
    whenDate = new Date(whenDate.getTime() + 7 * 86_400_000);
  }
  const whenText = whenDate ? formatWhen(whenDate, when!.start.isCertain('hour'), now) : undefined;
  if (/^(accept|yes|agree|approve|ok|okay|sounds good)\b/.test(lowered))
    return whenText ? `Yes, ${whenText} works for me.` : 'Yes, that works for me.';
  if (/^(decline|no|reject|can't|cannot)\b/.test(lowered)) return 'Unfortunately I will have to decline.';
  if (/^(propose|suggest|how about|offer)\b/.test(lowered)) {
    if (whenText) return `Could we meet on ${whenText}?`;
    return `I would like to suggest ${text.replace(/^(propose|suggest|how about|offer)\s*/i, '')}.`;
  }
  if (/^(thank|thanks)\b/.test(lowered)) return 'Thank you for the update.';
  if (/^(ask|request)\b/.test(lowered))
    return `Could you ${text.replace(/^(ask|request)\s*(for|to|about)?\s*/i, '')}?`;
  if (/^(confirm)\b/.test(lowered)) return `I can confirm ${text.replace(/^confirm\s*/i, '') || 'this'}.`;
  if (/^(delay|postpone|later)\b/.test(lowered))
    return whenText ? `Could we move this to ${whenText}?` : 'Could we postpone this a little?';
  const sentence = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

/**
 * A subject that reads as a topic inside a sentence ("the Denver lease", "Budget 2002"), else
 * undefined: a question or request ("Did you get the forms?"), a greeting ("hey", "Greetings from
 * Oslo!"), shouting ("LEASE UPDATE"), a long line, or no subject at all.
 */
export function subjectTopic(subject: string): string | undefined {
  const text = subject
    .replace(/^\s*((re|fw|fwd)\s*:\s*)+/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!text || text === '(no subject)') return undefined;
  const words = text.split(' ');
  if (words.length > 8 || text.length > 60) return undefined;
  if (/[?!]/.test(text)) return undefined;
  if (
    /^(?:hi|hey|hello|howdy|greetings|good (?:morning|afternoon|evening|day)|thanks|thank you|fyi|urgent|important|please|question|quick question|re|fw|did|do|does|can|could|would|will|are|is|have|has|what|when|where|who|why|how|need|pls)\b/i.test(
      text,
    )
  )
    return undefined;
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2 || (words.length > 1 && letters === letters.toUpperCase())) return undefined;
  return text.replace(/[.:;,\s\u2013-]+$/, '');
}

/** A line holding only what a mail export leaves where an embedded object was. */
const EMBEDDED_PLACEHOLDER = new RegExp(`^\\s*${EMBEDDED_OBJECT.source}\\s*$`, 'i');

/** The message as its reader saw it: its own words, then what it forwards or quotes (a bare forward is nothing but that). */
function quotedBody(message: { readonly text: string; readonly quoted?: string }): string {
  return [message.text, message.quoted ?? '']
    .map((part) =>
      part
        .split('\n')
        .filter((line) => !EMBEDDED_PLACEHOLDER.test(line))
        .join('\n')
        .trim(),
    )
    .filter(Boolean)
    .join('\n\n');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/**
 * When a message was sent, as its writer's clock read it: the zone of its Date header's offset
 * ("Mon, 27 Nov 2000 09:36 -0800"), else UTC ("… 17:36 GMT").
 */
export function writtenAt(iso: string, dateHeader: string | undefined): string {
  const instant = new Date(iso);
  const zone = zoneOfMailDate(dateHeader);
  if (!zone) return instant.toUTCString().replace(/:\d{2} GMT$/, ' GMT');
  const clock = wallClock(instant, zone);
  const offset = offsetMinutes(instant, zone);
  const hhmm = `${String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0')}${String(Math.abs(offset) % 60).padStart(2, '0')}`;
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${DAYS[clock.weekday]}, ${clock.day} ${MONTHS[clock.month - 1]} ${clock.year} ${pad(clock.hour)}:${pad(clock.minute)} ${offset < 0 ? '-' : '+'}${hhmm}`;
}

function quote(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => (line.length ? `> ${line}` : '>'))
    .join('\n');
}

/**
 * The name of the sender's own display name that they sign this message with, when it is not
 * the first one ("Davis, Mark Dana" signing "Dana"); undefined otherwise.
 */
function nameGoneBy(sender: Address, message: Parameters<typeof signatureName>[0]): string | undefined {
  const signed = signatureName(message)?.trim();
  const words = readableName(sender.name)?.split(/\s+/) ?? [];
  if (!signed || /\s/.test(signed) || words.length < 3) return undefined;
  return words.slice(1, -1).find((word) => word.toLowerCase() === signed.toLowerCase());
}

/**
 * The name a message is closed with when it is none of its sender's names nor a recipient's: the
 * person who wrote it from the sender's account (an assistant sending "Regards, Jean") or the name
 * the sender goes by ("Steffes, James" closing "Thanks, Jim"); undefined otherwise.
 */
function writerSignedAs(sender: Address, message: Message): string | undefined {
  // An entry sent to nobody but its sender (a calendar item, a note kept in a folder) often pastes another's mail.
  const others = message.to.filter((person) => person.address.toLowerCase() !== sender.address.toLowerCase());
  const signed = others.length > 0 ? closingName(message) : undefined;
  if (!signed) return undefined;
  const key = signed.toLowerCase();
  const names = (people: readonly Address[]) =>
    people.flatMap((person) => (readableName(person.name) ?? '').toLowerCase().split(/[\s.]+/));
  if (names([sender]).includes(key) || names([...message.to, ...message.cc]).includes(key)) return undefined;
  return signed;
}

/** The name a message opens by greeting ("Ann,", "Hi Ann,", "Dear Ann Lee:"), its first word. */
function openingName(text: string): string | undefined {
  const opening = text.trim().split('\n')[0]?.trim() ?? '';
  return /^(?:(?:hi|hello|hey|dear)\s+)?(\p{Lu}[\p{L}'-]+)(?:\s+\p{Lu}[\p{L}'-]+)?\s*[,:]$/iu.exec(
    opening,
  )?.[1];
}

export function draftReply(thread: MailThread, options: ReplyOptions): ReplyDraft {
  const me = options.me.address.toLowerCase();
  const mine = new Set([me, ...(options.aliases ?? []).map((address) => address.toLowerCase())]);
  const isMine = (address: string | undefined) => mine.has((address ?? '').toLowerCase());
  const others = [...thread.messages].reverse().find((message) => !isMine(message.from?.address));
  const last = others ?? thread.messages.at(-1)!;
  const lastIndex = thread.messages.indexOf(last) + 1;
  // A thread of the user's own mail (a sent folder) is followed up: to whom they wrote, not to themselves.
  const followUp = !others;
  const recipient =
    (followUp ? [...last.to, ...last.cc].find((address) => !isMine(address.address)) : undefined) ??
    last.from ??
    last.to[0]!;
  const cc = options.replyAll
    ? [...last.to, ...last.cc].filter(
        (address) =>
          !isMine(address.address) && address.address.toLowerCase() !== recipient.address.toLowerCase(),
      )
    : [];
  const reference = intentReference(last.date, options.now);

  // A one-word display name the address does not spell is a firm's ("Harbourfirm" for
  // lena.holm@…): the name the address spells, written in the message, is the person's.
  const spelled = nameFromAddressInText(recipient.address, last);
  const firm =
    recipient.name &&
    !/[\s,]/.test(recipient.name.trim()) &&
    !recipient.address.toLowerCase().startsWith(recipient.name.trim().toLowerCase().slice(0, 3));
  // Without a display name, the name the address spells beats the last line of a signature (often the firm).
  // The user's own message signs with the user's name, and greets the person it went to ("Ann,").
  const greeted = followUp
    ? (personalName(recipient) ?? openingName(last.text))
    : spelled && (firm || !recipient.name?.trim())
      ? spelled.split(/\s+/)[0]
      : personalName(recipient, last);
  // A last message that neither names nor signs its writer ("give me your number") is greeted by
  // the name the same writer signs with earlier in the thread ("…\n\nAl Pollard").
  const signedEarlier = followUp
    ? undefined
    : thread.messages
        .filter(
          (message) =>
            message !== last && message.from?.address.toLowerCase() === recipient.address.toLowerCase(),
        )
        .map((message) => personalName(recipient, message))
        // A name, not a closing word ("Ouch.", "Later!").
        .findLast((found) => found !== undefined && /^\p{Lu}[\p{L}'-]+$/u.test(found));
  // People sign the way they want to be called: "Mark Dana Davis" who signs "Dana" is greeted "Hi Dana".
  const goesBy = followUp ? undefined : (nameGoneBy(recipient, last) ?? writerSignedAs(recipient, last));
  const name = goesBy ?? greeted ?? signedEarlier;
  const lines: string[] = [name ? `Hi ${name},` : 'Hello,', ''];
  const intentClauses = (options.intent ?? '')
    .split(/[,;]|\band then\b/)
    .map((clause) => clause.trim())
    .filter(Boolean);
  if (intentClauses.length) {
    lines.push(intentClauses.map((clause) => intentSentence(clause, reference, options.now)).join(' '));
  } else {
    const topic = subjectTopic(thread.subject);
    if (followUp)
      lines.push(
        topic ? `Following up on my last message about ${topic}.` : 'Following up on my last message.',
      );
    else lines.push(topic ? `Thanks for your message about ${topic}.` : 'Thanks for your message.');
  }
  // Every question asked since the user last wrote, by the person answered (by anyone on a
  // reply to all); "Please reply" asks for the reply itself, it is not a question to answer.
  const fromMe = (message: MailThread['messages'][number]) => isMine(message.from?.address);
  // Messages quoting my answer (the answer itself not in the mailbox) came after it: what is new
  // starts at the first of the run of them that ends with the latest.
  const myFirstName = new Set(options.me.name ? [options.me.name.trim().split(/\s+/)[0]!.toLowerCase()] : []);
  const myNames = new Set([...myFirstName, ...firstNamesOf(options.me)]);
  const quotesMe = (i: number) => i >= 0 && quotesReplyFrom(thread.messages[i]?.quoted, mine, myFirstName);
  let answered = thread.messages.findLastIndex((_, i) => i < lastIndex && quotesMe(i));
  while (answered > 0 && quotesMe(answered - 1)) answered--;
  const sinceMine = thread.messages.slice(
    Math.max(thread.messages.findLastIndex((message) => fromMe(message)) + 1, answered),
    lastIndex,
  );
  const askers = sinceMine.filter(
    (message) =>
      !fromMe(message) &&
      (options.replyAll || (message.from?.address ?? '').toLowerCase() === recipient.address.toLowerCase()),
  );
  const questions = [
    ...new Set(
      (askers.length ? askers : followUp ? [] : [last]).flatMap((message) =>
        asksForMe(message, ownerKeys(mine), myNames),
      ),
    ),
  ].filter(
    (sentence) => !/^(?:please\s+)?(?:reply|respond|advise|let me know)[.!?]*$/i.test(sentence.trim()),
  );
  let placeholders = 0;
  if (questions.length) {
    // Things to do ("Make sure to send the lease") are requests, not questions; a list of both says so.
    const listed = questions.slice(0, 6);
    const isRequest = (item: string) => classifySentence(item) === 'request' && !item.endsWith('?');
    const requests = listed.filter(isRequest).length;
    const heading =
      requests === 0
        ? `question${listed.length === 1 ? '' : 's'}`
        : requests === listed.length
          ? `request${listed.length === 1 ? '' : 's'}`
          : 'questions and requests';
    lines.push('', `On your ${heading}:`);
    for (const question of questions.slice(0, 6)) {
      placeholders++;
      lines.push(`- "${question}" — [your answer]`);
    }
  }
  // Signed with the user's name; without one, a placeholder rather than an address fragment.
  lines.push('', 'Best regards,', options.me.name?.trim() || '[your name]', '');
  const when = last.date ? writtenAt(last.date, last.headers.date) : 'earlier';
  const author = last.from ?? recipient;
  lines.push(
    `On ${when}, ${readableName(author.name) ?? nameFromAddressInText(author.address, last) ?? author.address} wrote:`,
    quote(quotedBody(last)),
  );

  // Without a References header of its own, the rebuilt thread supplies the chain.
  const chain = last.references.length
    ? last.references
    : thread.messages.slice(0, lastIndex - 1).map((message) => message.messageId);
  const references = [...chain, last.messageId].filter((id, i, all) => id && all.indexOf(id) === i);
  // "(no subject)" is how a list shows a thread without one, never a subject to send.
  const own = last.subject.trim() || (thread.subject === NO_SUBJECT ? '' : thread.subject);
  const subject = /^re:/i.test(own) ? own : `Re: ${own}`.trim();
  const stamp = options.now.toISOString().replace(/\D/g, '').slice(0, 14);
  return {
    message: {
      from: options.me,
      to: [recipient],
      cc,
      subject,
      date: options.now,
      messageId: `<reply-${stamp}-${thread.id}@officemate.local>`,
      inReplyTo: last.messageId,
      references,
      text: lines.join('\n'),
      headers: { 'X-Officemate-Engine': 'builtin' },
    },
    respondsTo: [lastIndex],
    placeholders,
  };
}
