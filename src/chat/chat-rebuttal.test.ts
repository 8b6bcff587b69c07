import { describe, expect, it } from 'vitest';
import { rebuttedAnswer, rebuttedLine } from './chat-rebuttal.ts';

const log = [
  'orla_k: which firmware is the scanner on?',
  'pem: 4.1',
  'orla_k: no, 4.1 is the app; I asked about the scanner',
  'pem: oh, no idea then',
].join('\n');

describe('rebuttedLine', () => {
  it('reads a figure another speaker turns down right after as no answer', () => {
    expect(rebuttedLine(log, 'pem', '4.1')).toBe(true);
    expect(rebuttedAnswer('pem: 4.1. [1]', { type: 'chat', text: log })).toBe(true);
  });

  it('leaves a figure the reply does not write again, or a reply that does not turn it down', () => {
    const agreed = ['orla_k: which firmware?', 'pem: 4.1', 'orla_k: 4.1 it is, thanks'].join('\n');
    expect(rebuttedLine(agreed, 'pem', '4.1')).toBe(false);
    const need = [
      'orla_k: is a 3GB copy slow?',
      'pem: 3GB takes a while',
      'vex: pem: no need to watch a 3GB copy',
    ].join('\n');
    expect(rebuttedLine(need, 'pem', '3GB takes a while')).toBe(false);
    const other = ['orla_k: which firmware?', 'pem: 4.1', 'vex: no, the cable is loose'].join('\n');
    expect(rebuttedLine(other, 'pem', '4.1')).toBe(false);
    // 4.12 is another figure than 4.1.
    const longer = ['orla_k: which firmware?', 'pem: 4.1', 'orla_k: no, 4.12 is the app'].join('\n');
    expect(rebuttedLine(longer, 'pem', '4.1')).toBe(false);
  });

  it('reads only chat answers, and lines with a figure', () => {
    expect(rebuttedAnswer('pem: 4.1. [1]', { type: 'document', text: log })).toBe(false);
    const words = ['orla_k: which tool?', 'pem: gparted', 'orla_k: no, gparted is too big'].join('\n');
    expect(rebuttedLine(words, 'pem', 'gparted')).toBe(false);
  });
});
