import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.ts';

const texts = (text: string) => splitSentences(text).map((span) => span.text);

describe('short forms that run on before a lower-case word or a figure', () => {
  it('keeps a sentence whole across "Assoc.", "sq. ft." and "pls."', () => {
    expect(texts('The Harbor Rowing Assoc. meets twice a month. Regards.')).toEqual([
      'The Harbor Rowing Assoc. meets twice a month.',
      'Regards.',
    ]);
    expect(texts('The lease runs $31 per sq. ft. for the Dunmore floor.')).toEqual([
      'The lease runs $31 per sq. ft. for the Dunmore floor.',
    ]);
    expect(texts('pls. send the Orrin file. Then we talk.')).toEqual([
      'pls. send the Orrin file.',
      'Then we talk.',
    ]);
  });
  it('still ends a sentence on one of them before a capital', () => {
    expect(texts('We sold the lot to the Assoc. Then Ravi left.')).toEqual([
      'We sold the lot to the Assoc.',
      'Then Ravi left.',
    ]);
  });
});
