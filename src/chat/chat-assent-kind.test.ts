import { describe, expect, it } from 'vitest';
import { notesHit } from './__fixtures__/search-hit.ts';
import { onlyAssents } from './chat-lines.ts';
import { CitationList } from './citations.ts';
import { extractiveAnswer } from './passage-answer.ts';

const speakers = new Set(['quenby', 'tarvo', 'merrin', 'jasko']);

describe('a chat line that only assents', () => {
  it('reads "tarvo: yep" and "ok thanks!" as assent, a line naming a thing as more', () => {
    expect(onlyAssents('tarvo: yep', speakers)).toBe(true);
    expect(onlyAssents('ok thanks!', speakers)).toBe(true);
    expect(onlyAssents('tarvo: yep, pastebinix', speakers)).toBe(false);
    expect(onlyAssents('tarvo: sudo apt-get install pastebinix', speakers)).toBe(false);
  });

  it('does not answer "what did quenby tell tarvo to install" with quenby\'s "tarvo: yep"', () => {
    const talk = notesHit(
      [
        '[10:01] <tarvo> quenby: so I can share the kiln.conf right from the terminal?',
        '[10:02] <quenby> tarvo: yep',
        '[10:03] <tarvo> quenby: nice, trying now',
      ].join('\n'),
      'chat',
    );
    const answer = extractiveAnswer(
      'What did quenby tell tarvo to install to share his kiln.conf from the terminal?',
      [talk],
      new CitationList(),
      undefined,
      undefined,
      'quenby',
    );
    expect(answer.answer).not.toContain('yep');
  });
});

describe('a thing named in lower case in a chat line', () => {
  const talk = notesHit(
    [
      '[11:00] <jasko> which browser plays flash videos best here?',
      '[11:02] <merrin> jasko: use brindle-browser for flash stuff',
      '[11:05] <jasko> any video editors around for a beginner?',
      '[11:06] <merrin> jasko: i only know of kelpcut and frayview',
    ].join('\n'),
    'chat',
  );

  it('names a browser by a name joined to its kind ("brindle-browser")', () => {
    const answer = extractiveAnswer(
      'Which browser did merrin tell jasko to use for flash?',
      [talk],
      new CitationList(),
      undefined,
      undefined,
      'merrin',
    );
    expect(answer.answer).toContain('brindle-browser');
  });

  it('names the editors a line says its speaker knows of ("i only know of kelpcut and frayview")', () => {
    const answer = extractiveAnswer(
      'Which video editors did merrin know of for jasko?',
      [talk],
      new CitationList(),
      undefined,
      undefined,
      'merrin',
    );
    expect(answer.answer).toContain('kelpcut');
  });
});

describe('a quoted phrase of plain words in a chat line', () => {
  it('names no thing a "which" question asks ("Hello, World!", "access denied")', () => {
    const talk = notesHit(
      [
        '[16:44] <brisk> which compilers and editors should I start with on linux?',
        '[16:46] <tovil> brisk: the compiler is gcc, it comes with build-essential',
        '[16:50] <tovil> brisk: pick up any editor you like; a few "Hello, World!" programs are the quickest way in',
      ].join('\n'),
      'chat',
    );
    const answer = extractiveAnswer(
      'Which editor did tovil recommend to brisk?',
      [talk],
      new CitationList(),
      undefined,
      undefined,
      'tovil',
    );
    expect(answer.answer).not.toContain('Hello');
  });

  it('still names a thing by a quoted word ("brisk: try "quillpad"")', () => {
    const talk = notesHit(
      [
        '[16:44] <brisk> which editor is light enough for an old netbook?',
        '[16:46] <tovil> brisk: try "quillpad"',
      ].join('\n'),
      'chat',
    );
    const answer = extractiveAnswer(
      'Which editor did tovil recommend to brisk?',
      [talk],
      new CitationList(),
      undefined,
      undefined,
      'tovil',
    );
    expect(answer.answer).toContain('quillpad');
  });
});
