/** A line of attachment notices only; invented mail. */
import { describe, expect, it } from 'vitest';
import { attachmentOnly, fileNameMissing } from './attachment-line.ts';
import { unsoundAnswer } from './unsound-answer.ts';

describe('attachmentOnly', () => {
  const notices =
    'On Monday, March 3, 2031 9:10 AM, Ilse Marwood wrote (forwarded in "RE: Payout Form"): << File: Payout Request_Orvik Plan.doc >> << File: Payout Steps_Orvik Plan.doc >>. [1]';

  it('a line of attachment notices answers no sum, day or name', () => {
    expect(attachmentOnly('What share of my Orvik payout goes to tax?', notices)).toBe(true);
    expect(unsoundAnswer('What share of my Orvik payout goes to tax?', notices)).toBeDefined();
    expect(attachmentOnly('When is my payout due?', 'Ilse Marwood wrote: <<rota_march.xls>>. [1]')).toBe(
      true,
    );
  });

  it('keeps a line that says more than the notice, and a question about what was attached', () => {
    expect(
      attachmentOnly(
        'What share of my Orvik payout goes to tax?',
        'Ilse Marwood wrote: 20% is held back, see << File: Payout Steps.doc >>. [1]',
      ),
    ).toBe(false);
    expect(attachmentOnly('Which form did Ilse Marwood send me?', notices)).toBe(false);
  });
});

describe('fileNameMissing', () => {
  const question = "What's the name of the workbook Pia Lorne sent me with the Velmar forecast?";

  it('rejects an answer that names no file for a sent file asked by name', () => {
    expect(fileNameMissing(question, 'Pia Lorne is working with Ivo on the Velmar forecast. [1]')).toBe(true);
  });

  it('keeps a file name, an attachment notice or a path', () => {
    expect(fileNameMissing(question, 'Pia Lorne wrote: << File: velmar0412.xls >> [1]')).toBe(false);
    expect(fileNameMissing(question, 'The forecast is in velmar_q2.xlsx. [1]')).toBe(false);
    expect(fileNameMissing(question, 'Pia Lorne wrote: see /shared/velmar/forecast [1]')).toBe(false);
  });

  it('leaves questions that ask no sent file alone', () => {
    expect(fileNameMissing('What did Pia Lorne say about the Velmar forecast?', 'It is late. [1]')).toBe(
      false,
    );
  });

  it('reads "the file name of" a thing sent, whatever the thing is called', () => {
    const asked = "What's the file name of the newest tide log Orla Venn sent me?";
    expect(fileNameMissing(asked, 'Please fill in this sheet with the weekly tides. [1]')).toBe(true);
    expect(fileNameMissing(asked, 'Orla Venn wrote: - tidelog_0917.xls [1]')).toBe(false);
    expect(
      fileNameMissing('Which filename did Orla Venn attach to the tide notes?', 'See you Friday. [1]'),
    ).toBe(true);
  });
});
