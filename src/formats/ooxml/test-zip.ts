/**
 * @module test-zip
 * Builds zip archives byte by byte for tests of hostile input: entries whose central
 * directory can lie about sizes, set the encryption flag, or carry pre-compressed data.
 * Used only by tests; real packages are read by zip.ts.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';

export type FixtureEntry = {
  readonly name: string;
  /** Plain content; deflated unless `raw` is given. */
  readonly data?: Uint8Array | string;
  /** Already-deflated bytes (method 8) with the size they expand to. */
  readonly raw?: { readonly bytes: Uint8Array; readonly size: number; readonly crc?: number };
  /** Size to declare instead of the real one (a lying header). */
  readonly declaredSize?: number;
  readonly encrypted?: boolean;
};

export function buildZip(entries: readonly FixtureEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    let compressed: Uint8Array;
    let size: number;
    let crc: number;
    if (entry.raw) {
      compressed = entry.raw.bytes;
      size = entry.raw.size;
      crc = entry.raw.crc ?? 0;
    } else {
      const plain =
        typeof entry.data === 'string'
          ? Buffer.from(entry.data, 'utf8')
          : Buffer.from(entry.data ?? new Uint8Array());
      compressed = deflateRawSync(plain);
      size = plain.length;
      crc = crc32(plain);
    }
    const declared = entry.declaredSize ?? size;
    const flags = entry.encrypted ? 1 : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(compressed));
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * A raw deflate stream of `megabytes` MiB of zeros, built from one flushed 1 MiB block
 * repeated (a full flush resets the dictionary, so the blocks concatenate), ending in an
 * empty final block. 1 GiB compresses to about 1 MiB and builds in milliseconds.
 */
export function deflatedZeros(megabytes: number): Uint8Array {
  const block = deflateRawSync(Buffer.alloc(1024 * 1024), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const parts: Buffer[] = [];
  for (let i = 0; i < megabytes; i++) parts.push(block);
  parts.push(Buffer.from([0x01, 0x00, 0x00, 0xff, 0xff]));
  return Buffer.concat(parts);
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

/** A minimal Word package around the given word/document.xml text. */
export function minimalDocx(documentXml: string, extra: readonly FixtureEntry[] = []): Buffer {
  return buildZip([
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: '_rels/.rels', data: ROOT_RELS },
    { name: 'word/document.xml', data: documentXml },
    ...extra,
  ]);
}

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** word/document.xml with one paragraph per string. */
export function documentXml(paragraphs: readonly string[]): string {
  const body = paragraphs
    .map((text) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W_NS}"><w:body>${body}</w:body></w:document>`;
}
