import { describe, expect, it } from 'vitest';
import { answerLead, querySubject } from './answer-lead.ts';

describe('querySubject', () => {
  it('reads the subject before the wider discussion a query names, not the last "of" phrase', () => {
    expect(querySubject('What did Lina suggest to do when discussing the floor plan of the new depot?')).toBe(
      'the floor plan of the new depot',
    );
    expect(
      querySubject('Why did Tomas disagree with Lina when discussing the heating options on the barge?'),
    ).toBe('the heating options on the barge');
    expect(
      querySubject('What did Lina think of the ramps when discussing the floor plan of the depot?'),
    ).toBe('the ramps when discussing the floor plan of the depot');
  });

  it('prefers "about / on / towards" to "of", and skips a named discussion or its conclusion', () => {
    expect(
      querySubject("What was the opinion of the surveyor and the joiner towards the barge's paint?"),
    ).toBe("the barge's paint");
    expect(querySubject('Summarize the conclusion of the discussion about the ferry timetable.')).toBe(
      'the ferry timetable',
    );
    expect(querySubject("What's the conclusion on the discussion about the choice of ropes?")).toBe(
      'the choice of ropes',
    );
    expect(querySubject('What were some of the ideas proposed about winter moorings?')).toBe(
      'winter moorings',
    );
  });

  it('reads "around" as "about": what the question is about follows it', () => {
    expect(querySubject('What were the worries around the harbour levy?')).toBe('the harbour levy');
    expect(answerLead('What was the concern around the night ferry?')).toBe('On the night ferry');
  });

  it('keeps what a "What was the … of X" question asks of X', () => {
    expect(querySubject('What was the cost of the ferry refit?')).toBe('the cost of the ferry refit');
    expect(querySubject("What's the main risk of the new pier?")).toBe('the main risk of the new pier');
    expect(querySubject("What's the conclusion of the choice of ropes?")).toBe('the choice of ropes');
    expect(querySubject('What did Tomas think of the ramps?')).toBe('the ramps');
  });

  it('takes all of what a "Summarize" query names when no preposition introduces it', () => {
    expect(querySubject('Summarize the hull colour, the mast height and the layout of the cabin.')).toBe(
      'the hull colour, the mast height and the layout of the cabin',
    );
    expect(querySubject('Summarize the discussion on portable equipment.')).toBe('portable equipment');
    expect(querySubject("Summarize Lina Moreau's points.")).toBeUndefined();
    expect(querySubject("Summarize the kiosk's design.")).toBe("the kiosk's design");
    expect(querySubject('Why was the beta delayed?')).toBeUndefined();
  });
});

describe('answerLead', () => {
  it('opens with the subject, and with the discussion alone when the query names no other subject', () => {
    expect(answerLead('What did Tomas think about the ferry timetable?')).toBe('On the ferry timetable');
    expect(answerLead('What did Lina suggest to do when discussing the floor plan of the new depot?')).toBe(
      'When discussing the floor plan of the new depot',
    );
    expect(answerLead('What did the crew choose in the discussion of winter moorings?')).toBe(
      'In the discussion of winter moorings',
    );
    expect(
      answerLead('What did the joiner and the surveyor recommend when talking about the deck and why?'),
    ).toBe('When talking about the deck');
    expect(answerLead('Why was the beta delayed?')).toBeUndefined();
  });
});
