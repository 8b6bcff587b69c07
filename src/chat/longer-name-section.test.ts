import { describe, expect, it } from 'vitest';
import { searchHit } from './__fixtures__/search-hit.ts';
import { sectionOfLongerName } from './longer-name-section.ts';

const section = (name: string) =>
  searchHit({
    path: '/work/kestrel-design.docx',
    uri: 'file:///work/kestrel-design.docx#paragraph=40',
    title: `kestrel-design.docx › Classes › org.kestrel.render.${name}`,
    text: `- Adds the GlyphCache to the default RenderContext.`,
    type: 'document',
  });

describe('sectionOfLongerName', () => {
  it('flags a line of the section of a class whose name contains the one asked', () => {
    expect(
      sectionOfLongerName(
        'In the Kestrel design, what does RenderContext add?',
        section('RenderContextPaged'),
      ),
    ).toBe(true);
  });

  it('keeps the section of the class asked, one the question names, and a class asked for', () => {
    expect(
      sectionOfLongerName('In the Kestrel design, what does RenderContext add?', section('RenderContext')),
    ).toBe(false);
    expect(
      sectionOfLongerName(
        'What does RenderContextPaged add to the default RenderContext?',
        section('RenderContextPaged'),
      ),
    ).toBe(false);
    expect(
      sectionOfLongerName('Which Kestrel class builds the RenderContext?', section('RenderContextBuilder')),
    ).toBe(false);
  });
});
