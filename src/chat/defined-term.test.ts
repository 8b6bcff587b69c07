import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../index/types.ts';
import { searchHit } from './__fixtures__/search-hit.ts';
import { CitationList } from './citations.ts';
import { definedTermAnswer, definedTermAsked } from './defined-term.ts';

const slide = (text: string, type: SearchHit['type'] = 'slide'): SearchHit =>
  searchHit({
    path: '/work/guide_marlow_college.pptx',
    uri: 'file:///work/guide_marlow_college.pptx#slide=4',
    title: 'guide_marlow_college.pptx › Les notions',
    text,
    type,
  });

const notions = slide(
  [
    'Les notions du cursus de Marlow',
    "L’unité de valeur : regroupe deux ou trois ateliers suivis au cours d'un trimestre.",
    'Les jetons',
    "Mesurent le travail d'un atelier dans une unité de valeur donnée.",
    'Toute unité de valeur validée donne droit à ses jetons.',
  ].join('\n'),
);

const ask = (question: string, hits: SearchHit[]) =>
  definedTermAnswer(question, hits, new CitationList())?.answer;

describe('definedTermAnswer', () => {
  it('reads the term asked, without its article and the words after it', () => {
    expect(definedTermAsked("Qu'est-ce qu'une unité de valeur dans le cursus de Marlow ?")).toBe(
      'unité de valeur',
    );
    expect(definedTermAsked('What is a credit note according to the Orvane handbook?')).toBe('credit note');
    expect(definedTermAsked('Was ist ein Zeitkonto?')).toBe('Zeitkonto');
    expect(definedTermAsked('What is the fee for the Orvane course?')).toBeUndefined();
  });

  it('answers with the line the term labels, not another sentence that names it', () => {
    expect(ask("Qu'est-ce qu'une unité de valeur dans le cursus de Marlow ?", [notions])).toBe(
      "L’unité de valeur : regroupe deux ou trois ateliers suivis au cours d'un trimestre. [1]",
    );
  });

  it('gives no answer when no line is labelled by the term', () => {
    expect(ask("Qu'est-ce qu'un atelier dans le cursus de Marlow ?", [notions])).toBeUndefined();
  });

  it('reads glossaries on slides and pages only', () => {
    expect(ask("Qu'est-ce qu'une unité de valeur ?", [slide(notions.text, 'email')])).toBeUndefined();
  });
});

describe('a term defined in quotes by a code or a contract', () => {
  const code = slide(
    [
      '7. No walkway is required for a porch unit. “Walkway” is defined as a path open to the sky that runs from the lane to one door of the porch unit.',
      '“Porch unit” means a room of no more than 300 square feet built onto the front of a cottage.',
    ].join('\n'),
    'document',
  );

  it('reads the term of a question that asks how a text defines it', () => {
    expect(definedTermAsked('How does the Fenwick cottage code define a walkway?')).toBe('walkway');
    expect(definedTermAsked('How is a porch unit defined in the Fenwick cottage code?')).toBe('porch unit');
    expect(definedTermAsked('What is the definition of a porch unit?')).toBe('porch unit');
  });

  it('answers with the sentence that defines the quoted term, not the one before it that names it', () => {
    expect(ask('How does the Fenwick cottage code define a walkway?', [code])).toBe(
      '“Walkway” is defined as a path open to the sky that runs from the lane to one door of the porch unit. [1]',
    );
    expect(ask('What is a porch unit?', [code])).toBe(
      '“Porch unit” means a room of no more than 300 square feet built onto the front of a cottage. [1]',
    );
  });

  it('gives no answer for a term no quoted sentence defines', () => {
    expect(ask('How does the Fenwick cottage code define a lane?', [code])).toBeUndefined();
  });
});

describe('a quoted term with its meaning in the next cell of a table', () => {
  const grid = searchHit({
    path: '/work/giessplan.xlsx',
    uri: 'file:///work/giessplan.xlsx#sheet=Plan',
    title: 'giessplan.xlsx › Plan',
    text: [
      'Gießplan Velm | | | V2',
      'Punkte | | Stufe | Umschreibung | | Brenlac | 4',
      '3 (6) | | oft | einmal täglich | | Orvanne | 2',
      '1 (2) | | mäßig | zweimal im Monat | | Tromsø | 1',
    ].join('\n'),
    type: 'sheet',
  });

  it('answers "was bedeutet „mäßig“" with the cell after the term', () => {
    const answer = definedTermAnswer(
      'Was bedeutet die Stufe „mäßig“ im Gießplan?',
      [grid],
      new CitationList(),
    );
    expect(answer?.answer).toBe('mäßig: zweimal im Monat. [1]');
  });

  it('finds nothing for a term no cell holds', () => {
    expect(
      definedTermAnswer('Was bedeutet die Stufe „nie“ im Gießplan?', [grid], new CitationList()),
    ).toBeUndefined();
  });
});
