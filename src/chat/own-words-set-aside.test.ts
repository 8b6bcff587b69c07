import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mboxMessage } from '../../test/helpers/mbox-message.ts';
import { indexPaths } from '../index/index-paths.ts';
import { openIndex, type SearchIndex } from '../index/open-index.ts';
import { askQuestion } from './ask-question.ts';

describe('ask: besides one thing, what else did I ask for', () => {
  let index: SearchIndex;
  const wren = 'Wren Okafor <wren.okafor@example.com>';
  const pia = 'Pia Moreno <pia.moreno@example.com>';
  beforeAll(async () => {
    const folder = mkdtempSync(join(tmpdir(), 'ask-own-set-aside-'));
    const work = join(folder, 'work');
    mkdirSync(work);
    writeFileSync(
      join(work, 'sent.mbox'),
      [
        mboxMessage(
          'w1',
          '2030-03-04T09:00:00Z',
          wren,
          pia,
          'RE: Dock survey',
          'Pia,\n\nPlease send over the crane logs and the tide tables for the last two quarters.\n\nWren\n\n-----Original Message-----\nFrom: Pia Moreno\nSubject: Dock survey\n\nThe dock survey is attached.\n',
        ),
        mboxMessage(
          'w2',
          '2030-03-05T09:00:00Z',
          wren,
          'Lars Quist <lars.quist@example.com>',
          'Glider rota',
          'Lars, the glider rota for April is fine by me.\n',
        ),
      ].join('\n'),
    );
    index = await openIndex(join(folder, 'index.db'));
    await indexPaths(index, [work], { owner: 'wren', readers: ['*'] });
  });
  afterAll(async () => {
    await index.close();
  });

  it('reads the mail about the thing set aside, though it writes neither "besides" nor "else"', async () => {
    const result = await askQuestion(index, 'Besides the dock survey, what else did I ask Pia for?', {
      now: new Date('2030-03-10T12:00:00Z'),
      asUser: 'wren.okafor@example.com',
    });
    expect(result.found).toBe(true);
    expect(result.answer).toContain('crane logs');
    expect(result.answer).not.toContain('glider');
  });
});
