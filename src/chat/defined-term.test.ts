import { describe, expect, it } from 'vitest';
import { searchHit } from '../../test/helpers/search-hit.ts';
import type { SearchHit } from '../index/types.ts';
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
