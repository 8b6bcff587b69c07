/**
 * @module write-package
 * Small edits to an OPC package (the zip behind .xlsx): relationships, content-type
 * overrides, sheet part lookup, and a deterministic re-zip (fixed entry dates, sorted
 * order) so the same input and clock give the same bytes.
 */
import JSZip from 'jszip';

const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const REL_TYPE = {
  drawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing',
  chart: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart',
  pivotTable: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/pivotTable',
  pivotCacheDefinition:
    'http://schemas.openxmlformats.org/officeDocument/2006/relationships/pivotCacheDefinition',
  pivotCacheRecords: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/pivotCacheRecords',
} as const;
export const CONTENT_TYPE = {
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  pivotTable: 'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml',
  pivotCacheDefinition:
    'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml',
  pivotCacheRecords: 'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml',
} as const;

/** The rels part that belongs to a part: xl/worksheets/sheet1.xml → xl/worksheets/_rels/sheet1.xml.rels. */
export function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf('/');
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

/** Adds a relationship to a part's rels (creating the rels part) and returns its id. */
export async function addRelationship(
  zip: JSZip,
  partPath: string,
  type: string,
  target: string,
): Promise<string> {
  const path = relsPathOf(partPath);
  const existing = await zip.file(path)?.async('string');
  let xml =
    existing ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL_NS}"></Relationships>`;
  const used = new Set([...xml.matchAll(/Id="([^"]+)"/g)].map((match) => match[1]));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  xml = xml.replace(
    '</Relationships>',
    `<Relationship Id="${id}" Type="${type}" Target="${target}"/></Relationships>`,
  );
  if (!xml.includes('</Relationships>'))
    xml = xml.replace(
      /<Relationships([^>]*)\/>/,
      `<Relationships$1><Relationship Id="${id}" Type="${type}" Target="${target}"/></Relationships>`,
    );
  zip.file(path, xml);
  return id;
}

/** Adds an Override to [Content_Types].xml. */
export async function addContentType(zip: JSZip, partPath: string, contentType: string): Promise<void> {
  const path = '[Content_Types].xml';
  const xml = (await zip.file(path)?.async('string')) ?? '';
  if (xml.includes(`PartName="/${partPath}"`)) return;
  zip.file(
    path,
    xml.replace('</Types>', `<Override PartName="/${partPath}" ContentType="${contentType}"/></Types>`),
  );
}

/** Maps sheet names to their part paths by reading workbook.xml and its rels. */
export async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const targets = new Map<string, string>();
  for (const match of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /Id="([^"]+)"/.exec(match[0])?.[1];
    const target = /Target="([^"]+)"/.exec(match[0])?.[1];
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const parts = new Map<string, string>();
  for (const match of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(match[0])?.[1];
    const id = /r:id="([^"]+)"/.exec(match[0])?.[1];
    if (name !== undefined && id && targets.has(id)) parts.set(unescapeXml(name), targets.get(id)!);
  }
  return parts;
}

function unescapeXml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * Inserts an element into a worksheet before the first of the elements that must follow it
 * (CT_Worksheet is an ordered sequence).
 */
export function insertInWorksheet(xml: string, element: string, before: readonly string[]): string {
  // Search only after the cell data and the page setup, so elements of the same name nested
  // deeper (an extLst inside a conditional format rule) are never matched.
  const anchors = ['<pageMargins', '</sheetData>', '<sheetData/>']
    .map((tag) => xml.lastIndexOf(tag))
    .filter((index) => index >= 0);
  const from = anchors.length ? Math.max(...anchors) : 0;
  const tail = xml.slice(from);
  const closing = /<\/conditionalFormatting>|<\/dataValidations>|<\/hyperlinks>/g;
  let skip = 0;
  for (const match of tail.matchAll(closing)) skip = match.index + match[0].length;
  const start = from + skip;
  let at = -1;
  for (const name of before) {
    const index = xml.indexOf(`<${name}`, start);
    if (index >= 0 && (at < 0 || index < at)) at = index;
  }
  if (at < 0) at = xml.lastIndexOf('</worksheet>');
  return xml.slice(0, at) + element + xml.slice(at);
}

/** Re-zips with every entry dated `date`, in a stable order ([Content_Types].xml first). */
export async function deterministicZip(zip: JSZip, date: Date): Promise<Buffer> {
  const out = new JSZip();
  const names = Object.keys(zip.files)
    .filter((name) => !zip.files[name]!.dir)
    .sort((a, b) =>
      a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a.localeCompare(b),
    );
  for (const name of names) {
    out.file(name, await zip.files[name]!.async('uint8array'), { date, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
