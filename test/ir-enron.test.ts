import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bareSubject, buildCollection, MIN_WORDS, messageText } from '../bench/ir-enron.ts';

const enron = join(
  fileURLToPath(new URL('.', import.meta.url)),
  '..',
  '..',
  'shared',
  'corpus',
  'email',
  'enron',
);

describe('bareSubject', () => {
  it('drops reply and forward prefixes, however many and however written', () => {
    expect(bareSubject('RE: Fw:  re:Lantern repair schedule')).toBe('Lantern repair schedule');
    expect(bareSubject('FWD: Q3 plan')).toBe('Q3 plan');
  });
  it('keeps a subject that only starts with the letters of a prefix', () => {
    expect(bareSubject('Rent review')).toBe('Rent review');
  });
});

describe('messageText', () => {
  it('joins the text and the quoted part, without Subject lines or blank lines', () => {
    const text = messageText(
      'Thanks, see below.\n\n',
      'From: Ann Lee\nSubject: Lantern repair\n  the   lanterns are fixed',
    );
    expect(text).toBe('Thanks, see below.\nFrom: Ann Lee\nthe lanterns are fixed');
  });
});

describe.skipIf(!existsSync(enron))('the Enron long-document collection', () => {
  it('holds distinct long messages, queried by subject, with every carrier of a subject judged', async () => {
    const collection = await buildCollection(enron);
    expect(collection.docs).toHaveLength(938);
    expect(collection.queries).toHaveLength(606);
    const ids = new Set(collection.docs.map((doc) => doc.id));
    expect(ids.size).toBe(collection.docs.length);
    expect(new Set(collection.docs.map((doc) => doc.text)).size).toBe(collection.docs.length);
    for (const doc of collection.docs) {
      expect(doc.title).toBe('');
      expect(doc.text.split(/\s+/).length).toBeGreaterThanOrEqual(MIN_WORDS);
      expect(/^subject\s*:/im.test(doc.text)).toBe(false);
    }
    for (const judgment of collection.qrels) expect(ids.has(judgment.doc)).toBe(true);
    const judged = new Map<string, number>();
    for (const judgment of collection.qrels)
      judged.set(judgment.query, (judged.get(judgment.query) ?? 0) + 1);
    expect([...judged.values()].every((count) => count >= 1 && count <= 5)).toBe(true);
    expect(collection.queries.every((query) => !/^(re|fw|fwd)\s*:/i.test(query.text))).toBe(true);
  });
});
