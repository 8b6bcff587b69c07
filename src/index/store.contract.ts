/**
 * @module store.contract
 * The behaviour every Store must have, as one vitest suite run against SQLite and PostgreSQL
 * (sqlite-store.test.ts, postgres-store.test.ts). Both must also rank identically.
 */
import { expect, it } from 'vitest';
import { seededRandom } from '../lib/random.ts';
import { fileWrite, writeChunks } from './index-paths.ts';
import { openIndex, type SearchIndex } from './open-index.ts';
import { DEFAULT_RANK_PARAMS } from './rank.ts';
import { search } from './search.ts';
import type { ChunkDraft, FileRecord, PersonRef } from './types.ts';

export const CONTRACT_FILES: Record<string, ChunkDraft[]> = {
  '/work/a.md': [
    {
      type: 'document',
      title: 'Budget 2026',
      text: 'The marketing budget for 2026 grows by ten percent.',
      locator: { paragraph: 1 },
      people: [{ name: 'Ann Smith', role: 'author' }],
      date: '2026-01-10T00:00:00Z',
    },
    {
      type: 'document',
      title: 'Budget 2026 › Hiring',
      text: 'Two engineers join in April; the hiring budget covers them.',
      locator: { paragraph: 4 },
      people: [],
      date: '2026-01-10T00:00:00Z',
    },
  ],
  '/work/inbox.mbox': [
    {
      type: 'email',
      title: 'Re: budget review',
      text: 'Can we move the budget review to Friday?',
      locator: { messageId: 'm1@example.com' },
      people: [
        { name: 'A. Smith', address: 'asmith@example.com', role: 'from' },
        { name: 'Bob Lee', address: 'bob@example.com', role: 'to' },
      ],
      date: '2026-03-05T10:00:00Z',
      threadId: 't-1',
      data: { messageId: 'm1@example.com' },
    },
    {
      type: 'email',
      title: 'Lunch',
      text: 'Pizza on Thursday for the whole team.',
      locator: { messageId: 'm2@example.com' },
      people: [{ name: 'Bob Lee', address: 'bob@example.com', role: 'from' }],
      date: '2026-03-04T12:00:00Z',
      threadId: 't-2',
    },
  ],
  '/work/cal.ics': [
    {
      type: 'event',
      title: 'Budget review',
      text: 'Budget review with finance',
      locator: { eventUid: 'e1' },
      people: [{ name: 'Ann Smith', address: 'asmith@example.com', role: 'organizer' }],
      date: '2026-03-06T09:00:00Z',
      endDate: '2026-03-06T10:00:00Z',
      data: { uid: 'e1', summary: 'Budget review' },
    },
  ],
};

const fileRecord = (path: string, hash = 'h1'): Omit<FileRecord, 'chunks' | 'items'> => ({
  path,
  hash,
  size: 10,
  mtimeMs: 1,
  owner: 'ann',
  readers: path.endsWith('.mbox') ? ['ann'] : ['ann', 'bob'],
  indexedAt: '2026-03-12T09:00:00.000Z',
});

/** A mailbox of one reply and one message quoted under it (quoted-chunks.ts), for the statistics' tests. */
export const quotedMailbox = {
  file: fileRecord('/work/quoted.mbox'),
  chunks: [
    {
      type: 'email',
      title: 'Re: offsite',
      text: 'Booked, see below.',
      locator: { messageId: 'q1@example.com' },
      people: [{ name: 'Bo Lind', address: 'bo@example.com', role: 'from' }],
    },
    {
      type: 'email',
      title: 'Re: offsite',
      text: 'Please book the lake hotel for the offsite in June.',
      locator: { messageId: 'q1@example.com', quote: 1 },
      people: [],
      data: { quote: { n: 1, author: 'Cy Moss', in: { from: 'Bo Lind' } } },
    },
  ] satisfies ChunkDraft[],
};

export async function fillContractIndex(index: SearchIndex): Promise<void> {
  for (const [path, drafts] of Object.entries(CONTRACT_FILES))
    await writeChunks(index.store, fileRecord(path), drafts);
}

/** Registers the contract tests; `open` gives a fresh, empty index each time. */
export function storeContract(open: () => Promise<SearchIndex>): void {
  writerContract(open);
  it('writes files and reads them back', async () => {
    const index = await open();
    try {
      await fillContractIndex(index);
      const files = await index.store.listFiles();
      expect(files.map((file) => file.path)).toEqual(['/work/a.md', '/work/cal.ics', '/work/inbox.mbox']);
      expect(files.find((file) => file.path === '/work/a.md')?.chunks).toBe(2);
      // Items as a user counts them: a document is one, a mailbox its messages, one event one.
      expect(files.map((file) => file.items)).toEqual([1, 1, 2]);
      const stats = await index.store.stats();
      expect(stats.chunks).toBe(5);
      // Each file as one document: bodies summed, its longest title and people field once.
      expect(stats.files).toBe(3);
      expect(stats.fileBodyLength).toBe(stats.bodyLength);
      expect(stats.fileTitleLength).toBeLessThan(stats.titleLength);
      expect(stats.fileTitleLength).toBeGreaterThan(0);
      expect((await index.store.integrityCheck()).ok).toBe(true);
      const { results } = await search(index, { query: 'budget', k: 10, understand: false });
      expect(results.length).toBe(4);
      const event = results.find((hit) => hit.type === 'event');
      expect(event?.data).toEqual({ uid: 'e1', summary: 'Budget review' });
      expect(event?.uri).toBe('file:///work/cal.ics#uid=e1');
    } finally {
      await index.close();
    }
  });

  it('replaces a file atomically and keeps statistics exact', async () => {
    const index = await open();
    try {
      await fillContractIndex(index);
      await writeChunks(index.store, fileRecord('/work/a.md', 'h2'), [
        {
          type: 'document',
          title: 'Budget 2027',
          text: 'Flat budget next year.',
          locator: { paragraph: 1 },
          people: [],
        },
      ]);
      expect((await index.store.getFile('/work/a.md'))?.hash).toBe('h2');
      expect((await index.store.stats()).chunks).toBe(4);
      const { results } = await search(index, {
        query: 'engineers hiring',
        k: 10,
        understand: false,
        feedback: false,
      });
      expect(results).toEqual([]);
      await index.store.removeFile('/work/inbox.mbox');
      expect((await index.store.stats()).chunks).toBe(2);
      expect(await index.store.getFile('/work/inbox.mbox')).toBeUndefined();
      const report = await index.store.integrityCheck();
      expect(report.problems).toEqual([]);
    } finally {
      await index.close();
    }
  });

  it('filters by type, person, dates and readers', async () => {
    const index = await open();
    try {
      await fillContractIndex(index);
      const now = new Date('2026-03-12T09:00:00Z');
      const fromAnn = await search(index, { query: 'budget from:"Ann Smith"', now });
      expect(fromAnn.results.map((hit) => hit.title).sort()).toEqual([
        'Budget 2026',
        'Budget review',
        'Re: budget review',
      ]);
      const emails = await search(index, { query: 'emails from asmith last week', now });
      expect(emails.parsed.filters.types).toEqual(['email']);
      expect(emails.results.map((hit) => hit.title)).toEqual(['Re: budget review']);
      const asBob = await search(index, { query: 'budget', filters: { asUser: 'bob' } });
      expect(asBob.results.every((hit) => hit.path !== '/work/inbox.mbox')).toBe(true);
      const events = await search(index, {
        query: '',
        filters: { types: ['event'], since: '2026-03-06T00:00:00Z', until: '2026-03-07T00:00:00Z' },
      });
      expect(events.results.map((hit) => hit.title)).toEqual(['Budget review']);
    } finally {
      await index.close();
    }
  });

  it('reads postings, frequencies and statistics of what one reader may read only', async () => {
    const index = await open();
    const own = await open();
    try {
      await fillContractIndex(index);
      await writeChunks(index.store, { ...fileRecord('/work/shared.md'), readers: ['*'] }, [
        { type: 'document', title: 'Notice', text: 'Budget freeze for everyone.', locator: {}, people: [] },
      ]);
      // Bob reads a.md, cal.ics (shared with him) and shared.md (everyone), not ann's mailbox.
      expect((await index.store.stats()).chunks).toBe(6);
      expect((await index.store.stats('ann')).chunks).toBe(6);
      expect((await index.store.stats('bob')).chunks).toBe(4);
      expect((await index.store.stats('carol')).chunks).toBe(1);
      expect((await index.store.stats('bob')).files).toBe(3);
      expect((await index.store.stats('carol')).files).toBe(1);
      expect((await index.store.stats('nobody-at-all')).bodyLength).toBeGreaterThan(0);
      const bobRows = (await index.store.postings(['budget', 'pizza'], 'bob')).get('budget') ?? [];
      expect(bobRows).toHaveLength(3);
      expect(await index.store.postings(['pizza'], 'bob')).toEqual(new Map());
      expect((await index.store.postings(['pizza'], 'ann')).get('pizza')).toHaveLength(1);
      expect((await index.store.documentFrequencies(['budget', 'pizza'], 'bob')).get('budget')).toBe(4);
      expect((await index.store.documentFrequencies(['budget'], 'ann')).get('budget')).toBe(5);
      expect((await index.store.documentFrequencies(['pizza'], 'bob')).has('pizza')).toBe(false);
      // Bob's ranking is the ranking of an index holding only what he may read.
      for (const path of ['/work/a.md', '/work/cal.ics'])
        await writeChunks(own.store, fileRecord(path), CONTRACT_FILES[path]!);
      await writeChunks(own.store, { ...fileRecord('/work/shared.md'), readers: ['*'] }, [
        { type: 'document', title: 'Notice', text: 'Budget freeze for everyone.', locator: {}, people: [] },
      ]);
      for (const query of ['budget', 'budget review friday', 'hiring budget freeze']) {
        let cost = 0;
        const asBob = await search(index, {
          query,
          understand: false,
          filters: { asUser: 'bob' },
          onCost: ({ scored }) => {
            cost = scored;
          },
        });
        let ownCost = 0;
        const alone = await search(own, {
          query,
          understand: false,
          onCost: ({ scored }) => {
            ownCost = scored;
          },
        });
        expect(asBob.results.map((hit) => [hit.title, hit.score])).toEqual(
          alone.results.map((hit) => [hit.title, hit.score]),
        );
        expect(cost).toBe(ownCost);
      }
    } finally {
      await index.close();
      await own.close();
    }
  });

  it("adds a share of each file's own score to its chunks", async () => {
    const index = await open();
    try {
      // The same passage in two files: one about glaciers throughout, one that names them once.
      const passage = 'The glacier carved the valley floor.';
      const draft = (title: string, text: string, paragraph: number): ChunkDraft => ({
        type: 'document',
        title,
        text,
        locator: { paragraph },
        people: [],
      });
      await writeChunks(index.store, fileRecord('/work/trip.md'), [
        draft('Trip', passage, 1),
        draft('Trip', 'We ate lunch by the lake and took the train home.', 2),
      ]);
      await writeChunks(index.store, fileRecord('/work/ice.md'), [
        draft('Ice', passage, 1),
        draft('Ice', 'Each glacier moves a little every winter; glacier ice is old.', 2),
      ]);
      const stats = await index.store.stats();
      expect(stats.files).toBe(2);
      const rank = async (documentWeight: number) =>
        (
          await search(
            index,
            { query: 'glacier valley', understand: false, feedback: false },
            { ...DEFAULT_RANK_PARAMS, documentWeight },
          )
        ).results.map((hit) => [hit.path, hit.text, hit.score] as const);
      const alone = await rank(0);
      const withFiles = await rank(1);
      const passageScore = (list: typeof alone, path: string) =>
        list.find((hit) => hit[0] === path && hit[1] === passage)?.[2];
      expect(passageScore(alone, '/work/ice.md')).toBe(passageScore(alone, '/work/trip.md'));
      expect(passageScore(withFiles, '/work/ice.md')!).toBeGreaterThan(
        passageScore(withFiles, '/work/trip.md')!,
      );
      expect(passageScore(withFiles, '/work/trip.md')!).toBeGreaterThan(
        passageScore(alone, '/work/trip.md')!,
      );
      expect((await index.store.integrityCheck()).problems).toEqual([]);
    } finally {
      await index.close();
    }
  });

  it('leaves quoted messages out of every ranking statistic: new text scores as in an index without them', async () => {
    const plain = await open();
    const quoted = await open();
    try {
      const mail = (messageId: string, text: string, quote?: number): ChunkDraft => ({
        type: 'email',
        title: 'Re: budget review',
        text,
        locator: quote === undefined ? { messageId } : { messageId, quote },
        people: quote === undefined ? [{ name: 'Bo Lind', address: 'bo@example.com', role: 'from' }] : [],
        date: '2026-03-05T10:00:00Z',
        ...(quote === undefined
          ? {}
          : { data: { quote: { n: quote, author: 'Cy Moss', in: { from: 'Bo Lind' } } } }),
      });
      // A mailbox of two replies (a file of items) and one of a single reply (a file as one document).
      const files: Record<string, [ChunkDraft[], ChunkDraft[]]> = {
        '/work/sent.mbox': [
          [
            mail('r1@example.com', 'Friday suits me; the budget review moves.'),
            mail('r2@example.com', 'Thanks.'),
          ],
          [
            mail(
              'r1@example.com',
              'The budget review needs the hiring budget and the travel budget by Friday.',
              1,
            ),
            mail('r1@example.com', 'Travel budget: the team flies to Oslo in May, budget review after.', 2),
          ],
        ],
        '/work/one.mbox': [
          [mail('s1@example.com', 'See the travel plan below.')],
          [
            mail(
              's1@example.com',
              'The travel plan for the budget review: train on Friday, hotel booked.',
              1,
            ),
          ],
        ],
      };
      await fillContractIndex(plain);
      await fillContractIndex(quoted);
      for (const [path, [own, quotes]] of Object.entries(files)) {
        await writeChunks(plain.store, fileRecord(path), own);
        await writeChunks(quoted.store, fileRecord(path), [...own, ...quotes]);
      }
      expect(await quoted.store.stats()).toEqual(await plain.store.stats());
      expect((await quoted.store.integrityCheck()).problems).toEqual([]);
      const ranking = async (index: SearchIndex, query: string, filters = {}, feedback = true) =>
        (await search(index, { query, k: 20, understand: false, feedback, filters })).results.map(
          (hit) => [hit.uri, hit.score] as const,
        );
      for (const query of ['budget review', 'travel budget friday', 'hiring', 'train hotel']) {
        expect(await ranking(quoted, query)).toEqual(await ranking(plain, query));
        // Taken with quoted history, the quoted messages come after new text, which scores as before.
        const both = await ranking(quoted, query, { quoted: 'also' }, false);
        const own = await ranking(plain, query, {}, false);
        expect(both.slice(0, own.length)).toEqual(own);
      }
      const withQuotes = await ranking(quoted, 'travel budget', { quoted: 'also' }, false);
      expect(withQuotes.filter(([uri]) => uri.includes('quote=')).length).toBe(3);
    } finally {
      await plain.close();
      await quoted.close();
    }
  });

  it('merges people across sources', async () => {
    const index = await open();
    try {
      await fillContractIndex(index);
      const people = await index.store.people();
      const ann = people.find((person) => person.emails.includes('asmith@example.com'));
      expect(ann?.name).toBe('Ann Smith');
      expect(ann?.aliases).toContain('A. Smith');
      expect(people.filter((person) => person.name.includes('Smith'))).toHaveLength(1);
    } finally {
      await index.close();
    }
  });

  it('fetches chunks by id and lists by date, newest first', async () => {
    const index = await open();
    try {
      await fillContractIndex(index);
      const listed = await index.store.queryChunks({ types: ['email'], limit: 10, offset: 0 });
      expect(listed.map((chunk) => chunk.title)).toEqual(['Re: budget review', 'Lunch']);
      const byId = await index.store.getChunks([listed[1]!.id, listed[0]!.id, 999_999]);
      expect(byId.map((chunk) => chunk.title)).toEqual(['Lunch', 'Re: budget review']);
      expect(byId[1]?.people[0]).toEqual({ name: 'A. Smith', address: 'asmith@example.com', role: 'from' });
    } finally {
      await index.close();
    }
  });
}

/** People written the ways real sources write them, two Smiths an initial form cannot tell apart included. */
const PEOPLE_POOL: PersonRef[] = [
  { name: 'Ann Smith', address: 'asmith@example.com', role: 'from' },
  { name: 'A. Smith', role: 'to' },
  { name: 'asmith', role: 'speaker' },
  { name: 'Adam Smith', address: 'adam@example.com', role: 'cc' },
  { name: 'Smith, Ann', role: 'attendee' },
  { name: 'Bob Lee', address: 'bob@example.com', role: 'from' },
  { name: 'B. Lee', role: 'to' },
  { address: 'carol@example.com', role: 'to' },
  { name: 'Carol Diaz', address: 'carol@example.com', role: 'organizer' },
  { name: 'Dan Wu', role: 'speaker' },
];

function mentionDraft(title: string, people: PersonRef[]): ChunkDraft {
  return { type: 'document', title, text: `${title} notes`, locator: { paragraph: 1 }, people };
}

/** Registers the tests of concurrent writers, the people table kept per file, and sharing in place. */
function writerContract(open: () => Promise<SearchIndex>): void {
  it('keeps the people table exact through every write, replace and removal', async () => {
    const index = await open();
    const random = seededRandom(15);
    const pick = () => PEOPLE_POOL.filter(() => random() < 0.3);
    try {
      for (let step = 0; step < 40; step++) {
        const path = `/work/p${Math.floor(random() * 6)}.md`;
        if (random() < 0.25) await index.store.removeFile(path);
        else
          await writeChunks(index.store, fileRecord(path, `h${step}`), [
            mentionDraft(`Step ${step}`, pick()),
            mentionDraft(`Step ${step} more`, pick()),
          ]);
        const report = await index.store.integrityCheck();
        expect(report.problems, `after step ${step}`).toEqual([]);
      }
      for (const file of await index.store.listFiles()) await index.store.removeFile(file.path);
      expect(await index.store.people()).toEqual([]);
      expect(await index.store.mentions()).toEqual([]);
    } finally {
      await index.close();
    }
  });

  it('writes several files in one transaction, as writing them one by one does, or none of them', async () => {
    const batched = await open();
    const single = await open();
    // Person ids depend on the order of merges; who is merged with whom must not.
    const people = async (index: SearchIndex) =>
      (await index.store.people()).map(({ id, ...person }) => person);
    try {
      await fillContractIndex(single);
      const writes = Object.entries(CONTRACT_FILES).map(([path, drafts]) =>
        fileWrite(fileRecord(path), drafts),
      );
      const ids = await batched.store.writeFiles(writes);
      expect(ids.map((list) => list.length)).toEqual(writes.map((write) => write.chunks.length));
      expect(await batched.store.stats()).toEqual(await single.store.stats());
      expect(await people(batched)).toEqual(await people(single));
      expect(await contractRanking(batched)).toEqual(await contractRanking(single));
      expect((await batched.store.integrityCheck()).problems).toEqual([]);
      // A batch that fails part-way leaves every file as it was.
      const stats = await batched.store.stats();
      const replaced = fileWrite(fileRecord('/work/a.md', 'h2'), [
        mentionDraft('Replaced', [PEOPLE_POOL[0]!]),
      ]);
      const broken = {
        ...fileWrite(fileRecord('/work/b.md'), [mentionDraft('Broken', [])]),
        postings: () => {
          throw new Error('invented failure');
        },
      };
      await expect(batched.store.writeFiles([replaced, broken])).rejects.toThrow('invented failure');
      expect((await batched.store.getFile('/work/a.md'))?.hash).toBe('h1');
      expect(await batched.store.getFile('/work/b.md')).toBeUndefined();
      expect(await batched.store.stats()).toEqual(stats);
      expect(await people(batched)).toEqual(await people(single));
      expect((await batched.store.integrityCheck()).problems).toEqual([]);
    } finally {
      await batched.close();
      await single.close();
    }
  });

  it('takes concurrent writers on several connections without losing or doubling anyone', async () => {
    const first = await open();
    const connections = [first, ...(await Promise.all([1, 2, 3].map(() => openIndex(first.location))))];
    try {
      const write = (n: number) =>
        writeChunks(connections[n % connections.length]!.store, fileRecord(`/work/c${n}.md`, `h${n}`), [
          mentionDraft(`Upload ${n}`, [
            PEOPLE_POOL[5]!,
            PEOPLE_POOL[n % 5]!,
            { name: `Person ${n}`, address: `p${n}@example.com`, role: 'author' },
          ]),
        ]);
      await Promise.all(Array.from({ length: 16 }, (_, n) => write(n)));
      expect((await first.store.listFiles()).length).toBe(16);
      expect((await first.store.integrityCheck()).problems).toEqual([]);
      const people = await first.store.people();
      expect(people.find((person) => person.emails.includes('bob@example.com'))?.mentions).toBe(16);
      expect(people.filter((person) => person.name.startsWith('Person '))).toHaveLength(16);
      await Promise.all([
        ...Array.from({ length: 8 }, (_, n) => connections[n % 4]!.store.removeFile(`/work/c${n}.md`)),
        ...Array.from({ length: 8 }, (_, n) => write(n + 8)),
      ]);
      expect((await first.store.integrityCheck()).problems).toEqual([]);
      expect((await first.store.people()).find((person) => person.name === 'Bob Lee')?.mentions).toBe(8);
    } finally {
      for (const connection of connections) await connection.close();
    }
  });

  it('changes who may read a file in place, keeping its chunks', async () => {
    const index = await open();
    try {
      await fillContractIndex(index);
      const before = await index.store.queryChunks({ types: ['email'], limit: 10, offset: 0 });
      const asBob = async () =>
        (await search(index, { query: 'pizza', understand: false, filters: { asUser: 'bob' } })).results;
      expect(await asBob()).toEqual([]);
      expect(await index.store.setReaders('/work/inbox.mbox', ['ann', 'bob'])).toBe(true);
      expect((await index.store.getFile('/work/inbox.mbox'))?.readers).toEqual(['ann', 'bob']);
      const after = await index.store.queryChunks({ types: ['email'], limit: 10, offset: 0 });
      expect(after.map((chunk) => chunk.id)).toEqual(before.map((chunk) => chunk.id));
      expect(after.every((chunk) => chunk.readers.includes('bob'))).toBe(true);
      expect((await asBob()).map((hit) => hit.title)).toEqual(['Lunch']);
      expect(await index.store.setReaders('/work/inbox.mbox', ['ann'])).toBe(true);
      expect(await asBob()).toEqual([]);
      expect(await index.store.setReaders('/work/missing.md', ['ann'])).toBe(false);
      expect((await index.store.integrityCheck()).problems).toEqual([]);
    } finally {
      await index.close();
    }
  });
}

/** Scores of a fixed set of queries, for comparing stores. */
export async function contractRanking(index: SearchIndex): Promise<[string, number][][]> {
  const out: [string, number][][] = [];
  for (const query of ['budget', 'budget review friday', 'hiring engineers', 'pizza team']) {
    const { results } = await search(index, { query, k: 10, understand: false });
    out.push(results.map((hit) => [hit.title, hit.score]));
  }
  return out;
}
