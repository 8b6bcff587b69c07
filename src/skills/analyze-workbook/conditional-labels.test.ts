import { describe, expect, it } from 'vitest';
import { askCsv as ask } from '../../../test/helpers/analysis-csv.ts';

// An invented lighthouse register: the status text has notes after the word that matters.
const LIGHTS = `Light,Status,Height
Cape Wren,Active,31
Gannet Rock,Active (automated),24
Puffin Head,Inactive,18
Skerry Point,Active since 1990,40
Low Tern,Decommissioned,12
`;

describe('a column relabelled by a test on its text', () => {
  it('maps the cells that begin with a word to one label and the rest to another before the share', () => {
    const answer = ask(LIGHTS, {
      question: 'What percentage of the lights have a Status that begins with "Active"?',
      constraints:
        "Map Status to 'Active' when it begins with the word Active and to 'Inactive' otherwise. Round to two decimal places.",
      format: '@active_percent[percent] where "percent" is rounded to two decimal places.',
    });
    // Three of five begin with Active; the exact value 'Active' alone is one of five.
    expect(answer.slots.active_percent).toBe('60.00');
    expect(answer.planText).toContain("Status relabelled: 'Active'");
  });
  it('counts the rows of a label the mapping made', () => {
    const answer = ask(LIGHTS, {
      question: 'How many lights are Lit?',
      constraints: "Label Status 'Lit' if it contains 'Active' and 'Dark' otherwise.",
      format: '@lit_lights[count] where "count" is an integer.',
    });
    // "Inactive" contains "active" only in another case: three lights.
    expect(answer.slots.lit_lights).toBe('3');
  });
});
