import { describe, expect, it } from 'vitest';
import { activeActUnnamed, actUnnamed, giverActUnnamed, passiveWhoActUnnamed } from './act-unnamed.ts';
import { unsoundAnswer } from './unsound-answer.ts';

describe('actUnnamed', () => {
  const question = 'When was the Orla permit approved?';

  it('flags a sentence that names neither the act nor the thing', () => {
    expect(
      actUnnamed(question, 'I thought you would be overnighting the Orla closing papers on Friday. [1]'),
    ).toBe(true);
    expect(
      unsoundAnswer(question, 'I thought you would be overnighting the Orla closing papers on Friday. [1]'),
    ).toBe('names neither the act asked nor the thing it was done to');
  });

  it('keeps a sentence naming the act or the thing, a bare value, and other questions', () => {
    expect(actUnnamed(question, 'The permit came through on May 29, after a long wait. [1]')).toBe(false);
    expect(actUnnamed(question, 'The board gave its approval on May 29 at the second hearing. [1]')).toBe(
      false,
    );
    expect(actUnnamed(question, 'May 29, 2024. [1]')).toBe(false);
    expect(
      actUnnamed(
        'When did Orla ask about the permit?',
        'I thought you would be overnighting the papers on Friday. [1]',
      ),
    ).toBe(false);
  });
});

describe('activeActUnnamed', () => {
  const question = 'When will the township approve its new cycle lane plan?';
  const other =
    'Kiosk permits issued before March 3, 2029 stay valid for the same vendor for ninety days. [1]';

  it("flags a file's English sentence that names neither the act nor what it is done to", () => {
    expect(activeActUnnamed(question, { type: 'document' }, other)).toBe(true);
    expect(activeActUnnamed(question, { type: 'slide' }, other)).toBe(true);
    // The doer named is not enough: the township is the subject of every page of its rules.
    expect(
      activeActUnnamed(
        question,
        { type: 'document' },
        `${other.replace(' [1]', '')}, as the township requires. [1]`,
      ),
    ).toBe(true);
  });

  it('keeps a sentence naming the act, a bare value, another language, mail and chat', () => {
    expect(
      activeActUnnamed(
        question,
        { type: 'document' },
        'The township expects to approve the plan by June 2029. [1]',
      ),
    ).toBe(false);
    expect(
      activeActUnnamed(
        question,
        { type: 'document' },
        'Approval of the lane plan is due on 4 June 2029 at the latest. [1]',
      ),
    ).toBe(false);
    expect(activeActUnnamed(question, { type: 'document' }, 'June 4, 2029. [1]')).toBe(false);
    expect(
      activeActUnnamed(
        question,
        { type: 'document' },
        'Los permisos de quiosco emitidos antes del 3 de marzo de 2029 siguen vigentes noventa días. [1]',
      ),
    ).toBe(false);
    expect(activeActUnnamed(question, { type: 'email' }, other)).toBe(false);
    expect(activeActUnnamed(question, { type: 'chat' }, other)).toBe(false);
    expect(activeActUnnamed('When was the lane plan approved?', { type: 'document' }, other)).toBe(false);
  });
});

describe('passiveWhoActUnnamed', () => {
  it('flags a line that names the thing asked but not the act done to it', () => {
    expect(
      passiveWhoActUnnamed(
        'Who is ticket 4411 assigned to?',
        'brell: so vantor added a ticket, ticket 4411. [1]',
      ),
    ).toBe(true);
    expect(
      unsoundAnswer(
        'Who was the Kelby lease signed by?',
        'Orla Penn sent the Kelby lease over on Friday. [1]',
      ),
    ).toBe('names not the act a passive "who" question asks');
  });

  it('keeps a line naming the act, a bare name, and questions of another shape', () => {
    expect(
      passiveWhoActUnnamed(
        'Who is ticket 4411 assigned to now?',
        "brell: it's marked High and assigned to vantor. [1]",
      ),
    ).toBe(false);
    expect(passiveWhoActUnnamed('Who was the Kelby lease signed by?', 'Orla Penn. [1]')).toBe(false);
    expect(
      passiveWhoActUnnamed('Who added ticket 4411?', 'brell: so vantor added a ticket, ticket 4411. [1]'),
    ).toBe(false);
  });
});

describe('giverActUnnamed', () => {
  const chat = { type: 'chat' as const };
  it('flags a chat turn that names neither the giving nor the thing given', () => {
    expect(
      giverActUnnamed('Who gave Wren a beta invite?', chat, 'Odo: Wren, try the #beta channel instead.'),
    ).toBe(true);
  });

  it('keeps a turn naming the act in any form or the thing, a bare name, mail and other questions', () => {
    expect(
      giverActUnnamed('Who gave Wren a beta invite?', chat, 'Odo: Wren, I just sent you an invite.'),
    ).toBe(false);
    expect(
      giverActUnnamed('Who sent Wren the kiln notes?', chat, 'Odo: I send those notes every week to Wren.'),
    ).toBe(false);
    expect(giverActUnnamed('Who gave Wren a beta invite?', chat, 'Odo.')).toBe(false);
    expect(
      giverActUnnamed(
        'Who gave Wren a beta invite?',
        { type: 'email' },
        'Wren, try the #beta channel instead.',
      ),
    ).toBe(false);
    expect(
      giverActUnnamed('Who helped Wren with the invite?', chat, 'Wren, try the #beta channel instead.'),
    ).toBe(false);
  });
});
