/** A line of a mail under another heading than the one asked; invented mail. */
import { describe, expect, it } from 'vitest';
import { notesHit } from './__fixtures__/search-hit.ts';
import { underOtherHeading } from './section-heading.ts';

const numbers = notesHit(
  'Ken, here are the numbers you asked for:\n\nAnn Lee:\nHome # - 281-555-0101\nCell # - 713-555-0102\n\nBo Day - Home # - 281-555-0103\n\nCall if you need more.',
  'email',
);
const desks = notesHit(
  'Weekly figures below.\n\nNorth\n\nWeekly P&L - $12 MM\nVaR as of 2/15 - $4 MM\n\nSouth\n\nReduced VaR from $6 MM to $3 MM this week.',
  'email',
);

describe('underOtherHeading', () => {
  it("a number under one person's name answers nothing for another person the mail names", () => {
    expect(underOtherHeading("What is Bo Day's cell number?", numbers, 'Cell # - 713-555-0102. [1]')).toBe(
      true,
    );
    expect(underOtherHeading("What is Ann Lee's cell number?", numbers, 'Cell # - 713-555-0102. [1]')).toBe(
      false,
    );
    expect(
      underOtherHeading("What is Bo Day's home number?", numbers, 'Bo Day - Home # - 281-555-0103. [1]'),
    ).toBe(false);
  });

  it("a name alone on a line is no heading: the lines under a signature are the signer's", () => {
    const signed = notesHit(
      'Call me when you land.\n\nJeff Lowe\nHarbour Works\n512-555-0100 mobile',
      'email',
    );
    expect(underOtherHeading("What is Jeff Lowe's mobile number?", signed, '512-555-0100 mobile. [1]')).toBe(
      false,
    );
    expect(underOtherHeading("What was South's weekly P&L?", desks, 'Weekly P&L - $12 MM. [1]')).toBe(false);
  });

  it('reads every line when the question names none of the headings, and a greeting is no heading', () => {
    expect(underOtherHeading('What is the cell number?', numbers, 'Cell # - 713-555-0102. [1]')).toBe(false);
    const greeted = notesHit('Ken\n\nThe deposit is $450.\n\nAnn', 'email');
    expect(
      underOtherHeading("What did Ann say about Ken's deposit?", greeted, 'The deposit is $450. [1]'),
    ).toBe(false);
  });

  it('a line of a list led by surnames and dashes answers nothing for another surname of the list', () => {
    const panel = notesHit(
      'Grants from the garden fund this morning.\n\nVarga - funded at 12k\nOsei - funded in part, with $6k held to spring.\nTamm - on hold until the survey is in.\nBrandt - withdrawn\n\nMira',
      'email',
    );
    const line = 'Osei - funded in part, with $6k held to spring. [1]';
    expect(underOtherHeading('How much was Tamm funded at?', panel, line)).toBe(true);
    expect(underOtherHeading('How much was Osei funded at?', panel, line)).toBe(false);
    // One line led by a word and a dash is no list: "Summary - …" heads nothing.
    const single = notesHit(
      'Notes from the review.\n\nSummary - the gas desk is flat.\nTamm has $60k left.',
      'email',
    );
    expect(underOtherHeading('How much does Summary have left?', single, 'Tamm has $60k left. [1]')).toBe(
      false,
    );
  });

  it('a line of a list led by names of things and dashes answers nothing for another thing of the list', () => {
    const works = notesHit(
      'Notes from the meeting with the Ostvik council.\nTheir building works this year are:\nNorth Library -- Ostvik means to build a 60-seat reading room beside the old hall\nMarket Hall -- a new slate roof is being priced\nOld Mill Yard -- a scheme dropped in 2004, now back on the table\nHarbour School - Ostvik has spent $3 million on new windows\n\nMore after the summer.',
      'email',
    );
    const line = 'Harbour School - Ostvik has spent $3 million on new windows. [1]';
    expect(underOtherHeading('How much has Ostvik spent on the Old Mill Yard?', works, line)).toBe(true);
    expect(underOtherHeading('How much has Ostvik spent on the Harbour School?', works, line)).toBe(false);
    const unit = 'North Library -- Ostvik means to build a 60-seat reading room beside the old hall. [1]';
    expect(
      underOtherHeading('How many seats will the reading room at the North Library have?', works, unit),
    ).toBe(false);
    expect(
      underOtherHeading('How many seats will the reading room at the Market Hall have?', works, unit),
    ).toBe(true);
  });
});
