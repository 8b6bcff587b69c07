import { describe, expect, it } from 'vitest';
import { clipText } from './clip-text.ts';

describe('clipText', () => {
  it('keeps short text, and cuts long text at a word with an ellipsis within the length', () => {
    expect(clipText('Budget approved.', 40)).toBe('Budget approved.');
    const clipped = clipText('The travel budget for the third quarter was cut by ten percent.', 30);
    expect(clipped).toBe('The travel budget for the…');
    expect(clipped.length).toBeLessThanOrEqual(30);
  });
  it('cuts text without spaces where the length ends', () => {
    expect(clipText('第三季度华东区销售额为820万元同比增长', 8)).toBe('第三季度华东区…');
  });
});
