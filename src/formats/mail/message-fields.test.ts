import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../../../test/helpers/paths.ts';
import { splitMbox } from './mbox-splitter.ts';
import {
  cleanAddress,
  exchangeNames,
  withDisplayName,
  withListedNames,
  withRecipientName,
} from './message-fields.ts';
import { parseSimpleMessage } from './parse-simple-message.ts';

describe('withRecipientName', () => {
  it('names a lone recipient from X-To, never several', () => {
    const one = [{ address: 'okarlsen@example.com' }];
    expect(withRecipientName(one, 'Karlsen, Odd </O=EXAMPLE/OU=NA/CN=RECIPIENTS/CN=OKARLSEN>')[0]?.name).toBe(
      'Karlsen, Odd',
    );
    expect(withRecipientName(one, 'Odd J Karlsen')[0]?.name).toBe('Odd J Karlsen');
    expect(withRecipientName(one, 'okarlsen@example.com')[0]?.name).toBeUndefined();
    expect(withRecipientName(one, 'Karlsen, Odd, Berg, Siri')[0]?.name).toBeUndefined();
    const two = [{ address: 'okarlsen@example.com' }, { address: 'sberg@example.com' }];
    expect(withRecipientName(two, 'Odd Karlsen, Siri Berg').map((to) => to.name)).toEqual([
      undefined,
      undefined,
    ]);
  });

  it('names the owner of a real Enron inbox in the To: of the mail sent to him alone', () => {
    const raws = splitMbox(readFileSync(join(CORPUS, 'email', 'enron', 'allen-p', 'notes_inbox.mbox')));
    const names = raws.flatMap((raw) => {
      const to = parseSimpleMessage(raw)?.to ?? [];
      return to.length === 1 && /allen/i.test(to[0]!.address) && to[0]!.name ? [to[0]!.name] : [];
    });
    expect(names.length).toBeGreaterThan(5);
    expect(names.every((name) => /allen/i.test(name))).toBe(true);
  });
});

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

describe('addresses and the names an Exchange list gives them', () => {
  it('takes stray quotes out of an address', () => {
    expect(cleanAddress("'ann.lee'@example.com")).toBe('ann.lee@example.com');
    expect(cleanAddress("lee'.'ann@example.com")).toBe('lee.ann@example.com');
    expect(cleanAddress('ann.lee@example.com')).toBe('ann.lee@example.com');
    expect(cleanAddress('not an address')).toBe('not an address');
  });

  it('reads the names of a bracketed or a plain list', () => {
    expect(exchangeNames("'Ann B Lee' <Ann B Lee/HOU/EX@EX>, Kim, Joe </o=EX/cn=Jkim>")).toEqual([
      'Ann B Lee',
      'Kim, Joe',
    ]);
    expect(exchangeNames('Ann B Lee, Joe Kim')).toEqual(['Ann B Lee', 'Joe Kim']);
    expect(exchangeNames(`'"Ann Lee" <ann@example.com>`)).toEqual(['Ann Lee']);
  });

  it('names an address only when one listed name holds every word of it', () => {
    const list = [
      { address: 'ann.lee@example.com' },
      { address: 'joe.kim@example.com' },
      { address: 'jkim@example.com' },
    ];
    expect(withListedNames(list, 'Ann B Lee, Joe Kim').map((entry) => entry.name)).toEqual([
      'Ann B Lee',
      'Joe Kim',
      undefined,
    ]);
    // Two names fit "ann.lee": neither is given.
    expect(
      withListedNames([{ address: 'ann.lee@example.com' }], 'Ann Lee, Lee Ann Park')[0]?.name,
    ).toBeUndefined();
    // A name already written with the address is kept.
    expect(withListedNames([{ address: 'ann.lee@example.com', name: 'Ann' }], 'Ann B Lee')[0]?.name).toBe(
      'Ann',
    );
  });
});
