/**
 * @module owner-address
 * Knows the mailbox owner however a mail system wrote their address: plain
 * ("ann.lee@example.com") or in Lotus Notes form, with the routing left in
 * ("ann.lee/hou/example@example.com") or the name spelled out ("Ann B Lee/HOU/EXAMPLE@EXAMPLE").
 * A Notes address names a person inside one organisation's directory, so it is matched by
 * first and last name, middle initials left out.
 */
import { cleanAddress } from '../../formats/mail/message-fields.ts';
import { personKey, readNotesAddress } from '../../formats/mail/notes-address.ts';

/**
 * The key an address is compared by: lower case, cleaned as the mail readers clean it (an owner
 * address given as written in the mail, "k..lee@example.com", matches the read "k.lee@example.com");
 * a Notes address by the name it carries.
 */
export function addressKey(address: string | undefined): string {
  const plain = cleanAddress((address ?? '').trim().toLowerCase());
  const notes = readNotesAddress(address ?? '');
  return (notes && personKey(notes.name)) || plain;
}

/** Every key the owner's addresses are known by: each address, and the name its local part spells ("ann.lee@…" → Ann Lee). */
export function ownerKeys(addresses: Iterable<string>): Set<string> {
  const keys = new Set<string>();
  for (const address of addresses) {
    const plain = address.trim().toLowerCase();
    if (!plain) continue;
    keys.add(addressKey(plain));
    const name = /^([^@/]+)@/.exec(plain)?.[1];
    const key = name ? personKey(name) : undefined;
    if (key) keys.add(key);
  }
  return keys;
}
