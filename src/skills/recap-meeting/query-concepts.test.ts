import { describe, expect, it } from 'vitest';
import { readQmsumMeeting } from '../../../test/helpers/qmsum-meeting.ts';
import { weightedQueryTerms } from './focus-answer.ts';
import { weightsPerConcept } from './query-concepts.ts';
import { prepareTranscript } from './transcript-units.ts';

describe('weightsPerConcept', () => {
  it('counts two words said in the same turns once, and leaves a word said apart alone', () => {
    const turns = [
      ['garden', 'hose', 'reel'],
      ['garden', 'hose'],
      ['budget', 'garden', 'hose'],
      ['budget', 'rain'],
      ['garden', 'hose', 'budget'],
    ];
    const weights = weightsPerConcept(
      turns,
      new Map([
        ['garden', 1],
        ['hose', 1],
        ['budget', 1],
      ]),
    );
    expect(weights.get('garden')).toBe(0.5);
    expect(weights.get('hose')).toBe(0.5);
    expect(weights.get('budget')).toBe(1);
  });

  it('keeps the weights of words often but not nearly always said together, and of words never said', () => {
    const turns = [['garden', 'hose'], ['garden'], ['garden'], ['hose', 'rain']];
    const given = new Map([
      ['garden', 1],
      ['hose', 0.4],
      ['lantern', 1],
    ]);
    expect(weightsPerConcept(turns, given)).toEqual(given);
  });

  it('joins a chain of such pairs into one concept and keeps the weight each word was given', () => {
    const turns = [
      ['alpha', 'beta', 'gamma'],
      ['alpha', 'beta', 'gamma'],
      ['alpha', 'beta'],
      ['beta', 'gamma'],
      ['alpha', 'beta', 'gamma'],
    ];
    const weights = weightsPerConcept(
      turns,
      new Map([
        ['alpha', 1],
        ['beta', 1],
        ['gamma', 0.4],
      ]),
    );
    expect(weights.get('alpha')).toBeCloseTo(1 / 3);
    expect(weights.get('beta')).toBeCloseTo(1 / 3);
    expect(weights.get('gamma')).toBeCloseTo(0.4 / 3);
  });
});

describe('query words of one concept in a real design meeting (QMSum ES2004a)', () => {
  it('counts "remote control" once and the price asked about in full', async () => {
    const prepared = prepareTranscript(await readQmsumMeeting('ES2004a'));
    const weights = weightsPerConcept(
      prepared.turnTerms,
      weightedQueryTerms('Summarize the discussion about price issues and target groups of remote control.'),
    );
    // The meeting says "remote" and "control" together nearly every time: one thing, the product.
    expect(weights.get('remot')).toBe(0.5);
    expect(weights.get('control')).toBe(0.5);
    expect(weights.get('price')).toBe(1);
    expect(weights.get('target')).toBe(1);
  });
});
