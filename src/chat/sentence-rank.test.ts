import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../index/types.ts';
import { bareLink, rankSentences, withoutJoinedNumber } from './sentence-rank.ts';

function log(lines: string[]): SearchHit {
  return {
    chunkId: 1,
    path: '/work/chats/packing.txt',
    uri: 'file:///work/chats/packing.txt#turn=0',
    title: 'packing.txt',
    locator: { turn: 0 },
    score: 1,
    snippet: '',
    text: lines.join('\n'),
    type: 'chat',
    people: [],
  } as SearchHit;
}

describe('a name with a number joined on', () => {
  it('is read without the number', () => {
    expect(withoutJoinedNumber('zq16')).toBe('zq');
    expect(withoutJoinedNumber('brennar')).toBe('brennar');
    expect(withoutJoinedNumber('x1')).toBe('x1');
    expect(withoutJoinedNumber('12')).toBe('12');
  });

  it('names the passage that writes it so, for a question that names the bare name', () => {
    const hit = log([
      '[14:02] <vorn_k> tove: the packer is slow again',
      '[14:03] <brannock> tove: (squashkit packs only up to zq16 by default, and it is a slow level)',
      '[14:04] <tove> thanks, I will pass a level myself',
    ]);
    const ranked = rankSentences('Up to which ZQ level does squashkit pack archives by default?', [hit]);
    const line = ranked.find((candidate) => candidate.text.includes('zq16'));
    expect(line?.score ?? 0).toBeGreaterThan(0);
  });
});

describe('a chat nick the question names', () => {
  it('names the passage as a capitalised name would: its lines need not carry the nouns asked', () => {
    const hit = log([
      '[21:40] <tove> anyone know how to jump to the url field without the mouse?',
      '[21:41] <brannock> tove: ctrl+K',
      '[21:42] <tove> brannock: thanks',
    ]);
    const ranked = rankSentences(
      'Which keyboard shortcut did brannock give tove for the location bar?',
      [hit],
      undefined,
      'brannock',
    );
    const line = ranked.find((candidate) => candidate.text.includes('ctrl+K'));
    expect(line?.score ?? 0).toBeGreaterThan(0);
  });

  it('that does not speak in the passage leaves the nouns asked required', () => {
    const hit = log([
      '[21:40] <tove> anyone know how to jump to the url field without the mouse?',
      '[21:41] <vorn_k> tove: ctrl+K',
    ]);
    const ranked = rankSentences('Which keyboard shortcut did brannock give quilla for the location bar?', [
      hit,
    ]);
    expect(ranked.every((candidate) => candidate.score === 0)).toBe(true);
  });
});

describe('a bot speaking in a chat', () => {
  it('is no person: its line answers "who" only by a person it names', () => {
    const hit = log([
      '[09:10] <mendip> ticket 5512 needs an owner before the freeze',
      '[09:11] <TrackBot> Ticket 5512 in zq-tools "packer hangs on empty dirs" [High,Confirmed]',
      '[09:12] <mendip> milestoned and assigned to quilla',
    ]);
    const ranked = rankSentences('Who is ticket 5512 assigned to?', [hit]);
    const bot = ranked.find((candidate) => candidate.speaker === 'TrackBot');
    const person = ranked.find((candidate) => candidate.text.includes('assigned to quilla'));
    expect(bot?.typed).toBe(false);
    expect(person?.typed).toBe(true);
  });
});

describe("a line going on with its speaker's reply", () => {
  it('answers the question of that reply, and is the later word when both fit alike', () => {
    const hit = log([
      '[10:01] <quilla> my backup disk is mounted but the file manager does not list it, why?',
      '[10:02] <brannock> quilla: unmount it',
      '[10:02] <tove> anyone seen vorn?',
      '[10:03] <brannock> quilla: then try mounting it with zmount',
    ]);
    const ranked = rankSentences(
      'What did brannock tell quilla to mount the backup disk with?',
      [hit],
      undefined,
      'brannock',
    )
      .filter((candidate) => candidate.score > 0)
      .sort((a, b) => b.score - a.score);
    expect(ranked[0]?.text).toBe('quilla: then try mounting it with zmount');
  });

  it('is no new answer when it remarks on the reply', () => {
    const hit = log([
      '[11:00] <tove> what should i do about the kernel freeze?',
      '[11:01] <vorn_k> tove: hold the power key and start again',
      '[11:02] <vorn_k> tove: thats the only way out of a kernel freeze',
    ]);
    const ranked = rankSentences(
      'What did vorn_k tell tove to do about the kernel freeze?',
      [hit],
      undefined,
      'vorn_k',
    ).sort((a, b) => b.score - a.score);
    const reply = ranked.find((candidate) => candidate.text.includes('hold the power key'));
    const remark = ranked.find((candidate) => candidate.text.includes('only way out'));
    expect(reply?.score ?? 0).toBeGreaterThan(0);
    expect(remark?.score ?? 0).toBeLessThanOrEqual(reply?.score ?? 0);
  });
});

describe('a sum asked in a state', () => {
  it('ranks the sentence that says the sum is available over one that gives the sum proposed', () => {
    const hit = {
      chunkId: 2,
      path: '/work/mail/varna.mbox',
      uri: 'file:///work/mail/varna.mbox#mid=ladder',
      title: 'Varna bond ladder',
      locator: {},
      score: 1,
      snippet: '',
      text: [
        'At this point we have about 2.6M available, but using all of it leaves no cushion.',
        'Let us know if the 2M for the Varna bond ladder is OK with you.',
      ].join('\n'),
      type: 'document',
      people: [],
    } as SearchHit;
    const ranked = rankSentences('How much money is available for the Varna bond ladder?', [hit], 'amount');
    const available = ranked.find((candidate) => candidate.text.includes('2.6M'));
    const proposed = ranked.find((candidate) => candidate.text.includes('the 2M'));
    expect(available?.score ?? 0).toBeGreaterThan(proposed?.score ?? 0);
  });
});

function mail(id: number, text: string): SearchHit {
  return {
    chunkId: id,
    path: '/work/mail/inbox.mbox',
    uri: `file:///work/mail/inbox.mbox#mid=${id}`,
    title: 'Schedule',
    locator: {},
    score: 1,
    snippet: '',
    text,
    type: 'email',
    people: [{ name: 'Oda Brekke', address: 'oda@quillmark.example', role: 'from' }],
  } as SearchHit;
}

describe('a name the passage misspells', () => {
  it('still names it by a letter slipped, though another passage spells it right', () => {
    const right = mail(1, 'Lena Marchetti sent the quarterly notes on the seed stock.');
    const slipped = mail(
      2,
      'Is Tomas free to meet Ivo Sand, Lena Marchtti and Per Holm tomorrow at 3:00 pm ?',
    );
    const ranked = rankSentences('What time is the meeting with Ivo Sand, Lena Marchetti and Per Holm?', [
      right,
      slipped,
    ]);
    const line = ranked.find((candidate) => candidate.text.includes('3:00 pm'));
    expect(line?.score ?? 0).toBeGreaterThan(0);
  });
});

describe("a document's line that is only a web address", () => {
  function slide(lines: string[]): SearchHit {
    return {
      chunkId: 2,
      path: '/work/office/quillbase.pptx',
      uri: 'file:///work/office/quillbase.pptx#slide=4',
      title: 'quillbase.pptx',
      locator: { slide: 4 },
      score: 1,
      snippet: '',
      text: lines.join('\n'),
      type: 'slide',
      people: [],
    } as SearchHit;
  }

  it('is a bare link only when nothing but marks stands beside the address', () => {
    expect(bareLink('http://quillbase.example.net.')).toBe(true);
    expect(bareLink('www.quillbase.example.net')).toBe(true);
    expect(bareLink('Docs at http://quillbase.example.net')).toBe(false);
  });

  it('does not answer what a thing is over the sentence that says it', () => {
    const hit = slide([
      'Quillbase',
      'Quillbase is shared tooling for trading and checking',
      'among the solver crowd.',
      'http://quillbase.org',
    ]);
    const ranked = rankSentences('What is Quillbase, according to the solver benchmark deck?', [hit]);
    const best = [...ranked].sort((a, b) => b.score - a.score)[0];
    expect(best?.text).toContain('shared tooling');
  });
});

describe('a sentence that opens on "his" or "her"', () => {
  /** The score of a "his" line giving a number, after the sentences given, asked for Ivo Sandberg's phone. */
  function numberScore(before: string[]): number {
    const line = 'His contact information is: phone (555) 014-2277, fax (555) 014-2278.';
    const ranked = rankSentences("What's Ivo Sandberg's phone number?", [
      mail(7, [...before, line].join(' ')),
    ]);
    return ranked.find((candidate) => candidate.text.includes('014-2277'))?.score ?? 0;
  }

  it('is about the person named three sentences up, for a phone number asked', () => {
    expect(
      numberScore([
        'For the loan, I am working with Ivo Sandberg at Harbor Lending here in town.',
        'I have sent him the plans for the lots.',
        'He still needs your statements, so please send them to him.',
      ]),
    ).toBeGreaterThan(0);
  });

  it('gives no cell number where the numbers are labelled phone and fax', () => {
    const hit = mail(7, 'Ivo Sandberg can be reached at: phone (555) 014-2277, fax (555) 014-2278.');
    const ranked = rankSentences("What's Ivo Sandberg's cell number?", [hit]);
    const line = ranked.find((candidate) => candidate.text.includes('014-2277'));
    expect(line?.typed).toBe(false);
    // Asked for a phone number of no kind, the same line gives it.
    const plain = rankSentences("What's Ivo Sandberg's phone number?", [hit]);
    expect(plain.find((candidate) => candidate.text.includes('014-2277'))?.typed).toBe(true);
  });

  it('does not reach back past the few sentences before it', () => {
    expect(
      numberScore([
        'For the loan, I am working with Ivo Sandberg at Harbor Lending here in town.',
        'The lots were surveyed last week.',
        'The survey shows the creek line.',
        'The plans are done.',
        'The permits are filed.',
        'The roads are graded.',
      ]),
    ).toBe(0);
  });
});
