/**
 * @module related-names
 * The people a vCard names by their relation to its person, as address books write them:
 * vCard 4 RELATED with a TYPE ("RELATED;TYPE=spouse:Ana"); one property per relation
 * (Evolution's X-EVOLUTION-MANAGER, Outlook's X-MS-ASSISTANT, KAddressBook's
 * X-KADDRESSBOOK-X-SpousesName, plain X-MANAGER…); and Apple's grouped X-ABRELATEDNAMES whose
 * relation is the group's X-ABLabel ("item3.X-ABLabel:_$!<Spouse>!$_").
 */

/** A card property as the reader gives it: group, upper-case name, TYPE values, unescaped text. */
export type RelatedSource = {
  readonly group?: string;
  readonly name: string;
  readonly types: readonly string[];
  readonly text: string | undefined;
};

export type Related = { readonly relation: string; readonly name: string };

/** Relation words as address books spell them, and the relation each stands for. */
const RELATION_WORDS: Readonly<Record<string, string>> = {
  manager: 'manager',
  managers: 'manager',
  boss: 'manager',
  supervisor: 'manager',
  assistant: 'assistant',
  assistants: 'assistant',
  spouse: 'spouse',
  spouses: 'spouse',
  wife: 'spouse',
  husband: 'spouse',
  partner: 'partner',
  'domestic partner': 'partner',
  child: 'child',
  children: 'child',
  son: 'child',
  daughter: 'child',
  mother: 'mother',
  father: 'father',
  parent: 'parent',
  brother: 'brother',
  sister: 'sister',
  sibling: 'sibling',
  friend: 'friend',
  relative: 'relative',
  kin: 'relative',
  'co-worker': 'colleague',
  coworker: 'colleague',
  colleague: 'colleague',
  agent: 'agent',
  emergency: 'emergency contact',
  'referred by': 'referred by',
  fiance: 'fiancé',
  fiancé: 'fiancé',
};

/** The relation a label or type names ("_$!<Spouse>!$_", "DOMESTIC_PARTNER", "ManagersName"), if any. */
export function relationOf(label: string): string | undefined {
  const words = label
    .replace(/^_\$!<|>!\$_$/g, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_\s]+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/\s*names?$/, '');
  return RELATION_WORDS[words];
}

/** A property named for one relation: X-EVOLUTION-MANAGER, X-MS-SPOUSE, X-KADDRESSBOOK-X-ASSISTANTSNAME, X-MANAGER. */
function namedRelation(name: string): string | undefined {
  if (!name.startsWith('X-') || name === 'X-ABRELATEDNAMES' || name === 'X-ABLABEL') return undefined;
  const last = name.split('-').at(-1) ?? '';
  return relationOf(last);
}

/** The related people of one card's properties, in card order, without repeats. */
export function relatedNames(properties: readonly RelatedSource[]): Related[] {
  const labels = new Map<string, string>();
  for (const property of properties)
    if (property.name === 'X-ABLABEL' && property.group && property.text)
      labels.set(property.group.toLowerCase(), property.text);
  const out: Related[] = [];
  const add = (relation: string | undefined, name: string | undefined) => {
    const value = name?.replace(/^(?:urn:uuid:|mailto:)/i, '').trim();
    if (!relation || !value) return;
    if (!out.some((item) => item.relation === relation && item.name === value))
      out.push({ relation, name: value });
  };
  for (const property of properties) {
    if (property.name === 'RELATED')
      add(property.types.map(relationOf).find(Boolean) ?? 'related', property.text);
    else if (property.name === 'X-ABRELATEDNAMES') {
      const label = property.group ? labels.get(property.group.toLowerCase()) : undefined;
      add(
        label ? (relationOf(label) ?? label.replace(/^_\$!<|>!\$_$/g, '').toLowerCase()) : 'related',
        property.text,
      );
    } else add(namedRelation(property.name), property.text);
  }
  return out;
}
