/**
 * @module card-fields
 * The fields of a vCard that no other part of the contact holds, kept by a readable label
 * ("MAILER:Mozilla Thunderbird" is "mail program: Mozilla Thunderbird", Evolution's
 * "X-EVOLUTION-FILE-AS:Doe\, John" is "file as: Doe, John"). A field is kept when its name reads
 * as a label: a property of the table below, or an extension ("X-…") whose name's words are
 * words. A field that holds only machine data is not kept: identifiers, revisions, tags and
 * hashes by their name (UID, X-ETAG, X-FC-LIST-ID), or by their value (a UUID, a long run of hex
 * digits or figures, encoded JSON).
 */

/** A card property as the reader gives it: upper-case name and unescaped text. */
export type FieldSource = { readonly name: string; readonly text: string | undefined };

export type CardField = { readonly label: string; readonly value: string };

/** Properties with a label of their own: the vCard standard's and common address books' own. */
const LABELS: Readonly<Record<string, string>> = {
  MAILER: 'mail program',
  GENDER: 'gender',
  'X-GENDER': 'gender',
  LANG: 'language',
  'SORT-STRING': 'sort as',
  'X-PHONETIC-FIRST-NAME': 'phonetic first name',
  'X-PHONETIC-MIDDLE-NAME': 'phonetic middle name',
  'X-PHONETIC-LAST-NAME': 'phonetic last name',
  'X-PHONETIC-ORG': 'phonetic company name',
  'X-EVOLUTION-FILE-AS': 'file as',
  'X-FILE-AS': 'file as',
  'X-MAIDENNAME': 'maiden name',
  'X-MAIDEN-NAME': 'maiden name',
  EXPERTISE: 'expertise',
  HOBBY: 'hobby',
  INTEREST: 'interest',
  'ORG-DIRECTORY': 'organization directory',
  GEO: 'coordinates',
  KEY: 'public key',
  DEATHDATE: 'date of death',
  DEATHPLACE: 'place of death',
  BIRTHPLACE: 'place of birth',
};

/**
 * Properties the reader reads into other parts of the contact, or that describe the file rather
 * than the person (its version, its maker, when it was revised, where it came from).
 */
const READ_OR_ABOUT_FILE = new Set([
  'BEGIN',
  'END',
  'VERSION',
  'FN',
  'N',
  'NICKNAME',
  'EMAIL',
  'TEL',
  'ADR',
  'LABEL',
  'ORG',
  'TITLE',
  'ROLE',
  'IMPP',
  'CATEGORIES',
  'BDAY',
  'ANNIVERSARY',
  'TZ',
  'NOTE',
  'URL',
  'RELATED',
  'PHOTO',
  'LOGO',
  'SOUND',
  'PRODID',
  'REV',
  'UID',
  'SOURCE',
  'NAME',
  'PROFILE',
  'CLASS',
  'KIND',
  'MEMBER',
  'CLIENTPIDMAP',
  'XML',
  'FBURL',
  'CALURI',
  'CALADRURI',
  'AGENT',
]);

/** Words in an extension's name that mark machine data: "X-ABUID", "X-ETAG", "X-FC-LIST-ID". */
const MACHINE_NAME =
  /(?:^|-)(?:(?:AB)?UID|ID|IDS|GUID|ETAG|TAGS?|HASH|REV|REVISION|ENCODED|ANNOTATIONS?|GENERATOR|PRODID|SYNC|VERSION|STRING|DATA|BLOB|HTML|X)(?:-|$)|FCENCODED/;

/** Extension names read elsewhere: messaging handles, anniversaries and related people. */
const READ_EXTENSION =
  /^X-(?:(?:[A-Z0-9]+-)*ANNIVERSARY|SKYPE(?:-USERNAME)?|AIM|GTALK|GOOGLE-TALK|YAHOO|MSN|ICQ|JABBER|QQ|SIP|AB[A-Z]*|EVOLUTION-(?:MANAGER|ASSISTANT|SPOUSE)|MS-(?:MANAGER|ASSISTANT|SPOUSE|CARDPICTURE)|MANAGER|ASSISTANT|SPOUSE|KADDRESSBOOK-.*|TWITTER|SOCIALPROFILE)$/;

/** Vendor words an extension's name opens with, which are no part of its label. */
const VENDOR = /^(?:EVOLUTION|KADDRESSBOOK|MS|MOZILLA|GOOGLE|APPLE|OUTLOOK|LOTUS|WAB|FC)-/;

/** A value that is only machine data: a UUID, a long run of hex digits or figures, JSON, base64. */
export function machineValue(value: string): boolean {
  const text = value.trim();
  return (
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text) ||
    /^(?=.*\d)[0-9a-f]{16,}$/i.test(text) ||
    /^[\d\s-]{12,}$/.test(text) ||
    /^[[{]/.test(text) ||
    (/^[A-Za-z0-9+/]{40,}={0,2}$/.test(text) && /\d/.test(text))
  );
}

/** The label of a property no other part of the contact reads, or undefined when it has none. */
export function fieldLabel(name: string): string | undefined {
  const known = LABELS[name];
  if (known) return known;
  if (!name.startsWith('X-') || READ_EXTENSION.test(name) || MACHINE_NAME.test(name.slice(2)))
    return undefined;
  const words = name.slice(2).replace(VENDOR, '').split('-').filter(Boolean);
  // Words of letters, each of two or more: "X-FAVORITE-COLOR" is "favorite color".
  if (words.length === 0 || !words.every((word) => /^[A-Z]{2,}$/.test(word))) return undefined;
  return words.join(' ').toLowerCase();
}

/**
 * Fields whose value is read from its own form: a position ("geo:59.33,18.06", vCard 3's
 * "59.33;18.06") as its two figures; a key only where it is given by its address (a key
 * written out is machine data).
 */
const READ_VALUE: Readonly<Record<string, (text: string) => string | undefined>> = {
  GEO: (text) => {
    const figures = text.replace(/^geo:/i, '').split(/\s*[;,]\s*/);
    return figures.length === 2 && figures.every((figure) => /^[+-]?\d+(?:\.\d+)?$/.test(figure))
      ? figures.join(', ')
      : undefined;
  },
  KEY: (text) => (/^(?:https?|ftp|ldap):\/\/\S+$/i.test(text) ? text : undefined),
};

/** The card's fields with a readable label that hold more than machine data, in card order. */
export function cardFields(properties: readonly FieldSource[]): CardField[] {
  const out: CardField[] = [];
  for (const property of properties) {
    if (READ_OR_ABOUT_FILE.has(property.name)) continue;
    const label = fieldLabel(property.name);
    const text = property.text?.trim();
    const read = READ_VALUE[property.name];
    const value = text && read ? read(text) : text;
    if (!label || !value || machineValue(value)) continue;
    const same = out.find((field) => field.label === label);
    // Two fields of one label ("LANG;PREF=1:fr", "LANG;PREF=2:en", or GENDER beside X-GENDER)
    // are one field of several values, the first written first.
    if (same) {
      if (!same.value.toLowerCase().split(', ').includes(value.toLowerCase()))
        out[out.indexOf(same)] = { label, value: `${same.value}, ${value}` };
    } else out.push({ label, value });
  }
  return out;
}

/** A card property with the group an address book binds its label to ("item6" of "item6.URL"). */
export type GroupedSource = FieldSource & { readonly group?: string };

/**
 * The web addresses an address book labels by their group ("item6.URL:…" with
 * "item6.X-ABLabel:BLOG"), each under its label in words: "blog", Apple's "_$!<HomePage>!$_" as
 * "home page". A label that is no word or two ("CustomUrlCategory2") is not kept.
 */
export function labelledUrls(properties: readonly GroupedSource[]): CardField[] {
  const labels = groupLabels(properties);
  return properties.flatMap((property) => {
    const label =
      property.name === 'URL' && property.group ? labels.get(property.group.toLowerCase()) : undefined;
    const value = property.text?.trim();
    return label && value ? [{ label, value }] : [];
  });
}

/**
 * The labels an address book binds to groups ("item2.X-ABLabel:BOAT_PHONE" labels "item2.TEL"),
 * each in words and keyed by the group in lower case; a label that is no word or two is left out.
 */
export function groupLabels(properties: readonly GroupedSource[]): Map<string, string> {
  const labels = new Map<string, string>();
  for (const property of properties) {
    if (property.name !== 'X-ABLABEL' || !property.group || !property.text) continue;
    const label = addressBookLabel(property.text);
    if (label) labels.set(property.group.toLowerCase(), label);
  }
  return labels;
}

/** An address book's label in words: "BLOG" → "blog", "_$!<HomePage>!$_" → "home page". */
function addressBookLabel(text: string): string | undefined {
  const bare = text.replace(/^_\$!<(.*)>!\$_$/, '$1').trim();
  const words = bare
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .split(/[\s_-]+/)
    .filter(Boolean);
  return words.length >= 1 && words.length <= 2 && words.every((word) => /^\p{L}{2,}$/u.test(word))
    ? words.join(' ').toLowerCase()
    : undefined;
}
