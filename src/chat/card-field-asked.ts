/**
 * @module card-field-asked
 * A question about one of a card's other fields, the ones the reader keeps by a readable label
 * (see formats/contacts/card-fields): "Which mail program does Ana use?", "What's Ana's phonetic
 * first name?", "Under which name is Ana's card filed?", "What are the coordinates of Ana's office?". Each label is asked in the words of the
 * table below; the person is named as the question names them.
 */

/** How a question names each label, as the card reader writes it. */
const ASKED_LABELS: readonly (readonly [RegExp, string])[] = [
  [/^(?:e-?mail |mail )(?:program|client|app|application|software|reader)s?$|^mailers?$/i, 'mail program'],
  [/^(?:gender|sex)$/i, 'gender'],
  [/^(?:preferred )?languages?$/i, 'language'],
  [/^phonetic (?:first |given )?name$/i, 'phonetic first name'],
  [/^phonetic middle name$/i, 'phonetic middle name'],
  [/^phonetic (?:last |family )name$|^phonetic surname$/i, 'phonetic last name'],
  [/^(?:file-as|file as|filing) name$/i, 'file as'],
  [/^(?:sort|sorting) (?:name|string)$/i, 'sort as'],
  [/^maiden name$/i, 'maiden name'],
  [/^(?:middle|second) names?$/i, 'middle name'],
  [/^(?:areas? of )?expertise$/i, 'expertise'],
  [/^hobb(?:y|ies)$/i, 'hobby'],
  [/^interests?$/i, 'interest'],
  [/^(?:geo(?:graphic(?:al)?)? )?coordinates$|^(?:gps|geo) (?:position|location)$/i, 'coordinates'],
  [/^(?:public|pgp|gpg|encryption) key$/i, 'public key'],
  [/^blogs?$/i, 'blog'],
  // The other kinds of web address an address book labels (Google's PROFILE and FTP).
  [/^profiles?(?: (?:page|url|link|site|web ?page|address))?$/i, 'profile'],
  [/^ftp(?: (?:site|server|address|url|link))?$/i, 'ftp'],
];

/** The label a phrase of the question names ("mail program", "phonetic first name"), if any. */
export function askedLabel(phrase: string): string | undefined {
  const words = phrase.trim().replace(/\s+/g, ' ');
  return ASKED_LABELS.find(([pattern]) => pattern.test(words))?.[1];
}

/** Up to four words that may name a field ("phonetic first name", "mail program"). */
const PHRASE = '([\\p{L}][\\p{L}-]*(?:\\s+[\\p{L}][\\p{L}-]*){0,3})';

/**
 * The person and the label a question asks of their card, given the pattern that finds a name
 * (its first group). "Ana's <field>?", "Which <field> does Ana use / speak / prefer / have?",
 * "Under which name is Ana's card filed?" / "How is Ana's card filed?" (the file-as name).
 */
export function cardFieldAsked(
  question: string,
  name: string,
): { readonly person: string; readonly label: string } | undefined {
  const text = question.trim();
  const owned = new RegExp(`${name}'s?\\s+(?:contact |card |contact card )?${PHRASE}\\s*\\??$`, 'u').exec(
    text,
  );
  const ownedLabel = owned ? askedLabel(owned[2] ?? '') : undefined;
  if (owned?.[1] && ownedLabel) return { person: owned[1], label: ownedLabel };
  const used = new RegExp(
    `^\\s*[Ww](?:hich|hat) ${PHRASE} (?:does|did) ${name} (?:use|speak|prefer|have|write in|read)\\b`,
    'u',
  ).exec(text);
  const usedLabel = used ? askedLabel(used[1] ?? '') : undefined;
  if (used?.[2] && usedLabel) return { person: used[2], label: usedLabel };
  // "What are the coordinates of Ana's office?": the field of the card, said of the place it belongs to.
  const of = new RegExp(
    `^\\s*[Ww]hat(?:'s| is| are) (?:the )?${PHRASE} of ${name}(?:'s?\\s+(?:office|home|house|place|workplace))?\\s*\\??$`,
    'u',
  ).exec(text);
  const ofLabel = of ? askedLabel(of[1] ?? '') : undefined;
  if (of?.[2] && ofLabel) return { person: of[2], label: ofLabel };
  const filed =
    new RegExp(
      `\\b(?:[Uu]nder (?:which|what) name|[Hh]ow) is ${name}'s?\\s+(?:contact )?(?:card|entry|contact) filed\\b`,
      'u',
    ).exec(text) ??
    new RegExp(`\\b[Ww]hat name is ${name}'s?\\s+(?:contact )?card filed (?:under|as)\\b`, 'u').exec(text);
  if (filed?.[1]) return { person: filed[1], label: 'file as' };
  return undefined;
}
