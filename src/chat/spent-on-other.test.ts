import { describe, expect, it } from 'vitest';
import { spentOnOther } from './spent-on-other.ts';
import { unsoundAnswer } from './unsound-answer.ts';

describe('spentOnOther', () => {
  it('flags a sum spent on another thing than the one asked', () => {
    expect(
      spentOnOther(
        'How much is Orvik set to spend on pumps this year?',
        'Orvik means to spend $2M on new trucks for the Tarn yard. [1]',
      ),
    ).toBe(true);
    expect(
      unsoundAnswer(
        'How much will Lumen invest on solar roofs?',
        'Lumen invested $40,000 on a wind study last spring. [1]',
      ),
    ).toBe('a sum spent on another thing');
  });

  it('keeps a sum spent on the thing asked, or a sentence that says on nothing', () => {
    expect(
      spentOnOther(
        'How much is Orvik set to spend on pumps this year?',
        'Orvik will spend $300,000 on pumps and valves. [1]',
      ),
    ).toBe(false);
    expect(
      spentOnOther('How much does Orvik plan to spend on pumps?', 'Orvik has a budget of $300,000. [1]'),
    ).toBe(false);
    expect(spentOnOther('How much did Orvik pay for the pumps?', 'Orvik spent $2M on new trucks. [1]')).toBe(
      false,
    );
  });
});
