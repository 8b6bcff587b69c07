/**
 * @module missed
 * "What did I miss since Monday?": what came in between a date and now, one line per
 * conversation or file, ranked by how much it is the asker's business. What the asker wrote
 * (their own sent mail, a mailbox's synchronisation log mailed to itself) was not missed and is
 * left out. Then, most important first: mail to the asker among few people; mail to the asker
 * or naming them; mail among few people; other mail and chat; other files; newsletters and
 * automated notices (a person did not write them to the asker) last. Ties go to the newest.
 */
import { matchesFilters, resolveFilters } from '../index/filters.ts';
import type { SearchIndex } from '../index/open-index.ts';
import { resolvePerson } from '../index/people.ts';
import type { Chunk, ChunkType, Person, SearchHit } from '../index/types.ts';
import { bulkMail } from '../skills/mail/bulk-mail.ts';
import type { CitationList } from './citations.ts';
import { isBulk, passageUnits } from './passage-text.ts';
import { senderName } from './sender-name.ts';

const startOfDay = (date: Date) =>
  new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));

const MISSED_TYPES: readonly ChunkType[] = ['email', 'chat', 'transcript', 'document'];

/** Mail to at most this many people is written to them, not broadcast. */
const FEW_RECIPIENTS = 3;

/** The lines an answer lists. */
const LINES = 8;

type Address = { readonly name?: string; readonly address?: string };

/** Items written in [since, until) that the user may read, read by date from the store. */
async function datedItems(
  index: SearchIndex,
  since: string,
  until: string,
  asUser: string | undefined,
): Promise<SearchHit[]> {
  const access = resolveFilters(asUser !== undefined ? { asUser } : {}, []);
  const chunks = await index.store.queryChunks({ types: MISSED_TYPES, since, until, limit: 400, offset: 0 });
  // A message quoted under a reply came in with the reply: the reply is the item, its quote no other.
  return chunks
    .filter((chunk) => matchesFilters(chunk, access) && chunk.locator.quote === undefined)
    .map((chunk) => ({ ...chunk, chunkId: chunk.id, score: 0, snippet: chunk.text.slice(0, 200) }));
}

/** True when a mail passage reads as a newsletter or an automated notice. */
export function isBulkItem(item: SearchHit): boolean {
  if (item.type !== 'email') return false;
  if (isBulk(item.text)) return true;
  const data = (item.data ?? {}) as { from?: Address; subject?: string };
  return (
    bulkMail({
      type: 'message',
      messageId: '',
      subject: data.subject ?? item.title,
      ...(data.from?.address ? { from: { address: data.from.address, name: data.from.name ?? '' } } : {}),
      to: [],
      cc: [],
      bcc: [],
      references: [],
      text: item.text,
      attachments: [],
      headers: {},
      locator: item.locator,
    } as Parameters<typeof bulkMail>[0]) !== undefined
  );
}

/** How the asker relates to an item: whether they wrote it, are among its recipients, or are named in it. */
export type Reader = {
  readonly wrote: (item: SearchHit) => boolean;
  readonly addressed: (item: SearchHit) => boolean;
  readonly named: (item: SearchHit) => boolean;
};

const NOBODY: Reader = { wrote: () => false, addressed: () => false, named: () => false };

/** The asking user as a person the index knows (by address or name), or nobody. */
export function readerOf(people: readonly Person[], asUser: string | undefined): Reader {
  if (asUser === undefined) return NOBODY;
  const me = resolvePerson(people, asUser);
  if (me.length === 0) return NOBODY;
  const toMe = resolveFilters({ to: [asUser] }, people);
  const fromMe = resolveFilters({ from: [asUser] }, people);
  const without = (item: SearchHit, keep: (role: string) => boolean) =>
    ({ ...item, people: item.people.filter((ref) => keep(ref.role)) }) as unknown as Chunk;
  // The asker's first name or surname as written in text ("Maya," at the head of a mail).
  const names = new Set(
    me.flatMap((person) =>
      person.name
        .split(/\s+/)
        .filter((word) => word.length > 2)
        .map((word) => word.toLowerCase()),
    ),
  );
  return {
    wrote: (item) =>
      item.people.some((ref) => ref.role === 'from') &&
      matchesFilters(
        without(item, (role) => role === 'from'),
        fromMe,
      ),
    addressed: (item) =>
      matchesFilters(
        without(item, (role) => role !== 'from'),
        toMe,
      ),
    named: (item) =>
      (
        item.text
          .slice(0, 400)
          .toLowerCase()
          .match(/\p{L}+/gu) ?? []
      ).some((word) => names.has(word)),
  };
}

/** The importance of an item to its reader: higher first. */
export function importance(item: SearchHit, reader: Reader): number {
  if (isBulkItem(item)) return 0;
  if (item.type !== 'email') return item.type === 'chat' ? 2 : 1;
  const recipients = item.people.filter((ref) => ref.role === 'to' || ref.role === 'cc').length;
  const few = recipients > 0 && recipients <= FEW_RECIPIENTS;
  const addressed = reader.addressed(item);
  if (addressed && few) return 5;
  if (addressed || reader.named(item)) return 4;
  return few ? 3 : 2;
}

/** One item as a line of a list: its title, who wrote it and when, its first sentence, cited. */
export function itemLine(item: SearchHit, citations: CitationList): string {
  const sentence =
    passageUnits(item).find((unit) => unit.role === 'body' && unit.text.length >= 20)?.text ??
    item.text.replace(/\s+/g, ' ').slice(0, 200);
  const n = citations.cite(item, sentence);
  const from = senderName(item);
  return `${item.title} (${from ? `from ${from}, ` : ''}${(item.date ?? '').slice(0, 10)}): ${sentence} [${n}]`;
}

/** What came in between `since` and `now`, most important first, each line citing its item. */
export async function answerMissed(
  index: SearchIndex,
  since: Date,
  sinceText: string,
  options: { readonly now: Date; readonly asUser?: string },
  citations: CitationList,
): Promise<{ answer: string; found: boolean }> {
  // A window that opens at the moment asked ("today" read as now) is the day so far.
  const opens = since.getTime() < options.now.getTime() ? since : startOfDay(options.now);
  const sinceIso = opens.toISOString();
  const untilIso = options.now.toISOString();
  const reader = readerOf(await index.store.people(), options.asUser);
  const dated = (await datedItems(index, sinceIso, untilIso, options.asUser))
    .filter((item) => item.date && item.date >= sinceIso && item.date <= untilIso)
    .filter((item) => !reader.wrote(item))
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  // One line per conversation or file: its latest item; the most important first, then newest.
  const seen = new Map<string, SearchHit>();
  for (const item of dated) seen.set(item.threadId ?? item.path, item);
  const ranked = [...seen.values()].map((item) => ({ item, weight: importance(item, reader) }));
  const picked = ranked
    .sort((a, b) => b.weight - a.weight || (b.item.date ?? '').localeCompare(a.item.date ?? ''))
    .slice(0, LINES)
    .map(({ item }) => item);
  if (picked.length === 0)
    return { answer: `Nothing new in your indexed work since ${sinceText}.`, found: true };
  const lines = picked.map((item) => itemLine(item, citations));
  return {
    answer: `Since ${sinceText} (${sinceIso.slice(0, 10)}): ${lines.join(' ')}`,
    found: true,
  };
}
