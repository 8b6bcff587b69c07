import { describe, expect, it } from 'vitest';
import {
  asksOf,
  classifySentence,
  contentSentences,
  isBoilerplate,
  isOffer,
  isProposal,
} from './mail-acts.ts';

describe('what a mail sentence does', () => {
  it('reads "make sure" as a request only when it tells the reader to', () => {
    expect(classifySentence('Just wanted to make sure everything went fine with the movers.')).toBe(
      'statement',
    );
    expect(classifySentence('We need to make sure the deposit clears before Friday.')).not.toBe('request');
    expect(classifySentence('Make sure to send the signed lease to Ottilie by Monday.')).toBe('request');
    expect(classifySentence('2) Make sure to check the meter readings.')).toBe('request');
    expect(classifySentence('You will need to make sure the form is signed.')).toBe('request');
  });

  it('does not take what someone else agreed to for a decision of the thread', () => {
    expect(classifySentence('You agreed to send the revised figures last week.')).not.toBe('decision');
    expect(classifySentence('As she agreed, the handover moves to the spring.')).not.toBe('decision');
    expect(classifySentence('We agreed to keep the Tromso office open.')).toBe('decision');
    // A decision still to come is no decision of the thread.
    expect(
      classifySentence('The port board is due to meet today - a decision expected around 11 AM.'),
    ).not.toBe('decision');
    expect(
      classifySentence('Our view is that the ruling will lead to a decision either way by spring.'),
    ).not.toBe('decision');
    expect(classifySentence('We made the decision to sell the Tromso office.')).toBe('decision');
    expect(classifySentence('The cut in ferry trips needs to be confirmed with you.')).not.toBe('decision');
    expect(classifySentence('The new rota is pending approval by the board.')).not.toBe('decision');
  });

  it('asks nothing with a closing offer of more help', () => {
    // Seen in lavorato-j weather.mbox ("any additional infromation", as typed) and southamerica.mbox.
    expect(asksOf('Please let me know if you would like to see any additional infromation.')).toEqual([]);
    expect(asksOf('Do you have any other questions or formats I could assist you with?')).toEqual([]);
    expect(asksOf('Is there anything else we can help you with?')).toEqual([]);
    expect(asksOf('Please let me know if you would like to see the draft lease before Friday.')).toEqual([
      'Please let me know if you would like to see the draft lease before Friday.',
    ]);
    expect(asksOf('Which of the two formats can you work with?')).toEqual([
      'Which of the two formats can you work with?',
    ]);
  });

  it('asks nothing with small talk, a condition after a name, or words in quotation marks', () => {
    expect(
      asksOf(
        'How are things - I want to be clear on the plans:\n- Is Lotte booking the hotel? Please give my thanks to Vera again.',
      ),
    ).toEqual(['Is Lotte booking the hotel?']);
    expect(asksOf('How are you, did the permits come through?')).toEqual([
      'How are you, did the permits come through?',
    ]);
    expect(asksOf('Ivo if you want to give me a call you know the number.')).toEqual([]);
    expect(asksOf('The only plan left is the "you give me the permit, I give you the land" swap.')).toEqual(
      [],
    );
    expect(asksOf('Please treat with discretion.')).toEqual([]);
    expect(asksOf('Please feel free to bring a friend.')).toEqual([]);
    expect(asksOf("Please see previous email for Ola's ranked picks.")).toEqual([]);
    expect(asksOf('Please treat this as confidential until the board meets.')).toEqual([]);
    // An "as asked" aside before the pointer changes nothing; a real ask after one stays an ask.
    expect(asksOf('Ivo, as requested, please see the attached.')).toEqual([]);
    expect(asksOf('As promised, please find the minutes below.')).toEqual([]);
    expect(asksOf('Ivo, as discussed, please send the signed lease to Ottilie.')).toEqual([
      'Ivo, as discussed, please send the signed lease to Ottilie.',
    ]);
  });

  it('quotes an ask without its list marker or the greeting before it', () => {
    expect(asksOf('Hi Ivo, have you had the invitations yet?\n- are you booking the boat?')).toEqual([
      'Have you had the invitations yet?',
      'are you booking the boat?',
    ]);
  });
});

describe('asks that are not asks', () => {
  it('reads a "?" standing for a lost character as no question', () => {
    expect(asksOf('Brunch buffet.\nNov 22 ?\nKiddie Table ?\nGrant letters out in February ??')).toEqual([]);
    expect(asksOf('Due date still around the 16th?')).toHaveLength(1);
    expect(
      asksOf(
        'Holiday hours\nNov 22 ? Open for brunch\nNov 23 ? Open 9 a.m. - 3 p.m. Caf? only\nDec 24 ? Closed',
      ),
    ).toEqual([]);
    expect(asksOf('Are you in ?')).toHaveLength(1);
  });

  it('takes neither a call to contact a company, an offer of more work, nor an ask reported of someone else for an ask', () => {
    expect(asksOf('Please contact one of our representatives to hear about the new contracts.')).toEqual([]);
    expect(asksOf('Please let me know if you would like for us to do more research on this.')).toEqual([]);
    expect(asksOf('I have asked Ola to give me the parameters of the sale.')).toEqual([]);
    expect(asksOf('Please give me the parameters of the sale.')).toHaveLength(1);
  });

  it('takes a pointer at an attachment for no ask also in short forms or with a comma after please', () => {
    expect(asksOf('Please, see attached schedule for the warehouse move.')).toEqual([]);
    expect(asksOf('Attached pls find the signed lease.')).toEqual([]);
    expect(asksOf('Pls see below the new rota.')).toEqual([]);
    expect(asksOf('Pls send the signed lease by Friday.')).toHaveLength(1);
  });

  it('takes an offer of help or a check that a delivery was what was wanted for no ask', () => {
    expect(asksOf('Let me know how I can help with the permit.')).toEqual([]);
    expect(asksOf('Let us know what we can do to help.')).toEqual([]);
    expect(asksOf("Let me know if this isn't what you needed.")).toEqual([]);
    expect(asksOf('Let me know how the permit hearing went.')).toHaveLength(1);
  });

  it('takes a courtesy offering more information or answers to questions not yet asked for no ask', () => {
    expect(asksOf('Please contact me if you require further details on the route.')).toEqual([]);
    expect(asksOf('Let me know what other questions you may have.')).toEqual([]);
    expect(asksOf('Please let us know of any concerns you have.')).toEqual([]);
    expect(asksOf('Let me know what time suits you for the review.')).toHaveLength(1);
  });

  it('takes a closing courtesy with its condition first or its reason last for no ask', () => {
    expect(asksOf('If you need changes to the text or have comments, please contact me.')).toEqual([]);
    expect(asksOf('Please call Ola at x33324 with questions.')).toEqual([]);
    expect(asksOf('If you need the keys, please call Ola before noon to pick them up.')).toHaveLength(0);
    expect(asksOf('Please call Ola at x33324 about the contract.')).toHaveLength(1);
    // A request with the courtesy joined on still asks.
    expect(
      asksOf('Please review the enclosed lease and contact me at (555) 370-1234 or Ola with any questions.'),
    ).toHaveLength(1);
    expect(
      asksOf("Please let us know if something comes up and you don't think you can work on them."),
    ).toEqual([]);
    // An open-ended offer to be contacted is no ask; a call set for a day is.
    expect(asksOf('Please contact me anytime I can assist you towards this goal.')).toEqual([]);
    expect(asksOf('Please call me anytime tomorrow to go over the figures.')).toHaveLength(1);
  });
});

describe('offers, choices and asks put politely', () => {
  it('reads an offer naming two ways to go as a choice the reader makes', () => {
    const choice = 'Let me know if you want us to book the gain this quarter or wait until next year.';
    expect(isOffer(choice)).toBe(false);
    expect(asksOf(choice)).toEqual([choice]);
    expect(isOffer('Let me know if you want me to call Lina or not.')).toBe(false);
    expect(isOffer('Let me know if you want us to order more paper for the printer.')).toBe(true);
  });

  it('reads "let me know if you want a copy sent" as an offer, not an ask', () => {
    expect(isOffer('Let me know if you want a draft prepared.')).toBe(true);
    expect(asksOf('Let me know if you want a signed copy faxed.')).toEqual([]);
    expect(isOffer('Let me know if you want the Tuesday slot.')).toBe(false);
  });

  it('reads "I would appreciate your thoughts" as an ask, not what others would appreciate', () => {
    expect(asksOf('I would appreciate your thoughts on this before Friday.')).toHaveLength(1);
    expect(asksOf("We'd really appreciate it if you could check the figures.")).toHaveLength(1);
    expect(asksOf('Your prompt response would be appreciated.')).toHaveLength(1);
    expect(asksOf('The staff would appreciate a longer lunch break.')).toEqual([]);
  });

  it('reads a "please don\'t" as a prohibition that asks for no answer', () => {
    expect(asksOf("Please don't share the attached sheet outside the team.")).toEqual([]);
    expect(asksOf('Please do not forward these slides.')).toEqual([]);
    expect(classifySentence('Please send the slides to Vera.')).toBe('request');
  });
});

describe('what the reader will need to do', () => {
  it('is a request to them, after "so", a comma or at the start; a condition or a question is none', () => {
    expect(classifySentence("The file is locked, so you'll need to ring me for the code.")).toBe('request');
    expect(classifySentence('You must sign both copies.')).toBe('request');
    expect(classifySentence('The gate is shut; you will have to use the side door.')).toBe('request');
    expect(classifySentence('Ring me if you need to change the time.')).not.toBe('request');
    expect(classifySentence('This is what you need to know about the move.')).toBe('statement');
    expect(classifySentence('You must not worry about the fee.')).toBe('statement');
    // A step of a procedure a notice describes ("How it works: … Then, you will need to…") asks no one.
    expect(classifySentence('Then, you will need to bring the form to our desk.')).toBe('statement');
  });
});

describe('what the writer will have to do', () => {
  it('is a necessity reported, not a promise; "I will" a promise still', () => {
    expect(
      classifySentence('It is looking like we will have to apply for a variance due to the setback rule.'),
    ).toBe('statement');
    expect(classifySentence("We'll need to file again in May.")).toBe('statement');
    expect(classifySentence('I will call the title company today.')).toBe('commitment');
    expect(classifySentence('We will have to wait, so I will send the forms on Monday.')).toBe('commitment');
  });
});

describe('"tell me", "send me" after a plural subject', () => {
  it('report what others do, while the same words said to the reader ask', () => {
    expect(classifySentence('My neighbours tell me that the ferry is late again this week.')).not.toBe(
      'request',
    );
    expect(classifySentence('They send me the harbour figures every Monday.')).not.toBe('request');
    expect(classifySentence('Please tell me when the ferry leaves.')).toBe('request');
    expect(classifySentence('Send me the harbour figures by Monday.')).toBe('request');
    expect(classifySentence('Pls send me the harbour figures.')).toBe('request');
  });
});

describe('what the writer needs to know from the reader', () => {
  it('is asked of them; what the writer needs to do is not', () => {
    expect(
      classifySentence('Along with the card details, I will need to know the names of the other 2 guests.'),
    ).toBe('request');
    expect(classifySentence('I need your signature on the lease by Friday.')).toBe('request');
    expect(classifySentence('We will need the signed forms from you before the closing.')).toBe('request');
    expect(classifySentence('I need to see the site plan for the Nordby lot.')).toBe('request');
    expect(classifySentence('I need to re-do that (again!) for the letter.')).toBe('statement');
    expect(classifySentence('We need to get this done by October 31.')).not.toBe('request');
    expect(classifySentence('We need to know that each of you will be here every day.')).not.toBe('request');
    expect(classifySentence('They will need to know the answer.')).not.toBe('request');
    // A condition still asks nothing.
    expect(classifySentence('If you pay by card, I will need the card number.')).toBe('statement');
  });
});

describe('a "?" the export left for a lost character', () => {
  it('after a stop ends no question, once a text shows the loss several times', () => {
    const text =
      'Sorry we missed you in Bergen in May.? At the time, I was leaving the firm I helped to start? and have joined an agency.\n\nOne of our groups sells naming rights.? There are good openings at the new arena.? Let me know when you have a free moment.';
    expect(asksOf(text)).toEqual(['Let me know when you have a free moment.']);
    // A real question after a stop-less sentence still asks.
    expect(asksOf('Are you coming to the arena? Let me know.')).toContain('Are you coming to the arena?');
  });
});

describe('a disclaimer sentence on its own', () => {
  it('is boilerplate, though it names no recipient', () => {
    expect(
      isBoilerplate('Any review, use, distribution or disclosure by others is strictly prohibited.'),
    ).toBe(true);
    expect(isBoilerplate('Smoking is strictly prohibited on the ferry.')).toBe(false);
  });
});

describe('contact lines the signature split left in the text', () => {
  it('are no sentences of the mail', () => {
    expect(
      contentSentences('We would like him at the November interviews.\n\nThanks!\n\nTamsin\nx57302'),
    ).toEqual(['We would like him at the November interviews.']);
    expect(
      contentSentences(
        'Let me know when you have a free moment.\n\nCheers, BD\n\nBo Dahl\nNorthgate Partners\n40 Quay Blvd. 6/F\nSpringfield, TX 77000\nP. 555-010-2000\nF. 555-010-2001\nEmail. bo.dahl@northgate.example',
      ),
    ).toEqual(['Let me know when you have a free moment.']);
  });
});

describe('a forwarded header run together into a sentence', () => {
  it('is no sentence: a writer with the date and time, or a Notes stamp with its fields', () => {
    expect(
      contentSentences(
        '\tHarbour Freight AS  From:  Tuva Ek      03/16/2026 11:20 AM Phone No: 555 010-7413\t\n\nThe north pier opens on Monday.',
      ),
    ).toEqual(['The north pier opens on Monday.']);
    expect(
      contentSentences(
        'Ivo Sand Sent by: Kim Moe 03/01/2026 05:10 PM To: Tuva Ek/OSL/HBR@HBR cc: Subject: Re: Pier rent\n\nThe rent is $4,100 a month.',
      ),
    ).toEqual(['The rent is $4,100 a month.']);
    expect(
      contentSentences(
        'Tuva Ek@HBR\n\nSent by: Kim Moe@HBR\n\nSand/OSL/HBR@HBR, Per Lund/BGO/HBR@HBR, Siv\n\n<siv.rud@example.org>, <per.lund@example.org>\n\nThe north pier opens on Monday.',
      ),
    ).toEqual(['The north pier opens on Monday.']);
    expect(contentSentences('03/16/2026 05:35 PM\n\nThe north pier opens on Monday.')).toEqual([
      'The north pier opens on Monday.',
    ]);
  });

  it('keeps a report line that gives a period From: one date To: another, and a plain address', () => {
    expect(contentSentences('Write to tuva.ek@example.org')).toEqual(['Write to tuva.ek@example.org']);
    expect(contentSentences('Ferry trips From: 03/01/2026 To: 03/14/2026 came to 212.')).toEqual([
      'Ferry trips From: 03/01/2026 To: 03/14/2026 came to 212.',
    ]);
  });
});

describe('proposals', () => {
  it('are what the writer puts forward, in the usual ways of saying so', () => {
    for (const sentence of [
      'I would suggest holding the review at the lake.',
      'My preference is the river lodge for its price.',
      'How about the river lodge?',
      'Pat, what about a dinner on the first night?',
      'We should keep the group small.',
      "Let's book the lodge for June.",
      '3) a boat trip would be great',
    ])
      expect(isProposal(sentence), sentence).toBe(true);
  });

  it('are not statements of what others did or what should not happen', () => {
    for (const sentence of [
      'The lodge was booked last June.',
      'We should not go back there.',
      'It lets you choose the room.',
      'They suggested nothing at the time.',
    ])
      expect(isProposal(sentence), sentence).toBe(false);
  });
});
