import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../../../test/helpers/paths.ts';
import { readBuffer } from '../read-file.ts';
import { buildZip, deflatedZeros, documentXml, minimalDocx } from './test-zip.ts';
import { openZip } from './zip.ts';

const GIB = 1024 * 1024 * 1024;
const docxPath = join(CORPUS, 'office', 'docx', 'tika_testWORD.docx');

async function errorCode(path: string, bytes: Buffer, options = {}): Promise<string> {
  const result = await readBuffer(path, bytes, options);
  return result.success ? `ok:${result.data.type}` : result.error.code;
}

/** Deterministic pseudo-random bytes (xorshift), so a failure can be replayed. */
function randomBytes(length: number, seed: number): Buffer {
  const out = Buffer.alloc(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

describe('zip bombs', () => {
  const zeros = deflatedZeros(1024);

  it('refuses a package whose document part is 1 GiB of zeros, quickly and without inflating it', async () => {
    const bytes = buildZip([
      {
        name: '[Content_Types].xml',
        data: '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      },
      { name: 'word/document.xml', raw: { bytes: zeros, size: GIB } },
    ]);
    expect(bytes.length).toBeLessThan(1.2 * 1024 * 1024);
    const before = process.memoryUsage().arrayBuffers;
    const started = performance.now();
    const result = await readBuffer('bomb.docx', bytes);
    const elapsed = performance.now() - started;
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.code).toBe('zip_bomb');
      expect(result.error.message).toContain('bomb.docx');
      expect(result.error.hint).toBeTruthy();
    }
    expect(elapsed).toBeLessThan(2000);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 * 1024 * 1024);
  });

  it('stops inflating an entry that lies about its size', async () => {
    const bytes = minimalDocx(documentXml(['x']), []);
    const lying = buildZip([
      {
        name: '[Content_Types].xml',
        data: '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      },
      { name: '_rels/.rels', data: readZipEntry(bytes, '_rels/.rels') },
      { name: 'word/document.xml', raw: { bytes: zeros, size: GIB }, declaredSize: 4096 },
    ]);
    const before = process.memoryUsage().arrayBuffers;
    const started = performance.now();
    expect(await errorCode('lying.docx', lying)).toBe('zip_bomb');
    expect(performance.now() - started).toBeLessThan(2000);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 * 1024 * 1024);
  });

  it('bounds the total expanded size of all parts', async () => {
    const big = documentXml(Array.from({ length: 3000 }, (_, i) => `paragraph ${i} with some words in it`));
    const bytes = minimalDocx(big);
    expect(await errorCode('many.docx', bytes, { maxExpandedBytes: 64 * 1024 })).toBe('zip_bomb');
    expect(await errorCode('many.docx', bytes)).toBe('ok:document');
  });
});

function readZipEntry(bytes: Buffer, name: string): string {
  return openZip(bytes, 'fixture.zip').readText(name) ?? '';
}

describe('unsafe XML', () => {
  it('refuses an external entity (XXE) without resolving it', async () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>`;
    const result = await readBuffer('xxe.docx', minimalDocx(xxe));
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.code).toBe('xml_unsafe');
      expect(result.error.message).toContain('word/document.xml');
      expect(result.error.message).not.toContain('root:');
    }
  });

  it('refuses billion laughs quickly', async () => {
    const entities = ['<!ENTITY lol "lol">'];
    for (let i = 1; i < 10; i++)
      entities.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`);
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [${entities.join('')}]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>`;
    const started = performance.now();
    expect(await errorCode('laughs.docx', minimalDocx(laughs))).toBe('xml_unsafe');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses a DOCTYPE in any part the reader opens, not only the main one', async () => {
    const rels = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a SYSTEM "http://example.invalid/">]><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>`;
    const bytes = buildZip([
      {
        name: '[Content_Types].xml',
        data: '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      },
      { name: '_rels/.rels', data: rels },
      { name: 'word/document.xml', data: documentXml(['hello']) },
    ]);
    expect(await errorCode('rels.docx', bytes)).toBe('xml_unsafe');
  });

  it('reports XML it cannot parse as a corrupt file', async () => {
    expect(await errorCode('broken.docx', minimalDocx('<w:document w:x="1><w:body/></w:document>'))).toBe(
      'file_corrupt',
    );
    expect(await errorCode('nothing.docx', minimalDocx(''))).toBe('file_corrupt');
  });
});

describe('damaged and misnamed files', () => {
  const real = readFileSync(docxPath);

  it('reads a minimal hand-built package', async () => {
    const result = await readBuffer('tiny.docx', minimalDocx(documentXml(['Hello &amp; welcome', 'Second'])));
    expect(
      result.success &&
        result.data.type === 'document' &&
        result.data.blocks.map((block) => ('text' in block ? block.text : '')),
    ).toEqual(['Hello & welcome', 'Second']);
  });

  it('reports a truncated zip as corrupt, naming the file', async () => {
    const result = await readBuffer('half.docx', real.subarray(0, Math.floor(real.length / 2)));
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.code).toBe('file_corrupt');
      expect(result.error.message).toContain('half.docx');
      expect(result.error.message).toMatch(/truncated/);
    }
  });

  it('reports an empty file', async () => {
    expect(await errorCode('empty.docx', Buffer.alloc(0))).toBe('file_empty');
  });

  it('reads a .docx named .xlsx as Word (content decides, not the name)', async () => {
    const result = await readBuffer('misnamed.xlsx', real);
    expect(result.success).toBe(true);
    if (result.success) {
      expect(result.data.type).toBe('document');
      expect(result.data.type === 'document' && result.data.format).toBe('docx');
    }
  });

  it('refuses an entry with the zip encryption flag', async () => {
    const bytes = buildZip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'word/document.xml', data: documentXml(['secret']), encrypted: true },
    ]);
    expect(await errorCode('locked.docx', bytes)).toBe('file_encrypted');
  });

  it('gives random bytes a typed error', async () => {
    expect(await errorCode('noise.docx', randomBytes(65536, 7))).toBe('format_unknown');
    const zipLike = Buffer.concat([Buffer.from('PK\x03\x04word/document.xml'), randomBytes(4096, 11)]);
    expect(await errorCode('noise.docx', zipLike)).toBe('file_corrupt');
  });

  it('never crashes on randomly damaged copies of a real document', async () => {
    for (let seed = 1; seed <= 24; seed++) {
      const copy = Buffer.from(real);
      const noise = randomBytes(16, seed * 7919);
      for (let i = 0; i < 8; i++) {
        const at = (noise.readUInt16LE(i * 2) * 7 + seed * 131) % copy.length;
        copy[at] = noise[i]! ^ 0x5a;
      }
      const result = await readBuffer(`mutant-${seed}.docx`, copy);
      if (!result.success) expect(result.error.code).not.toBe('internal');
    }
  });
});

describe('oversized parts', () => {
  it('refuses to parse one XML part too large to hold as a tree, before inflating it', async () => {
    const bytes = buildZip([
      {
        name: '[Content_Types].xml',
        data: '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      },
      // Declared 128 MiB from 320 KB: under the ratio limit, so only the part limit can stop it.
      { name: 'word/document.xml', raw: { bytes: randomBytes(320_000, 3), size: 128 * 1024 * 1024 } },
    ]);
    const started = performance.now();
    const result = await readBuffer('huge.docx', bytes);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.code).toBe('file_too_large');
      expect(result.error.message).toContain('word/document.xml');
    }
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
