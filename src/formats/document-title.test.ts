import { describe, expect, it } from 'vitest';
import { meaningfulTitle } from './document-title.ts';

describe('meaningfulTitle', () => {
  it('keeps a real title', () => {
    expect(meaningfulTitle('Harbour Budget 2026')).toBe('Harbour Budget 2026');
    expect(meaningfulTitle('  Slide design guide ')).toBe('Slide design guide');
  });

  it('drops a template file name and application defaults in several languages', () => {
    for (const title of [
      'Normal.dot',
      'Normal.dotm',
      'PowerPoint Presentation',
      'PowerPoint-presentatie',
      'Folie 1',
      'Diapositive 1',
      'Slide 12',
      'Presentation',
      'title',
      'Document1',
      'Untitled',
      'Book1',
      '   ',
    ])
      expect(meaningfulTitle(title), title).toBeUndefined();
    expect(meaningfulTitle(undefined)).toBeUndefined();
  });

  it('reads a converter title as the document it names', () => {
    expect(meaningfulTitle('Microsoft Word - Harbour Budget.doc')).toBe('Harbour Budget');
    expect(meaningfulTitle('Microsoft PowerPoint - Q3 review')).toBe('Q3 review');
    expect(meaningfulTitle('Microsoft Word - Document1.docx')).toBeUndefined();
  });
});
