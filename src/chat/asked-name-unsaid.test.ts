import { describe, expect, it } from 'vitest';
import { codeNameUnwritten, countedActUnsaid, demonstrativeForWhich } from './asked-name-unsaid.ts';

describe('answers that never write the thing asked by name', () => {
  it('refuses "this class" for a "which class" question when no other name is written', () => {
    expect(
      demonstrativeForWhich(
        'Which velm module resizes the PageMasterList to fit the margins?',
        'It is this module which builds the PageMasterList (which holds the page masters). [1] Case 2: the margin is negative. [2]',
      ),
    ).toBe(true);
    expect(
      demonstrativeForWhich(
        'Which velm module builds the PageMasterList?',
        'PageMasterBuilder. [1] It is this module which builds the PageMasterList. [2]',
      ),
    ).toBe(false);
  });

  it('refuses a line that never writes the lower camel case name the question asks of', () => {
    expect(
      codeNameUnwritten(
        'If the keepLinesTogether element is left out, what value is taken?',
        'This is set with the following markup: <v:para> <v:keepNext />. [1]',
      ),
    ).toBe(true);
    expect(
      codeNameUnwritten(
        'If the keepLinesTogether element is left out, what value is taken?',
        'When keepLinesTogether is omitted, its value is false. [1]',
      ),
    ).toBe(false);
    // In the section headed by the name, "this element" points back at it; another name does not.
    const section = 'velm_reference.docx › Paragraph properties › keepLinesTogether (Keep Lines Together)';
    expect(
      codeNameUnwritten(
        'If keepLinesTogether is false and a table follows, what happens to the table?',
        'If this element is set to false and a table follows, the table may split across pages. [1]',
        section,
      ),
    ).toBe(false);
    expect(
      codeNameUnwritten(
        'If keepLinesTogether is false and a table follows, what happens to the table?',
        'If this element is set to false and a table follows, the table may split across pages. [1]',
        'velm_reference.docx › Paragraph properties › widowControlLines (Widow Control)',
      ),
    ).toBe(true);
    expect(
      codeNameUnwritten(
        'If the keepLinesTogether element is left out, what value is taken?',
        'This is set with the following markup: <v:para> <v:keepNext />. [1]',
        section,
      ),
    ).toBe(true);
  });

  it('refuses a count of those who did an act from a line that never tells of the act', () => {
    expect(
      countedActUnsaid(
        'How many members resigned from the Orla choir?',
        'Members will be split into 2 groups of 40 for the spring tour. [1]',
      ),
    ).toBe(true);
    expect(
      countedActUnsaid(
        'How many members resigned from the Orla choir?',
        'Six members have resigned since May. [1]',
      ),
    ).toBe(false);
    expect(countedActUnsaid('How many tickets sold on Friday?', 'Friday ticket sales reached 420. [1]')).toBe(
      false,
    );
  });
});
