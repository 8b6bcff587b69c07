/**
 * @module mail-thread
 * A conversation: messages in date order with a stable id, and where each message came from.
 */
import { greetingName, personName } from '../../formats/mail/person-name.ts';
import type { Address, Message } from '../../formats/model.ts';
import { rebuildThreads } from '../../index/threads.ts';
import { clipText } from '../../lib/text/clip-text.ts';
import { withoutSavedCopies } from './saved-copies.ts';

export type SourcedMessage = Message & { readonly path: string };

export type MailThread = {
  /** Stable id: a short hash of the first message's Message-ID. */
  readonly id: string;
  readonly subject: string;
  readonly messages: readonly SourcedMessage[];
  readonly participants: readonly Address[];
};

export function participantsOf(messages: readonly Message[]): Address[] {
  const seen = new Map<string, Address>();
  for (const message of messages) {
    for (const address of [message.from, ...message.to, ...message.cc]) {
      if (!address?.address) continue;
      const key = address.address.toLowerCase();
      const known = seen.get(key);
      if (!known || (!known.name && address.name)) seen.set(key, address);
    }
  }
  return [...seen.values()];
}

function makeThread(id: string, messages: readonly SourcedMessage[]): MailThread {
  const sorted = [...messages].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  const root = sorted[0]!;
  return {
    id,
    subject: root.subject.replace(/^\s*((re|fw|fwd)\s*:\s*)+/i, '') || NO_SUBJECT,
    messages: sorted,
    participants: participantsOf(sorted),
  };
}

/** What a thread with no subject is listed by. */
export const NO_SUBJECT = '(no subject)';

/**
 * A line of a message's header block, as a list relay can leave it at the top of a body: its
 * Message-ID ("<1234.abcd@host.example>"), a header field ("Subject: …", "Content-Type: …",
 * "X-Mailer: …"), a MIME boundary or a charset line.
 */
const RELAYED_HEADER =
  /^(?:<[^<>\s]+@[^<>\s]+>|(?:From|To|Cc|Subject|Date|Sender|Reply-To|Message-ID|In-Reply-To|References|MIME-Version|Content-[\w-]+|X-[\w-]+|Precedence|Return-Path|Received):\s.*|-{2,}[\w=.-]+|charset=.*)$/i;

/** A list mark before a line's words: a bullet, a dash, or the "?" an export left for a bullet it lost. */
const LIST_MARK = /^(?:[?\u2022\u00b7*\u2013-]\s+)+/u;

/**
 * The opening words of a thread's first message, for a thread with no subject: a list of
 * "(no subject)" lines tells none of them apart. A first line that only greets ("John,",
 * "Hi all") is skipped.
 */
export function threadOpening(thread: MailThread, max = 60): string | undefined {
  if (thread.subject !== NO_SUBJECT) return undefined;
  for (const message of thread.messages) {
    const lines = message.text
      .split('\n')
      .map((line) => line.trim().replace(LIST_MARK, ''))
      .filter(Boolean);
    // "Hi all", "John", "Tom/Anna,": a greeting word, or up to four capitalised names.
    const greeting =
      /^(?:(?:[Hh]i|[Hh]ello|[Dd]ear|[Hh]ey)\b[^.!?]{0,30}|\p{Lu}[\p{L}.'-]*(?:\s*[&/,]?\s*\p{Lu}[\p{L}.'-]*){0,3}),?$/u;
    // A relayed message's own header block left at the top of the body is no opening.
    let first = 0;
    while (first < lines.length && RELAYED_HEADER.test(lines[first]!)) first++;
    const start = lines.length > first + 1 && greeting.test(lines[first]!) ? first + 1 : first;
    const text = lines.slice(start).join(' ').replace(/\s+/g, ' ').trim();
    if (text) return clipText(text, max);
  }
  return undefined;
}

/**
 * The name an address spells ("richard.c.glover@…" → "Richard C Glover") when the message writes
 * it out itself (a Notes "Forwarded by Richard C Glover/…" line, a sign-off), as written there.
 * A name is never made up from an address alone.
 */
export function nameFromAddressInText(
  address: string | undefined,
  message: Pick<Message, 'text' | 'quoted' | 'signature'>,
): string | undefined {
  const tokens = (address?.split('@')[0] ?? '').split(/[._-]+/).filter(Boolean);
  if (tokens.length < 2 || tokens.length > 4 || !tokens.every((token) => /^\p{L}+$/u.test(token)))
    return undefined;
  if ((tokens.at(-1)?.length ?? 0) < 2 || (tokens[0]?.length ?? 0) < 2) return undefined;
  const pattern = new RegExp(
    `(?<![\\p{L}@.])${tokens.map((token) => `${token}${token.length === 1 ? '\\.?' : ''}`).join('[ \\t.]+')}(?![\\p{L}@])`,
    'iu',
  );
  for (const text of [message.signature, message.text, message.quoted]) {
    const found = text ? pattern.exec(text)?.[0] : undefined;
    if (found && /^\p{Lu}/u.test(found)) return found.replace(/\s+/g, ' ');
  }
  return undefined;
}

/**
 * The first name a person goes by: from the display name ("Smith, Anna" → Anna; "Anna Smith" →
 * Anna), else from the name they sign with. Never an address's local part ("abrown"): without
 * a name, undefined.
 */
export function personalName(
  address: Address | undefined,
  message?: Pick<Message, 'text' | 'signature' | 'quoted'>,
): string | undefined {
  const name = address?.name?.replace(/^["']|["']$/g, '').trim();
  if (name && !name.includes('@')) return greetingName(name);
  if (!message) return undefined;
  return (signatureName(message) ?? nameFromAddressInText(address?.address, message))?.split(/\s+/)[0];
}

/** The first name to use for a person in text: their name, or "there" when none is known. */
export function firstName(address: Address | undefined): string {
  return personalName(address) ?? 'there';
}

/** A display name as it is written in a sentence: "Kitchen, Louise" → "Louise Kitchen"; an address or quotes only → undefined. */
export function readableName(display: string | undefined): string | undefined {
  const name = display
    ?.replace(/^["']+|["']+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!name || name.includes('@') || !/\p{L}/u.test(name)) return undefined;
  return personName(name);
}

/** The name other people write to an address with (their To: and Cc: display names), the most common first. */
export function addressedName(messages: readonly Message[], address: string): string | undefined {
  const wanted = address.toLowerCase();
  const counts = new Map<string, number>();
  for (const message of messages)
    for (const person of [...message.to, ...message.cc]) {
      const name = person.address.toLowerCase() === wanted ? readableName(person.name) : undefined;
      if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** The user's own name as their sent mail shows it: the display name they send with, else the name they sign with. */
export function ownName(messages: readonly Message[], address: string): string | undefined {
  const mine = messages.filter((message) => message.from?.address.toLowerCase() === address.toLowerCase());
  const mostCommon = (names: readonly (string | undefined)[]) => {
    const counts = new Map<string, number>();
    for (const name of names) if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  };
  // People sign the way they want to be called: the signature first, the display name after.
  return (
    mostCommon(mine.map((message) => signatureName(message))) ??
    mostCommon(
      mine.map((message) => {
        const display = message.from?.name?.trim();
        return display && !display.includes('@') ? personName(display) : undefined;
      }),
    )
  );
}

/** A line that is a person's name: one to three capitalized words ("Tom Berg", "-Raj", "Ines"). */
const NAME_LINE =
  /^\s*-?\s*((?:\p{Lu}[\p{L}'.-]*)(?:\s+\p{Lu}\.?(?:[\p{L}'-]*))?(?:\s+\p{Lu}[\p{L}'-]+)?)\s*$/u;
const SIGN_OFF_LINE =
  /^\s*(?:thanks?(?: you| again| a lot| so much| very much)?|many thanks|regards|best regards|kind regards|warm regards|best wishes|best|cheers|sincerely|yours(?: truly| sincerely)?|respectfully|all the best|with best regards)\s*[,.!]*\s*/i;
const NOT_A_NAME =
  /^(?:thanks|thank|regards|best|cheers|sincerely|hi|hello|dear|fyi|attachment|attached|enclosed|ok|okay|yes|no|please|team|all|your|yours)$/i;
/** How the writer relates to the reader, before their name: "Your Uncle Frank", "Your friend, Ann", "Love, Mom". */
const RELATION =
  /^\s*(?:(?:your|yours)(?:\s+(?:truly|sincerely|always|ever))?,?\s+(?:(?:loving|dear|old|good|favou?rite)\s+)?(?:friend|pal|buddy|uncle|aunt|auntie|cousin|brother|sister|son|daughter|dad|mom|mum|father|mother|grandma|grandpa|nephew|niece|colleague)?,?\s*|love,?\s+)(?=\p{Lu})/iu;

/**
 * The name a message is signed with: the signature block's first line, or the short name line
 * that closes the text ("Thanks A Lot\n\nTom Berg", "… With best regards, Ines Roth").
 */
export function signatureName(message: Pick<Message, 'text' | 'signature'>): string | undefined {
  const candidates: string[] = [];
  const signature = message.signature
    ?.split('\n')
    .map((line) => line.replace(SIGN_OFF_LINE, '').trim())
    .filter(Boolean);
  if (signature?.[0]) candidates.push(signature[0]);
  const lines = message.text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  // A sign-off before a disclaimer or attachment list: "Sincerely," then "Steve".
  const tail = lines.slice(-25);
  for (let i = tail.length - 2; i >= 0; i--) {
    const line = tail[i] ?? '';
    const thanks = /^thank/i.test(line) && line.length < 60;
    if (!SIGN_OFF_LINE.test(line) || (line.replace(SIGN_OFF_LINE, '').trim() && !thanks)) continue;
    candidates.push(tail[i + 1] ?? '');
    break;
  }
  for (const line of lines.slice(-3).reverse()) {
    candidates.push(line);
    const after = line.replace(
      /^.*?\b(?:thanks?(?: you| again| a lot)?|regards|sincerely|cheers)\s*[,.!]*\s*/i,
      '',
    );
    if (after !== line) candidates.push(after);
  }
  for (const candidate of candidates) {
    const name = NAME_LINE.exec(candidate.replace(RELATION, '').replace(/\s{2,}/g, ' '))?.[1];
    if (
      name &&
      // "Ann.Lee.vcf" is an attachment's file name.
      !/\.[a-z0-9]{2,4}$/i.test(name) &&
      name.length >= 2 &&
      name.length <= 30 &&
      !name.split(/\s+/).some((word) => NOT_A_NAME.test(word))
    )
      return name;
  }
  return undefined;
}

/**
 * The one name written after a closing in the message's own text or signature ("Regards,\n\nJean",
 * "Best regards, Nella", "Thanks,\nJoannie"), capitalised and of three letters or more; undefined
 * when there is no closing or more than a first name follows it. A bare name line with no closing
 * is left out: in a short note it is as often the greeting ("John") as the writer.
 */
export function closingName(message: Pick<Message, 'text' | 'signature'>): string | undefined {
  const lines = [...message.text.split('\n'), ...(message.signature ?? '').split('\n')]
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(-25);
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] ?? '';
    const closing = SIGN_OFF_LINE.exec(line);
    if (!closing) continue;
    const after = line
      .slice(closing[0].length)
      .replace(/^[-–]\s*/, '')
      .trim();
    const name = after || (i + 1 < lines.length ? lines[i + 1]! : '');
    const word = name.replace(/[.,!]+$/, '');
    if (/^\p{Lu}\p{Ll}{2,}$/u.test(word) && !NOT_A_NAME.test(word)) return word;
    return undefined;
  }
  return undefined;
}

/**
 * A line or sentence that is only the writer's first name, in any case, as a sign-off is typed
 * ("Ken", "- ken", "karen."): `first` is that name, lower case.
 */
export function isSignedName(line: string, first: string): boolean {
  return (
    line
      .trim()
      .replace(/^-+\s*/, '')
      .replace(/[.,!]+$/, '')
      .toLowerCase() === first
  );
}

/** Fewer words than this after a sign-off are a postscript, not pasted material. */
const PASTED_WORDS = 40;

/**
 * What the sender wrote themselves: the text up to their own sign-off ("Interesting.\n\nKen") when
 * a long piece follows it (an article or a note pasted below the signature), else the whole text.
 * What is pasted asks the reader nothing.
 */
export function wordsBeforeSignOff(message: Pick<Message, 'text' | 'from' | 'signature'>): string {
  const first = personalName(message.from, message)?.toLowerCase();
  if (!first) return message.text;
  const lines = message.text.split('\n');
  for (let i = 1; i < Math.min(lines.length, 20); i++) {
    if (!isSignedName(lines[i] ?? '', first)) continue;
    const rest = lines
      .slice(i + 1)
      .join(' ')
      .split(/\s+/)
      .filter(Boolean).length;
    return rest >= PASTED_WORDS ? lines.slice(0, i).join('\n') : message.text;
  }
  return message.text;
}

/** Groups messages into conversations, newest conversation first; a message saved twice is listed once. */
export function buildThreads(all: readonly SourcedMessage[]): MailThread[] {
  const messages = withoutSavedCopies(all);
  const groups = new Map<string, SourcedMessage[]>();
  rebuildThreads(messages).forEach((assignment, i) => {
    const group = groups.get(assignment.threadId) ?? [];
    group.push(messages[i]!);
    groups.set(assignment.threadId, group);
  });
  const threads = [...groups.entries()].map(([id, group]) => makeThread(id, group));
  return threads.sort((a, b) => (b.messages.at(-1)?.date ?? '').localeCompare(a.messages.at(-1)?.date ?? ''));
}

/** Finds a thread by id, or by a unique prefix of it. */
export function findThread(threads: readonly MailThread[], id: string): MailThread | undefined {
  const exact = threads.find((thread) => thread.id === id);
  if (exact) return exact;
  const matches = threads.filter((thread) => thread.id.startsWith(id));
  return matches.length === 1 ? matches[0] : undefined;
}
