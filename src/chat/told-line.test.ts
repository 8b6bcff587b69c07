import { describe, expect, it } from 'vitest';
import { TOLD_LINE_MIN_RELEVANCE, toldLine } from './told-line.ts';

describe('toldLine: the teller’s own line said to the one told', () => {
  const speakers = new Set(['|ferro|', 'wyn_k', 'odric']);
  const question = 'Which command did |ferro| tell wyn_k to use to list the open ports?';
  const line = (speaker: string, text: string, relevance = 0.2) => ({ speaker, text, relevance });

  it('takes the teller’s line that opens by addressing the one told', () => {
    expect(toldLine(question, '|ferro|', line('|ferro|', 'wyn_k: ss -tlnp shows them'), speakers)).toBe(true);
  });

  it('takes no line of another speaker, none said to another, none with almost no support', () => {
    expect(toldLine(question, '|ferro|', line('odric', 'wyn_k: ss -tlnp shows them'), speakers)).toBe(false);
    expect(toldLine(question, '|ferro|', line('|ferro|', 'odric: ss -tlnp shows them'), speakers)).toBe(
      false,
    );
    expect(toldLine(question, '|ferro|', line('|ferro|', 'ss -tlnp shows them'), speakers)).toBe(false);
    expect(
      toldLine(question, '|ferro|', line('|ferro|', 'wyn_k: hi', TOLD_LINE_MIN_RELEVANCE / 2), speakers),
    ).toBe(false);
    expect(toldLine('What did |ferro| type?', '|ferro|', line('|ferro|', 'wyn_k: ss -tlnp'), speakers)).toBe(
      false,
    );
  });
});
