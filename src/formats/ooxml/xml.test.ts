import { describe, expect, it } from 'vitest';
import { OfficemateError } from '../../lib/errors.ts';
import { attr, decodeEntities, descendants, parseXml, relAttr, textOf } from './xml.ts';

describe('parseXml', () => {
  it('names elements by local name and keeps order, text and attributes', () => {
    const root = parseXml(
      '<?xml version="1.0"?><w:p xmlns:w="w" xmlns:r="r"><w:r><w:t xml:space="preserve"> a </w:t></w:r><w:hyperlink r:id="rId4" w:history="1"><w:r><w:t>b</w:t></w:r></w:hyperlink></w:p>',
      'x.docx',
      'word/document.xml',
    );
    expect(root.name).toBe('p');
    expect(root.children.map((node) => node.name)).toEqual(['r', 'hyperlink']);
    expect(descendants(root, 't').map(textOf)).toEqual([' a ', 'b']);
    const link = root.children[1];
    expect(relAttr(link, 'id')).toBe('rId4');
    expect(attr(link, 'history')).toBe('1');
  });

  it('decodes the predefined entities and character references exactly once', () => {
    expect(decodeEntities('a &amp; b &lt;c&gt; &#x4E2D;&#25991; &quot;q&quot; &amp;#65;')).toBe(
      'a & b <c> 中文 "q" &#65;',
    );
    const root = parseXml('<a t="1 &amp; 2">&#x05E9;&#x05DC;&#x05D5;&#x05DD;</a>', 'x.xlsx', 'p');
    expect(attr(root, 't')).toBe('1 & 2');
    expect(textOf(root)).toBe('שלום');
  });

  it('throws xml_unsafe for DOCTYPE and ENTITY declarations', () => {
    for (const text of [
      '<!DOCTYPE a><a/>',
      '<?xml version="1.0"?>\n<!doctype a SYSTEM "http://x/"><a/>',
      '<a><!ENTITY x "y"></a>',
    ]) {
      try {
        parseXml(text, 'evil.xlsx', 'xl/workbook.xml');
        expect.unreachable();
      } catch (thrown) {
        expect(thrown).toBeInstanceOf(OfficemateError);
        expect((thrown as OfficemateError).code).toBe('xml_unsafe');
        expect((thrown as OfficemateError).message).toContain('evil.xlsx');
      }
    }
  });
});
