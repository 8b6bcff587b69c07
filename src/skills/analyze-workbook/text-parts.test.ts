import { describe, expect, it } from 'vitest';
import { askCsv as ask } from '../../../test/helpers/analysis-csv.ts';

// Invented tournaments: a place written "Town, Country" (one with a repeat mark, one without a
// comma) and a code whose number follows the last dash.
const EVENTS = `Event,Place,Code,Prize
Spring Open,"Lakeford, Norland",EV-A-12,100
Summer Cup,"Hillmoor, Norland (2)",EV-B-15,250
Autumn Shield,"Brackwater, Estmark",EV-A-20,80
Winter Plate,Estmark,EV-C-9,120
`;

describe('a column taken from one side of a mark in a text column', () => {
  it('keeps the text after the last comma, a cell without one whole, with a trailing mark removed', () => {
    const answer = ask(EVENTS, {
      question: 'Which country hosted the most events, and how many?',
      constraints: "The country is the text after the last comma in Place, with a trailing ' (2)' removed.",
      format: '@top_country[country], @top_country_events[count] where "count" is an integer.',
    });
    // Norland twice (the repeat mark removed), Estmark twice (one cell has no comma): a tie.
    expect(answer.slots.top_country_events).toBe('2');
    expect(answer.planText).toContain('country = the text after the last comma in Place');
  });
  it('reads the number after the last dash, and its example picks no rows', () => {
    const answer = ask(EVENTS, {
      question: 'What is the mean event number?',
      constraints:
        "The event number is the integer after the last dash in Code ('EV-A-12' is 12). Round to two decimal places.",
      format: '@mean_event_number[mean] where "mean" is rounded to two decimal places.',
    });
    // (12 + 15 + 20 + 9) / 4 = 14.
    expect(answer.slots.mean_event_number).toBe('14.00');
    expect(answer.planText).not.toContain('rows where');
  });
});
