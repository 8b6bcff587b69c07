import { describe, expect, it } from 'vitest';
import { asksNumberedPart, partNumberMissing } from './numbered-part.ts';

const sheet = { type: 'sheet' } as const;
const document = { type: 'document' } as const;

describe('which numbered part of a file', () => {
  it('reads questions that ask a line, a page or a section, in English and in other languages', () => {
    expect(asksNumberedPart('Which line of the rent form takes the deposit?')).toBe(true);
    expect(asksNumberedPart('What page does the essay on river birds start on?')).toBe(true);
    expect(asksNumberedPart('Auf welcher Seite beginnt der Beitrag über Flussvögel?')).toBe(true);
    expect(asksNumberedPart('¿En qué página empieza el artículo sobre aves?')).toBe(true);
    expect(asksNumberedPart('Which pages of the river bird guide did Ola read?')).toBe(true);
    expect(asksNumberedPart('What does the rent form say about the deposit?')).toBe(false);
  });

  it('refuses a file line without a number for which line is asked', () => {
    const asked = 'Which line of the rent form holds the deposit due each month?';
    expect(
      partNumberMissing(
        asked,
        sheet,
        'Note by Tove Marsh: the deposit due each month goes here, on this line. [1]',
      ),
    ).toBe(true);
    expect(partNumberMissing(asked, sheet, 'Line 7: Monthly deposit. [1]')).toBe(false);
    expect(partNumberMissing(asked, document, 'It appears on the second line of the form.')).toBe(false);
  });

  it('leaves chat lines and other questions alone', () => {
    expect(
      partNumberMissing('Which page did kestrel give to ola?', { type: 'chat' }, 'see the wiki page'),
    ).toBe(false);
    expect(partNumberMissing('Where is the monthly deposit entered?', sheet, 'on this line')).toBe(false);
  });
});
