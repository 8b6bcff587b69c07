import { describe, expect, it } from 'vitest';
import type { Transcript } from '../../formats/model.ts';
import { locateQuery, queryRegions, weightedQueryTerms } from './focus-answer.ts';
import { prepareTranscript } from './transcript-units.ts';

describe('weightedQueryTerms', () => {
  it('weighs the subject asked about above the discussion it is set in', () => {
    const weights = weightedQueryTerms(
      'What did Marketing think of plastic when discussing remote control style?',
    );
    expect(weights.get('plastic')).toBe(1);
    expect(weights.get('style')).toBeLessThan(1);
    expect(weights.get('style')).toBeGreaterThan(0);
  });

  it('weighs every term fully when the query sets no wider discussion', () => {
    const weights = weightedQueryTerms('What did the group say about the remote control style?');
    expect(weights.get('style')).toBe(1);
    expect(weights.get('remot')).toBe(1);
  });
});

describe('locating the passage a query is about', () => {
  it('leaves the roles the query names out of what the passage is about', () => {
    expect([
      ...weightedQueryTerms('What did the user interface designer say about the battery?', [
        'User Interface',
        'Project Manager',
      ]).keys(),
    ]).toEqual(['batteri']);
    // Roles are introduced at the start; the battery is discussed later.
    const turns = [
      ['Project Manager', 'Our user interface designer and our industrial designer will present today.'],
      ['User Interface', 'I am the user interface designer, I design the buttons.'],
      ['Project Manager', 'Good. Now the budget for the case.'],
      ['Industrial Designer', 'The case costs four euros.'],
      ['User Interface', 'The battery should be rechargeable, a battery lasts a year.'],
      ['Project Manager', 'A rechargeable battery then.'],
    ].map(([speaker = '', text = ''], index) => ({ index, speaker, text }));
    const transcript: Transcript = { type: 'transcript', format: 'text', turns };
    const located = locateQuery(
      prepareTranscript(transcript),
      'What did the user interface designer say about the battery?',
    );
    expect(located?.terms).toEqual(['batteri']);
    expect(located?.own[1]).toBe(0);
    expect(located?.own[4]).toBeGreaterThan(0);
  });
});

describe('the discussion a query sets its subject in', () => {
  const turns = [
    ['Project Manager', 'The case design first: the case is blue, a curved case.'],
    ['Marketing', 'A curved case design sells well.'],
    ['Industrial Designer', 'The hinge is metal, a strong hinge.'],
    ['Marketing', 'Fine.'],
  ].map(([speaker = '', text = ''], index) => ({ index, speaker, text }));
  const prepared = prepareTranscript({ type: 'transcript', format: 'text', turns } as Transcript);

  it('does not locate the answer where only the discussion is named', () => {
    const located = locateQuery(
      prepared,
      'What did they say about the hinge when discussing the case design?',
    );
    expect(located?.own[0]).toBe(0);
    expect(located?.own[2]).toBeGreaterThan(0);
    expect(located?.terms).toContain('case');
  });

  it('locates it when the subject itself is never said', () => {
    const located = locateQuery(
      prepared,
      'What did they say about the handle when discussing the case design?',
    );
    expect(located?.own[0]).toBeGreaterThan(0);
  });
});

describe('a speaker the query names', () => {
  it('weighs their matching turns more when locating the passage', () => {
    const turns = [
      ['Project Manager', 'The battery could be rechargeable.'],
      ['Marketing', 'Fine.'],
      ['User Interface', 'The battery should last a year, a small battery.'],
      ['Marketing', 'Agreed.'],
    ].map(([speaker = '', text = ''], index) => ({ index, speaker, text }));
    const transcript: Transcript = { type: 'transcript', format: 'text', turns };
    const prepared = prepareTranscript(transcript);
    const plain = locateQuery(prepared, 'What was said about the battery?');
    const named = locateQuery(prepared, 'What did the user interface designer say about the battery?');
    expect(named?.speakers.has('User Interface')).toBe(true);
    expect(named?.own[2]).toBeGreaterThan(plain?.own[2] ?? Number.POSITIVE_INFINITY);
    expect(named?.own[0]).toBe(plain?.own[0]);
  });
});

describe('queryRegions', () => {
  it('picks the contiguous run holding most query weight, not the one with the single best turn', () => {
    const own = [0, 5, 0, 0, 0, 0, 3, 3, 3, 0, 0];
    const region = [0.2, 0.6, 0.2, 0, 0, 0.4, 0.8, 1, 0.8, 0.4, 0];
    expect(queryRegions(own, region, 0.35, 0.8)).toEqual([{ from: 5, to: 9 }]);
  });

  it('keeps a second run holding nearly as much weight, in meeting order', () => {
    const own = [4, 4, 0, 0, 0, 0, 3, 3, 3, 0];
    const region = [1, 0.9, 0.3, 0, 0, 0.2, 0.8, 1, 0.8, 0.3];
    expect(queryRegions(own, region, 0.35, 0.8)).toEqual([
      { from: 0, to: 1 },
      { from: 6, to: 8 },
    ]);
  });

  it('returns a run that reaches the last turn', () => {
    expect(queryRegions([0, 0, 2, 4], [0, 0.1, 0.5, 1], 0.35, 0.8)).toEqual([{ from: 2, to: 3 }]);
  });
});
