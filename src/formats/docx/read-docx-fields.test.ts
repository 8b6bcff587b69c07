/**
 * Word fields, hidden text and revisions in a small hand-written package: cached results of
 * cross-references and page fields are read, error results ("Error! Reference source not
 * found.") and tables of contents are dropped, and hidden text, deleted text and comments
 * never reach the body text.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Document } from '../model.ts';
import { readDocx } from './read-docx.ts';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

async function docx(body: string): Promise<Document> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`,
  );
  const bytes = await zip.generateAsync({ type: 'nodebuffer' });
  return (await readDocx({ path: 'fields.docx', bytes, format: 'docx', options: {} })) as Document;
}

const run = (text: string, props = '') =>
  `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const field = (instruction: string, result: string) =>
  `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">${instruction}</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run(result)}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
const texts = (doc: Document) => doc.blocks.map((block) => ('text' in block ? block.text : ''));

describe('readDocx fields and hidden content', () => {
  it("keeps a cross-reference's cached text and drops Word's error text", async () => {
    const doc = await docx(
      `<w:p>${run('See ')}${field(' REF _Ref123 \\h ', 'Table 3')}${run(' for costs.')}</w:p>` +
        `<w:p>${run('As shown in ')}${field(' REF _Ref999 \\h ', 'Error! Reference source not found.')}${run(', costs rose.')}</w:p>` +
        `<w:p>${run('Siehe ')}${field(' REF _Ref5 \\h ', 'Fehler! Verweisquelle konnte nicht gefunden werden.')}</w:p>`,
    );
    expect(texts(doc)).toEqual(['See Table 3 for costs.', 'As shown in , costs rose.', 'Siehe']);
  });

  it('reads nested fields without showing their codes', async () => {
    const nested = `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> IF </w:instrText></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run('2')}<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:instrText> = 1 "x" "y" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run('y')}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const doc = await docx(`<w:p>${run('Result: ')}${nested}</w:p>`);
    expect(texts(doc)).toEqual(['Result: y']);
  });

  it('drops a table of contents field, hidden text and deleted text', async () => {
    const doc = await docx(
      `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> TOC \\o "1-3" \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run('Introduction\t3')}</w:p>` +
        `<w:p>${run('Methods\t4')}<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>` +
        `<w:p>${run('Visible ')}${run('secret ', '<w:vanish/>')}<w:del w:id="1" w:author="A"><w:r><w:delText>removed </w:delText></w:r></w:del>${run('text.')}</w:p>`,
    );
    expect(texts(doc)).toEqual(['Visible text.']);
  });

  it('drops the words around page-number fields that have no value, and keeps cached page numbers', async () => {
    const empty = (instruction: string) =>
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>${instruction}</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const doc = await docx(
      `<w:p>${run('Page ')}${empty('PAGE')}${run(' of ')}${empty('NUMPAGES')}</w:p>` +
        `<w:p>${run('Harbour Office\tSeite ')}<w:fldSimple w:instr=" PAGE * MERGEFORMAT "/>${run(' von ')}<w:fldSimple w:instr=" NUMPAGES "/></w:p>` +
        `<w:p>${run('- ')}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>${run(' -')}</w:p>` +
        `<w:p>${run('Page ')}${field(' PAGE ', '2')}${run(' of ')}${field(' NUMPAGES ', '5')}</w:p>` +
        `<w:p>${run('See page ')}${empty(' PAGEREF _Ref7 \\h ')}${run(' of the annex.')}</w:p>`,
    );
    expect(texts(doc)).toEqual(['Harbour Office', 'Page 2 of 5', 'See page  of the annex.']);
  });

  it('drops an error result of a simple field', async () => {
    const doc = await docx(
      `<w:p>${run('Figure ')}<w:fldSimple w:instr=" REF _Ref1 "><w:r><w:t>Error! Bookmark not defined.</w:t></w:r></w:fldSimple>${run(' shows it.')}</w:p>`,
    );
    expect(texts(doc)).toEqual(['Figure  shows it.']);
  });
});

describe('readDocx symbols', () => {
  it('reads a symbol of the Symbol font by that font, not as the Latin letter of its code', async () => {
    const sym = (font: string, char: string) => `<w:r><w:sym w:font="${font}" w:char="${char}"/></w:r>`;
    const doc = await docx(
      `<w:p>${run('Gate A ')}${sym('Symbol', 'F0DA')}${run(' gate B opens at 8 ')}${sym('Symbol', '00AE')}${run(' 9.')}</w:p>` +
        `<w:p>${run('Angle ')}${sym('Symbol', 'F061')}${run(' is 30')}${sym('Symbol', 'F0B0')}${run('.')}</w:p>` +
        `<w:p>${run('Logo ')}${sym('Symbol', 'F0F0')}${run(' dropped; ')}${sym('Arial', '00E9')}${run(' kept.')}</w:p>`,
    );
    expect(texts(doc)).toEqual([
      'Gate A ∨ gate B opens at 8 → 9.',
      'Angle α is 30°.',
      'Logo  dropped; é kept.',
    ]);
  });
});
