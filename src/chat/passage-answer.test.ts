import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../index/types.ts';
import { notesHit } from './__fixtures__/search-hit.ts';
import { CitationList } from './citations.ts';
import { extractiveAnswer, weaklySupported } from './passage-answer.ts';
import { askedVerb } from './question-terms.ts';

const passage = notesHit;

describe('extractiveAnswer: typed values', () => {
  it('a code made only of the question words names the topic; the value asked for answers', () => {
    const hit = passage('FIELD-NOTES\n\nJournal of the Society\n\nISSN 2345-6789\n\nEditorial');
    const answer = extractiveAnswer(
      'What is the ISSN of the Field-Notes journal?',
      [hit],
      new CitationList(),
    );
    expect(answer.answer).toBe('ISSN 2345-6789. [1]');
  });

  it('a chat line of only the question words still answers when it carries the place asked for', () => {
    const hit = passage(
      [
        '[07:02] <tam_k> thanks a lot',
        '[07:03] <tam_k> Home : /home/tam_k',
        '[07:04] <rolf> yes it seems ok tam_k',
      ].join('\n'),
      'chat',
    );
    const answer = extractiveAnswer("What is tam_k's home folder?", [hit], new CitationList());
    expect(answer.answer).toBe('tam_k: Home : /home/tam_k. [1]');
  });
});

describe('extractiveAnswer: a restatement after the answer', () => {
  it('the "i.e." sentence right after the answer works it out for a case and goes with it', () => {
    const hit = passage(
      'Booking a hall requires a deposit of $40 per seat.  ie. 30seats would need $1,200\n\nRegards, Ola',
      'email',
    );
    const answer = extractiveAnswer(
      'How much deposit would 30 seats need to book a hall?',
      [hit],
      new CitationList(),
    );
    expect(answer.answer).toContain('$1,200');
  });
});

describe('weaklySupported: reasons', () => {
  it('a sentence that gives a reason in a passage on the question is support, though it carries none of its words', () => {
    const hit = {
      ...passage(
        'Hello Ivo. I hope the spring finds you well. My lease ends in May, and so I am asking whether there is an opening in your group. Thanks for your time.',
      ),
      title: 'Ana Holt looking for a job up north',
    };
    const question = 'Why is Ana Holt looking for a job up north?';
    const answer = extractiveAnswer(question, [hit], new CitationList());
    expect(answer.answer).toContain('My lease ends in May');
    expect(weaklySupported(answer, 'reason')).toBe(false);
  });
});

describe('weaklySupported', () => {
  it('a sentence that carries none of the question words itself is a guess for an untyped question', () => {
    const hit = { ...passage('Looks like my guess was off a bit.'), title: 'Ostra site plan' };
    const guess = extractiveAnswer('What is the plan for the Ostra site?', [hit], new CitationList());
    expect(guess.found).toBe(true);
    expect(weaklySupported(guess, undefined)).toBe(true);
    const told = extractiveAnswer(
      'What is the plan for the Ostra site?',
      [passage('The plan for the Ostra site is to open a second loading bay.')],
      new CitationList(),
    );
    expect(weaklySupported(told, undefined)).toBe(false);
  });
});

describe('askedVerb', () => {
  it('is the verb a what-does-someone question asks about', () => {
    expect(askedVerb('What does Ola need from me for the brochure?')).toBe('need');
    expect(askedVerb('What did the board approve last week?')).toBeUndefined();
    expect(askedVerb('What did Ola say about the brochure?')).toBeUndefined();
    expect(askedVerb('What does Ola have for us?')).toBeUndefined();
  });
  it('is the act that is due in a how-long or when question', () => {
    expect(askedVerb('How long does the builder have to finish the porch?')).toBe('finish');
    expect(askedVerb('When do we need to return the keys?')).toBe('return');
    expect(askedVerb('How long is the porch?')).toBeUndefined();
  });
});

describe('extractiveAnswer: the sentence with the act that is due', () => {
  it('answers with the deadline of the act asked, not of the one beside it', () => {
    const mail = passage(
      '1)  Make sure to put together your list of repairs within 30 days and to deliver it to the builder.\n\n2)  Make sure to follow up with the builder about the porch.  He is supposed to finish that work within 60 days from today.',
      'email',
    );
    expect(
      extractiveAnswer('How long does the builder have to finish the porch?', [mail], new CitationList())
        .answer,
    ).toContain('60 days');
  });
});

describe('a Japanese question and the line it asks about', () => {
  it('match though the analyser spells their Han characters two ways', () => {
    const hit = passage('日本農業協会\n理事長　山田　太郎　殿\n提出書類は下記の通り。');
    const answer = extractiveAnswer('日本農業協会の理事長は誰ですか？', [hit], new CitationList());
    expect(answer.found).toBe(true);
    expect(answer.answer).toContain('山田');
  });
});

describe('a question about a change of plan', () => {
  it('takes the sentence that tells the new time, not only the old plan', () => {
    const plan = passage('The board will hold a press briefing call today at 11:00 am.', 'email');
    const change = passage('The call has been rescheduled for 5:00 pm.', 'email');
    const answer = extractiveAnswer(
      'When is the press call rescheduled to?',
      [plan, change],
      new CitationList(),
    );
    expect(answer.answer).toContain('5:00 pm');
    expect(answer.answer).not.toContain('11:00');
  });
});

describe('extractiveAnswer: the thing and the name asked', () => {
  it('a figure whose sentence carries none of the question and no word of the thing asked near it is no answer', () => {
    const hit = passage(
      'Tove Arden joined the harbour team.\n\nThe crews would be reluctant to take a 70 cent cut without relief. The board may offer 70 cents.',
    );
    expect(extractiveAnswer('What salary did Tove Arden accept?', [hit], new CitationList()).found).toBe(
      false,
    );
    const paid = passage('Tove Arden joined the harbour team.\n\nHer salary is $70,000 a year.');
    expect(
      extractiveAnswer('What salary did Tove Arden accept?', [paid], new CitationList()).answer,
    ).toContain('$70,000');
  });
});

describe('extractiveAnswer: chat advice, answers and paths', () => {
  it('"what did X suggest" is answered by the line that advises, not the one that states the problem', () => {
    const hit = passage(
      [
        '[20:09] <brin> is there a tool that writes signed index files for a local mirror?',
        "[20:10] <olav_k> brin: Unfortunately repo-scan doesn't support signed index files.",
        '[20:11] <olav_k> brin: But you could use mirror-pack for that.',
      ].join('\n'),
      'chat',
    );
    const answer = extractiveAnswer(
      'What did olav_k suggest using for signed index files?',
      [hit],
      new CitationList(),
    );
    expect(answer.answer).toContain('But you could use mirror-pack for that.');
  });

  it('the answer to a question outranks the words of the one who asked it', () => {
    const hit = passage(
      [
        '[18:47] <tove> How do I make a new user? The system uses ksh instead of zsh by default, and I want zsh.',
        '[18:48] <arvo> tove: ksh is only used for scripts by default.',
      ].join('\n'),
      'chat',
    );
    const answer = extractiveAnswer('What is ksh used for by default?', [hit], new CitationList());
    expect(answer.answer).toBe('arvo: tove: ksh is only used for scripts by default. [1]');
  });

  it('a path that holds a word of the question is still the place asked for', () => {
    const hit = passage(
      [
        '[18:40] <arvo> tove: If you are using LinkKeeper: In /etc/LinkKeeper/saved-links',
        '[18:45] <tove> arvo: /etc/links contains only "lo"',
      ].join('\n'),
      'chat',
    );
    const answer = extractiveAnswer(
      'Where does LinkKeeper store the link settings?',
      [hit],
      new CitationList(),
    );
    expect(answer.answer).toContain('/etc/LinkKeeper/saved-links');
  });

  it("a posted link's own words do not put the line on the question's topic, unless a link is asked", () => {
    const hit = passage(
      [
        '[09:12] <wren> which viewer can loop a slideshow deck?',
        '[09:14] <mossy> wren: https://example.org/docs/slideshow-viewer-loop.html',
      ].join('\n'),
      'chat',
    );
    const asked = (question: string) => extractiveAnswer(question, [hit], new CitationList());
    expect(asked('Which viewer did mossy say can loop a slideshow?').found).toBe(false);
    // A value read only off the link's path is the link's, not an answer to "which flag".
    const flag = passage(
      [
        '[10:02] <wren> the build drops the fast-math hints',
        '[10:03] <mossy> wren: https://example.org/issues/4521',
        '[10:05] <mossy> wren: adding "--keep-hints" helps',
      ].join('\n'),
      'chat',
    );
    expect(
      extractiveAnswer('Which flag did mossy say keeps the fast-math hints?', [flag], new CitationList())
        .answer,
    ).not.toContain('issues/4521');
    expect(asked('Which link did mossy post about the slideshow viewer?').answer).toContain(
      'https://example.org/docs/slideshow-viewer-loop.html',
    );
  });
});

describe('extractiveAnswer: chat replies and roles', () => {
  it("a line addressed to someone who just asked takes the asker's question, over a later line on its words", () => {
    const hit = passage(
      [
        '[09:10] <nadia> my laptop froze with a kernel panic, how do I recover?',
        '[09:10] <bram> anyone seen the new theme?',
        '[09:11] <vik> nadia hold the power button and boot again',
        '[09:11] <quill> bram: not yet',
        '[09:12] <vik> nadia that is the only way out of a panic',
      ].join('\n'),
      'chat',
    );
    const answer = extractiveAnswer(
      'What did vik tell nadia to do about the kernel panic?',
      [hit],
      new CitationList(),
    );
    expect(answer.answer).toBe('vik: nadia hold the power button and boot again. [1]');
  });

  it('a line that only posts a link to someone gives way to the one that says something', () => {
    const hit = passage(
      [
        '[11:20] <lotte> how do I keep a job running after I log out?',
        '[11:21] <pim> lotte: there is a tool called tmux that does it',
        '[11:22] <pim> lotte: http://forum.example.org/thread/48213',
      ].join('\n'),
      'chat',
    );
    const answer = extractiveAnswer(
      'What did pim suggest to lotte to keep a job running after logging out?',
      [hit],
      new CitationList(),
    );
    expect(answer.answer).toBe('pim: lotte: there is a tool called tmux that does it. [1]');
  });

  it("an unanswered question put to the channel is not answered by its asker's own words", () => {
    const talk = (reply: string) =>
      passage(
        [
          '[10:20] <dory> is there any reason to keep ~/.thumbs? it only holds links to my shares',
          '[10:21] <kell> winnie: is there any option to mount the share at boot',
          ...(reply ? [reply] : []),
        ].join('\n'),
        'chat',
      );
    const question = 'Is there any reason to keep ~/.thumbs?';
    expect(extractiveAnswer(question, [talk('')], new CitationList()).found).toBe(false);
    expect(
      extractiveAnswer(
        question,
        [talk('[10:22] <kell> dory: ~/.thumbs is a cache, no reason to keep it')],
        new CitationList(),
      ).answer,
    ).toContain('no reason to keep it');
  });

  it('a reply the asker thanks for answers the question though it names no one', () => {
    const talk = (thanks: string) =>
      passage(
        [
          '[14:02] <brisk> in which cases does the kiln skip its cooling cycle?',
          '[14:03] <brisk> or is that just up to the firmware?',
          '[14:04] <olek> up to the firmware',
          '[14:05] <olek> as a rule of thumb the cooling cycle is skipped if the door sensor is unplugged',
          thanks,
          '[14:07] <brisk> might just leave the door open then',
        ].join('\n'),
        'chat',
      );
    const question = 'In which cases does olek say the kiln skips its cooling cycle?';
    expect(
      extractiveAnswer(
        question,
        [talk('[14:06] <brisk> ok, that is a useful rule. thanks!')],
        new CitationList(),
      ).answer,
    ).toContain('door sensor is unplugged');
    expect(
      extractiveAnswer(question, [talk('[14:06] <brisk> hm, the firmware is old')], new CitationList()).found,
    ).toBe(false);
  });

  it("a fact of the kind asked in the asker's own line still answers", () => {
    const hit = passage(
      [
        '[09:30] <jo> trouble with printd: it restarts at 06:25 every morning, any idea why?',
        '[09:31] <kell> winnie: try the other cable',
      ].join('\n'),
      'chat',
    );
    expect(
      extractiveAnswer('At what time does printd restart every morning?', [hit], new CitationList()).answer,
    ).toContain('06:25');
  });

  it("a path in a document's line on the topic is still the place asked for", () => {
    const slide = passage('Per-process limits\n\nLinux: /etc/security/limits.conf');
    expect(
      extractiveAnswer('Where do per-process limits go on Linux?', [slide], new CitationList()).answer,
    ).toContain('/etc/security/limits.conf');
  });

  it('a file path is no place for a question that asks of no file', () => {
    const talk = (question: string) =>
      extractiveAnswer(
        question,
        [
          passage(
            [
              '[14:30] <tove> which grub entry boots the old kernel?',
              '[14:31] <rask> tove: sudo nano /boot/grub/menu.lst and look',
              '[14:32] <rask> tove: grub entries count from 0, not 1',
            ].join('\n'),
            'chat',
          ),
        ],
        new CitationList(),
      ).answer;
    expect(talk('Where do grub entries count from?')).not.toContain('menu.lst');
    expect(talk('Where is the grub menu file?')).toContain('/boot/grub/menu.lst');
  });

  it('a reply to a question put to its speaker answers with that question', () => {
    const hit = passage(
      [
        '[10:01] <wren> is there a newer compiler for the board?',
        '[10:02] <oskar> wren: which version of gcc are you on?',
        '[10:03] <wren> 9.2.1',
        '[10:04] <pell> gcc 12.1 has been out for a while',
      ].join('\n'),
      'chat',
    );
    const answer = extractiveAnswer('Which gcc version is wren using?', [hit], new CitationList());
    expect(answer.answer).toBe('wren: 9.2.1. [1]');
  });

  it('a reply to a question put to its speaker by the bare nick answers with that question', () => {
    const hit = passage(
      [
        '[10:01] <thessaly> the drawer closes itself on the tablet when I swipe down',
        '[10:02] <corvin>  thessaly what version of loomkit-ios are you using?',
        '[10:02] <brisk> anyone around for a webhook question?',
        '[10:03] <thessaly> 41.2.0',
        '[10:04] <corvin> ok, give me a moment to try that',
      ].join('\n'),
      'chat',
    );
    const answer = extractiveAnswer('What loomkit-ios version does thessaly run?', [hit], new CitationList());
    expect(answer.answer).toBe('thessaly: 41.2.0. [1]');
  });

  it('a reply to a question that names its speaker last answers with that question', () => {
    const hit = passage(
      [
        '[10:01] <wren> which desktop suits an old netbook, lxde or xfce?',
        '[10:02] <oskar> how much memory does the netbook have wren ?',
        '[10:03] <wren> 1gb memory.',
        '[10:04] <pell> xfce needs more memory than lxde',
      ].join('\n'),
      'chat',
    );
    const answer = extractiveAnswer("How much memory does wren's netbook have?", [hit], new CitationList());
    expect(answer.answer).toBe('wren: 1gb memory. [1]');
  });

  it('a sentence of a chat line is quoted with the rest of its line', () => {
    const hit = passage(
      [
        '[21:40] <oskar> wren: what is the dock for?',
        '[21:41] <wren> oskar: a homemade dock for my desktop. I am using openbox and it needs its own tools',
        '[21:42] <pell> wren: gtk is fine for that',
      ].join('\n'),
      'chat',
    );
    const answer = extractiveAnswer('What does wren use the homemade dock for?', [hit], new CitationList());
    expect(answer.answer).toBe(
      'wren: oskar: a homemade dock for my desktop. I am using openbox and it needs its own tools. [1]',
    );
  });

  it('a sentence of a chat line that holds the value asked is quoted alone', () => {
    const hit = passage(
      [
        '[11:20] <oskar> wren: what are you running now?',
        "[11:21] <wren> oskar, I'm upgrading from Slackware 14.2. All of this worked in 14.2, so something broke between 14.x and 15.x",
        '[11:22] <pell> wren: check the changelog',
      ].join('\n'),
      'chat',
    );
    const answer = extractiveAnswer(
      'Which Slackware version is wren upgrading from?',
      [hit],
      new CitationList(),
    );
    expect(answer.answer).toBe("wren: oskar, I'm upgrading from Slackware 14.2. [1]");
  });

  it("a reply by name to a remark takes the remark's words too", () => {
    const talk = (remark: string) =>
      passage(
        [
          `[10:01] <oskar> wren: ${remark}`,
          "[10:02] <wren> oskar: I'm using v9.2.1 and it seems to be broken",
          '[10:04] <pell> gcc 12.1 has been out for a while',
        ].join('\n'),
        'chat',
      );
    const question = 'Which gcc version is wren using?';
    expect(
      extractiveAnswer(question, [talk('in later versions of gcc you can build it')], new CitationList())
        .answer,
    ).toBe("wren: oskar: I'm using v9.2.1 and it seems to be broken. [1]");
  });

  it('"who is X\'s manager" is not answered by a line that never names the role', () => {
    const hit = passage('Mira Castell runs the night shift.\n\nMira Castell joined in March.');
    const answer = extractiveAnswer("Who is Mira Castell's manager?", [hit], new CitationList());
    expect(answer.found).toBe(false);
  });

  it('a passage that lacks the last name asked about does not answer', () => {
    const hit = passage('Mira will present the harbour budget on Friday.');
    const answer = extractiveAnswer(
      'When will Mira Castell present the harbour budget?',
      [hit],
      new CitationList(),
    );
    expect(answer.found).toBe(false);
  });
});

describe('extractiveAnswer: who, thresholds and signatures', () => {
  it('"who" wants a person other than the ones the question names', () => {
    const hit = passage(
      'Please have a look at the resume. I met Ivo years ago and was impressed by him. He may be a good candidate to work with Lena Sarkis.\n\n<<Ivo Marquart.doc>>',
      'email',
      { data: { from: { name: 'Petra Lind' } } },
    );
    const answer = extractiveAnswer('Who did Petra think Ivo could work with?', [hit], new CitationList());
    expect(answer.answer).toBe('He may be a good candidate to work with Lena Sarkis. [1]');
  });

  it('a figure compared against is no sum paid', () => {
    const hit = passage(
      'Since the sale of the Quarry Lot was greater than $2.5 MM, it needs a second signature.',
    );
    const answer = extractiveAnswer(
      'How much did Brookline pay for the Quarry Lot?',
      [hit],
      new CitationList(),
    );
    expect(answer.found).toBe(false);
  });

  it('the number at the foot of a signature is the number of the name that heads it', () => {
    const hit = passage(
      'Can you send me the list by Friday?\n\nNoor Haddad\nDirector, Harbour Logistics\nHARBOUR SUPPLY CO\nPh:  (555) 013-4477',
      'email',
    );
    const answer = extractiveAnswer("What's Noor Haddad's phone number?", [hit], new CitationList());
    expect(answer.answer).toContain('013-4477');
  });

  it('an initial and an abbreviated department keep the block whole; a sentence breaks it', () => {
    const block = (middle: string) =>
      passage(
        `The seals were ordered.\n\nNoor B. Haddad\nSupervisor, Harbour Services\n${middle}\nEB4410\nPhone: 555-013-4477`,
        'email',
      );
    const question = "What's Noor Haddad's phone number?";
    expect(extractiveAnswer(question, [block('Port Records Dept.')], new CitationList()).answer).toContain(
      '013-4477',
    );
    expect(
      extractiveAnswer(question, [block('Please send the seals to me.')], new CitationList()).found,
    ).toBe(false);
  });
});

describe('extractiveAnswer: a figure given as a change', () => {
  const mail = passage(
    'Next year we will drop the well data and add Scout Lite, which will cut the cost by $115,500. Scout Lite has only one year of history.',
    'email',
  );
  it('is no answer to what a thing costs', () => {
    expect(
      extractiveAnswer('How much does Scout Lite cost per year?', [mail], new CitationList()).found,
    ).toBe(false);
  });
  it('answers how much it saves', () => {
    expect(
      extractiveAnswer('How much will adding Scout Lite save?', [mail], new CitationList()).answer,
    ).toContain('$115,500');
  });
});

describe('extractiveAnswer: who took part', () => {
  it("is answered by minutes' participants line", () => {
    const minutes = passage(
      'Harbour plan review minutes\nAgenda\n1. Review of the requirements.\nParticipants: Ana Ruiz, Ben Ode, Cy Lam\n\nThe schedule will be sent by Friday.',
    );
    const answer = extractiveAnswer(
      'Who took part in the harbour plan review?',
      [minutes],
      new CitationList(),
    );
    expect(answer.answer).toBe('Participants: Ana Ruiz, Ben Ode, Cy Lam. [1]');
  });
});

describe('extractiveAnswer: a day asked by month and number', () => {
  it('is matched as a day: a passage that writes it as figures answers, a price with the same number does not', () => {
    const report = passage(
      'The harbour desk made approx $4MM today. The ferry desk lost a little.',
      'email',
      {
        date: '2003-03-14T22:00:00Z',
        title: 'COB 03.14.03 estimate',
      },
    );
    const lunch = passage('Lunch with the harbour desk costs $14.00 per person.', 'email', {
      chunkId: 2,
      date: '2003-03-14T09:00:00Z',
    });
    const answer = extractiveAnswer(
      'How much did the harbour desk make on March 14?',
      [lunch, report],
      new CitationList(),
      'amount',
      { date: new Date('2003-03-14T12:00:00Z'), now: new Date('2003-03-17T12:00:00Z') },
    );
    expect(answer.answer).toBe('The harbour desk made approx $4MM today. [1]');
  });

  it('mail written before that day, naming no day, does not tell what happened on it', () => {
    const older = passage('Tomas Berg was moved to the ferry desk.', 'email', {
      date: '2003-02-02T10:00:00Z',
    });
    const asked = { date: new Date('2003-03-14T12:00:00Z'), now: new Date('2003-03-17T12:00:00Z') };
    const question = 'Who was moved to the ferry desk on March 14?';
    expect(extractiveAnswer(question, [older], new CitationList(), 'person', asked).found).toBe(false);
    const announced = passage('On March 14 Tomas Berg moves to the ferry desk.', 'email', {
      date: '2003-02-02T10:00:00Z',
    });
    expect(extractiveAnswer(question, [announced], new CitationList(), 'person', asked).found).toBe(true);
  });

  it("a subject that names the day dates its mail's lines; a code labelled with another kind is not the one asked", () => {
    const details = passage(
      'Here are the details for the harbour call:\nDial-in number: 800-555-0111\nHost code: 524411 (Ana)\nParticipant code: 733190',
      'email',
      { date: '2031-03-13T22:00:00Z', title: 'Conf. call on Friday, 3/14 at 10:00 a.m.' },
    );
    const asked = { date: new Date('2031-03-14T12:00:00Z'), now: new Date('2031-03-13T23:00:00Z') };
    const answer = extractiveAnswer(
      'What is the participant code for the harbour call on March 14?',
      [details],
      new CitationList(),
      'code',
      asked,
    );
    expect(answer.answer).toBe('Participant code: 733190. [1]');
  });

  it('a code of a kind asked is not answered by a line without one', () => {
    const details = passage(
      'Here are the details for the harbour call: Dial-in number: 800-555-0111 Host code: 524411',
    );
    const answer = extractiveAnswer(
      "What's the moderator dial-in code for the harbour call?",
      [details],
      new CitationList(),
      'code',
    );
    expect(answer.found).toBe(false);
  });
});

describe('extractiveAnswer: a suggestion put as a question', () => {
  it('answers what someone suggests; a plain question does not', () => {
    const hit = passage(
      'Ines -\n\nThe harbour office says there are "billing issues" with the deposit. Should we get Tomas Berg or Ada to get this sorted out?',
      'email',
    );
    const suggested = extractiveAnswer(
      'Who does Ines suggest to get the deposit issue sorted out?',
      [hit],
      new CitationList(),
    );
    expect(suggested.answer).toContain('Tomas Berg');
    const asked = extractiveAnswer('Who will sort out the deposit issue?', [hit], new CitationList());
    expect(asked.answer).not.toContain('Tomas Berg');
  });
});

describe('extractiveAnswer: where', () => {
  it('the thing asked about is not its own place: "in the Harbour Board" does not say where its meeting is', () => {
    const note = passage(
      'Because of your seat in the Harbour Board, the meeting papers will be held for you each quarter.',
      'email',
    );
    const invite = passage('The meeting will be held in the 12th floor Boardroom.', 'email', {
      chunkId: 2,
      title: 'Board meeting moved',
    });
    const answer = extractiveAnswer(
      'Where will the Harbour Board Meeting be held?',
      [note, invite],
      new CitationList(),
    );
    expect(answer.answer).toBe('The meeting will be held in the 12th floor Boardroom. [1]');
  });
});

describe('extractiveAnswer: an option named in the question', () => {
  it('the line that writes the option gives its value, not another version in the talk', () => {
    const chat = passage(
      [
        '[10:01] <kit> loading the plugin as a module is broken',
        "[10:02] <kit> rolf: I'm using v4.2.1 and plugin loading seems broken",
        '[10:05] <kit> using the `--mode plain` loader works just fine',
      ].join('\n'),
      'chat',
    );
    const answer = extractiveAnswer(
      "Which --mode flag got kit's plugin loading?",
      [chat],
      new CitationList(),
    );
    expect(answer.answer).toContain('--mode plain');
  });
});

describe('extractiveAnswer: a name after a title', () => {
  it('answers "who" in German, where every noun is capitalised', () => {
    const slide = passage(
      [
        'Vertiefungsvorträge zur Flussökologie',
        'Sparkling Science Projekt',
        'Wasser für Kinder',
        'Entwicklung einer Methodik zur Flussökologie für Jugendliche DI Lena Marquart',
        'Institut für Wasserbau',
      ].join('\n'),
    );
    const answer = extractiveAnswer(
      'Wer hält die Vertiefungsvorträge zur Flussökologie?',
      [slide],
      new CitationList(),
    );
    expect(answer.answer).toContain('DI Lena Marquart');
    expect(weaklySupported(answer, 'person')).toBe(false);
  });
});

describe('extractiveAnswer: a question about the time of day', () => {
  it('is not answered by a sentence that gives the day alone', () => {
    const hit = passage(
      'Please plan to attend the harbour budget review on Tuesday, Oct. 23rd. Bring the figures for the east wing.',
    );
    const answer = extractiveAnswer(
      'What time is the harbour budget review on Tuesday?',
      [hit],
      new CitationList(),
    );
    expect(answer.found).toBe(false);
  });

  it('is answered by the sentence that gives the clock time', () => {
    const hit = passage(
      'Please plan to attend the harbour budget review on Tuesday, Oct. 23rd. The harbour budget review starts at 4:30 pm in the east wing.',
    );
    const answer = extractiveAnswer(
      'What time is the harbour budget review on Tuesday?',
      [hit],
      new CitationList(),
    );
    expect(answer.found).toBe(true);
    expect(answer.answer).toContain('4:30 pm');
  });

  it('a question about the day still takes the day alone', () => {
    const hit = passage('Please plan to attend the harbour budget review on Tuesday, Oct. 23rd.');
    const answer = extractiveAnswer('When is the harbour budget review?', [hit], new CitationList());
    expect(answer.answer).toContain('Oct. 23rd');
  });
});

describe('extractiveAnswer: who', () => {
  it('a sentence that shares the question word but names nobody does not answer', () => {
    const hit = passage(
      'Lisbon were rained out so their order count is down 40. The rest of the desk was busy.',
    );
    const answer = extractiveAnswer('Who was rained out on Monday?', [hit], new CitationList());
    expect(answer.found).toBe(false);
  });

  it('the sentence that names the person answers', () => {
    const hit = passage(
      'The Lisbon office was rained out. Tomas Berg was rained out on Monday and stayed home.',
    );
    const answer = extractiveAnswer('Who was rained out on Monday?', [hit], new CitationList());
    expect(answer.found).toBe(true);
    expect(answer.answer).toContain('Tomas Berg');
  });

  it('a chapter, a plan or a product in capitals names no one: refused', () => {
    const chapter = passage(
      'No hearing is required for the permit for a garden shed, or any appeal, under Chapter 12.40 of the code.',
    );
    expect(
      extractiveAnswer('Who issues the permit for a garden shed?', [chapter], new CitationList()).found,
    ).toBe(false);
    const plans = passage(
      'For two weeks we have been putting together the Staffing/Integration Plans for Brightco.',
    );
    expect(
      extractiveAnswer(
        'Who is putting together the staffing part of the Brightco plans?',
        [plans],
        new CitationList(),
      ).found,
    ).toBe(false);
  });

  it('a first name the mail knows from its recipients names someone', () => {
    const hit = passage('Mary is putting together the staffing plans for Brightco this week.', 'email', {
      people: [
        { name: 'Vance, Oren', role: 'from' },
        { name: 'Okafor, Mary', role: 'to' },
      ],
    });
    const answer = extractiveAnswer('Who is putting together the staffing plans?', [hit], new CitationList());
    expect(answer.found).toBe(true);
    expect(answer.answer).toContain('Mary');
  });
});

describe('extractiveAnswer: how many', () => {
  it('a figure of something else beside the counted thing does not answer', () => {
    const hit = passage(
      'Delta bonds were on the desk all day. Delta closed today at $4.10 on a volume of 812,000.',
    );
    const answer = extractiveAnswer('How many Delta bonds did we sell?', [hit], new CitationList());
    expect(answer.found).toBe(false);
  });

  it('the count of the things asked answers', () => {
    const hit = passage(
      'Delta closed today at $4.10 on a volume of 812,000. We sold 2,500 Delta bonds this morning.',
    );
    const answer = extractiveAnswer('How many Delta bonds did we sell?', [hit], new CitationList());
    expect(answer.answer).toContain('2,500');
  });
});

describe('extractiveAnswer: "today" in mail sent in the evening west of UTC', () => {
  it('is the day the writer wrote it, not the next day in UTC', () => {
    // Sent at 18:30 on 9 May in a zone eight hours behind UTC: 02:30 on 10 May in UTC.
    const hit = passage(
      'Mira Halvorsen announced today that she has resigned from the Kestrel Board. Her successor will be named later. He added, "Our concern is for the Kestrel staff and I step down from the Board."',
      'email',
      { date: '2031-05-10T02:30:00Z', title: 'Board news' },
    );
    const asked = { date: new Date('2031-05-09T12:00:00Z'), now: new Date('2031-05-11T12:00:00Z') };
    const answer = extractiveAnswer(
      'Who resigned from the Board on May 9?',
      [hit],
      new CitationList(),
      'person',
      asked,
    );
    expect(answer.answer).toBe(
      'Mira Halvorsen announced today that she has resigned from the Kestrel Board. [1]',
    );
  });
});

describe('extractiveAnswer: when something ends', () => {
  it('a start time alone does not say when it ends; a range does', () => {
    const notice = passage(
      'There will be a Harbour Forum meeting every Thursday at 3:00PM in Room 12B.',
      'email',
    );
    const question = 'What time does the Harbour Forum meeting end?';
    expect(extractiveAnswer(question, [notice], new CitationList(), 'date').found).toBe(false);
    const ranged = passage(
      'The Harbour Forum meeting runs every Thursday, 3:00-4:15 PM in Room 12B.',
      'email',
    );
    expect(extractiveAnswer(question, [ranged], new CitationList(), 'date').answer).toContain('3:00-4:15 PM');
  });
});

describe('extractiveAnswer: pounds of weight', () => {
  it('are no price for a cost question', () => {
    const hit = passage(
      'The survey tested vans weighing less than 6,200 pounds. The survey ran for two summers.',
      'document',
    );
    const answer = extractiveAnswer('How much did the van survey cost?', [hit], new CitationList());
    expect(answer.found).toBe(false);
  });
});

describe('a passage about something else', () => {
  it('does not answer a question whose noun it lacks, though it shares the question’s other words', () => {
    const rent = passage(
      'The questions I had about the lake property: unit 4 paid half on 2/9 and nothing on 2/16. What is due now?',
    );
    const answer = extractiveAnswer('When are my property levies due?', [rent], new CitationList());
    expect(answer.found).toBe(false);
    const levies = passage('The property levies are due on 30 April, at the county office.');
    const told = extractiveAnswer('When are my property levies due?', [rent, levies], new CitationList());
    expect(told.answer).toContain('30 April');
  });

  it('still answers when the question names what the passage is about', () => {
    const stay = passage('Booking for Ines Duarte, Lisbon. # Nights: 6. Room type: double.');
    const answer = extractiveAnswer('How many nights is the Lisbon stay?', [stay], new CitationList());
    expect(answer.answer).toContain('6');
  });
});

describe('a name asked in full', () => {
  it('a passage with all of its words outranks one with only part of it', () => {
    const other = passage(
      'To confirm the Receivable session with you on Friday, 9:00 am: it is in Conference Room 14B.',
      'email',
      { chunkId: 2, path: '/work/other.mbox' },
    );
    const named = passage(
      'Ledger Receivable meeting notes. It is on Tuesday. Room: Conference Room 7A.',
      'email',
      {
        chunkId: 3,
        path: '/work/named.mbox',
      },
    );
    const answer = extractiveAnswer(
      'Which room is the Ledger Receivable review in?',
      [other, named],
      new CitationList(),
    );
    expect(answer.answer).toContain('7A');
  });
});

describe('why', () => {
  it('a sentence that states the thing asked but gives no reason is followed by the next one', () => {
    const hit = passage(
      "Ana,\n\nI won't be at the depot on Friday. I am having my shoulder looked at.\n\nTell Bo the crates can wait.",
    );
    const answer = extractiveAnswer('Why is Ana not at the depot on Friday?', [hit], new CitationList());
    expect(answer.answer).toContain('shoulder');
  });
  it('a sentence that opens as a consequence ("Accordingly, …") comes with the one before it', () => {
    const hit = passage(
      'Bo, the storage audit starts next week. Under the audit rules we must keep every crate label. Accordingly, the usual label shredding is stopped until further notice. Thanks.',
    );
    const answer = extractiveAnswer('Why is the usual label shredding stopped?', [hit], new CitationList());
    expect(answer.answer).toContain('Under the audit rules we must keep every crate label.');
    expect(answer.answer).toContain('Accordingly, the usual label shredding is stopped');
  });
  it('a sentence that gives the reason stands alone', () => {
    const hit = passage('The crates wait at the depot because the lift is broken. Bo will call on Monday.');
    const answer = extractiveAnswer('Why do the crates wait at the depot?', [hit], new CitationList());
    expect(answer.answer).toBe('The crates wait at the depot because the lift is broken. [1]');
  });
});

describe('kind of', () => {
  it('"what kind of <thing>" is not answered by a sentence that only names the person asked about', () => {
    const hit = passage(
      'I want to bring Orla something for all her help with the move. What kind of tea does she like? Let me know soon.',
    );
    expect(extractiveAnswer('What kind of tea does Orla like?', [hit], new CitationList()).found).toBe(false);
    const told = passage('Orla loves smoky tea, the Lapsang kind. She drinks it every morning.');
    expect(extractiveAnswer('What kind of tea does Orla like?', [told], new CitationList()).answer).toContain(
      'Lapsang',
    );
  });
});

describe('who', () => {
  it('a sentence that names someone but shares only names and light verbs with the question does not answer it', () => {
    const other = passage(
      'Rob, I spoke to Lars Berg of the agency on Friday and asked about the delay. He told me there is no point in waiting.',
    );
    expect(
      extractiveAnswer('Who did Rob ask me to approve for hire?', [other], new CitationList()).found,
    ).toBe(false);
    const asked = passage('Rob here. I am seeking your approval to hire Ines Duarte as manager.');
    expect(
      extractiveAnswer('Who did Rob ask me to approve for hire?', [asked], new CitationList()).answer,
    ).toContain('Ines Duarte');
  });
});

describe('suggestions', () => {
  it('a proposal put as a question says the asked verb "suggest" though it lacks the word', () => {
    const hit = passage(
      [
        'How about Tromvik (the old harbour)?',
        'It is a short flight for everyone.',
        'The hotels there are cheap in June.',
        'The boats run every hour.',
        'Ana Moen, writing back to: send me your ideas for the retreat.',
      ].join(' '),
    );
    const answer = extractiveAnswer('Where did Ana suggest for the retreat?', [hit], new CitationList());
    expect(answer.answer).toContain('Tromvik');
  });
});

describe('sentences that score alike', () => {
  it('the one that states a figure comes before a greeting', () => {
    const hit = passage(
      'I came in early hoping to see you. I made a $3 million change to your freight report yesterday. Call me if you want to talk.',
      'email',
      { title: 'freight report', data: { from: { name: 'Orla Penn', address: 'orla@example.com' } } },
    );
    const answer = extractiveAnswer(
      'What did Orla Penn tell me about the numbers?',
      [hit],
      new CitationList(),
    );
    expect(answer.answer).toContain('$3 million change');
  });
});

describe('how many, counted by the verb', () => {
  it('"29 confirmed" counts the people asked, though it leaves "people" unsaid', () => {
    const hit = passage(
      'Attached is the list of candidates. As of today we have 14 confirmed for interview. Four people declined the offer.',
    );
    const answer = extractiveAnswer(
      'How many people are confirmed for interview?',
      [hit],
      new CitationList(),
    );
    expect(answer.answer).toContain('14 confirmed');
  });
});

describe('which', () => {
  it('"which <thing>" wants a sentence that names one, not one that only speaks of the kind', () => {
    const chat = passage(
      [
        '[01:02] <kit42> I am thinking of buying a new soundcard',
        '[01:03] <sam_r> kit42: get a fast one',
      ].join('\n'),
      'chat',
    );
    expect(
      extractiveAnswer('Which soundcard did kit42 end up buying?', [chat], new CitationList()).found,
    ).toBe(false);
    const named = passage('[01:05] <kit42> I ended up buying the Vesta Tone 5 soundcard', 'chat');
    expect(
      extractiveAnswer('Which soundcard did kit42 end up buying?', [named], new CitationList()).answer,
    ).toContain('Vesta Tone 5');
  });

  it('"which <thing>" is not answered by a line whose only capital is a contraction of "I"', () => {
    const chat = passage(
      [
        "[02:10] <oru_k> I'm waiting for a few unlikely features to stabilize first",
        '[02:11] <tam_w> oru_k: which ones?',
      ].join('\n'),
      'chat',
    );
    expect(
      extractiveAnswer('Which feature is oru_k waiting on to stabilize?', [chat], new CitationList()).found,
    ).toBe(false);
    const named = passage("[02:12] <oru_k> tam_w: I'm waiting on the boxed_calls feature", 'chat');
    expect(
      extractiveAnswer('Which feature is oru_k waiting on to stabilize?', [named], new CitationList()).answer,
    ).toContain('boxed_calls');
  });

  it('"which <thing>" is not answered by the header lines of a message quoted in a body', () => {
    const mail = passage(
      [
        '<55AB12@mail.example.org>',
        'From: "Holm, Vera" <vholm@example.org>',
        'Subject: RE: magazine issue on floor heating',
        '',
        'Good sources include the Builder Quarterly of spring 1994.',
      ].join('\n'),
      'email',
    );
    const answer = extractiveAnswer(
      'Which magazine issue did Vera Holm point to for floor heating?',
      [mail],
      new CitationList(),
    ).answer;
    // The body line says too little of the question to stand in: nothing, rather than the headers.
    expect(answer).not.toContain('From:');
    expect(answer).not.toContain('Subject:');
  });

  it('"which <thing>" is answered in lower case by a hyphenated name, a channel, or what advice names', () => {
    const chat = passage(
      [
        '[10:47] <kit42> sam_r, what happened to the web-data user?',
        '[10:49] <sam_r> kit42, yes add your user to the web-data group',
        '[10:50] <ana_b> kit42 #kitchat is a better channel for that',
        '[10:51] <pel_r> kit42: you may want to use pico instead.',
      ].join('\n'),
      'chat',
    );
    const ask = (question: string) => extractiveAnswer(question, [chat], new CitationList()).answer;
    expect(ask('Which group did sam_r tell kit42 to add his user to?')).toContain('web-data group');
    expect(ask('Which channel did ana_b recommend to kit42?')).toContain('#kitchat');
    expect(ask('Which editor did pel_r suggest kit42 use instead of vi?')).toContain('pico');
  });

  it('a chat line whose value sits beside the sentence that says the question is quoted whole', () => {
    const chat = passage(
      [
        '[16:20] <pell_r> what is a good way to keep a program in the panel tray?',
        '[16:21] <infobot> pell_r: traydock (source: traydock): Pin any window into the panel tray. In component extras. Version 2.14-3quill1, package size 31 kB',
      ].join('\n'),
      'chat',
    );
    expect(
      extractiveAnswer('Which package pins any window into the panel tray?', [chat], new CitationList())
        .answer,
    ).toContain('traydock');
  });

  it('"which <thing>" is answered in lower case by what a line says is used', () => {
    const chat = passage(
      [
        '[21:40] <vorn_k> tamsin: a little dock for my laptop. I am using wmfoo and every panel wants its own daemon',
        '[21:42] <tamsin> mirel: yes, it is a session manager. like lxsess which is the default. sessor can be used instead.',
      ].join('\n'),
      'chat',
    );
    const ask = (question: string) => extractiveAnswer(question, [chat], new CitationList()).answer;
    expect(ask('Which window manager does vorn_k use for his laptop dock?')).toContain('wmfoo');
    expect(ask('Which session manager did tamsin suggest to mirel instead of lxsess?')).toContain('sessor');
  });

  it('"which <thing>" of a nick is named neither by a typed face nor by another talk\'s line', () => {
    const chat = passage(
      [
        '[09:00] <rask> thanks, that guide proved handy :D',
        '[09:00] <tovin> has anyone got the mapview widget to show on the dock panel?',
        '[09:01] <meli_> rask: the packaged mapview is 2.4 and upstream is 2.6 so i was trying to build 2.6',
        '[09:01] <oskar> tovin: i thought the dock panel should just show the mapview widget once added',
        '[09:02] <tovin> no it does not - i am running lumenpanel on 7.2',
      ].join('\n'),
      'chat',
    );
    const answer = extractiveAnswer(
      'Which panel is tovin running while trying to show the mapview widget?',
      [chat],
      new CitationList(),
    ).answer;
    expect(answer).toContain('lumenpanel');
    expect(answer).not.toContain(':D');
    expect(answer).not.toContain('upstream');
  });

  it('"which <thing>" takes a line that names one over a slightly better one that names none', () => {
    const chat = passage(
      [
        '[10:20] <bo_k> ana: which dictionary program do you use?',
        '[10:21] <ana_r> bo_k: for a dictionary program i recommend you just use the correct dictionary-file',
        '[10:22] <ana_r> bo_k: "lexo"',
      ].join('\n'),
      'chat',
    );
    expect(
      extractiveAnswer('Which dictionary program did ana_r recommend to bo_k?', [chat], new CitationList())
        .answer,
    ).toContain('lexo');
  });

  it('a question the log only asks, that nobody answers, finds nothing', () => {
    const chat = passage(
      [
        '[17:39] <gnomo_k> hello there, how do i check my desktop version using the terminal? tnx',
        '[17:40] <ana_r> sam_r: you can check out the other desktop if you want',
        '[17:41] <sam_r> ana_r: thanks',
      ].join('\n'),
      'chat',
    );
    expect(
      extractiveAnswer('How do I check my desktop version from the terminal?', [chat], new CitationList())
        .found,
    ).toBe(false);
    const answered = passage(
      [
        '[17:39] <gnomo_k> hello there, how do i check my desktop version using the terminal? tnx',
        '[17:41] <ana_r> gnomo_k: run deskinfo --version',
      ].join('\n'),
      'chat',
    );
    expect(
      extractiveAnswer('How do I check my desktop version from the terminal?', [answered], new CitationList())
        .answer,
    ).toContain('deskinfo --version');
  });

  it('a command with an option answers "which command", and a tentative "maybe?" is no question', () => {
    const chat = passage(
      [
        '[18:05] <sancho_p> how can i list my sound devices on the terminal?',
        '[18:06] <ana_r> sancho_p: lsnd -l , maybe?',
      ].join('\n'),
      'chat',
    );
    expect(
      extractiveAnswer(
        'Which command did ana_r suggest to sancho_p to list the sound devices?',
        [chat],
        new CitationList(),
      ).answer,
    ).toContain('lsnd -l');
  });
});

describe('"who" answered by its writer or by the body asked about', () => {
  const mail = (text: string, from: string) =>
    passage(text, 'email', {
      title: 'Legal bills',
      people: [{ name: from, address: 'x@example.com', role: 'from' }],
    } as Partial<SearchHit>);

  it('a first-person sentence of a mail answers "who" with its writer', () => {
    const answer = extractiveAnswer(
      'Who will talk to Brandt about his share of the legal bills?',
      [mail('Thanks for the note. I will talk to Brandt about his share of the legal bills.', 'Ruiz, Ana')],
      new CitationList(),
    );
    expect(answer.answer).toBe(
      'Ana Ruiz wrote: I will talk to Brandt about his share of the legal bills. [1]',
    );
  });

  it('"I am unable to attend" answers who cannot come with its writer, not an out-of-office reply or the organiser named as asked', () => {
    const question = 'Who said they are unable to attend the 2:00 Okafor meeting today?';
    const reply = (text: string) =>
      passage(text, 'email', {
        title: 'RE: Okafor Mtg Today - @ 2:00 p.m.',
        people: [{ name: 'Lind, Per', address: 'x@example.com', role: 'from' }],
      } as Partial<SearchHit>);
    const thread = reply(
      'I am unable to attend.\n\nFrom: Hale, Mia\nSubject: Okafor Mtg Today - @ 2:00 p.m.\n\nJohn Okafor has asked me to pull together a meeting for 2:00 p.m. today. Please advise me only if you are unable to attend.',
    );
    expect(extractiveAnswer(question, [thread], new CitationList()).answer).toMatch(
      /^Per Lind wrote: I am unable to attend\. \[1\]/,
    );
    const away = reply('I am unable to attend. I am out of the office until Monday.');
    expect(extractiveAnswer(question, [away], new CitationList()).answer).not.toContain('Per Lind');
  });

  it('a sentence put to the reader answers "who asked me …" with its writer', () => {
    const letter = mail(
      'What is going on down the street? Hope everything else is going well for you. Have you had the shoulder surgery yet? Give me a call when you have a chance.',
      'Ortiz, Lena',
    );
    const asked = extractiveAnswer(
      'Who asked me if I had the shoulder surgery yet?',
      [letter],
      new CitationList(),
    );
    expect(asked.answer).toBe('Lena Ortiz wrote: Have you had the shoulder surgery yet? [1]');
    const workout = mail(
      'will you be ready to swim laps on monday. i am too lazy to go alone.',
      'Berg, Lars',
    );
    expect(
      extractiveAnswer('Who wants to swim laps with me on Monday?', [workout], new CitationList()).answer,
    ).toBe('Lars Berg wrote: will you be ready to swim laps on monday. [1]');
    // Not put to the asker: "who asked Ana …" is not answered by the writer of a mail to the asker.
    expect(
      extractiveAnswer('Who asked Ana about the shoulder surgery?', [letter], new CitationList()).found,
    ).toBe(false);
  });

  it('a question a mail puts without "you" answers "who asked me whether …" with its writer, not a line that says someone was asked', () => {
    const note = mail(
      [
        'Do we have a stand booked at the boat show for October? Let me know by tonight.',
        '',
        'From: Quill, Tobias',
        'Sent: Friday, September 28',
        'To: Marsh, Edda',
        'Subject: Boat show',
        '',
        'Pekka Aalto was asked by the harbour office to staff our stand at the boat show.',
      ].join('\n'),
      'Marsh, Edda',
    );
    expect(
      extractiveAnswer(
        'Who asked me whether we have a stand booked at the boat show for October?',
        [note],
        new CitationList(),
      ).answer,
    ).toBe('Edda Marsh wrote: Do we have a stand booked at the boat show for October? [1]');
  });

  it('a wish asked ("who wants …") is answered by the writer of the mail that states it and names no one', () => {
    const reply = mail(
      'Two small changes: Survey team to Oslo and Riga for the survey people here. Same for Planning.',
      'Voss, Hanne',
    );
    expect(
      extractiveAnswer(
        'Who wants the Survey team to go to Riga as well as Oslo?',
        [reply],
        new CitationList(),
      ).answer,
    ).toBe(
      'Hanne Voss wrote: Two small changes: Survey team to Oslo and Riga for the survey people here. [1]',
    );
    // A request passed on is the writer's message, not their wish: "who requested" is not the writer.
    const notice = mail(
      'Please plan to attend a meeting tomorrow at 10 a.m. in the Fjord room. This meeting is requested by Ana Ruiz.',
      'Voss, Hanne',
    );
    expect(
      extractiveAnswer('Who requested the meeting in the Fjord room?', [notice], new CitationList()).answer,
    ).not.toContain('Hanne Voss');
    // Not a wish asked: the sentence still names no one, so it answers no "who".
    expect(
      extractiveAnswer('Who moved the Survey team to Riga?', [reply], new CitationList()).answer,
    ).not.toContain('Hanne Voss');
  });

  it('the writer is no answer when the question names them ("who did Ana think …")', () => {
    const answer = extractiveAnswer(
      'Who did Ana Ruiz think Brandt could work with?',
      [
        mail(
          'I met Brandt last year and was impressed by him. I think Brandt could work with Lena Ortiz.\n\nAna Ruiz',
          'Ruiz, Ana',
        ),
      ],
      new CitationList(),
    );
    expect(answer.answer).toContain('Lena Ortiz');
    expect(answer.answer).not.toContain('wrote:');
  });

  it('"who is the treasurer of X" is not answered from a passage that never names X', () => {
    const other = passage('Treasurer: Lena Ortiz. She signs every transfer over $5,000.');
    expect(extractiveAnswer('Who is the treasurer of Northwind?', [other], new CitationList()).found).toBe(
      false,
    );
    const named = passage('Northwind names Lena Ortiz as its treasurer from May.');
    expect(
      extractiveAnswer('Who is the treasurer of Northwind?', [named], new CitationList()).answer,
    ).toContain('Lena Ortiz');
  });
});

describe('weaklySupported: a value with lent words', () => {
  it('a value whose sentence carries none of the question words needs more than the floor', () => {
    const base = { answer: 'Date: 3 May, 15:55. [1]', sentences: 1, found: true } as const;
    expect(weaklySupported({ ...base, support: { relevance: 0.25, own: 0, typed: true } }, 'date')).toBe(
      true,
    );
    expect(weaklySupported({ ...base, support: { relevance: 0.41, own: 0, typed: true } }, 'date')).toBe(
      false,
    );
    expect(weaklySupported({ ...base, support: { relevance: 0.25, own: 0.2, typed: true } }, 'date')).toBe(
      false,
    );
  });
});

describe('weaklySupported: who', () => {
  it('a name in a sentence that itself carries under a fifth of the question words is a guess', () => {
    const base = { answer: 'Budget Team Report - Lena Ortiz. [1]', sentences: 1, found: true } as const;
    expect(weaklySupported({ ...base, support: { relevance: 0.44, own: 0.16, typed: true } }, 'person')).toBe(
      true,
    );
    expect(weaklySupported({ ...base, support: { relevance: 0.6, own: 0.22, typed: true } }, 'person')).toBe(
      false,
    );
    expect(
      weaklySupported(
        { ...base, support: { relevance: 0.4, own: 0.1, typed: true, titled: true } },
        'person',
      ),
    ).toBe(false);
  });
});

describe('extractiveAnswer: a list of names and numbers', () => {
  it("quotes the person's own line, not the lead-in with the lines after it", () => {
    const mail = passage(
      'Here are the names and Phone numbers:\n\nHarbor Gas   Ana Ruiz  (403) 555 - 0101\nKestrel   Ben Ode  (403) 555 - 0102\nTidewater   Cy Lund  (403) 555 - 0103',
      'email',
      { title: '' },
    );
    expect(extractiveAnswer("What's Ben Ode's phone number?", [mail], new CitationList()).answer).toBe(
      'Kestrel Ben Ode (403) 555 - 0102. [1]',
    );
  });
});

describe('extractiveAnswer: a notice for another day', () => {
  const notice = (day: string, number: string, sent: string) =>
    passage(
      `The call-in information for the Tuesday Harbour Planning Call is as follows:\n\nDate:\t\t\tTuesday, ${day}\nTime:\t\t\t1:00 p.m.\n\nDial In Number:\t${number}\nParticipant Code:\t445270`,
      'email',
      { date: sent, title: 'Harbour Planning Call Info', chunkId: Number(number.slice(-4)) },
    );
  const asked = { date: new Date('2031-11-25T12:00:00Z'), now: new Date('2031-11-25T20:00:00Z') };
  const question = "What is the dial-in number for today's Harbour Planning Call?";

  it("is not today's notice: last week's details do not answer for today", () => {
    const lastWeek = notice('11/18/31', '800-555-0101', '2031-11-17T19:00:00Z');
    const answer = extractiveAnswer(question, [lastWeek], new CitationList(), 'phone', asked);
    expect(answer.found).toBe(false);
  });

  it("today's notice answers, though last week's ranks above it", () => {
    const lastWeek = notice('11/18/31', '800-555-0101', '2031-11-17T19:00:00Z');
    const today = notice('11/25/31', '800-555-0202', '2031-11-25T19:00:00Z');
    const answer = extractiveAnswer(question, [lastWeek, today], new CitationList(), 'phone', asked);
    expect(answer.answer).toBe('Dial In Number: 800-555-0202. [1]');
  });

  it('an older notice for every week is out of date once a notice for one day was sent after it', () => {
    const standing = passage(
      'The call-in information for the Tuesday Harbour Planning Call is as follows:\n\nDate:\t\t\tEach Tuesday\nTime:\t\t\t1:00 p.m.\n\nDial In Number:\t800-555-0303\nParticipant Code:\t328886\n\nIf you have any questions, please contact Ana Ruiz at 503-555-0199.',
      'email',
      { date: '2031-10-20T19:00:00Z', title: 'Harbour Planning Call', chunkId: 303 },
    );
    const lastWeek = notice('11/18/31', '800-555-0101', '2031-11-17T19:00:00Z');
    // Asked before today's notice came: neither last week's number, nor the standing one it replaced, nor the contact's phone.
    expect(extractiveAnswer(question, [lastWeek, standing], new CitationList(), 'phone', asked).found).toBe(
      false,
    );
    expect(extractiveAnswer(question, [standing], new CitationList(), 'phone', asked).answer).toContain(
      '800-555-0303',
    );
  });

  it("an itinerary's line that names the day asked answers, though its issue date is another day", () => {
    const itinerary = passage(
      'BOOKING REF QX4T2B\n\nDATE:  MAR 09 2031\n\nSERVICE               DATE  FROM           TO             DEPART  ARRIVE\n\nHARBOUR AIRLINES  12MAR LISBON         PORTO          359P    514P',
      'email',
      { date: '2031-03-09T20:00:00Z', title: 'Flight: Lisbon to Porto' },
    );
    const answer = extractiveAnswer(
      'What time does my flight to Porto leave on March 12?',
      [itinerary],
      new CitationList(),
      'date',
      { date: new Date('2031-03-12T12:00:00Z'), now: new Date('2031-03-10T12:00:00Z') },
    );
    expect(answer.answer).toContain('359P');
  });

  it("reads no day from a forwarded message's Date header", () => {
    const forwarded = passage(
      'The dial-in number for the Harbour Planning Call today is 800-555-0303.\n\n---------- Original Message ----------\nFrom: Ana Ruiz <ana@example.com>\nDate: Wed, 19 Nov 2031 14:13:15 -0400\n\nSee you there.',
      'email',
      { date: '2031-11-25T15:00:00Z', title: 'FW: call' },
    );
    const answer = extractiveAnswer(question, [forwarded], new CitationList(), 'phone', asked);
    expect(answer.answer).toMatch(/800-555-0303/);
  });
});

describe('extractiveAnswer: "when is …" and a day gone', () => {
  const mail = (text: string, date: string) => passage(text, 'email', { date, title: 'Harbour Track' });
  const now = new Date('2031-10-26T20:00:00Z');

  it('is not answered by a sentence whose days, read from when it was written, are gone', () => {
    const spring = mail(
      'We will hold a dinner the night before the Harbour Track interviews (Tuesday, 29th May).',
      '2031-05-20T09:00:00Z',
    );
    const asked = 'When are the Harbour Track interviews?';
    expect(
      extractiveAnswer(asked, [spring], new CitationList(), 'date', undefined, undefined, now).found,
    ).toBe(false);
    // Without the moment asked, as before.
    expect(extractiveAnswer(asked, [spring], new CitationList(), 'date').found).toBe(true);
    // A time without a day in a passage whose days are gone is gone too.
    const time = mail(
      'Harbour Track interviews on Wednesday, May 30th. Interviews will follow at 2.00 pm.',
      '2031-05-20T09:00:00Z',
    );
    expect(extractiveAnswer(asked, [time], new CitationList(), 'date', undefined, undefined, now).found).toBe(
      false,
    );
    const autumn = mail(
      'A reminder that you are scheduled to interview for the Harbour Track Thursday, November 1st, from 2.00 pm.',
      '2031-10-26T18:00:00Z',
    );
    expect(
      extractiveAnswer(asked, [spring, autumn], new CitationList(), 'date', undefined, undefined, now).answer,
    ).toMatch(/November 1st/);
  });

  it('keeps a month alone, and a date stated in a document', () => {
    const board = mail(
      'The committee met on Tuesday, May 29th. They would like to review this limit at the August Board meeting.',
      '2031-05-30T09:00:00Z',
    );
    const june = new Date('2031-06-03T15:00:00Z');
    expect(
      extractiveAnswer(
        'When does the committee want to review the limit?',
        [board],
        new CitationList(),
        'date',
        undefined,
        undefined,
        june,
      ).answer,
    ).toMatch(/August Board meeting/);
    const guide = passage('Harbour Guide\n\n11 August 2017', 'document', { title: 'Harbour Guide' });
    expect(
      extractiveAnswer(
        'When is the Harbour Guide dated?',
        [guide],
        new CitationList(),
        'date',
        undefined,
        undefined,
        now,
      ).found,
    ).toBe(true);
  });

  it('keeps a day gone for what comes back every year, and for a question in the past tense', () => {
    const party = mail('The harbour birthday party is on Tuesday, 29th May.', '2031-05-20T09:00:00Z');
    expect(
      extractiveAnswer(
        'When is the harbour birthday party?',
        [party],
        new CitationList(),
        'date',
        undefined,
        undefined,
        now,
      ).found,
    ).toBe(true);
    expect(
      extractiveAnswer(
        'When was the harbour party?',
        [party],
        new CitationList(),
        'date',
        undefined,
        undefined,
        now,
      ).found,
    ).toBe(true);
  });
});

describe('extractiveAnswer: a day asked by weekday only', () => {
  // Asked on Tuesday 6 May 2025: "Friday" is 9 May.
  const asked = { date: new Date('2025-05-09T12:00:00Z'), now: new Date('2025-05-06T15:00:00Z') };

  it('a sentence on no day after one on another day is about that day', () => {
    const plan = passage(
      'Friday we will play at the Hilltop course. Saturday we play at the Brook course. Fee for this one is $33.00 per person.',
      'email',
      { date: '2025-05-05T09:00:00Z' },
    );
    const question = "What's the fee for Friday's round at the Hilltop course?";
    expect(extractiveAnswer(question, [plan], new CitationList(), 'amount', asked).found).toBe(false);
    const friday = passage(
      'Friday we will play at the Hilltop course. Fee for this one is $40.00 per person.',
      'email',
      { date: '2025-05-05T09:00:00Z' },
    );
    expect(extractiveAnswer(question, [friday], new CitationList(), 'amount', asked).answer).toContain(
      '$40.00',
    );
  });

  it("another day's meeting room does not answer, read from when its mail was written", () => {
    const lastWeek = passage("Tomorrow's meeting with Lena will be in Room 12B.", 'email', {
      date: '2025-04-28T20:00:00Z',
    });
    const question = 'Which room is my Friday meeting with Lena in?';
    expect(extractiveAnswer(question, [lastWeek], new CitationList(), 'place', asked).found).toBe(false);
    const thisWeek = passage("Tomorrow's meeting with Lena will be in Room 12B.", 'email', {
      date: '2025-05-08T16:00:00Z',
    });
    expect(extractiveAnswer(question, [thisWeek], new CitationList(), 'place', asked).found).toBe(true);
  });
});

describe('extractiveAnswer: a place still to come, and a notice that names its day in another line', () => {
  it("a place said to be announced later for the very sessions asked answers nothing, not the other sessions' hotel", () => {
    const notice = passage(
      'Safety training of one hour has been scheduled on the dates listed below.\n\nEach of the above sessions will be held at the Marlowe Hotel in Rooms A & B. Alternatively, two make-up sessions are scheduled for Tuesday, March 13 at 3:30 p.m. Location information for the make-up sessions will be announced later.',
      'email',
    );
    const cites = new CitationList();
    expect(
      extractiveAnswer('Where are the safety training make-up sessions held?', [notice], cites, 'place')
        .found,
    ).toBe(false);
    // The sessions whose place is given are still answered.
    expect(
      extractiveAnswer('Where is the safety training held?', [notice], new CitationList(), 'place').answer,
    ).toContain('Marlowe Hotel');
  });

  it("an amount still awaited from another party answers nothing, not the writer's own offer", () => {
    const reply = passage(
      'Jon,\n\nThe fax from the roofer came in at $9,000. I am still waiting for a quote from another roofer. I am willing to offer $4,000 toward the repair of the porch.',
      'email',
    );
    expect(
      extractiveAnswer(
        'How much did the other roofer quote for the porch?',
        [reply],
        new CitationList(),
        'amount',
      ).found,
    ).toBe(false);
    // The offer itself is still answered.
    expect(
      extractiveAnswer(
        'How much did I offer toward the repair of the porch?',
        [reply],
        new CitationList(),
        'amount',
      ).answer,
    ).toContain('4,000');
  });

  it('a room line under a notice whose date names the day asked answers for that day', () => {
    const notice = passage(
      'Please mark your calendars for the following meeting:\n\nDate: Thursday, March 8, 2001\nTime: 10:00 am - 11:00 am\nPlace: EB-1402\nTopic: Harbour Review',
      'email',
      { date: '2001-03-07T15:00:00Z', title: 'Mtg: Harbour Review' },
    );
    const asked = { date: new Date('2001-03-08T12:00:00Z'), now: new Date('2001-03-07T16:00:00Z') };
    const answer = extractiveAnswer(
      'Which room is the Harbour Review meeting on March 8 in?',
      [notice],
      new CitationList(),
      'place',
      asked,
    );
    expect(answer.answer).toContain('EB-1402');
  });
});

describe('extractiveAnswer: what a sentence names only by its place', () => {
  it('a line that opens with "namely" (yaitu) is shown with the line before it, which it defines', () => {
    const hit = passage(
      'Jenis penyerbukan\nPenyerbukan silang\nYaitu penyerbukan dengan serbuk sari dari bunga tanaman lain.\nPenyerbukan sendiri\nYaitu penyerbukan dengan serbuk sari dari bunga yang sama.',
    );
    const answer = extractiveAnswer(
      'Penyerbukan jenis apa yang memakai serbuk sari dari bunga tanaman lain?',
      [hit],
      new CitationList(),
    );
    expect(answer.answer).toBe(
      'Penyerbukan silang. [1] Yaitu penyerbukan dengan serbuk sari dari bunga tanaman lain. [2]',
    );
  });

  it('"when are … used" is answered by the clause that says when, not by a date beside it', () => {
    const hit = passage(
      'Overflow sheets for the room plan. Form revised: 12/30/2016. Overflow sheets are used when more than five rooms are booked for one guest.',
    );
    const answer = extractiveAnswer(
      'When are the overflow sheets used in the room plan?',
      [hit],
      new CitationList(),
    );
    expect(answer.answer).toBe(
      'Overflow sheets are used when more than five rooms are booked for one guest. [1]',
    );
  });

  it('a count written in words before the units asked counts them, over a percent of other units', () => {
    const hit = passage(
      'The number of guest rooms in a hostel shall not exceed 20 percent of its beds. No more than two shared guest kitchens are permitted per hostel.',
    );
    const answer = extractiveAnswer(
      'How many shared guest kitchens are permitted per hostel?',
      [hit],
      new CitationList(),
    );
    expect(answer.answer).toBe('No more than two shared guest kitchens are permitted per hostel. [1]');
  });

  it('a sentence that says "it is this class" is shown with the sentence before it, which names the class', () => {
    const hit = passage(
      'Tiler contains a class org.tiler.convert.out.pdf.viaXSLFO. PageGridBuilder.  It is this class which is responsible for generating the PageGrid (which contains page-sequence-master elements etc).\n\nIt needs to handle the three distinct cases described by the spec.',
    );
    const answer = extractiveAnswer(
      'Which tiler class is responsible for generating the PageGrid?',
      [hit],
      new CitationList(),
    );
    expect(answer.answer).toBe(
      'PageGridBuilder. [1] It is this class which is responsible for generating the PageGrid (which contains page-sequence-master elements etc). [2]',
    );
  });

  it('a "which" question after a leading clause is shown the sentence before "it is this class" too', () => {
    const hit = passage(
      'Tiler contains a class org.tiler.convert.out.pdf.viaXSLFO. PageGridBuilder.  It is this class which is responsible for generating the PageGrid (which contains page-sequence-master elements etc).\n\nIt needs to handle the three distinct cases described by the spec.',
    );
    const answer = extractiveAnswer(
      'In the tiler notes, which tiler class is responsible for generating the PageGrid?',
      [hit],
      new CitationList(),
    );
    expect(answer.answer).toContain('PageGridBuilder. [1]');
  });

  it('a sentence that says what "this element specifies" is shown with the sentence before it, which names the element', () => {
    const hit = passage(
      'Tiler reads a flag called leafBanner. This element specifies whether the parent block shall have its own banner on its first leaf.\n\nIt needs no value.',
    );
    const answer = extractiveAnswer(
      'Which tiler element specifies whether the parent block shall have its own banner on its first leaf?',
      [hit],
      new CitationList(),
    );
    expect(answer.answer).toContain('leafBanner');
  });

  it('a list item that opens on the verb asked is shown under its heading', () => {
    const hit = passage(
      '## ReportContext\n\n- Holds the report being written.\n- Implements the PageCounter, index and footnote numbering\n\n## ReportWriter\n\n- Writes pages',
    );
    const answer = extractiveAnswer(
      'Which class implements the index and footnote numbering?',
      [hit],
      new CitationList(),
    );
    expect(answer.answer).toContain('ReportContext');
  });

  it('with no heading in the passage, the section its title names', () => {
    const hit = passage(
      '- Holds the report being written.\n- Implements the PageCounter, index and footnote numbering',
      'document',
      {
        title: 'design.docx › Classes › ReportContext',
      },
    );
    const answer = extractiveAnswer(
      'Which class implements the index and footnote numbering?',
      [hit],
      new CitationList(),
    );
    expect(answer.answer).toBe(
      'ReportContext: Implements the PageCounter, index and footnote numbering. [1]',
    );
  });

  it('a list item whose verb the question does not ask is quoted alone', () => {
    const hit = passage(
      '- Holds the report being written.\n- Implements the PageCounter, index and footnote numbering',
      'document',
      {
        title: 'design.docx › Classes › ReportContext',
      },
    );
    const answer = extractiveAnswer('What does the footnote numbering count?', [hit], new CitationList());
    expect(answer.answer).not.toContain('ReportContext');
  });
});

describe('extractiveAnswer: notices of mail (the au batch round)', () => {
  it('a weekday alone is read on the writer\'s clock: "as of FRIDAY" sent Friday evening in Denver is Saturday in UTC', () => {
    const stats = passage('300 Forms mailed\n212 Actual sent forms as of FRIDAY 6pm DENVER TIME.', 'email', {
      date: '2030-02-02T01:10:00Z',
      title: 'Form returns',
    });
    const friday = { date: new Date('2030-02-01T12:00:00Z'), now: new Date('2030-02-02T15:00:00Z') };
    const answer = extractiveAnswer(
      'How many staff had sent their forms by Friday 6pm?',
      [stats],
      new CitationList(),
      'amount',
      friday,
    );
    expect(answer.answer).toContain('212 Actual sent forms');
  });

  it('a value that a later mail of the same subject corrects gives way to the correction', () => {
    const first = passage('Lia,\n\nThe board review on 12 July begins at 9:00 am (room to come).', 'email', {
      date: '2030-06-04T22:00:00Z',
      title: 'Board review',
      uri: 'mail:1',
    });
    const correction = passage(
      'Lia,\n\nCorrection to my last note. We will only hold the board review on July 12th. The board review will start at 4:00 and wrap up around 6:00.',
      'email',
      { date: '2030-06-14T16:00:00Z', title: 'Board review - directors only', uri: 'mail:2', chunkId: 2 },
    );
    const asked = { date: new Date('2030-07-12T12:00:00Z'), now: new Date('2030-06-20T12:00:00Z') };
    const answer = extractiveAnswer(
      'What time does the board review on July 12 start?',
      [first, correction],
      new CitationList(),
      'date',
      asked,
    );
    expect(answer.answer).toContain('start at 4:00');
    expect(answer.answer).not.toContain('9:00');
  });

  it('a sentence a later correcting mail sends again with other figures gives way, for a question of no kind too', () => {
    const body = (figures: string) =>
      `Pia,\n\nThe quay plan is agreed.\n\n     1. Quay repairs:   Work starts in spring. Harbour earnings impact of roughly ${figures}. The rest is unchanged.`;
    const first = passage(body('K$52thousand or US$ 14 thousand'), 'email', {
      date: '2030-06-04T22:00:00Z',
      title: 'Quay plan',
      uri: 'mail:1',
    });
    const correction = passage(
      `Corrected figures below.\n${body('K$ 47 thousand or US$ 12 thousand')}`,
      'email',
      {
        date: '2030-06-04T22:12:00Z',
        title: 'Quay plan/ corrected',
        uri: 'mail:2',
        chunkId: 2,
      },
    );
    const answer = extractiveAnswer(
      'What harbour earnings impact will the quay repairs have?',
      [first, correction],
      new CitationList(),
    );
    expect(answer.answer).toContain('47 thousand');
    expect(answer.answer).not.toContain('52');
  });

  it('a notice\'s date line answers "when" with the time line below it', () => {
    const notice = passage(
      'Dana would like this meeting set up:\n\nDate:\t\tFriday\n\t\tMay 3, 2030\n\nTime:\t\t2:00 pm - 3:00 pm\n\nLocation:\tRoom 5\n\nTopic:\t\tHarbour Update',
      'email',
      { date: '2030-05-01T17:00:00Z', title: 'Mtg: Harbour Update - Dana' },
    );
    const answer = extractiveAnswer(
      'When is the Harbour Update meeting with Dana?',
      [notice],
      new CitationList(),
    );
    expect(answer.answer).toContain('May 3, 2030');
    expect(answer.answer).toContain('2:00 pm');
  });

  it('"who won\'t be at …" is answered by the line that says someone will not attend, under a subject naming the topic', () => {
    const notice = passage(
      'Lia,\n\nAna Ruiz will not be in attendance.  She is away on a course that week.\n\n-Ben Ode\n\nPlease put a meeting from 3 - 4 on Thursday on each desk head\'s calendar about "Pricing rules for the exchange".',
      'email',
      { date: '2030-03-26T22:00:00Z', title: 'Mtg: Desk Heads - Pricing rules for the exchange' },
    );
    const answer = extractiveAnswer(
      "Who won't be at the meeting on pricing rules for the exchange?",
      [notice],
      new CitationList(),
    );
    expect(answer.answer).toBe('Ana Ruiz will not be in attendance. [1]');
    expect(weaklySupported(answer, 'person')).toBe(false);
  });

  it('a subject that says where its meeting is answers "where"; one that names a room as its topic does not', () => {
    const welcome = passage('Buses will pick up from the south side of the north building.', 'email', {
      title: 'Welcome meeting tomorrow 10.15 am @ the Grand Lodge',
    });
    const answer = extractiveAnswer('Where is the welcome meeting?', [welcome], new CitationList());
    expect(answer.answer).toContain('@ the Grand Lodge');
    const topic = passage('Please let me know by noon.', 'email', { title: 'Room for the welcome meeting' });
    expect(extractiveAnswer('Where is the welcome meeting?', [topic], new CitationList()).found).toBe(false);
  });
});

describe('extractiveAnswer: counts, prices and other names', () => {
  it('keeps a count written in words beside a sum', () => {
    const mail = passage(
      'Only three creditors are needed with unpaid debts of more than $10,000 to file the claim.',
      'email',
    );
    expect(
      extractiveAnswer('How many creditors are needed to file the claim?', [mail], new CitationList()).answer,
    ).toContain('three creditors');
  });
  it('does not answer what a deal is worth with figures that are no money', () => {
    const sheet = passage('Harbour deal: Ostrava, 6,520, 6,520, 6,520.');
    expect(
      extractiveAnswer('How much was the harbour deal in Ostrava worth?', [sheet], new CitationList()).found,
    ).toBe(false);
  });
  it('does not answer what someone uses with their other names', () => {
    // A card's lines as the index holds them: name, nicknames, title and company.
    const card = passage('Ben Ode\nBenny,BeeJay\nChief Lamplighter, Harbour Lights', 'contact');
    expect(extractiveAnswer('Which mail program does BeeJay use?', [card], new CitationList()).found).toBe(
      false,
    );
  });
});

describe('extractiveAnswer: nicknames asked', () => {
  it('answers a nickname with the other names', () => {
    const card = passage('Ben Ode\nBenny,BeeJay\nChief Lamplighter, Harbour Lights', 'contact');
    expect(extractiveAnswer("What's BeeJay's other nickname?", [card], new CitationList()).answer).toContain(
      'Benny',
    );
  });
});

describe('extractiveAnswer: a figure of time names no thing', () => {
  it('does not answer which thing someone has with how long it ran', () => {
    // A chat line as it is written, in lower case.
    const line = passage('kim42: when i start the laptop it hangs after about 20 min then i have to unplug.');
    expect(extractiveAnswer('Which laptop does kim42 have?', [line], new CitationList()).found).toBe(false);
  });
  it('still answers with a model number', () => {
    const notes = passage('Kim has an old laptop, a Harbour 6730s, and it hangs.');
    expect(extractiveAnswer('Which laptop does Kim have?', [notes], new CitationList()).answer).toContain(
      '6730s',
    );
  });
});

describe('extractiveAnswer: the unit asked', () => {
  const slide = passage(
    [
      'Paying for river crossings through toll concessions Marta Quell',
      'Deputy Head',
      'Regional Transport Planning Department',
      'Coastal Investment Agency',
    ].join('\n\n'),
  );

  it('"which department" is answered by the line that names one, not by the title line with the name', () => {
    const answer = extractiveAnswer(
      'Which department does Marta Quell work in?',
      [slide],
      new CitationList(),
    );
    expect(answer.found).toBe(true);
    expect(answer.answer).toContain('Regional Transport Planning Department.');
  });

  it('no line of the passage names a unit of the kind asked: the line picked stays as it was', () => {
    const plain = passage(
      ['Paying for river crossings through toll concessions Marta Quell', 'Deputy Head'].join('\n\n'),
    );
    const answer = extractiveAnswer(
      'Which department does Marta Quell work in?',
      [plain],
      new CitationList(),
    );
    expect(answer.answer).not.toContain('Department');
  });
});

describe('extractiveAnswer: a pager asked', () => {
  it("is not answered by a person's home and cell lines, and is by a line labelled as one", () => {
    const hit = passage(
      [
        'Lena Ortiz:',
        'Home # - 555-201-3344',
        'Cell # - 555-201-7788',
        '',
        'Tom Reyes:',
        'Page # - 555-909-1212',
      ].join('\n'),
    );
    expect(extractiveAnswer("What is Lena Ortiz's pager number?", [hit], new CitationList()).found).toBe(
      false,
    );
    expect(extractiveAnswer("What is Tom Reyes's pager number?", [hit], new CitationList()).answer).toContain(
      '555-909-1212',
    );
  });
});

describe('extractiveAnswer: the reply of the one asked, on a later line', () => {
  it('a bare reply by the one asked answers, though it shares no word with the question', () => {
    const hit = passage(
      [
        '[22:01] <pell> how do I hide the join lines in my client?',
        '[22:02] <marit> pell: what client do you use?',
        '[22:02] <pell> marit: quillchat',
        '[22:03] <marit> pell: there is a channel for quillchat too',
      ].join('\n'),
      'chat',
    );
    const answer = extractiveAnswer('Which chat client does pell use?', [hit], new CitationList());
    expect(answer.answer).toContain('quillchat');
    expect(answer.answer).toMatch(/^pell:/);
  });

  it('a reply said after the one asked first says they do not know, or asks back', () => {
    const unsure = passage(
      [
        '[22:57] <odd_r> bramble: what kind of graphics do you have?',
        "[22:57] <bramble> idk what's going on",
        '[22:57] <bramble> radeon 4410',
        '[22:58] <bramble> i have some old drivers',
      ].join('\n'),
      'chat',
    );
    expect(
      extractiveAnswer('What graphics card does bramble have?', [unsure], new CitationList()).answer,
    ).toContain('radeon 4410');
    const back = passage(
      [
        '[03:16] <sorrel> kip2: what is the scanner name?',
        '[03:16] <kip2> can i change the scanner name?',
        '[03:16] <sorrel> kip2: yup...if you want to',
        '[03:16] <wren> anyone know a good mirror?',
        '[03:16] <kip2> lx_300_series is what it is',
        '[03:17] <sorrel> kip2: make it whatever you like, you do remember the scanner name I hope',
      ].join('\n'),
      'chat',
    );
    const named = extractiveAnswer("What is the name of kip2's scanner?", [back], new CitationList());
    expect(named.answer).toContain('lx_300_series');
  });

  it('a bare "not yet" to a question put to its speaker answers no "which" question', () => {
    const hit = passage(
      [
        '[14:40] <oyvind> [action] rask and tova to test sleep mode on fjord and report results',
        '[14:45] <rask> The board I have has the new firmware.',
        '[14:46] <lunde> rask, tova: You guys tested sleep mode on the pike board as well?',
        '[14:46] <rask> not yet.',
      ].join('\n'),
      'chat',
    );
    const answer = extractiveAnswer(
      'Which board are rask and tova testing sleep mode on?',
      [hit],
      new CitationList(),
    );
    expect(answer.answer).not.toContain('not yet');
  });
});
