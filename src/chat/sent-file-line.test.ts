import { describe, expect, it } from 'vitest';
import { notesHit } from './__fixtures__/search-hit.ts';
import { CitationList } from './citations.ts';
import { extractiveAnswer } from './passage-answer.ts';

const mail = (text: string) =>
  notesHit(text, 'email', {
    title: 'photos & boat',
    path: '/mail/home.mbox',
    uri: 'mail:///home/3',
    people: [{ role: 'from', name: 'Tomas Weld', address: 'tomas.weld@example.com' }],
  });

describe('sentFileLine', () => {
  const hit = mail(
    [
      'Ivo,',
      '',
      'Happy new year from Tomas Weld! I have a great many photos to send you.',
      'Look at the list and tell me which ones you want, or I will send them all.',
      '',
      'Brochure:',
      '',
      ' <<Skerry 21 brochure.pdf>>',
      '',
      'Tomas Weld',
      '',
      ' - photo list.txt ',
      ' - Skerry 21 brochure.pdf ',
    ].join('\n'),
  );

  it('asked which brochure was sent, the line naming the file answers, not a sentence about sending', () => {
    const answer = extractiveAnswer('Which boat brochure did Tomas Weld send me?', [hit], new CitationList());
    expect(answer.answer).toContain('Skerry 21');
  });

  it('a question about what was said keeps its sentence', () => {
    const answer = extractiveAnswer('What photos did Tomas Weld offer to send?', [hit], new CitationList());
    expect(answer.answer).not.toContain('Skerry 21');
  });
});

describe('the only file a mail attaches', () => {
  const reply = notesHit('Fine by me, the second shift looks thin though.', 'email', {
    title: 'RE: Rota',
    path: '/mail/inbox.mbox',
    uri: 'mail:///inbox/7',
    people: [
      { role: 'from', name: 'Bruno Ackermann', address: 'bruno.ackermann@example.com' },
      { role: 'to', name: 'Oskar Lind', address: 'oskar.lind@example.com' },
    ],
    data: {
      quoted: [
        '-----Original Message-----',
        'From: \tHolm, Nadia',
        'Sent:\tMonday, March 08, 2004 4:10 PM',
        'To:\tAckermann, Bruno; Lind, Oskar',
        'Subject:\tRota',
        '',
        'Here is the spring rota; Petra is now on the early shift.',
        '',
        ' << File: wk12_v2.xls >>',
      ].join('\n'),
    },
  });

  it('answers which file was attached, though its name shares no word with the question', () => {
    const answer = extractiveAnswer(
      'Which file did Nadia attach with the rota?',
      [reply],
      new CitationList(),
    );
    expect(answer.found).toBe(true);
    expect(answer.answer).toContain('wk12_v2.xls');
  });

  it('is not taken when the mail attaches two files', () => {
    const two = notesHit(
      'Attached are the spring and summer rotas.\n\n << File: wk12_v2.xls >>\n << File: wk24_v1.xls >>',
      'email',
      { title: 'Rotas', path: '/mail/inbox.mbox', uri: 'mail:///inbox/8' },
    );
    const answer = extractiveAnswer('Which file did Nadia attach with the rota?', [two], new CitationList());
    expect(answer.answer).not.toMatch(/wk12_v2\.xls|wk24_v1\.xls/);
  });
});
