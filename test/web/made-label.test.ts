/** A file a skill made shows a readable status in the sources list, never the skill's id. */
import { describe, expect, it } from 'vitest';
import { madeLabel, strings } from '../../web/src/i18n.ts';

describe('madeLabel', () => {
  it('names what the skill made, in the UI language', () => {
    expect(madeLabel(strings('en'), 'analyze')).toBe('analysis made here');
    expect(madeLabel(strings('en'), 'mail-summarize')).toBe('summary made here');
    expect(madeLabel(strings('zh'), 'deck')).toBe('已生成的演示文稿');
  });
  it('never shows an unknown skill id', () => {
    expect(madeLabel(strings('en'), 'tide-forecast')).toBe('made here');
  });
});
