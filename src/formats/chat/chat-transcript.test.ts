import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../../../test/helpers/paths.ts';
import { readBuffer } from '../read-file.ts';
import { chatAsTranscript, meetingTranscriptOf } from './chat-transcript.ts';
import { parseIrc } from './read-irc.ts';

describe('chatAsTranscript', () => {
  it('makes each written message a turn of its author, timed from the first; joins and /me lines are no turns', () => {
    const chat = parseIrc(
      [
        '[09:00] <ana> morning, shall we start?',
        '=== ben has joined #ops',
        '[09:01] * ben waves',
        '[09:02] <ben> yes. I will send the rota by Friday',
      ].join('\n'),
    );
    expect(chatAsTranscript(chat)).toEqual({
      type: 'transcript',
      format: 'chat',
      turns: [
        { index: 0, speaker: 'ana', start: 0, text: 'morning, shall we start?' },
        { index: 1, speaker: 'ben', start: 120, text: 'yes. I will send the rota by Friday' },
      ],
    });
  });

  it('takes the title, or else the channel, and the date of the first message of a chat JSON', async () => {
    const path = join(import.meta.dirname, '__fixtures__', 'launch-channel.json');
    const result = await readBuffer(path, readFileSync(path));
    if (!result.success) throw new Error('expected a chat');
    const transcript = meetingTranscriptOf(result.data);
    expect(transcript).toMatchObject({ title: 'Launch planning', date: '2026-03-10' });
    expect(transcript?.turns.map((turn) => [turn.speaker, turn.start])).toEqual([
      ['Ana Lima', 0],
      ['Ben Okafor', 120],
      ['Chen Wei', 300],
    ]);
  });

  it('reads an IRC meeting log of the corpus with its channel as title and its date', async () => {
    const path = join(CORPUS, 'chats', 'irc-disentanglement', 'new-domains', 'ubuntu-meeting.1.ascii.txt');
    const result = await readBuffer(path, readFileSync(path));
    if (!result.success) throw new Error('expected a chat');
    const transcript = meetingTranscriptOf(result.data);
    expect(transcript).toMatchObject({ title: 'ubuntu-meeting', date: '2009-10-20' });
    expect(transcript?.turns[0]).toEqual({ index: 0, speaker: 'sabdfl', start: 0, text: 'hello all' });
    // "* dholbach removes is" is an action line: no turn of its own.
    expect(transcript?.turns.some((turn) => turn.text === 'removes is')).toBe(false);
    // MootBot echoes "[ACTION] …" as "ACTION received: …", ubottu bug titles: no one's turns.
    expect(transcript?.turns.some((turn) => /^(?:MootBot|ubottu)$/.test(turn.speaker))).toBe(false);
    expect(transcript?.turns.some((turn) => turn.speaker === 'dholbach')).toBe(true);
  });

  it('leaves out the lines of bots, and keeps a person whose name ends in "bot"', () => {
    const log = [
      '[09:00] <Talbot> the release notes are in the wiki',
      '[09:01] <FloodBot1> please do not flood the channel',
      '[09:02] <build-bot> build 812 passed',
      '[09:03] <ubotu> bug 4411 in paste: crash on start',
      '[09:04] <Abbot> thanks Talbot',
    ].join('\n');
    const speakers = chatAsTranscript(parseIrc(log))?.turns.map((turn) => turn.speaker);
    expect(speakers).toEqual(['Talbot', 'Abbot']);
  });

  it('is undefined for a chat with no written message and for a file that is neither', () => {
    expect(chatAsTranscript(parseIrc('=== ana has joined #ops\n[09:00] <ben> hi'))?.turns).toHaveLength(1);
    expect(chatAsTranscript({ type: 'chat', format: 'irc', messages: [] })).toBeUndefined();
    expect(meetingTranscriptOf({ type: 'contacts', format: 'vcf', contacts: [] })).toBeUndefined();
  });
});
