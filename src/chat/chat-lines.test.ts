import { describe, expect, it } from 'vitest';
import { notesHit } from './__fixtures__/search-hit.ts';
import { expectedAnswerType } from './answer-type.ts';
import {
  addressedNick,
  addressedToTold,
  advisedInQuestion,
  asksWhereToPut,
  followUps,
  givesLocation,
  namesCommand,
  namesFile,
  opensNotKnowing,
  ownChatSibling,
  saysNotKnown,
  speaksHere,
  spokenByAdvised,
  statesUse,
  toldInQuestion,
} from './chat-lines.ts';
import { CitationList } from './citations.ts';
import { extractiveAnswer } from './passage-answer.ts';
import { rankSentences } from './sentence-rank.ts';

const speakers = new Set(['brin', 'olav_k', 'tove', 'arvo__']);

describe('chat lines by their form', () => {
  it('reads whom a line addresses, by a known nick or by "@"', () => {
    expect(addressedNick('tove: try screen', speakers)).toBe('tove');
    expect(addressedNick('@kit try screen', speakers)).toBe('kit');
    expect(addressedNick('Note: the mirror is down', speakers)).toBeUndefined();
    expect(addressedNick('tove try screen', speakers)).toBe('tove');
    // A nick typed with one more underscore is the same speaker, when a mark follows it.
    expect(addressedNick('arvo___: try screen', speakers)).toBe('arvo___');
    expect(addressedNick('arvo___ try screen', speakers)).toBeUndefined();
    expect(addressedNick('just run it again', speakers)).toBeUndefined();
  });

  it('reads the one a question names as told, and whether a line is addressed to them', () => {
    expect(toldInQuestion('What command did olav_k tell tove to run?')).toEqual(['tove']);
    expect(toldInQuestion('Which link did brin give arvo?')).toEqual(['arvo']);
    expect(toldInQuestion('What did olav_k tell everyone?')).toEqual([]);
    // "suggest tove do …" names tove as the one suggested to, as "suggest to tove" does.
    expect(toldInQuestion('What did olav_k suggest tove do for two mail profiles?')).toEqual(['tove']);
    expect(toldInQuestion('What did olav_k recommend that arvo try?')).toEqual(['arvo']);
    expect(addressedToTold('arvo__: see the wiki', speakers, ['arvo'])).toBe(true);
    expect(addressedToTold('tove: see the wiki', speakers, ['arvo'])).toBe(false);
    expect(addressedToTold('see the wiki', speakers, ['arvo'])).toBe(false);
  });

  it('reads a command named by the verb that runs it, a file and a place to put something', () => {
    expect(namesCommand('open a terminal and type "lsblk" to see them')).toBe(true);
    expect(namesCommand('you run: gksudo partman')).toBe(true);
    expect(namesCommand('make sure you run the app as root')).toBe(false);
    expect(namesFile('sudo nano /etc/foo/bar.conf')).toBe(true);
    expect(namesFile('edit menu.lst as root')).toBe(true);
    expect(namesFile('read that file first')).toBe(false);
    expect(asksWhereToPut('Where should everyone add their notes before Friday?')).toBe(true);
    expect(asksWhereToPut('Where is the meeting?')).toBe(false);
    expect(givesLocation('add them to https://wiki.example.org/Team/Notes please')).toBe(true);
    expect(givesLocation('add them to the wiki please')).toBe(false);
  });

  it('reads a phone word that names a team or a device as no phone asked', () => {
    expect(expectedAnswerType('Where should the mobile team put its notes?')).toBe('place');
    expect(expectedAnswerType("What is Tove's mobile number?")).toBe('phone');
  });
});

describe('extractiveAnswer: lines addressed to the one told', () => {
  it('"suggest tove do …" is answered by the line said to tove, not a line of the same speaker to another', () => {
    const hit = notesHit(
      [
        '[11:20] <tove> can one laptop keep two zappbox accounts logged in, one per class?',
        '[11:21] <arvo> same here, two zappbox accounts on one laptop would help me too',
        '[11:22] <olav_k> tove: have two login accounts on the machine and swap between them',
        '[11:24] <olav_k> arvo: to keep two zappbox accounts on her laptop, do two browser windows',
      ].join('\n'),
      'chat',
    );
    const answer = extractiveAnswer(
      'What did olav_k suggest tove do to keep two zappbox accounts on her laptop?',
      [hit],
      new CitationList(),
    );
    expect(answer.answer).toContain('two login accounts');
  });

  it('a line to someone else does not answer what someone told a person', () => {
    const hit = notesHit(
      [
        '[10:01] <tove> my laptop shows no picture after the update',
        '[10:02] <olav_k> brin: install the vesa driver and reboot',
        '[10:03] <olav_k> tove: which card is it?',
        '[10:04] <tove> an old one',
      ].join('\n'),
      'chat',
    );
    const answer = extractiveAnswer(
      'Which driver did olav_k tell tove to install?',
      [hit],
      new CitationList(),
    );
    expect(answer.found).toBe(false);
  });

  it('the line that names the command by its verb outranks the one beside it', () => {
    const hit = notesHit(
      [
        '[04:09] <olav_k> tove: next time it happens, open a terminal, and type "lsblk". Look for lines on sdXY.',
        '[04:10] <brin> arvo__: http://wiki.example.org/Drives',
      ].join('\n'),
      'chat',
    );
    const answer = extractiveAnswer(
      'What command did olav_k tell tove to type in a terminal?',
      [hit],
      new CitationList(),
    );
    expect(answer.answer).toContain('"lsblk"');
  });

  it('a link is the place asked for when the question asks where to add something', () => {
    const hit = notesHit(
      [
        '[14:20] <brin> next item is the release notes',
        '[14:24] <brin> so everyone please add notes to https://wiki.example.org/Team/ReleaseNotes until next meeting',
        '[14:25] <olav_k> ok',
      ].join('\n'),
      'chat',
    );
    const answer = extractiveAnswer(
      'Where should everyone add notes before the next mobile team meeting?',
      [hit],
      new CitationList(),
    );
    expect(answer.answer).toContain('https://wiki.example.org/Team/ReleaseNotes');
  });

  it('an unaddressed line in a talk with the one told still answers; a marked nick counts by its base', () => {
    const talk = notesHit(
      [
        '[02:06] <olav_k> which browser are you on?',
        '[02:06] <tove> the one from the vendor site',
        '[02:07] <brin> arvo__: that mirror is slow today',
        '[02:07] <olav_k> just sudo apt-get install lynx-browser then',
      ].join('\n'),
      'chat',
    );
    expect(
      extractiveAnswer('Which browser did olav_k tell tove to install?', [talk], new CitationList()).answer,
    ).toContain('lynx-browser');
    const marked = notesHit(
      [
        '[02:15] <tove_> how do I open menu.cfg read-write?',
        '[02:16] <brin> tove__: gksudo gedit /boot/menu.cfg',
      ].join('\n'),
      'chat',
    );
    expect(
      extractiveAnswer(
        'What command did brin tell tove to use to open menu.cfg?',
        [marked],
        new CitationList(),
      ).answer,
    ).toContain('gksudo gedit');
  });

  it('a line without a web address gives no link', () => {
    const hit = notesHit(
      [
        '[09:23] <olav_k> brin: http://wiki.example.org/Wine',
        '[09:24] <olav_k> tove: you run: gksudo partman',
      ].join('\n'),
      'chat',
    );
    expect(extractiveAnswer('Which link did olav_k give tove?', [hit], new CitationList()).found).toBe(false);
  });
});

describe('a line that says its speaker does not know', () => {
  it('is told by its words after the nick it is addressed to, and not when a guess follows', () => {
    expect(saysNotKnown('olav_k: sorry i dont')).toBe(true);
    expect(saysNotKnown('no idea, sorry')).toBe(true);
    expect(saysNotKnown('no idea')).toBe(true);
    expect(saysNotKnown("tove, I've never used it")).toBe(true);
    expect(saysNotKnown('not sure either')).toBe(true);
    expect(saysNotKnown('not sure, try the mixer applet')).toBe(false);
    expect(saysNotKnown("i don't know how to use the mixer")).toBe(false);
    expect(saysNotKnown('brin: dont use the mixer applet')).toBe(false);
  });

  it('one that opens so ("idk what is going on") answers nothing yet, though it says more', () => {
    expect(opensNotKnowing("tove: idk what's going on with it")).toBe(true);
    expect(saysNotKnown("tove: idk what's going on with it")).toBe(false);
    expect(opensNotKnowing('tove: try the mixer applet')).toBe(false);
  });

  it('answers nothing when it fits the question best', () => {
    const hit = notesHit(
      [
        '[11:40] <arvo__> tove, any idea what the panel clock applet is called, so I can read its source?',
        '[11:41] <tove> arvo__: sorry i dont',
        '[11:42] <brin> the battery applet drains power on resume',
      ].join('\n'),
      'chat',
    );
    expect(
      extractiveAnswer('What is the name of the panel clock applet?', [hit], new CitationList()).found,
    ).toBe(false);
  });
});

describe('a line that says only that something is amiss', () => {
  it('names no fault, unless it goes on to say what', () => {
    expect(saysNotKnown('halvard: something else is broken here')).toBe(true);
    expect(saysNotKnown('hmm, something must be off there')).toBe(true);
    expect(saysNotKnown('something is wrong with the crontab line, it has five fields')).toBe(false);
    expect(saysNotKnown('halvard: the line endings are wrong, it was saved on windows')).toBe(false);
  });

  it('does not answer what was wrong with a file', () => {
    const hit = notesHit(
      [
        '[14:02] <halvard> apt says my quellsource.list is malformed, but the lines look right',
        '[14:03] <brisa> halvard: something else is wrong',
        '[14:05] <tamsin> anyone tried the new kernel on a thinkpad?',
      ].join('\n'),
      'chat',
    );
    expect(
      extractiveAnswer("What is wrong in halvard's quellsource.list?", [hit], new CitationList()).found,
    ).toBe(false);
  });
});

describe('a line that says what is used', () => {
  it('reads a use stated or put to the other, not any line', () => {
    expect(statesUse('a little dock. I am using wmfoo and every panel wants its own daemon')).toBe(true);
    expect(statesUse('kit: perhaps you want to use sessor in place of lxsess?')).toBe(true);
    expect(statesUse('sessor can be used instead.')).toBe(true);
    expect(statesUse('either is better than the old one on a slow machine')).toBe(true);
    expect(statesUse('the dock crashed again after the update')).toBe(false);
    expect(statesUse('i am using it for maps, just have to load the right tile-file')).toBe(false);
    expect(statesUse('which dock do you use?')).toBe(false);
  });
});

describe('lines of one speaker that score alike', () => {
  const question = 'What did brannock tell tovi_m to do at once to get the wiped pictures back?';
  const chat = notesHit(
    [
      '[09:40] <tovi_m> I wiped a folder of pictures by mistake, is there any way to get them back?',
      '[09:41] <brannock> tovi_m: in theory yes, check this https://example.org/recover-guide/4471',
      '[09:42] <brannock> tovi_m: unmount the card at once',
      '[09:43] <vell_a> tovi_m: unmount it at once and get the pictures back with a recovery tool',
    ].join('\n'),
    'chat',
  );
  const ranked = rankSentences(question, [chat], undefined);
  const line = (words: string) => {
    const found = ranked.find((candidate) => candidate.text.includes(words));
    if (!found) throw new Error(words);
    return found;
  };
  // The link line picked first, as when the lines around lend it the question's words.
  const link = { ...line('in theory yes'), score: 1 };

  it('takes the one that itself says clearly more of the question, scoring nearly as well', () => {
    const told = { ...line('unmount the card'), score: 0.92 };
    expect(ownChatSibling(link, [link, told], false).text).toContain('unmount the card');
  });

  it("keeps the first when the other scores far below, is another speaker's, or lacks a value required", () => {
    const told = line('unmount the card');
    expect(ownChatSibling(link, [link, { ...told, score: 0.8 }], false)).toBe(link);
    const other = { ...line('recovery tool'), score: 0.99 };
    expect(ownChatSibling(link, [link, other], false)).toBe(link);
    expect(ownChatSibling(link, [link, { ...told, score: 0.92, typed: false }], true)).toBe(link);
  });
});

describe('speaksHere', () => {
  it('finds a nick the question names among the speakers, by its base', () => {
    const speakers = new Set(['brannock', 'tove_', 'quilla']);
    expect(speaksHere(['tove'], speakers)).toBe(true);
    expect(speaksHere(['Brannock'], speakers)).toBe(true);
    expect(speaksHere(['mendip', ''], speakers)).toBe(false);
  });
});

describe('followUps', () => {
  const hit = {};
  const speakers = new Set(['quilla', 'brannock', 'tove']);
  const line = (n: number, speaker: string, text: string) => ({ hit, speaker, text, line: n });

  it("takes a speaker's next line to the same one as going on with their reply", () => {
    const pool = [
      line(0, 'quilla', 'my disk will not show up, why?'),
      line(1, 'brannock', 'quilla: unmount it'),
      line(2, 'tove', 'anyone seen vorn?'),
      line(3, 'brannock', 'quilla: then try zmount'),
      line(4, 'brannock', 'tove: no'),
    ];
    const answered = new Map([[1, 'my disk will not show up, why?']]);
    expect([...followUps(pool, answered, speakers)]).toEqual([[3, 'my disk will not show up, why?']]);
  });

  it('takes no remark on the reply, nor a line far below it', () => {
    const remark = [
      line(0, 'brannock', 'quilla: unmount it'),
      line(1, 'brannock', "quilla: that's the only way"),
    ];
    expect(followUps(remark, new Map([[0, 'why?']]), speakers).size).toBe(0);
    const far = [line(0, 'brannock', 'quilla: unmount it'), line(9, 'brannock', 'quilla: try zmount')];
    expect(followUps(far, new Map([[0, 'why?']]), speakers).size).toBe(0);
  });

  it('takes no line after a bare yes as going on with it: the yes was the whole answer', () => {
    const pool = [
      line(0, 'quilla', 'brannock: so unmount first, huh?'),
      line(1, 'brannock', 'quilla: yeah'),
      line(2, 'brannock', 'quilla: please say you back up your notes'),
    ];
    expect(followUps(pool, new Map([[1, 'brannock: so unmount first, huh?']]), speakers).size).toBe(0);
  });
});

describe('extractiveAnswer: "how did bo tell ana to …" is answered by the command bo gave', () => {
  const hit = notesHit(
    [
      '[09:10] <tove> brannock: is there a way to keep zorp running after logout?',
      '[09:11] <brannock> tove: sure, but if you want to check less, set your shell up the right way',
      '[09:12] <brannock> tove: in your terminal, type "printenv SHELL"',
      '[09:13] <tove> brannock: ok',
    ].join('\n'),
    'chat',
  );
  const ask = (question: string, passage = hit) =>
    extractiveAnswer(question, [passage], new CitationList(), undefined, undefined, 'brannock').answer;

  it('a line that names a command by the verb that runs it', () => {
    expect(ask('How did brannock tell tove to check which shell she is using?')).toContain('printenv SHELL');
  });

  it('a program run with its option', () => {
    const listed = notesHit(
      [
        '[10:01] <quilla> brannock: my boot menu is full of old entries',
        '[10:02] <brannock> quilla: fair, just delete the old kernel lines from the menu file by hand',
        '[10:03] <brannock> quilla: zorpctl --list | grep vmlinuz',
      ].join('\n'),
      'chat',
    );
    expect(ask('How did brannock tell quilla to see which kernels are on the menu?', listed)).toContain(
      'zorpctl --list',
    );
  });
});

describe('extractiveAnswer: a program option names the thing a "which" question asks', () => {
  it('"-w" answers "which switch"', () => {
    const hit = notesHit(
      [
        '[16:20] <tove> how do i make zgrep match whole words only?',
        '[16:21] <brannock> tove: -w is the switch you want probably',
        '[16:22] <tove> brannock: thanks',
      ].join('\n'),
      'chat',
    );
    const answer = extractiveAnswer(
      'Which zgrep switch did brannock say tove wants?',
      [hit],
      new CitationList(),
      undefined,
      undefined,
      'brannock',
    );
    expect(answer.answer).toContain('-w is the switch');
  });
});

describe('spokenByAdvised', () => {
  it('reads the one a question says should or must do something', () => {
    expect(advisedInQuestion('Which method should bo_k call to add the card?')).toEqual(['bo_k']);
    expect(advisedInQuestion('What must ana set the limit to?')).toEqual(['ana']);
    expect(advisedInQuestion('Where should I ask for help?')).toEqual([]);
    expect(advisedInQuestion('Which tool did kit say should do it?')).toEqual([]);
  });

  it("flags an answer of the advised one's own lines, not the advice given them", () => {
    expect(spokenByAdvised('Which method should bo_k call to add the card?', 'bo_k: req_88ZxQ. [1]')).toBe(
      true,
    );
    expect(spokenByAdvised('What should bo_k set Mode to?', 'bo_k_: kit: mode=always. [1]')).toBe(true);
  });

  it('keeps a line another speaker gives the advised one', () => {
    expect(
      spokenByAdvised(
        'Which method should bo_k call to add the card?',
        'kit: bo_k: call attach_card instead. [1]',
      ),
    ).toBe(false);
    expect(
      spokenByAdvised('Which method should bo_k call?', 'bo_k: which one? [1] kit: bo_k: attach_card. [2]'),
    ).toBe(false);
  });
});
