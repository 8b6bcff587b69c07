import { describe, expect, it } from 'vitest';
import {
  bodyDescribedNotNamed,
  identityUnknown,
  kindLineForWhich,
  pronounForWhich,
  pronounForWho,
} from './which-named.ts';

describe('a "which" question answered by a pronoun', () => {
  it('a sentence whose subject is only "she" does not say which lodger', () => {
    expect(
      pronounForWhich(
        'Which lodger moved from monthly to weekly rent?',
        'Then she moved to weekly. [1] One week rent in advance. [2]',
      ),
    ).toBe(true);
    expect(pronounForWhich('For which client did Arvid lower the fee?', 'He lowered it by half. [1]')).toBe(
      true,
    );
  });

  it('keeps an answer that names the one asked', () => {
    expect(
      pronounForWhich(
        'Which lodger moved from monthly to weekly rent?',
        'Then Marta Velk moved to weekly. [1]',
      ),
    ).toBe(false);
    expect(
      pronounForWhich(
        'Which lodger moved from monthly to weekly rent?',
        'Then she (#7) moved to weekly. [1]',
      ),
    ).toBe(false);
    expect(
      pronounForWhich(
        'Which lodger moved from monthly to weekly rent?',
        'On 3/4/2001 09:12 AM, Nora Varberg wrote (quoted in "Re: rents"): She is the one in the Ostby unit. [1]',
      ),
    ).toBe(false);
  });

  it('leaves other questions alone', () => {
    expect(pronounForWhich('Who moved to weekly rent?', 'Then she moved to weekly. [1]')).toBe(false);
    expect(pronounForWhich('Which lodger moved to weekly rent?', 'The lodger moved to weekly. [1]')).toBe(
      false,
    );
  });
});

describe('a "which company" question answered by a company described, not named', () => {
  const question = 'Which company runs the Velm quarry?';

  it('flags "a small … company" with no body named', () => {
    expect(
      bodyDescribedNotNamed(
        question,
        'On 04/02/2031 10:15 AM, Lena Voss wrote (forwarded in "FW: quarry"): I know a man, Piet Aronsen, who has a small gravel haulage company. [1]',
      ),
    ).toBe(true);
  });

  it('keeps an answer that names the body', () => {
    expect(
      bodyDescribedNotNamed(question, 'The quarry is owned by a company called Korvel Stone plc. [1]'),
    ).toBe(false);
    expect(bodyDescribedNotNamed(question, 'It belongs to a Danish company, KSH. [1]')).toBe(false);
    expect(bodyDescribedNotNamed(question, 'The company that owns it is Korvel Stone. [1]')).toBe(false);
    expect(bodyDescribedNotNamed('Who owns the quarry?', 'Piet has a small haulage company. [1]')).toBe(
      false,
    );
  });
});

describe('a "who" or "which" question answered by a writer who does not know who', () => {
  it('flags "(I\'m not sure who)" and "I don\'t know which firm"', () => {
    expect(
      identityUnknown(
        'Which locksmith fixed the Orla gate?',
        "Ida Brenner says a locksmith (I'm not sure who) fixed the Orla gate. [1]",
      ),
    ).toBe(true);
    expect(
      identityUnknown(
        'Who built the Velm duplexes?',
        'On 03/03/2031 09:10 AM, Pia Vale wrote (quoted in "Re: duplexes"): A builder did them, I don\'t know which one. [1]',
      ),
    ).toBe(true);
  });

  it('keeps a sentence that names the one asked, and questions of another kind', () => {
    expect(
      identityUnknown(
        'Whom did Tomas Lind send to check the Orla lease?',
        "I sent Ida Brenner and Pia Vale to check it; I'm not sure who else saw it. [1]",
      ),
    ).toBe(false);
    expect(
      identityUnknown(
        'When does the Orla audit end?',
        "The audit ends in May (I'm not sure who signs it). [1]",
      ),
    ).toBe(false);
  });
});

describe('a "which" question answered by the line that heads the kind', () => {
  it('the label of the kind asked, with a description that names none of it, is no answer', () => {
    // Invented: a garden guide on ferns and a deck on mosses in Indonesian.
    expect(
      kindLineForWhich('Which fern sprouts in deep shade?', 'Ferns: they grow slowly in damp soil. [1]'),
    ).toBe(true);
    expect(
      kindLineForWhich(
        'Lumut hati apa yang tumbuh di batu?',
        'Lumut hati : berfungsi untuk menahan air di tanah. [1]',
      ),
    ).toBe(true);
  });

  it('keeps a labelled line that names one, a line labelled otherwise, and "which is" questions', () => {
    expect(kindLineForWhich('Which room is the review in?', 'Room: 4B on the second floor. [1]')).toBe(false);
    expect(
      kindLineForWhich('Which fern sprouts in deep shade?', 'Harts-tongue: sprouts in deep shade. [1]'),
    ).toBe(false);
    expect(
      kindLineForWhich('Which fern sprouts in deep shade?', 'The harts-tongue sprouts in shade. [1]'),
    ).toBe(false);
    expect(kindLineForWhich('Quel est le rôle du trésorier ?', 'Trésorier : tient les comptes. [1]')).toBe(
      false,
    );
  });
});

describe('a "which" question answered by a line labelled with a name', () => {
  it('keeps a chat line whose label is the speaker the question names', () => {
    expect(kindLineForWhich('Which spray did Orla suggest?', 'Orla: you could use the copper one. [1]')).toBe(
      false,
    );
  });
});

describe('a "who" question answered by a pronoun', () => {
  it('flags a writer\'s sentence that gives the one asked only as "he"', () => {
    expect(
      pronounForWho(
        'Whom did Ola Hestvik ask to come along to the freight review?',
        'Marit Dunne wrote: I have him down to come. [1]',
      ),
    ).toBe(true);
    expect(
      pronounForWho(
        'Who signs the Brisk Ridge lease?',
        'On 3/4/2001 09:12 AM, Per Alm wrote (quoted in "lease"): She will sign it once the bank agrees. [1]',
      ),
    ).toBe(true);
  });

  it('keeps a sentence that names someone, or the writer\'s own "I"', () => {
    expect(
      pronounForWho(
        'Whom did Ola Hestvik ask to come along to the freight review?',
        'Marit Dunne wrote: I have him down to bring Kjell Vang. [1]',
      ),
    ).toBe(false);
    expect(pronounForWho('Who will book the room?', 'Marit Dunne wrote: I will book it today. [1]')).toBe(
      false,
    );
    expect(pronounForWho('Which lodger pays weekly?', 'He pays weekly. [1]')).toBe(false);
  });

  it('keeps a name opening the sentence as the doer of the act asked', () => {
    expect(
      pronounForWho(
        'Who was worried that the Tarsa crates would put them over budget?',
        'Marisol was worried that if we ship them now it will put us over budget ? [1]',
      ),
    ).toBe(false);
  });
});
