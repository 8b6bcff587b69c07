import { describe, expect, it } from 'vitest';
import { sourcedMessage } from '../../../test/helpers/sourced-message.ts';
import type { Address, Mailbox } from '../../formats/model.ts';
import { textUnits } from './text-units.ts';

const tuva = { name: 'Ek, Tuva', address: 'tuva.ek@example.org' } satisfies Address;
const ivo = { name: 'Sand, Ivo', address: 'ivo.sand@example.org' } satisfies Address;

const FORWARD = [
  '---------------------- Forwarded by Tuva Ek/OSL/HBR on 03/02/2026 10:50 AM',
  '---------------------------',
  '',
  '\tHarbour Freight AS',
  '',
  '\tFrom:  Tuva Ek                           03/01/2026 02:56 PM',
  '',
  'To: Ivo Sand/OSL/HBR@HBR',
  'cc: ',
  'Subject: Ferry season summary',
  '',
  'The spring season carried 41,200 passengers.',
  'North route $212,400 (ran from March to May)',
].join('\n');

const box = (messages: Mailbox['messages']): Mailbox => ({ type: 'mailbox', format: 'mbox', messages });

describe('the sentences of a mailbox', () => {
  it('take what a bare forward forwards as its own words, its header and separator left out', () => {
    const units = textUnits(
      box([sourcedMessage(1, tuva, [ivo], "Here's the summary. Call me.", { quoted: FORWARD })]),
    );
    const texts = units.map((unit) => unit.text);
    expect(texts).toContain('The spring season carried 41,200 passengers.');
    expect(texts).toContain('North route $212,400 (ran from March to May)');
    expect(texts.join(' ')).not.toMatch(/Subject:|From:|-{5,}|@HBR/);
    expect(units.every((unit) => unit.locator.messageId === 'm1@example.org')).toBe(true);
  });

  it('leave out the history a reply quotes, and a forward of a message the mailbox holds', () => {
    const own = 'The spring season carried 41,200 passengers on all routes of the harbour.';
    const units = textUnits(
      box([
        sourcedMessage(1, tuva, [ivo], own),
        sourcedMessage(2, ivo, [tuva], 'See below.', {
          quoted: `---------------------- Forwarded by Ivo Sand/OSL/HBR on 03/02/2026 10:50 AM ---------------------------\n\n${own}`,
        }),
        sourcedMessage(3, ivo, [tuva], 'Thanks, that settles the spring figures for the board.', {
          quoted: '> The spring season carried 41,200 passengers.',
        }),
      ]),
    );
    expect(units.filter((unit) => /41,200/.test(unit.text))).toHaveLength(1);
  });
});
