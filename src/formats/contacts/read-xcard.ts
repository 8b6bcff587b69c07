/**
 * @module read-xcard
 * xCard (RFC 6351, vCard in XML) into the rows a vCard card is built from: each element of a
 * <vcard> is a property (its <parameters> its parameters), its value elements joined as the
 * vCard text form writes them: the parts of a structured value (N, ADR, GENDER) by ";" in
 * their order, repeated values by ",". A <group name="…"> wraps grouped properties.
 */
import { elements, parseXml, textOf, type XmlNode } from '../ooxml/xml.ts';
import { escapeVcardText } from './vcard-text.ts';

export type XcardRow = {
  readonly group?: string;
  readonly name: string;
  readonly params: ReadonlyMap<string, readonly string[]>;
  readonly value: string;
};

/** The parts of structured values, in the order vCard text writes them. */
const PARTS: Readonly<Record<string, readonly string[]>> = {
  n: ['surname', 'given', 'additional', 'prefix', 'suffix'],
  adr: ['pobox', 'ext', 'street', 'locality', 'region', 'code', 'country'],
  gender: ['sex', 'identity'],
  clientpidmap: ['sourceid', 'uri'],
};

/** True when the text is an xCard document (its root is <vcards> in the vCard 4.0 namespace). */
export function isXcard(text: string): boolean {
  return /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:\w+:)?vcards\b[^>]*urn:ietf:params:xml:ns:vcard-4\.0/i.test(
    text,
  );
}

function vcardValue(name: string, property: XmlNode): string {
  const children = elements(property).filter((child) => child.name !== 'parameters');
  const parts = PARTS[name];
  if (parts)
    return parts
      .map((part) =>
        elements(property, part)
          .map((item) => escapeVcardText(textOf(item).trim()))
          .filter(Boolean)
          .join(','),
      )
      .join(';');
  return children
    .map((child) => escapeVcardText(textOf(child).trim()))
    .filter(Boolean)
    .join(',');
}

function paramsOf(property: XmlNode): Map<string, string[]> {
  const params = new Map<string, string[]>();
  for (const holder of elements(property, 'parameters'))
    for (const param of elements(holder)) {
      const values = elements(param).map((value) => textOf(value).trim());
      params.set(param.name.toUpperCase(), values.length > 0 ? values : [textOf(param).trim()]);
    }
  return params;
}

function rowsOf(parent: XmlNode, group?: string): XcardRow[] {
  return elements(parent).flatMap((property) => {
    if (property.name === 'group') return rowsOf(property, property.attrs.name);
    const name = property.name.toLowerCase();
    return [
      {
        ...(group ? { group } : {}),
        name: name.toUpperCase(),
        params: paramsOf(property),
        value: vcardValue(name, property),
      },
    ];
  });
}

/** The property rows of each <vcard> of an xCard document. */
export function xcardRows(text: string, path = 'contacts.xml'): XcardRow[][] {
  const root = parseXml(text, path, 'xCard');
  const cards = root.name === 'vcard' ? [root] : elements(root, 'vcard');
  return cards.map((card) => rowsOf(card));
}
