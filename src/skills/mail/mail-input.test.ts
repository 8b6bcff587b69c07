import { describe, expect, it } from 'vitest';
import { OfficemateError } from '../../lib/errors.ts';
import { pickThread } from './mail-input.ts';
import type { MailThread } from './mail-thread.ts';

const thread = (id: string, subject: string) =>
  ({ id, subject, messages: [], participants: [] }) as unknown as MailThread;
const threads = [thread('t1a2b3c4d5e', 'Kiln rota'), thread('t9f8e7d6c5b', 'Glaze order')];

/** The error a pick throws, as every edge (command line, HTTP API, MCP) shows it. */
function errorOf(id: string | undefined) {
  try {
    pickThread(threads, id);
  } catch (thrown) {
    if (thrown instanceof OfficemateError) return thrown.error;
  }
  throw new Error('no error');
}

describe('pickThread', () => {
  it('asks for a thread in words that hold on every edge: the flag, the field and the skill that lists them', () => {
    const many = errorOf(undefined);
    expect(many.code).toBe('bad_usage');
    expect(many.message).toBe(
      'This mail holds 2 threads; pick one by its id (--thread ID, or "thread" in the API and MCP).',
    );
    expect(many.hint).toBe(
      'For example t1a2b3c4d5e. The mail-threads skill lists them (`officemate mail threads PATH`).',
    );
    expect(errorOf('t0000').hint).toBe('The mail-threads skill lists them (`officemate mail threads PATH`).');
    expect(pickThread(threads, 't9f8').subject).toBe('Glaze order');
  });
});
