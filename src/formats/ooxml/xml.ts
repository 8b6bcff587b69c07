/**
 * @module xml
 * Safe XML for Office parts. A document type declaration (DOCTYPE or ENTITY) is refused as
 * `xml_unsafe` before parsing, so no external entity is ever fetched and no entity expands;
 * only the five predefined entities and numeric character references are decoded.
 *
 * The tree keeps element order (runs, paragraphs and tables interleave in Word) and names
 * elements by their local name, so transitional and Strict OOXML read alike whatever prefix
 * a producer chose.
 */
import { basename } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { fail } from '../../lib/errors.ts';
import { DEFAULT_BUDGET, tooComplex } from '../budget.ts';

export type XmlNode = {
  /** Local name, without the namespace prefix ("p", "t", "sheet"). */
  readonly name: string;
  /** Attributes by qualified name as written ("r:id", "w:val") and by local name ("val"). */
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
  /** Text content of a text node (name "#text"). */
  readonly text?: string;
};

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  preserveOrder: true,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: false,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  commentPropName: false,
} as ConstructorParameters<typeof XMLParser>[0]);

const UNSAFE = /<!DOCTYPE|<!ENTITY/i;
const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, body: string) => {
    if (body[0] !== '#') return NAMED[body] ?? whole;
    const code = body[1] === 'x' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
    if (!Number.isFinite(code) || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
    return String.fromCodePoint(code);
  });
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

type RawNode = Record<string, unknown>;

function convert(raw: readonly RawNode[]): XmlNode[] {
  const out: XmlNode[] = [];
  for (const item of raw) {
    let attrs: Record<string, string> = {};
    const rawAttrs = item[':@'] as Record<string, unknown> | undefined;
    if (rawAttrs) {
      attrs = {};
      for (const [key, value] of Object.entries(rawAttrs)) {
        const decoded = decodeEntities(String(value));
        attrs[key] = decoded;
        const local = localName(key);
        // Unprefixed names win over prefixed ones with the same local name ("id" vs "r:id").
        if (local !== key && !(local in rawAttrs)) attrs[local] = decoded;
      }
    }
    for (const key of Object.keys(item)) {
      if (key === ':@') continue;
      if (key === '#text') {
        out.push({ name: '#text', attrs: {}, children: [], text: decodeEntities(String(item[key])) });
      } else if (key[0] !== '?' && key[0] !== '!') {
        const children = item[key];
        out.push({
          name: localName(key),
          attrs,
          children: Array.isArray(children) ? convert(children as RawNode[]) : [],
        });
      }
    }
  }
  return out;
}

/** Tags in `text` (its `<` characters), counted up to just past `limit`. */
function countTags(text: string, limit: number): number {
  let count = 0;
  for (let at = text.indexOf('<'); at >= 0 && count <= limit; at = text.indexOf('<', at + 1)) count++;
  return count;
}

/**
 * Parses one XML part into its root element. Throws `xml_unsafe` for DOCTYPE/ENTITY and
 * `file_corrupt` when the part is not well-formed enough to read.
 */
export function parseXml(
  text: string,
  path: string,
  part: string,
  maxTags = DEFAULT_BUDGET.xmlTags,
): XmlNode {
  const tags = countTags(text, maxTags);
  if (tags > maxTags) tooComplex(path, `${part} has over ${maxTags} XML tags`, `${maxTags} tags per part`);
  if (UNSAFE.test(text)) {
    fail(
      'xml_unsafe',
      `${basename(path)}: ${part} declares a document type or entities, which Officemate never resolves.`,
      {
        hint: 'Office never writes DOCTYPE declarations; the file was crafted or damaged. Re-save it from Office if it is genuine.',
        path,
      },
    );
  }
  let raw: RawNode[];
  try {
    raw = parser.parse(text) as RawNode[];
  } catch (thrown) {
    return fail(
      'file_corrupt',
      `${basename(path)}: ${part} is not well-formed XML (${(thrown as Error).message.split('\n')[0]}).`,
      {
        hint: 'The file is damaged. Open and re-save it in Office or LibreOffice.',
        path,
      },
    );
  }
  const root = convert(raw).find((node) => node.name !== '#text');
  if (!root) {
    fail('file_corrupt', `${basename(path)}: ${part} has no XML content.`, {
      hint: 'The file is damaged. Open and re-save it in Office or LibreOffice.',
      path,
    });
  }
  return root;
}

/** Element children (no text nodes), optionally only those with a local name. */
export function elements(node: XmlNode | undefined, name?: string): XmlNode[] {
  if (!node) return [];
  return node.children.filter(
    (child) => child.name !== '#text' && (name === undefined || child.name === name),
  );
}

/** The first element child with a local name. */
export function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  if (!node) return undefined;
  for (const item of node.children) if (item.name === name) return item;
  return undefined;
}

/** Follows a path of local names through first children: `path(sheetPr, 'tabColor')`. */
export function path(node: XmlNode | undefined, ...names: string[]): XmlNode | undefined {
  let current = node;
  for (const name of names) current = child(current, name);
  return current;
}

/** Every descendant element with a local name, in document order. */
export function descendants(node: XmlNode | undefined, name: string, out: XmlNode[] = []): XmlNode[] {
  if (!node) return out;
  for (const item of node.children) {
    if (item.name === name) out.push(item);
    if (item.children.length) descendants(item, name, out);
  }
  return out;
}

/** An attribute by qualified or local name. */
export function attr(node: XmlNode | undefined, name: string): string | undefined {
  return node?.attrs[name];
}

/** A relationship id attribute ("r:id", "r:embed"), whatever prefix the producer used. */
export function relAttr(node: XmlNode | undefined, local: string): string | undefined {
  if (!node) return undefined;
  const common = node.attrs[`r:${local}`];
  if (common !== undefined) return common;
  for (const [key, value] of Object.entries(node.attrs)) {
    const colon = key.indexOf(':');
    if (colon > 0 && key.slice(colon + 1) === local && key.slice(0, colon) !== 'xml') return value;
  }
  return undefined;
}

/** Concatenated text of all text nodes beneath a node. */
export function textOf(node: XmlNode | undefined): string {
  if (!node) return '';
  if (node.text !== undefined) return node.text;
  let out = '';
  for (const item of node.children) out += textOf(item);
  return out;
}

/** Text of every descendant element with a local name (e.g. all `t`), joined. */
export function textOfAll(node: XmlNode | undefined, name: string): string {
  return descendants(node, name)
    .map((item) => textOf(item))
    .join('');
}

/** Reads an OOXML on/off value: absent element false; `val` absent, "1", "true" or "on" true. */
export function isOn(node: XmlNode | undefined): boolean {
  if (!node) return false;
  const value = attr(node, 'val');
  return value === undefined || value === '1' || value === 'true' || value === 'on';
}
