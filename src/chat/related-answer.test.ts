import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexPaths } from '../index/index-paths.ts';
import { openIndex, type SearchIndex } from '../index/open-index.ts';
import { askQuestion } from './ask-question.ts';
import { relationAsked } from './related-answer.ts';

describe('relationAsked', () => {
  it('reads the person and the relation of the usual shapes', () => {
    expect(relationAsked("Who is Odile Varga's assistant?")).toEqual({
      person: 'Odile Varga',
      relation: 'assistant',
    });
    expect(relationAsked("What's the name of Tomas's wife?")).toEqual({
      person: 'Tomas',
      relation: 'spouse',
    });
    expect(relationAsked("What is Odile Varga's manager's name?")).toEqual({
      person: 'Odile Varga',
      relation: 'manager',
    });
    expect(relationAsked('Who is the boss of jojo?')).toEqual({ person: 'jojo', relation: 'manager' });
  });

  it('reads a relation asked by the act it names', () => {
    expect(relationAsked('Who referred Marit Solberg?')).toEqual({
      person: 'Marit Solberg',
      relation: 'referred by',
    });
    expect(relationAsked('Who was Marit referred by?')).toEqual({ person: 'Marit', relation: 'referred by' });
    expect(relationAsked('Who manages Lasse Dahl?')).toEqual({ person: 'Lasse Dahl', relation: 'manager' });
    expect(relationAsked('Who does Lasse Dahl report to?')).toEqual({
      person: 'Lasse Dahl',
      relation: 'manager',
    });
  });

  it('reads no relation from an act done to a thing', () => {
    expect(relationAsked('Who manages the budget?')).toBeUndefined();
    expect(relationAsked('Who referred the Kestrel account to legal?')).toBeUndefined();
  });

  it('leaves other questions alone', () => {
    expect(relationAsked("Who is the project's sponsor?")).toBeUndefined();
    expect(relationAsked("What is Odile Varga's phone number?")).toBeUndefined();
    expect(relationAsked("Who sent Odile's draft?")).toBeUndefined();
  });
});

describe('ask: a person named by relation on a contact card', () => {
  let index: SearchIndex;
  beforeAll(async () => {
    const folder = mkdtempSync(join(tmpdir(), 'ask-related-'));
    const work = join(folder, 'work');
    mkdirSync(work);
    writeFileSync(
      join(work, 'cards.vcf'),
      [
        'BEGIN:VCARD',
        'VERSION:3.0',
        'FN:Odile Varga',
        'N:Varga;Odile;;;',
        'NICKNAME:Odi',
        'EMAIL:odile.varga@example.com',
        'X-EVOLUTION-MANAGER:Piet Hollander',
        'X-EVOLUTION-SPOUSE:Jonas Varga',
        'END:VCARD',
        'BEGIN:VCARD',
        'VERSION:3.0',
        'FN:Ines Falk',
        'EMAIL:ines.falk@example.com',
        'END:VCARD',
        '',
      ].join('\r\n'),
    );
    index = await openIndex(join(folder, 'index.db'));
    await indexPaths(index, [work], { owner: 'maya' });
  }, 60_000);
  afterAll(async () => {
    await index?.close();
  });

  const ask = (question: string) =>
    askQuestion(index, question, { now: new Date('2026-03-12T09:00:00Z'), asUser: 'maya' });

  it('answers from the card, by full name or nickname', async () => {
    const manager = await ask("Who is Odile Varga's manager?");
    expect(manager.found).toBe(true);
    expect(manager.answer).toContain('Piet Hollander');
    expect(manager.citations[0]?.path.endsWith('cards.vcf')).toBe(true);
    const spouse = await ask("What's the name of Odi's husband?");
    expect(spouse.answer).toContain('Jonas Varga');
  });

  it('says the card names no one by that relation', async () => {
    const result = await ask("Who is Ines Falk's assistant?");
    expect(result.found).toBe(false);
    expect(result.answer).toBe("Ines Falk's contact card names no assistant.");
  });
});
