/**
 * @module folder-names
 * The names a mail folder knows its people by. A thread alone often carries a bare address
 * ("ann.b.lee@example.com") where the rest of the folder names the person: other mail written to
 * that address with a display name, the person's own sent mail, or, for the folder's reader
 * under another of their addresses, the reader's name.
 */
import type { Address, Message } from '../../formats/model.ts';
import { addressedName, type MailThread, ownName, readableName } from './mail-thread.ts';
import { guessOwnerAddresses } from './triage.ts';

/**
 * The one name the folder writes an address with when mail goes to it (To: and Cc:). An address
 * written with two names (a shared mailbox, a team box) gets none, nor is a sender named by the
 * mail sent from its address: many people send from one "no.address@…", each with their name.
 */
function nameInFolder(messages: readonly Message[], address: string): string | undefined {
  const wanted = address.toLowerCase();
  const names = new Set<string>();
  for (const message of messages)
    for (const person of [...message.to, ...message.cc]) {
      const name = person.address.toLowerCase() === wanted ? readableName(person.name) : undefined;
      if (name) names.add(name);
    }
  return names.size === 1 ? [...names][0] : undefined;
}

/** The reader's name: the one their main address goes by, else any of their other addresses. */
export function readerName(messages: readonly Message[], owners: readonly string[]): string | undefined {
  for (const address of owners) {
    const name = ownName(messages, address) ?? addressedName(messages, address);
    if (name) return name;
  }
  return undefined;
}

/**
 * The thread with a name on every address that the folder names and the thread leaves bare; an
 * address the folder never names stays bare (a name is never made up from an address alone).
 */
export function withFolderNames(thread: MailThread, folder: readonly Message[]): MailThread {
  const bare = thread.participants.filter((person) => !person.name?.trim() || person.name.includes('@'));
  if (bare.length === 0) return thread;
  const owners = guessOwnerAddresses(folder).map((address) => address.toLowerCase());
  let reader: string | undefined | null = null;
  const names = new Map<string, string>();
  for (const person of bare) {
    const key = person.address.toLowerCase();
    let name = nameInFolder(folder, person.address);
    if (!name && owners.includes(key)) {
      if (reader === null) reader = readerName(folder, owners);
      name = reader;
    }
    if (name) names.set(key, name);
  }
  if (names.size === 0) return thread;
  const named = (address: Address): Address => {
    const name = names.get(address.address.toLowerCase());
    return name && (!address.name?.trim() || address.name.includes('@')) ? { ...address, name } : address;
  };
  return {
    ...thread,
    participants: thread.participants.map(named),
    messages: thread.messages.map((message) => ({
      ...message,
      ...(message.from ? { from: named(message.from) } : {}),
      to: message.to.map(named),
      cc: message.cc.map(named),
    })),
  };
}
