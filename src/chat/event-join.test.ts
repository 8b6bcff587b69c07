import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../index/types.ts';
import { eventHit } from './__fixtures__/search-hit.ts';
import { CitationList } from './citations.ts';
import { answerJoin, joinAsked } from './event-join.ts';

const hit = (data: Record<string, unknown>, id: number): SearchHit => eventHit(data, id, 'studio');

const lines = [
  { uri: 'tel:+1-555-0177,,,731902', label: 'Host dial-in', features: ['PHONE', 'MODERATOR'] },
  { uri: 'tel:+1-555-0177,,,448120', label: 'Guest dial-in', features: ['PHONE'] },
  { uri: 'https://rooms.example.test/loom', label: 'Chat room', features: ['CHAT'] },
];
const review = hit(
  {
    summary: 'Loom review',
    start: '2034-05-04T14:00:00Z',
    end: '2034-05-04T15:00:00Z',
    timeZone: 'UTC',
    conferences: lines,
  },
  1,
);
const undated = hit({ type: 'undated-event', summary: '', conferences: lines }, 2);

describe('answerJoin', () => {
  it('answers a dial-in question from the CONFERENCE lines of the best-ranked event', () => {
    const answer = answerJoin("What's the dial-in for the loom review?", [review], new CitationList());
    expect(answer?.answer).toContain('Host dial-in: tel:+1-555-0177,,,731902');
    expect(answer?.answer).toContain('Chat room: https://rooms.example.test/loom');
  });

  it('keeps the lines of the kind asked ("the moderator dial-in code"), of an event with no start too', () => {
    const answer = answerJoin("What's the moderator dial-in code?", [undated], new CitationList());
    expect(answer?.answer).toContain('731902');
    expect(answer?.answer).not.toContain('448120');
  });

  it('takes only an event held on the day asked', () => {
    const may4 = new Date('2034-05-04T12:00:00Z');
    const may5 = new Date('2034-05-05T12:00:00Z');
    const ask = "What's the conference link for my meeting on May 4?";
    expect(answerJoin(ask, [review], new CitationList(), may4)?.found).toBe(true);
    expect(answerJoin(ask, [review], new CitationList(), may5)).toBeUndefined();
    expect(answerJoin(ask, [undated], new CitationList(), may4)).toBeUndefined();
  });

  it('leaves other questions, and events without such lines, alone', () => {
    expect(joinAsked('When is the loom review?')).toBe(false);
    const plain = hit(
      { summary: 'Loom review', start: '2034-05-04T14:00:00Z', end: '2034-05-04T15:00:00Z' },
      3,
    );
    expect(
      answerJoin("What's the dial-in for the loom review?", [plain], new CitationList()),
    ).toBeUndefined();
  });
});
