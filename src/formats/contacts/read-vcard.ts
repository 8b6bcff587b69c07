/**
 * @module read-vcard
 * vCard 2.1, 3.0 and 4.0 (.vcf) into a ContactList: folded lines, quoted-printable values
 * with their CHARSET, 2.1 bare parameters ("TEL;WORK;VOICE:"), grouped properties
 * ("item1.EMAIL"), several cards per file, and the people a card names by relation
 * (manager, assistant, spouse: see related-names.ts), and its other fields by a readable label
 * (see card-fields.ts). Photos, logos and sounds are skipped; a key is kept only by its address.
 */
import { basename } from 'node:path';
import { fail } from '../../lib/errors.ts';
import type { Warning } from '../../lib/result.ts';
import type { AddressParts, Contact, ContactList } from '../model.ts';
import type { ReaderInput } from '../reader.ts';
import { decodeText } from '../text/decode-text.ts';
import { cardFields, groupLabels, labelledUrls } from './card-fields.ts';
import { isXcard, xcardRows } from './read-xcard.ts';
import { relatedNames } from './related-names.ts';
import { escapeVcardText } from './vcard-text.ts';

type Property = {
  /** The group of a grouped property ("item1" of "item1.EMAIL"). */
  readonly group?: string;
  readonly name: string;
  readonly params: ReadonlyMap<string, readonly string[]>;
  readonly value: string;
};

export type ParsedVcard = { readonly contacts: ContactList; readonly warnings: readonly Warning[] };

const SKIPPED = new Set(['PHOTO', 'LOGO', 'SOUND', 'X-MS-CARDPICTURE']);

/** Joins folded lines: a leading space or tab continues a line; a quoted-printable "=" at the end joins the next. */
function logicalLines(text: string): { line: string; number: number }[] {
  const raw = text.split('\n');
  const out: { line: string; number: number }[] = [];
  for (let index = 0; index < raw.length; index++) {
    const line = raw[index] ?? '';
    const last = out.at(-1);
    if (last && (line.startsWith(' ') || line.startsWith('\t'))) {
      last.line += line.slice(1);
      continue;
    }
    const entry = { line, number: index + 1 };
    out.push(entry);
    // Quoted-printable soft line breaks (vCard 2.1): the next raw lines belong to this value.
    while (
      /ENCODING=QUOTED-PRINTABLE|;QUOTED-PRINTABLE[;:]/i.test(entry.line.split(':', 1)[0] ?? '') &&
      entry.line.endsWith('=') &&
      index + 1 < raw.length
    ) {
      index++;
      entry.line = `${entry.line.slice(0, -1)}${(raw[index] ?? '').replace(/^[ \t]/, '')}`;
    }
  }
  return out;
}

/** Splits on a separator that is not backslash-escaped and not inside double quotes. */
function splitUnescaped(value: string, separator: string, honourQuotes = false): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let index = 0; index < value.length; index++) {
    const char = value[index] ?? '';
    if (char === '\\' && index + 1 < value.length) {
      current += char + (value[index + 1] ?? '');
      index++;
    } else if (honourQuotes && char === '"') {
      quoted = !quoted;
      current += char;
    } else if (char === separator && !quoted) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts;
}

function parseProperty(line: string): Property | undefined {
  let colon = -1;
  let quoted = false;
  for (let index = 0; index < line.length; index++) {
    const char = line[index];
    if (char === '"') quoted = !quoted;
    else if (char === ':' && !quoted) {
      colon = index;
      break;
    }
  }
  if (colon <= 0) return undefined;
  const [nameWithGroup = '', ...rawParams] = splitUnescaped(line.slice(0, colon), ';', true);
  const name = (nameWithGroup.split('.').at(-1) ?? '').trim().toUpperCase();
  const group = nameWithGroup.includes('.') ? nameWithGroup.split('.').slice(0, -1).join('.').trim() : '';
  if (!/^[A-Z0-9-]+$/.test(name)) return undefined;
  const params = new Map<string, string[]>();
  for (const raw of rawParams) {
    const equals = raw.indexOf('=');
    // vCard 2.1 bare parameters: "WORK", "QUOTED-PRINTABLE", "BASE64".
    const key = (equals < 0 ? bareParamKey(raw) : raw.slice(0, equals)).trim().toUpperCase();
    const values = (equals < 0 ? raw : raw.slice(equals + 1))
      .split(',')
      .map((item) => item.trim().replace(/^"|"$/g, ''))
      .filter(Boolean);
    params.set(key, [...(params.get(key) ?? []), ...values]);
  }
  return { ...(group ? { group } : {}), name, params, value: line.slice(colon + 1) };
}

function bareParamKey(value: string): string {
  const upper = value.trim().toUpperCase();
  if (
    upper === 'QUOTED-PRINTABLE' ||
    upper === 'BASE64' ||
    upper === '8BIT' ||
    upper === '7BIT' ||
    upper === 'B'
  )
    return 'ENCODING';
  return 'TYPE';
}

function decodeQuotedPrintable(value: string, charset: string): string {
  const bytes: number[] = [];
  for (let index = 0; index < value.length; index++) {
    const char = value[index] ?? '';
    if (char === '=' && /^[0-9A-Fa-f]{2}$/.test(value.slice(index + 1, index + 3))) {
      bytes.push(Number.parseInt(value.slice(index + 1, index + 3), 16));
      index += 2;
    } else {
      for (const byte of Buffer.from(char, 'utf8')) bytes.push(byte);
    }
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset.toLowerCase());
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(Buffer.from(bytes));
}

function unescapeText(value: string): string {
  return value
    .replace(/\\([nN,;:\\])/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char))
    .trim();
}

function rawValue(property: Property): string | undefined {
  const encoding = (property.params.get('ENCODING')?.[0] ?? '').toUpperCase();
  if (encoding === 'B' || encoding === 'BASE64') return undefined;
  if (encoding === 'QUOTED-PRINTABLE')
    return decodeQuotedPrintable(property.value, property.params.get('CHARSET')?.[0] ?? 'utf-8');
  return property.value;
}

function textValue(property: Property | undefined): string | undefined {
  if (!property) return undefined;
  const raw = rawValue(property);
  const value = raw === undefined ? undefined : unescapeText(raw);
  return value ? value : undefined;
}

function structured(property: Property | undefined): string[] {
  if (!property) return [];
  const raw = rawValue(property);
  return raw === undefined ? [] : splitUnescaped(raw, ';').map(unescapeText);
}

/** The parts of an ADR value (post box; extended; street; city; region; postal code; country) that hold words. */
function partsOf(values: readonly string[]): Omit<AddressParts, 'type'> {
  const part = (i: number) => values[i]?.replace(/\s*\n\s*/g, ', ').trim() || undefined;
  const street = [part(1), part(2)].filter(Boolean).join(', ');
  const [city, region, postalCode, country] = [part(3), part(4), part(5), part(6)];
  return {
    ...(street ? { street } : {}),
    ...(city ? { city } : {}),
    ...(region ? { region } : {}),
    ...(postalCode ? { postalCode } : {}),
    ...(country ? { country } : {}),
  };
}

function typesOf(property: Property): string | undefined {
  const types = (property.params.get('TYPE') ?? [])
    .flatMap((type) => type.split(','))
    .map((type) => type.trim().toLowerCase())
    .filter((type) => type && type !== 'pref' && type !== 'internet' && type !== 'voice');
  return types.length ? [...new Set(types)].join(',') : undefined;
}

/**
 * The values of a card's repeated field (EMAIL, ADR, URL) whose TYPE says what kind they are
 * ("home", "work,postal"), with that kind; values with no kind are left out.
 */
function kindsOf(
  properties: readonly Property[],
  read: (property: Property) => string | undefined,
  kind: (property: Property) => string | undefined = typesOf,
): { value: string; type: string }[] {
  return properties.flatMap((property) => {
    const value = read(property);
    const type = kind(property);
    return value && type ? [{ value, type }] : [];
  });
}

/**
 * Clients that predate vCard 4.0 write the anniversary as an extension: a vendor property
 * ("X-ANNIVERSARY", "X-EVOLUTION-ANNIVERSARY", "X-MS-ANNIVERSARY"), or an Apple date whose
 * group's X-ABLABEL says "Anniversary".
 */
function anniversaryExtension(properties: readonly Property[]): Property | undefined {
  const named = properties.find((property) => /^X-(?:[A-Z0-9]+-)*ANNIVERSARY$/.test(property.name));
  if (named) return named;
  const labelled = new Set(
    properties
      .filter(
        (property) => property.name === 'X-ABLABEL' && property.group && /anniversary/i.test(property.value),
      )
      .map((property) => property.group?.toLowerCase()),
  );
  return properties.find(
    (property) =>
      property.name === 'X-ABDATE' && property.group && labelled.has(property.group.toLowerCase()),
  );
}

function buildContact(properties: readonly Property[], index: number, line: number): Contact | undefined {
  const first = (name: string) => properties.find((property) => property.name === name);
  const all = (name: string) => properties.filter((property) => property.name === name);
  const [familyName, givenName, additional, prefix, suffix] = structured(first('N'));
  const nameFromParts = [prefix, givenName, additional, familyName, suffix].filter((part) => part).join(' ');
  const orgParts = structured(first('ORG')).filter((part) => part);
  const organization = orgParts.join(', ');
  const department = orgParts.slice(1).join(', ');
  const emails = all('EMAIL')
    .map((property) => textValue(property))
    .filter((value): value is string => value !== undefined);
  // A grouped property with no TYPE takes the label its group is given ("item2.TEL" with
  // "item2.X-ABLabel:BOAT_PHONE" is the "boat phone" number, Apple's "_$!<Mobile>!$_" the mobile).
  const labels = groupLabels(
    properties.map((property) => ({
      ...(property.group ? { group: property.group } : {}),
      name: property.name,
      text: textValue(property),
    })),
  );
  const kindOf = (property: Property) =>
    typesOf(property) ?? (property.group ? labels.get(property.group.toLowerCase()) : undefined);
  const emailKinds = kindsOf(all('EMAIL'), textValue, kindOf);
  const fullName = textValue(first('FN')) ?? (nameFromParts || organization || emails[0] || '');
  const phones = all('TEL').flatMap((property) => {
    const value = textValue(property)?.replace(/^tel:/i, '');
    const type = kindOf(property);
    return value ? [{ value, ...(type ? { type } : {}) }] : [];
  });
  const addressOf = (property: Property) =>
    structured(property)
      .map((part) => part.replace(/\s*\n\s*/g, ', '))
      .filter((part) => part)
      .join(', ') || undefined;
  const labelOf = (property: Property) => textValue(property)?.replace(/\s*\n\s*/g, ', ');
  // A card with no ADR may still say its addresses as printed labels (LABEL).
  const [addressProperties, readAddress] = all('ADR').some((property) => addressOf(property) !== undefined)
    ? [all('ADR'), addressOf]
    : [all('LABEL'), labelOf];
  const addresses = addressProperties
    .map(readAddress)
    .filter((value): value is string => value !== undefined && value !== '');
  const addressKinds = kindsOf(addressProperties, readAddress, kindOf);
  const addressParts = all('ADR').flatMap((property) => {
    const parts = partsOf(structured(property));
    const type = typesOf(property);
    return Object.keys(parts).length > 0 ? [{ ...parts, ...(type ? { type } : {}) }] : [];
  });
  const urls = all('URL')
    .map((property) => textValue(property))
    .filter((value): value is string => value !== undefined);
  const urlKinds = kindsOf(all('URL'), textValue);
  if (!fullName && phones.length === 0 && addresses.length === 0) return undefined;
  const nickname = textValue(first('NICKNAME'));
  const title = textValue(first('TITLE'));
  const role = textValue(first('ROLE'));
  const ims = imHandles(properties);
  const categories = all('CATEGORIES')
    .flatMap((property) => (textValue(property) ?? '').split(','))
    .map((category) => category.trim())
    .filter(Boolean);
  const birthday = textValue(first('BDAY'));
  const anniversary = textValue(first('ANNIVERSARY') ?? anniversaryExtension(properties));
  const timeZone = textValue(first('TZ'));
  const note = textValue(first('NOTE'));
  const fields = [
    ...cardFields(properties.map((property) => ({ name: property.name, text: textValue(property) }))),
    ...labelledUrls(
      properties.map((property) => ({
        ...(property.group ? { group: property.group } : {}),
        name: property.name,
        text: textValue(property),
      })),
    ),
  ];
  const related = relatedNames(
    properties.map((property) => ({
      ...(property.group ? { group: property.group } : {}),
      name: property.name,
      types: property.params.get('TYPE') ?? [],
      text: textValue(property),
    })),
  );
  return {
    type: 'contact',
    fullName,
    ...(givenName ? { givenName } : {}),
    ...(familyName ? { familyName } : {}),
    ...(nickname ? { nickname } : {}),
    emails,
    ...(emailKinds.length > 0 ? { emailKinds } : {}),
    phones,
    ...(organization ? { organization } : {}),
    ...(department ? { department } : {}),
    ...(title ? { title } : {}),
    ...(role ? { role } : {}),
    ...(ims.length > 0 ? { ims } : {}),
    ...(categories.length > 0 ? { categories } : {}),
    addresses,
    ...(addressKinds.length > 0 ? { addressKinds } : {}),
    ...(addressParts.length > 0 ? { addressParts } : {}),
    ...(birthday ? { birthday } : {}),
    ...(anniversary ? { anniversary } : {}),
    ...(timeZone ? { timeZone } : {}),
    ...(note ? { note } : {}),
    urls,
    ...(urlKinds.length > 0 ? { urlKinds } : {}),
    ...(related.length > 0 ? { related } : {}),
    ...(fields.length > 0 ? { fields } : {}),
    locator: { paragraph: index, line },
  };
}

/** The messaging service an IMPP scheme or an X- property names ("xmpp:" and X-JABBER are both "jabber"). */
const IM_SERVICES: Readonly<Record<string, string>> = {
  skype: 'skype',
  callto: 'skype',
  aim: 'aim',
  gtalk: 'gtalk',
  'google-talk': 'gtalk',
  yahoo: 'yahoo',
  ymsgr: 'yahoo',
  msn: 'msn',
  msnim: 'msn',
  icq: 'icq',
  jabber: 'jabber',
  xmpp: 'jabber',
  qq: 'qq',
  sip: 'sip',
};

/** IMPP values ("skype:ana.r") and the X-SKYPE, X-AIM… properties, each with its service. */
function imHandles(properties: readonly Property[]): { service: string; value: string }[] {
  return properties.flatMap((property) => {
    const value = textValue(property)?.trim();
    if (!value) return [];
    if (property.name === 'IMPP') {
      const scheme = /^([a-z-]+):(.+)$/i.exec(value);
      const service = scheme ? IM_SERVICES[(scheme[1] ?? '').toLowerCase()] : undefined;
      return [{ service: service ?? 'im', value: scheme && service ? (scheme[2] ?? value) : value }];
    }
    const named = /^X-([A-Z-]+?)(?:-USERNAME)?$/.exec(property.name);
    const service = named ? IM_SERVICES[(named[1] ?? '').toLowerCase()] : undefined;
    return service ? [{ service, value }] : [];
  });
}

/** Reads vCard text; malformed lines and cards are skipped with warnings. */
export function parseVcard(text: string, name = 'contacts'): ParsedVcard {
  const warnings: Warning[] = [];
  const contacts: Contact[] = [];
  let current: Property[] | undefined;
  let startLine = 0;
  let depth = 0;
  let malformed = 0;
  let cards = 0;
  const finish = () => {
    if (!current) return;
    cards++;
    const contact = buildContact(current, cards, startLine);
    if (contact) contacts.push(contact);
    else
      warnings.push({
        type: 'skipped',
        message: `Card ${cards} (line ${startLine}) has no name, email, phone or address; it was skipped.`,
      });
    current = undefined;
  };
  for (const { line, number } of logicalLines(text)) {
    const trimmed = line.trim();
    if (!trimmed) continue;
    if (/^BEGIN:VCARD$/i.test(trimmed)) {
      if (current && depth === 0) {
        warnings.push({ type: 'other', message: `Card at line ${startLine} has no END:VCARD.` });
        finish();
      }
      if (current) depth++;
      else {
        current = [];
        startLine = number;
      }
      continue;
    }
    if (/^END:VCARD$/i.test(trimmed)) {
      if (depth > 0) depth--;
      else finish();
      continue;
    }
    if (!current || depth > 0) continue;
    const property = parseProperty(trimmed);
    if (!property) {
      malformed++;
      continue;
    }
    if (!SKIPPED.has(property.name)) current.push(property);
  }
  if (current) {
    warnings.push({
      type: 'other',
      message: `Card at line ${startLine} has no END:VCARD (the file may be truncated).`,
    });
    finish();
  }
  if (malformed > 0) warnings.push({ type: 'skipped', message: `${malformed} malformed line(s) skipped.` });
  if (cards === 0) {
    fail('file_corrupt', `${name} has no vCard in it (no BEGIN:VCARD line).`, {
      hint: 'Check that it is a vCard (.vcf) file.',
    });
  }
  return { contacts: { type: 'contacts', format: 'vcf', contacts }, warnings };
}

/** A jCard value back in vCard text form: components joined by ";", list items by ",", all escaped. */
function jcardValue(value: unknown): string {
  const escapeItem = (item: unknown): string =>
    Array.isArray(item) ? item.map(escapeItem).join(',') : escapeVcardText(String(item ?? ''));
  return Array.isArray(value) ? value.map(escapeItem).join(';') : escapeItem(value);
}

/** Reads jCard (RFC 7095): ["vcard", [[name, params, type, value...], ...]] or a list of those. */
export function parseJcard(source: string, name = 'contacts'): ParsedVcard {
  let parsed: unknown;
  try {
    parsed = JSON.parse(source);
  } catch (thrown) {
    return fail('file_corrupt', `${name} is not valid jCard JSON: ${(thrown as Error).message}`, {
      hint: 'Export the contacts again as vCard (.vcf).',
    });
  }
  const cards =
    Array.isArray(parsed) && parsed[0] === 'vcard' ? [parsed] : Array.isArray(parsed) ? parsed : [];
  const contacts: Contact[] = [];
  const warnings: Warning[] = [];
  cards.forEach((card, index) => {
    const rows =
      Array.isArray(card) && card[0] === 'vcard' && Array.isArray(card[1]) ? (card[1] as unknown[]) : [];
    const properties: Property[] = rows.flatMap((row) => {
      if (!Array.isArray(row) || typeof row[0] !== 'string') return [];
      const params = new Map<string, string[]>();
      for (const [key, value] of Object.entries((row[1] ?? {}) as Record<string, unknown>)) {
        params.set(key.toUpperCase(), (Array.isArray(value) ? value : [value]).map(String));
      }
      const values = row.slice(3);
      const value =
        values.length === 1 ? jcardValue(values[0]) : values.map((item) => jcardValue(item)).join(',');
      return [{ name: row[0].toUpperCase(), params, value }];
    });
    addCard(properties, index, contacts, warnings);
  });
  if (cards.length === 0)
    fail('file_corrupt', `${name} has no jCard in it.`, { hint: 'Check that it is a jCard or vCard file.' });
  return { contacts: { type: 'contacts', format: 'vcf', contacts }, warnings };
}

/** The card built from one jCard or xCard's rows, or a warning that it was skipped. */
function addCard(
  rows: Parameters<typeof buildContact>[0],
  index: number,
  contacts: Contact[],
  warnings: Warning[],
): void {
  const contact = buildContact(rows, index + 1, 1);
  if (contact) contacts.push(contact);
  else
    warnings.push({
      type: 'skipped',
      message: `Card ${index + 1} has no name, email, phone or address; it was skipped.`,
    });
}

/** Reads xCard (RFC 6351): the cards of a <vcards> document in the vCard 4.0 namespace. */
export function parseXcard(source: string, name = 'contacts.xml'): ParsedVcard {
  const contacts: Contact[] = [];
  const warnings: Warning[] = [];
  xcardRows(source, name).forEach((rows, index) => {
    addCard(rows, index, contacts, warnings);
  });
  return { contacts: { type: 'contacts', format: 'vcf', contacts }, warnings };
}

export async function readVcard(input: ReaderInput): Promise<ContactList> {
  const text = decodeText(input.bytes);
  const name = basename(input.path);
  const parsed = isXcard(text)
    ? parseXcard(text, name)
    : /^\s*\[/.test(text)
      ? parseJcard(text, name)
      : parseVcard(text, name);
  for (const warning of parsed.warnings) input.warn?.(warning);
  return parsed.contacts;
}
