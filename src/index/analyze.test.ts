import { describe, expect, it } from 'vitest';
import { analyze, analyzeQuery } from './analyze.ts';

describe('analyzeQuery', () => {
  it('drops the words that frame a long question and keeps its topic words', () => {
    expect(
      analyzeQuery(
        'I am interested in articles that describe mechanisms for communicating between processes',
      ),
    ).toEqual(['articl', 'mechan', 'communic', 'process']);
    expect(analyzeQuery('what similarity laws must be obeyed when constructing aeroelastic models')).toEqual(
      analyze('similarity laws obeyed constructing aeroelastic models'),
    );
  });

  it('keeps the words of a short quoted name, not of a quoted citation', () => {
    expect(analyzeQuery("When is the next 'Just chatting' session?")).toEqual([
      'next',
      'just',
      'chat',
      'session',
    ]);
    expect(
      analyzeQuery('articles on text formatting, including "what you see is what you get" systems'),
    ).not.toContain('what');
    expect(analyzeQuery("I'd like Mary's notes about the budget plan")).not.toContain('like');
  });

  it('keeps short queries as they are indexed', () => {
    expect(analyzeQuery('find papers')).toEqual(['find', 'paper']);
    expect(analyzeQuery('budget review')).toEqual(analyze('budget review'));
  });

  it('falls back to the words there are when a query is all structure', () => {
    expect(analyzeQuery('what about them')).toEqual(analyze('what about them'));
  });
});

describe('analyze', () => {
  it("drops a contraction's clitic, so the word is not taken for another", () => {
    expect(analyze("We'll paint the shed")).toEqual(analyze('we paint shed'));
    expect(analyze("we'll")).not.toContain(analyze('well')[0]);
    expect(analyze("I'd rather she'd gone")).toEqual(analyze('i rather she gone'));
    expect(analyze('They’re late; she won’t wait and can’t stay')).toEqual(
      analyze('they late she will wait can stay'),
    );
    expect(analyze("The gardener's o'clock shift")).toEqual(['garden', 'oclock', 'shift']);
  });

  it('drops a French or Italian elided article, so the word is the one written without it', () => {
    expect(analyze("la salle d'Orvanne")).toContain(analyze('ORVANNE')[0]);
    expect(analyze('l’atelier de Brenlac')).toEqual(analyze('atelier de Brenlac'));
    expect(analyze("qu'une fiche dell'archivio")).toEqual(analyze('une fiche archivio'));
    // English contractions and words with an inner quote keep their reading.
    expect(analyze("can't")).toEqual(analyze('can'));
    expect(analyze("o'clock")).toEqual(['oclock']);
  });

  it('gives British and American spellings one term', () => {
    expect(analyze('The catalogue of organised colours')).toEqual(analyze('the catalog of organized colors'));
  });
});
