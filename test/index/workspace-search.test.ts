/**
 * Search over the sample workspace (mail, calendar, contacts, transcript, chat, Word, Excel,
 * PowerPoint): filters read from natural language, and one identity per person across mail
 * headers, vCards, attendee lists and transcript speakers.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexPaths } from '../../src/index/index-paths.ts';
import { openIndex, type SearchIndex } from '../../src/index/open-index.ts';
import { listItems, listPeople, search } from '../../src/index/search.ts';
import { EXAMPLES } from '../helpers/paths.ts';

const now = new Date('2026-03-12T09:00:00Z');
const work = mkdtempSync(join(tmpdir(), 'officemate-workspace-'));
let index: SearchIndex;

beforeAll(async () => {
  index = await openIndex(join(work, 'index.db'));
  const summary = await indexPaths(index, [EXAMPLES], { owner: 'maya', now });
  expect(summary.errors).toEqual([]);
}, 120_000);

afterAll(async () => {
  await index.close();
  rmSync(work, { recursive: true, force: true });
});

describe('natural-language filters', () => {
  it('"emails from Tom last week about the travel budget"', async () => {
    const { results, parsed } = await search(index, {
      query: 'emails from Tom last week about the travel budget',
      now,
    });
    expect(parsed.filters).toMatchObject({
      types: ['email'],
      from: ['Tom'],
      since: '2026-03-02T00:00:00.000Z',
      until: '2026-03-09T00:00:00.000Z',
    });
    expect(results.length).toBeGreaterThan(0);
    for (const hit of results) {
      expect(hit.type).toBe('email');
      expect(hit.people.find((person) => person.role === 'from')?.address).toBe(
        'tom.becker@northwind.example',
      );
      expect(hit.date! >= '2026-03-02' && hit.date! < '2026-03-09').toBe(true);
    }
    expect(results[0]?.title).toMatch(/travel budget/i);
  });

  it('"meetings next week" lists calendar events in that week', async () => {
    const { results } = await search(index, { query: 'meetings next week', now, k: 50 });
    expect(results.length).toBeGreaterThan(0);
    for (const hit of results) {
      expect(hit.type).toBe('event');
      expect(hit.date! < '2026-03-23').toBe(true);
    }
  });

  it('operators and flags give the same results as words', async () => {
    const words = await search(index, { query: 'emails from Priya about the renewal quote', now });
    const operators = await search(index, {
      query: 'from:priya.shah@northwind.example type:email renewal quote',
      now,
    });
    expect(operators.results.map((hit) => hit.chunkId)).toEqual(words.results.map((hit) => hit.chunkId));
    expect(words.results[0]?.title).toMatch(/Stratus Cloud renewal quote/);
  });

  it('trims results to what a user may read', async () => {
    const asMaya = await search(index, { query: 'budget', filters: { asUser: 'maya' } });
    const asStranger = await search(index, { query: 'budget', filters: { asUser: 'mallory' } });
    expect(asMaya.results.length).toBeGreaterThan(0);
    expect(asStranger.results).toEqual([]);
  });
});

describe('people', () => {
  it('merges mail senders, vCards, attendees and transcript speakers into one person', async () => {
    const people = await listPeople(index);
    const maya = people.filter((person) => person.name === 'Maya Chen');
    expect(maya).toHaveLength(1);
    expect(maya[0]?.emails).toEqual(['maya.chen@northwind.example']);
    const sources = await search(index, { query: '', filters: { from: ['Maya Chen'] }, k: 500 });
    const types = new Set(sources.results.map((hit) => hit.type));
    expect(types.has('email')).toBe(true);
    expect(types.has('transcript')).toBe(true);
    const contacts = await listItems(index, { type: 'contact', person: 'maya.chen@northwind.example' });
    expect(contacts.map((hit) => hit.title)).toEqual(['Maya Chen']);
    expect(contacts[0]?.data).toMatchObject({ fullName: 'Maya Chen', organization: 'Northwind Labs' });
  });
});
