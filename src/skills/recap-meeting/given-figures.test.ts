import { describe, expect, it } from 'vitest';
import { decisions } from './__fixtures__/spoken-meeting.ts';

describe('figures the chair hands down', () => {
  it('makes the price and profit aim the chair states one decision', () => {
    const found = decisions([
      ['Project Manager', 'Right . Money-wise , we have a selling price of thirty Euros , which is a lot .'],
      ['Marketing', 'Mm .'],
      ['Industrial Designer', 'Okay .'],
      ['Project Manager', 'And the profit aim is twenty million Euros .'],
      ['Marketing', 'Wow .'],
    ]);
    expect(found).toEqual([
      'Figures given by Project Manager: Money-wise, we have a selling price of thirty Euros; The profit aim is twenty million Euros.',
    ]);
  });

  it('starts a figure at its own sentence when the sentence before it was cut off by a gap', () => {
    const found = decisions([
      ['Project Manager', "here 's {gap} . And the budget per unit is nine Euros , as agreed ."],
      ['Marketing', 'Okay .'],
    ]);
    expect(found.filter((text) => text.startsWith('Figures'))).toEqual([
      'Figures given by Project Manager: The budget per unit is nine Euros.',
    ]);
  });

  it('leaves figures said by others, asked about, supposed or used as a premise', () => {
    const found = decisions([
      ['Marketing', 'We could sell it for forty Euros .'],
      ['Project Manager', 'Would people pay forty Euros for a remote ?'],
      ['Project Manager', 'If we sell it at forty Euros , nobody buys it .'],
      ['Project Manager', 'Well with fifteen Euros as production cost , we cannot afford a screen .'],
      ['Project Manager', 'Maybe the price is thirty Euros .'],
      ['Project Manager', 'So we are over budget by about two Euros .'],
    ]);
    expect(found.filter((text) => text.startsWith('Figures'))).toEqual([]);
  });

  it('keeps figures far apart in the meeting as separate decisions', () => {
    const lines: [string, string][] = [['Project Manager', 'We will sell it at twenty Euros .']];
    for (let i = 0; i < 45; i++) lines.push([i % 2 ? 'Marketing' : 'Industrial Designer', 'Hmm .']);
    lines.push(['Project Manager', 'The budget is eight Euros per unit .']);
    expect(decisions(lines).filter((text) => text.startsWith('Figures'))).toHaveLength(2);
  });
});
