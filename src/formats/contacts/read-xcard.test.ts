import { describe, expect, it } from 'vitest';
import { parseXcard } from './read-vcard.ts';
import { isXcard } from './read-xcard.ts';

const XCARD = `<?xml version="1.0" encoding="UTF-8"?>
<vcards xmlns="urn:ietf:params:xml:ns:vcard-4.0">
  <vcard>
    <fn><text>Ines Moreau</text></fn>
    <n><surname>Moreau</surname><given>Ines</given><additional/><prefix/><suffix>PhD</suffix></n>
    <anniversary><date-time>20150606T1500-0400</date-time></anniversary>
    <org><parameters><type><text>work</text></type></parameters><text>Harbour Works</text></org>
    <adr>
      <parameters><type><text>work</text></type></parameters>
      <pobox/><ext/><street>12 Quay Road</street><locality>Lisbon</locality><region/><code>1100-001</code><country>Portugal</country>
    </adr>
    <tel><parameters><type><text>work</text><text>cell</text></type></parameters><uri>tel:+351-555-0101</uri></tel>
    <email><text>ines.moreau@example.com</text></email>
    <tz><text>Europe/Lisbon</text></tz>
    <group name="item1"><url><uri>http://example.com/ines</uri></url></group>
  </vcard>
</vcards>`;

describe('xCard', () => {
  it('is told from other XML by its root and namespace', () => {
    expect(isXcard(XCARD)).toBe(true);
    expect(isXcard('<?xml version="1.0"?><office:document xmlns:office="x"/>')).toBe(false);
  });
  it('reads a card as vCard text would give it', () => {
    const [card] = parseXcard(XCARD).contacts.contacts;
    expect(card).toMatchObject({
      fullName: 'Ines Moreau',
      givenName: 'Ines',
      familyName: 'Moreau',
      organization: 'Harbour Works',
      emails: ['ines.moreau@example.com'],
      phones: [{ value: '+351-555-0101', type: 'work,cell' }],
      addresses: ['12 Quay Road, Lisbon, 1100-001, Portugal'],
      anniversary: '20150606T1500-0400',
      timeZone: 'Europe/Lisbon',
      urls: ['http://example.com/ines'],
    });
  });
});
