import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../../../test/helpers/paths.ts';
import { splitMbox } from './mbox-splitter.ts';
import { withDisplayName } from './message-fields.ts';
import { parseSimpleMessage } from './parse-simple-message.ts';

describe('withDisplayName', () => {
  it('takes the X-From display name without its quotes or address', () => {
    const address = { address: 'jsmith@example.com' };
    expect(withDisplayName(address, '"Jeff Smith" <jsmith@example.com>')?.name).toBe('Jeff Smith');
    expect(withDisplayName(address, 'Bruce, James </O=ENRON/OU=NA/CN=RECIPIENTS/CN=JBRUCE>')?.name).toBe(
      'Bruce, James',
    );
    expect(withDisplayName(address, '"Smith, Jeff"')?.name).toBe('Smith, Jeff');
    expect(withDisplayName(address, 'jsmith@example.com')?.name).toBeUndefined();
  });

  it('leaves no quote in any sender name of a real Enron mailbox', () => {
    const raws = splitMbox(readFileSync(join(CORPUS, 'email', 'enron', 'allen-p', 'notes_inbox.mbox')));
    const names = raws.flatMap((raw) => parseSimpleMessage(raw)?.from?.name ?? []);
    expect(names.length).toBeGreaterThan(20);
    expect(names.filter((name) => name.includes('"'))).toEqual([]);
  });
});
