/**
 * @module package
 * An Office Open XML package (docx, xlsx, pptx) on top of the bounded zip reader: parts as
 * parsed XML, relationships resolved to part names, content types for media. Parts are read
 * lazily and cached, so a reader only pays for what it looks at.
 */
import { basename, posix } from 'node:path';
import { fail, OfficemateError } from '../../lib/errors.ts';
import { budgetOf } from '../budget.ts';
import type { ReaderInput } from '../reader.ts';
import { attr, elements, parseXml, type XmlNode } from './xml.ts';
import { openZip, type ZipArchive } from './zip.ts';

/** A parsed XML tree costs several times its text; beyond this one part could exhaust memory. */
export const MAX_XML_PART_BYTES = 96 * 1024 * 1024;

export type Relationship = {
  readonly id: string;
  readonly type: string;
  /** Part name without a leading slash ("word/media/image1.png"), or the URL when external. */
  readonly target: string;
  readonly external: boolean;
};

export type OoxmlPackage = {
  readonly path: string;
  readonly zip: ZipArchive;
  has(part: string): boolean;
  /** A part as parsed XML (cached); undefined when absent. */
  xml(part: string): XmlNode | undefined;
  bytes(part: string): Uint8Array | undefined;
  /** The relationships of a part ("" for the package), keyed by id (cached). */
  rels(part: string): ReadonlyMap<string, Relationship>;
  /** The first relationship of a part whose type ends with `/suffix` ("officeDocument", "image"). */
  relOfType(part: string, suffix: string): Relationship | undefined;
  contentType(part: string): string | undefined;
  /** The main part named by the package relationships (follows _rels/.rels). */
  mainPart(): string | undefined;
};

function relsPartName(part: string): string {
  if (part === '') return '_rels/.rels';
  const dir = posix.dirname(part);
  return `${dir === '.' ? '' : `${dir}/`}_rels/${posix.basename(part)}.rels`;
}

export function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith('/')) return posix.normalize(target).replace(/^\/+/, '');
  const base = posix.dirname(fromPart);
  const joined = posix.normalize(posix.join(base === '.' ? '' : base, target));
  return joined.replace(/^(\.\.\/)+/, '').replace(/^\/+/, '');
}

const EXTENSION_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  bmp: 'image/bmp',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  emf: 'image/x-emf',
  wmf: 'image/x-wmf',
  svg: 'image/svg+xml',
  webp: 'image/webp',
};

export function openPackage(input: Pick<ReaderInput, 'path' | 'bytes' | 'options'>): OoxmlPackage {
  const budget = budgetOf(input.options.budget);
  const zip = openZip(input.bytes, input.path, {
    maxExpandedBytes: input.options.maxExpandedBytes ?? budget.expandedBytes,
  });
  const xmlCache = new Map<string, XmlNode | undefined>();
  const relsCache = new Map<string, ReadonlyMap<string, Relationship>>();
  let types: { defaults: Map<string, string>; overrides: Map<string, string> } | undefined;

  const xml = (part: string): XmlNode | undefined => {
    const key = part.toLowerCase();
    if (xmlCache.has(key)) return xmlCache.get(key);
    const entry = zip.find(part);
    if (entry && entry.size > MAX_XML_PART_BYTES) {
      fail(
        'file_too_large',
        `${basename(input.path)}: ${part} is ${Math.round(entry.size / 1024 / 1024)} MiB of XML, over the ${MAX_XML_PART_BYTES / 1024 / 1024} MiB Officemate parses for one part.`,
        {
          hint: 'Split the workbook or document into smaller files, or save it as CSV for very large tables.',
          path: input.path,
        },
      );
    }
    const text = zip.readText(part);
    const node = text === undefined ? undefined : parseXml(text, input.path, part, budget.xmlTags);
    xmlCache.set(key, node);
    return node;
  };

  const rels = (part: string): ReadonlyMap<string, Relationship> => {
    const cached = relsCache.get(part);
    if (cached) return cached;
    const map = new Map<string, Relationship>();
    const root = xml(relsPartName(part));
    for (const rel of elements(root, 'Relationship')) {
      const id = attr(rel, 'Id');
      const target = attr(rel, 'Target');
      if (!id || target === undefined) continue;
      const external = attr(rel, 'TargetMode') === 'External';
      map.set(id, {
        id,
        type: attr(rel, 'Type') ?? '',
        target: external ? target : resolveTarget(part, target),
        external,
      });
    }
    relsCache.set(part, map);
    return map;
  };

  const contentType = (part: string): string | undefined => {
    if (!types) {
      types = { defaults: new Map(), overrides: new Map() };
      const root = xml('[Content_Types].xml');
      for (const node of elements(root, 'Default'))
        types.defaults.set((attr(node, 'Extension') ?? '').toLowerCase(), attr(node, 'ContentType') ?? '');
      for (const node of elements(root, 'Override')) {
        types.overrides.set(
          (attr(node, 'PartName') ?? '').replace(/^\/+/, '').toLowerCase(),
          attr(node, 'ContentType') ?? '',
        );
      }
    }
    const lower = part.toLowerCase();
    const extension = posix.extname(lower).slice(1);
    return types.overrides.get(lower) || types.defaults.get(extension) || EXTENSION_TYPES[extension];
  };

  return {
    path: input.path,
    zip,
    has: (part) => zip.has(part),
    xml,
    bytes: (part) => zip.read(part),
    rels,
    relOfType: (part, suffix) => {
      for (const rel of rels(part).values()) if (rel.type.endsWith(`/${suffix}`)) return rel;
      return undefined;
    },
    contentType,
    mainPart: () => {
      for (const rel of rels('').values()) {
        if (rel.type.endsWith('/officeDocument') && !rel.external) return rel.target;
      }
      return undefined;
    },
  };
}

/** Throws file_corrupt when a package lacks the part a reader cannot do without. */
export function missingPart(path: string, what: string): never {
  return fail('file_corrupt', `${basename(path)} has no ${what}, so it is not a complete Office document.`, {
    hint: 'The file may be damaged or only partly written. Open it in Office or LibreOffice and save it again.',
    path,
  });
}

/** Image content type for a media part, from [Content_Types].xml or its extension. */
export function imageType(pkg: OoxmlPackage, part: string): string {
  return pkg.contentType(part) ?? 'application/octet-stream';
}

/**
 * Runs a read of an optional part; a damaged optional part (file_corrupt) is skipped, while
 * unsafe XML, zip bombs and encryption still stop the whole read.
 */
export function optionalPart<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch (thrown) {
    if (thrown instanceof OfficemateError && thrown.code === 'file_corrupt') return undefined;
    throw thrown;
  }
}
