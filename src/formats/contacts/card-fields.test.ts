import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../../../test/helpers/paths.ts';
import type { ContactList } from '../model.ts';
import { readFile } from '../read-file.ts';
import { cardFields, fieldLabel, machineValue } from './card-fields.ts';
import { parseVcard } from './read-vcard.ts';

describe('cardFields: a position, a key by its address and web pages an address book labels', () => {
  it('keeps the coordinates and a key given by its address, not a key written out', () => {
    const card = [
      'BEGIN:VCARD',
      'VERSION:4.0',
      'FN:Orla Tamsin',
      'GEO;TYPE=work:geo:59.3311\\,18.0612',
      'KEY;TYPE=work;VALUE=uri:https://keys.quillmark.example/orla.asc',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Bram Ostby',
      'GEO:-12.500000;44.250000',
      'KEY;ENCODING=b:MIICajCCAdOgAwIBAgICBEUwDQYJKoZIhvcNAQEEBQAwdzELMAkGA1UEBhMCVVMx',
      'item3.URL:https\\://brams-notes.example',
      'item3.X-ABLabel:BLOG',
      'item4.URL:https\\://ostby.example',
      'item4.X-ABLabel:_$!<HomePage>!$_',
      'END:VCARD',
    ].join('\n');
    const [orla, bram] = parseVcard(card).contacts.contacts;
    expect(orla?.fields).toEqual([
      { label: 'coordinates', value: '59.3311, 18.0612' },
      { label: 'public key', value: 'https://keys.quillmark.example/orla.asc' },
    ]);
    expect(bram?.fields).toEqual([
      { label: 'coordinates', value: '-12.500000, 44.250000' },
      { label: 'blog', value: 'https://brams-notes.example' },
      { label: 'home page', value: 'https://ostby.example' },
    ]);
  });
});

describe('cardFields', () => {
  it('keeps a field with a readable label and drops machine data', () => {
    const card = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Ana Ruiz',
      'MAILER:Mailwise 4.2',
      'GENDER:F',
      'LANG;PREF=1:es',
      'LANG;PREF=2:en',
      'X-PHONETIC-FIRST-NAME:AH-nah',
      'X-EVOLUTION-FILE-AS:Ruiz\\, Ana',
      'X-FAVORITE-COLOR:green',
      'UID:4f1c2a9e-0b7d-4c55-9e3a-2b6f1d0c8e11',
      'X-ETAG:abc',
      'X-FC-LIST-ID:8ad23200aa3e1984736b11e688dc0add41994b95',
      'X-NOTES-HASH:readable words',
      'X-SERIAL:12345678901234567890',
      'X-SKYPE:ana.ruiz',
      'END:VCARD',
    ].join('\n');
    const [contact] = parseVcard(card).contacts.contacts;
    expect(contact?.fields).toEqual([
      { label: 'mail program', value: 'Mailwise 4.2' },
      { label: 'gender', value: 'F' },
      { label: 'language', value: 'es, en' },
      { label: 'phonetic first name', value: 'AH-nah' },
      { label: 'file as', value: 'Ruiz, Ana' },
      { label: 'favorite color', value: 'green' },
    ]);
    // The messaging handle stays where the reader puts it, not among the other fields.
    expect(contact?.ims).toEqual([{ service: 'skype', value: 'ana.ruiz' }]);
  });

  it('reads labels by the table, by an extension name of words, and none for identifiers', () => {
    expect(fieldLabel('MAILER')).toBe('mail program');
    expect(fieldLabel('X-KADDRESSBOOK-X-IMADDRESS')).toBeUndefined();
    expect(fieldLabel('X-ABUID')).toBeUndefined();
    expect(fieldLabel('X-MS-FAVORITE-SPORT')).toBe('favorite sport');
    expect(fieldLabel('X-ACCOUNT-42')).toBeUndefined();
    expect(fieldLabel('NOTE')).toBeUndefined();
  });

  it('tells machine values from words', () => {
    expect(machineValue('579c773f-736d-11e6-8dff-0ac8448704fb')).toBe(true);
    expect(machineValue('{"app":"x"}')).toBe(true);
    expect(machineValue('Mozilla Thunderbird')).toBe(false);
    expect(machineValue('2024')).toBe(false);
  });

  it('merges a label written twice into one field', () => {
    expect(
      cardFields([
        { name: 'GENDER', text: 'M' },
        { name: 'X-GENDER', text: 'male' },
        { name: 'X-GENDER', text: 'M' },
      ]),
    ).toEqual([{ label: 'gender', value: 'M, male' }]);
  });

  it('keeps the mail program, the sort string and the file-as name of real cards, not their tags', async () => {
    const read = async (name: string) => {
      const result = await readFile(join(CORPUS, 'contacts', 'ez-vcard', name));
      if (!result.success) throw new Error(result.error.message);
      return (result.data as ContactList).contacts[0]?.fields ?? [];
    };
    const notes = await read('ezvcard__io__text__John_Doe_LOTUS_NOTES.vcf');
    expect(notes).toContainEqual({ label: 'mail program', value: 'Mozilla Thunderbird' });
    expect(notes).toContainEqual({ label: 'sort as', value: 'JOHN' });
    expect(notes.map((field) => field.label)).not.toContain('long string');
    const evolution = await read('ezvcard__io__text__John_Doe_EVOLUTION.vcf');
    expect(evolution).toContainEqual({ label: 'file as', value: 'Doe, John' });
    const full = await read('ezvcard__io__text__fullcontact.vcf');
    expect(full.map((field) => field.label)).toEqual(['gender']);
  });
});
