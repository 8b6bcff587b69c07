import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../index/types.ts';
import { eventHit as calendarHit } from './__fixtures__/search-hit.ts';
import { CitationList } from './citations.ts';
import { answerFromEvent } from './event-answers.ts';
import { asksTimes } from './event-count.ts';

const eventHit = (data: Record<string, unknown>, id: number): SearchHit => calendarHit(data, id, 'kiln');

const ask = (question: string, hit: SearchHit) =>
  answerFromEvent(question, 'amount', [hit], new Date('2031-05-01T09:00:00Z'), new CitationList());

describe('how many times a series happens', () => {
  it('reads "how many times does … happen", not "how many times a week"', () => {
    expect(asksTimes('How many times does the Glaze Clinic happen?')).toBe(true);
    expect(asksTimes('How many times will the Glaze Clinic take place?')).toBe(true);
    expect(asksTimes('How many times a week does the Glaze Clinic meet?')).toBe(false);
    expect(asksTimes('How many times did Orla call about the kiln?')).toBe(true);
  });

  it('counts a series that ends by COUNT, less its struck-out dates', () => {
    const clinic = eventHit(
      {
        summary: 'Glaze Clinic',
        start: '2031-06-02T17:00:00Z',
        end: '2031-06-02T18:00:00Z',
        seriesStart: '2031-06-02T17:00:00Z',
        rrule: 'FREQ=DAILY;COUNT=6',
        excluded: ['2031-06-04T17:00:00Z'],
      },
      1,
    );
    const answer = ask('How many times does the Glaze Clinic happen?', clinic);
    expect(answer?.found).toBe(true);
    expect(answer?.answer).toContain('5 times');
    expect(answer?.answer).toContain('7 June 2031');
  });

  it('counts a series that ends by UNTIL', () => {
    const walk = eventHit(
      {
        summary: 'Quarry Walk',
        start: '2031-03-04T09:00:00Z',
        end: '2031-03-04T10:00:00Z',
        seriesStart: '2031-03-04T09:00:00Z',
        rrule: 'FREQ=WEEKLY;UNTIL=20310325T235959Z;BYDAY=TU',
      },
      2,
    );
    expect(ask('How many times does the Quarry Walk take place?', walk)?.answer).toContain('4 times');
  });

  it('gives no count for a series with no end', () => {
    const open = eventHit(
      {
        summary: 'Slip Night',
        start: '2031-01-07T19:00:00Z',
        end: '2031-01-07T21:00:00Z',
        seriesStart: '2031-01-07T19:00:00Z',
        rrule: 'FREQ=WEEKLY;BYDAY=TU',
      },
      3,
    );
    const answer = ask('How many times does Slip Night happen?', open);
    expect(answer?.found).toBe(false);
    expect(answer?.answer).toContain('no end');
  });
});
