import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../../../test/helpers/paths.ts';
import { OfficemateError } from '../../lib/errors.ts';
import type { Contact, ContactList } from '../model.ts';
import { readBuffer, readFile } from '../read-file.ts';
import { parseVcard } from './read-vcard.ts';

async function contacts(path: string): Promise<ContactList> {
  const result = await readFile(path);
  if (!result.success) throw new Error(result.error.message);
  expect(result.data.type).toBe('contacts');
  return result.data as ContactList;
}

describe('readVcard on real cards', () => {
  it('reads an Outlook vCard 2.1 with bare parameters, quoted-printable labels and a skipped picture', async () => {
    // A .vcf saved with an .ics name: detected by content.
    const list = await contacts(join(CORPUS, 'calendar', 'libical', 'issue339.ics'));
    expect(list.contacts).toHaveLength(1);
    const card = list.contacts[0];
    expect(card).toMatchObject({
      fullName: 'Test de Tester 04-04 (outlook)',
      givenName: 'Test',
      familyName: 'de Tester 04-04',
      organization: 'Test BV',
      title: 'Tester',
      emails: ['tester@test.com', 'tester2@test.com', 'tester3@test.com'],
      phones: [
        { value: '(010) 123-4567', type: 'work' },
        { value: '(010) 123-4568', type: 'home' },
        { value: '(010) 123-4560', type: 'cell' },
      ],
      urls: ['https://www.personalhomepage.com', 'https://www.businesshomepage.com'],
    });
    expect(card?.addresses[0]).toBe('Workstreet 99, Worktown, 1111AA, Netherlands');
    expect(JSON.stringify(card)).not.toContain('/9j/');
  });

  it('reads a vCard 4.0 with tel: URIs and structured values', async () => {
    const list = await contacts(join(CORPUS, 'contacts', 'icaljs', 'vcard_author.vcf'));
    expect(list.contacts[0]).toMatchObject({
      fullName: 'Simon Perreault',
      givenName: 'Simon',
      familyName: 'Perreault',
      organization: 'Viagenie',
      emails: ['simon.perreault@viagenie.ca'],
      phones: [
        { value: '+1-418-656-9254;ext=102', type: 'work' },
        { value: '+1-418-262-6501', type: 'work,cell,video,text' },
      ],
      addresses: ['Suite D2-630, 2875 Laurier, Quebec, QC, G1V 2M2, Canada'],
      birthday: '--0203',
      urls: ['http://nomis80.org'],
    });
  });

  it('reads several cards from one file, with escaped commas and photos left out', async () => {
    const list = await contacts(
      join(CORPUS, 'contacts', 'ez-vcard', 'ezvcard__io__text__John_Doe_LOTUS_NOTES.vcf'),
    );
    expect(list.contacts[0]).toMatchObject({
      fullName: 'Mr. Doe John I Johny',
      nickname: 'Johny,JayJay',
      organization: 'IBM, SUN',
      department: 'SUN',
      birthday: '1980-05-21',
    });
    const full = await contacts(join(CORPUS, 'contacts', 'ez-vcard', 'ezvcard__io__text__fullcontact.vcf'));
    expect(full.contacts[0]).toMatchObject({
      organization: 'Organization1, Department1',
      department: 'Department1',
    });
    expect((await contacts(join(CORPUS, 'contacts', 'libical', 'leaktest.vcf'))).contacts).toHaveLength(3);
    expect(
      (await contacts(join(CORPUS, 'contacts', 'ez-vcard', 'ezvcard__io__text__rfc2426-example.vcf')))
        .contacts,
    ).toHaveLength(2);
  });

  it('decodes quoted-printable values in their CHARSET, with soft line breaks', async () => {
    const card = [
      'BEGIN:VCARD',
      'VERSION:2.1',
      'N;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:M=FCller;J=FCrgen',
      'FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=BCrgen M=C3=BC=',
      'ller',
      'TEL;CELL:+49 170 1234567',
      'EMAIL;INTERNET:jm@example.de',
      'NOTE;ENCODING=QUOTED-PRINTABLE:Line one=0D=0ALine two',
      'END:VCARD',
      '',
    ].join('\r\n');
    const result = await readBuffer('card.vcf', Buffer.from(card, 'latin1'));
    const contact = result.success ? (result.data as ContactList).contacts[0] : undefined;
    expect(contact).toMatchObject({
      fullName: 'Jürgen Müller',
      givenName: 'Jürgen',
      familyName: 'Müller',
      phones: [{ value: '+49 170 1234567', type: 'cell' }],
      emails: ['jm@example.de'],
      note: 'Line one\r\nLine two',
    });
  });
  it('reads a role apart from the title, messaging handles with their service, and categories', async () => {
    // A card with a TITLE and no ROLE has no role.
    const google = (
      await contacts(join(CORPUS, 'contacts', 'ez-vcard', 'ezvcard__io__text__gmail-single2.vcf'))
    ).contacts[0];
    expect(google?.title).toBe('TheJobTitle');
    expect(google?.role).toBeUndefined();
    expect(google?.ims).toEqual(
      expect.arrayContaining([
        { service: 'skype', value: 'IM5' },
        { service: 'aim', value: 'IM3' },
        { service: 'gtalk', value: 'IM2' },
      ]),
    );
    // A folded X-AIM line and CATEGORIES of an Evolution card.
    const evolution = (
      await contacts(join(CORPUS, 'contacts', 'ez-vcard', 'ezvcard__io__text__John_Doe_EVOLUTION.vcf'))
    ).contacts[0];
    expect(evolution?.ims).toContainEqual({ service: 'aim', value: 'johnny5@aol.com' });
    expect(evolution?.categories).toEqual(['VIP']);
    const notes = (
      await contacts(join(CORPUS, 'contacts', 'ez-vcard', 'ezvcard__io__text__John_Doe_LOTUS_NOTES.vcf'))
    ).contacts[0];
    expect(notes).toMatchObject({ title: 'Generic Accountant', role: 'Counting Money' });
    // IMPP names its service by its scheme.
    const impp = parseVcard('BEGIN:VCARD\nVERSION:4.0\nFN:Ada Quill\nIMPP:xmpp:ada@example.org\nEND:VCARD\n');
    expect(impp.contacts.contacts[0]?.ims).toEqual([{ service: 'jabber', value: 'ada@example.org' }]);
  });
});

describe('jCard and jCal', () => {
  it('reads a jCard (RFC 7095) into the same contact as its vCard twin', async () => {
    const json = await contacts(
      join(CORPUS, 'contacts', 'ez-vcard', 'ezvcard__io__json__jcard-example.json'),
    );
    const vcard = await contacts(join(CORPUS, 'contacts', 'icaljs', 'vcard_author.vcf'));
    // Dates and offsets keep the form each file writes them in.
    const {
      birthday: jsonBirthday,
      anniversary: jsonAnniversary,
      timeZone: jsonZone,
      ...fromJson
    } = json.contacts[0] ?? ({} as Contact);
    const { birthday, anniversary, timeZone, ...fromVcard } = vcard.contacts[0] ?? ({} as Contact);
    expect(fromJson).toEqual(fromVcard);
    expect([jsonBirthday, birthday]).toEqual(['--02-03', '--0203']);
    expect([jsonAnniversary, anniversary]).toEqual(['2009-08-08T14:30:00-05:00', '20090808T1430-0500']);
    expect([jsonZone, timeZone]).toEqual(['-05:00', '-0500']);
  });

  it('reads a jCal (RFC 7265) calendar', async () => {
    const result = await readFile(
      join(CORPUS, 'calendar', 'biweekly', 'biweekly__io__json__rfc7265-example1.json'),
    );
    expect(
      result.success &&
        result.data.type === 'calendar' &&
        result.data.events.map((event) => [event.summary, event.start, event.allDay]),
    ).toEqual([['Planning meeting', '2008-10-06', true]]);
  });
});

describe('readVcard on malformed input', () => {
  it('keeps readable cards of a truncated file, with warnings', () => {
    const { contacts: list, warnings } = parseVcard(
      'BEGIN:VCARD\nFN:Ana Lima\nEMAIL:ana@example.com\nthis line is garbage\nEND:VCARD\nBEGIN:VCARD\nFN:Cut Off\n',
    );
    expect(list.contacts.map((contact) => contact.fullName)).toEqual(['Ana Lima', 'Cut Off']);
    expect(warnings.map((warning) => warning.message)).toEqual([
      'Card at line 6 has no END:VCARD (the file may be truncated).',
      '1 malformed line(s) skipped.',
    ]);
  });

  it('keeps the kind of each e-mail address the card gives one', () => {
    const { contacts: list } = parseVcard(
      [
        'BEGIN:VCARD',
        'VERSION:3.0',
        'FN:Rhea Tull',
        'EMAIL;TYPE=INTERNET:rhea@kiln.example',
        'EMAIL;TYPE=INTERNET,WORK:rhea.tull@glazeworks.example',
        'EMAIL;TYPE=HOME:rt@home.example',
        'END:VCARD',
      ].join('\r\n'),
      'rhea.vcf',
    );
    expect(list.contacts[0]?.emails).toHaveLength(3);
    expect(list.contacts[0]?.emailKinds).toEqual([
      { value: 'rhea.tull@glazeworks.example', type: 'work' },
      { value: 'rt@home.example', type: 'home' },
    ]);
  });

  it('keeps the kind of each address and web page the card gives one', () => {
    const { contacts: list } = parseVcard(
      [
        'BEGIN:VCARD',
        'VERSION:3.0',
        'FN:Rhea Tull',
        'ADR:;;1 Quay Rd;Portsby;;;',
        'ADR;TYPE=HOME:;;12 Elm St;Portsby;;;',
        'ADR;TYPE=WORK,POSTAL:;;40 Kiln Lane;Portsby;;;',
        'URL:http://rhea.example',
        'URL;TYPE=WORK:http://glazeworks.example',
        'END:VCARD',
      ].join('\r\n'),
      'rhea.vcf',
    );
    const card = list.contacts[0];
    expect(card?.addresses).toHaveLength(3);
    expect(card?.addressKinds).toEqual([
      { value: '12 Elm St, Portsby', type: 'home' },
      { value: '40 Kiln Lane, Portsby', type: 'work,postal' },
    ]);
    expect(card?.urls).toHaveLength(2);
    expect(card?.urlKinds).toEqual([{ value: 'http://glazeworks.example', type: 'work' }]);
  });

  it('keeps the kind of a printed label read for a card with no ADR', () => {
    const { contacts: list } = parseVcard(
      ['BEGIN:VCARD', 'FN:Rhea Tull', 'LABEL;TYPE=HOME:12 Elm St\\nPortsby', 'END:VCARD'].join('\n'),
      'rhea.vcf',
    );
    expect(list.contacts[0]?.addressKinds).toEqual([{ value: '12 Elm St, Portsby', type: 'home' }]);
  });

  it('gives a typed error when there is no card at all', () => {
    expect(() => parseVcard('FN:Nobody\n', 'x.vcf')).toThrow(OfficemateError);
    try {
      parseVcard('hello', 'x.vcf');
    } catch (thrown) {
      expect((thrown as OfficemateError).code).toBe('file_corrupt');
    }
  });
});

describe('readVcard: people named by their relation to the card', () => {
  it('reads one property per relation, as Evolution, Outlook and KAddressBook write them', () => {
    const { contacts: list } = parseVcard(
      [
        'BEGIN:VCARD',
        'VERSION:3.0',
        'FN:Odile Varga',
        'X-EVOLUTION-MANAGER:Piet Hollander',
        'X-MS-ASSISTANT:Rosa Quint',
        'X-KADDRESSBOOK-X-SpousesName:Jonas Varga',
        'X-EVOLUTION-FILE-AS:Varga\\, Odile',
        'X-PHONETIC-FIRST-NAME:Odil',
        'END:VCARD',
      ].join('\n'),
    );
    expect(list.contacts[0]?.related).toEqual([
      { relation: 'manager', name: 'Piet Hollander' },
      { relation: 'assistant', name: 'Rosa Quint' },
      { relation: 'spouse', name: 'Jonas Varga' },
    ]);
  });

  it("reads Apple's related names with their group's label, and vCard 4 RELATED with its type", () => {
    const { contacts: list } = parseVcard(
      [
        'BEGIN:VCARD',
        'VERSION:4.0',
        'FN:Tomas Brevik',
        'item1.X-ABRELATEDNAMES:Lena Brevik',
        'item1.X-ABLabel:_$!<Spouse>!$_',
        'item2.X-ABRELATEDNAMES:Ines Falk',
        'item2.X-ABLabel:_$!<Manager>!$_',
        'X-ABRELATEDNAMES:Karl Dobson',
        'RELATED;TYPE=child;VALUE=text:Mila Brevik',
        'END:VCARD',
      ].join('\n'),
    );
    expect(list.contacts[0]?.related).toEqual([
      { relation: 'spouse', name: 'Lena Brevik' },
      { relation: 'manager', name: 'Ines Falk' },
      { relation: 'related', name: 'Karl Dobson' },
      { relation: 'child', name: 'Mila Brevik' },
    ]);
  });

  it('leaves related out of a card that names no one', () => {
    const { contacts: list } = parseVcard('BEGIN:VCARD\nFN:Ana Lima\nX-GENDER:female\nEND:VCARD\n');
    expect(list.contacts[0]?.related).toBeUndefined();
  });
});

describe('readVcard: a grouped phone, e-mail or address kind named by its label', () => {
  const card = (lines: string[]) =>
    parseVcard(['BEGIN:VCARD', 'VERSION:3.0', 'FN:Orrin Vale', ...lines, 'END:VCARD'].join('\n')).contacts
      .contacts[0];

  it("takes the group's label as the kind of a number, address or e-mail with no TYPE", () => {
    const contact = card([
      'TEL;TYPE=WORK:5550001111',
      'item1.TEL:5550002222',
      'item1.X-ABLabel:BOAT_PHONE',
      'item2.TEL:5550003333',
      'item2.X-ABLabel:_$!<Mobile>!$_',
      'item3.EMAIL;TYPE=INTERNET:orrin@invented.example',
      'item3.X-ABLabel:Club',
      'item4.ADR:;;9 Quay Row;Tarnby;;4410;',
      'item4.X-ABLabel:_$!<HomeFAX>!$_',
    ]);
    expect(contact?.phones).toEqual([
      { value: '5550001111', type: 'work' },
      { value: '5550002222', type: 'boat phone' },
      { value: '5550003333', type: 'mobile' },
    ]);
    expect(contact?.emailKinds).toEqual([{ value: 'orrin@invented.example', type: 'club' }]);
    expect(contact?.addressKinds).toEqual([{ value: '9 Quay Row, Tarnby, 4410', type: 'home fax' }]);
  });

  it('keeps a stated TYPE over the label, and reads no kind from a label of more than two words', () => {
    const contact = card([
      'item1.TEL;TYPE=CELL:5550004444',
      'item1.X-ABLabel:Weekend',
      'item2.TEL:5550005555',
      'item2.X-ABLabel:MyOwnPhoneCategory',
    ]);
    expect(contact?.phones).toEqual([{ value: '5550004444', type: 'cell' }, { value: '5550005555' }]);
  });
});

describe('readVcard: an anniversary written as an extension', () => {
  const card = (lines: string) =>
    parseVcard(`BEGIN:VCARD\nVERSION:3.0\nFN:Tova Brenn\n${lines}END:VCARD\n`).contacts.contacts[0];

  it('reads a vendor property named for the anniversary', () => {
    expect(card('X-EVOLUTION-ANNIVERSARY:2011-06-04\n')?.anniversary).toBe('2011-06-04');
    expect(card('X-ANNIVERSARY;VALUE=DATE-AND-OR-TIME:20110604T000000\n')?.anniversary).toBe(
      '20110604T000000',
    );
  });

  it("reads an Apple date only when its group's label says anniversary", () => {
    const labelled = 'ITEM2.X-ABDATE:2011-06-04\nITEM2.X-ABLABEL:_$!<Anniversary>!$_\n';
    expect(card(labelled)?.anniversary).toBe('2011-06-04');
    const other = 'ITEM3.X-ABDATE:2015-01-09\nITEM3.X-ABLABEL:_$!<Other>!$_\n';
    expect(card(other)?.anniversary).toBeUndefined();
  });

  it('keeps the vCard 4.0 ANNIVERSARY first', () => {
    expect(card('X-ANNIVERSARY:20000101\nANNIVERSARY:20110604\n')?.anniversary).toBe('20110604');
  });
});

describe('readVcard: the parts of an address', () => {
  const card = (lines: string) =>
    parseVcard(`BEGIN:VCARD\nVERSION:3.0\nFN:Oriel Vance\n${lines}END:VCARD\n`).contacts.contacts[0];

  it('keeps street, city, region, postal code and country apart, with the kind', () => {
    const read = card('ADR;TYPE=WORK,POSTAL:;Unit 7;48 Quarry Lane;Brindlemoor;OR;97311-2044;U.S.A.\n');
    expect(read?.addressParts).toEqual([
      {
        street: 'Unit 7, 48 Quarry Lane',
        city: 'Brindlemoor',
        region: 'OR',
        postalCode: '97311-2044',
        country: 'U.S.A.',
        type: 'work,postal',
      },
    ]);
  });

  it('leaves out the parts a card leaves empty, and folds a space after a separator', () => {
    const read = card('ADR:;;9 Kestrel Row;Pellham;\n ; 40123;\n');
    expect(read?.addressParts).toEqual([{ street: '9 Kestrel Row', city: 'Pellham', postalCode: '40123' }]);
  });

  it('has no address parts on a card without an ADR', () => {
    expect(card('EMAIL:oriel@example.net\n')?.addressParts).toBeUndefined();
  });
});
