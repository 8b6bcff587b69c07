/**
 * @module hostile-files
 * Small hostile inputs built in memory for the security tests: a calendar whose DURATION
 * is 999999999999999999 weeks, a workbook whose one cell sits on the last row, and a Word
 * file whose document part expands to about 95 MiB of one repeated word.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { buildZip, W_NS } from '../../src/formats/ooxml/test-zip.ts';

export const HUGE_DURATION_ICS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Officemate//security test//EN',
  'BEGIN:VEVENT',
  'UID:huge-duration@example.com',
  'DTSTAMP:20240101T000000Z',
  'DTSTART:20240102T090000Z',
  'DURATION:P999999999999999999W',
  'SUMMARY:Endless meeting',
  'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n');

const DOCX_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const DOCX_ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const XLSX_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;
const XLSX_ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;

/** A workbook with one cell, at `ref` (A1048576 is the last row Excel allows). */
export function oneCellWorkbook(ref = 'A1048576', value = 42): Buffer {
  const row = ref.replace(/^[A-Z]+/, '');
  const sheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:${ref}"/><sheetData><row r="${row}"><c r="${ref}"><v>${value}</v></c></row></sheetData></worksheet>`;
  return buildZip([
    { name: '[Content_Types].xml', data: XLSX_TYPES },
    { name: '_rels/.rels', data: XLSX_ROOT_RELS },
    { name: 'xl/workbook.xml', data: WORKBOOK },
    { name: 'xl/_rels/workbook.xml.rels', data: WORKBOOK_RELS },
    { name: 'xl/worksheets/sheet1.xml', data: sheet },
  ]);
}

/**
 * A Word file whose document.xml is about `mebibytes` MiB of one repeated word in short
 * paragraphs; each paragraph carries a revision id from a small set, so the part compresses
 * well but stays under the zip reader's expansion-ratio limit, as a hostile file would.
 * Built from one flushed deflate block repeated, so making it costs milliseconds and leaves
 * no 95 MiB string behind.
 */
export function compressibleDocx(mebibytes = 95, word = 'budget'): Buffer {
  const paragraphs: string[] = [];
  let length = 0;
  for (let seed = 7; length < 1024 * 1024; ) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const paragraph = `<w:p w:rsidR="00${(seed >>> 8) & 0x0f}"><w:r><w:t>${word} ${word} ${word}</w:t></w:r></w:p>`;
    paragraphs.push(paragraph);
    length += paragraph.length;
  }
  const head = Buffer.from(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W_NS}"><w:body>`,
  );
  const block = Buffer.from(paragraphs.join(''));
  const tail = Buffer.from('</w:body></w:document>');
  const flush = { finishFlush: constants.Z_FULL_FLUSH };
  const [deflatedHead, deflatedBlock, deflatedTail] = [head, block, tail].map((part) =>
    deflateRawSync(part, flush),
  );
  const copies = Math.round((mebibytes * 1024 * 1024) / block.length);
  let crc = crc32(head);
  for (let i = 0; i < copies; i++) crc = crc32(block, crc);
  crc = crc32(tail, crc);
  const deflated = Buffer.concat([
    deflatedHead as Buffer,
    ...Array.from({ length: copies }, () => deflatedBlock as Buffer),
    deflatedTail as Buffer,
    Buffer.from([0x03, 0x00]),
  ]);
  const size = head.length + copies * block.length + tail.length;
  return buildZip([
    { name: '[Content_Types].xml', data: DOCX_TYPES },
    { name: '_rels/.rels', data: DOCX_ROOT_RELS },
    { name: 'word/document.xml', raw: { bytes: deflated, size, crc } },
  ]);
}
