/**
 * The web app's Markdown renderer: previews, answers and skill results become React elements
 * (never raw HTML), `[n]` becomes a chip, and table cells of real files show no escapes.
 */
import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { writeMarkdown } from '../../src/formats/markdown/write-markdown.ts';
import { readFile } from '../../src/formats/read-file.ts';
import { citedBlock, Markdown, parseBlocks } from '../../web/src/components/Markdown.tsx';
import { plainText } from '../../web/src/components/markdown-inline.tsx';
import { skillCitations, skillMarkdown } from '../../web/src/components/skill-markdown.ts';
import { strings } from '../../web/src/i18n.ts';
import { CORPUS } from '../helpers/paths.ts';

const html = (source: string, cite?: (n: number) => ReactNode | undefined, highlight?: string) =>
  renderToStaticMarkup(
    createElement(Markdown, { source, ...(cite ? { cite } : {}), ...(highlight ? { highlight } : {}) }),
  );

/** The text a reader sees: tags dropped, entities decoded. */
const visible = (markup: string) =>
  markup
    .replace(/<br\/>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');

describe('Markdown in the web app', () => {
  it('renders tables and nested lists as elements', () => {
    const markup = html(
      'Budget:\n\n| item | cost |\n| --- | ---: |\n| **travel** | 4 \\| 5 |\n\n1. first\n2. second\n   - inner\n- after',
    );
    expect(markup).toContain('<thead><tr><th>item</th><th>cost</th></tr></thead>');
    expect(markup).toContain('<td><strong>travel</strong></td><td>4 | 5</td>');
    expect(markup).toContain('<ol><li>first</li><li>second<ul><li>inner</li></ul></li></ol>');
    expect(markup).toContain('<ul><li>after</li></ul>');
  });

  it('never passes HTML through and links only to http, https and mailto', () => {
    const markup = html(
      '<script>alert(1)</script> <img src=x onerror=alert(1)> [a](javascript:alert(1)) [b](https://example.com)',
    );
    expect(markup).not.toMatch(/<script|<img|href="javascript/);
    expect(markup).toContain('&lt;script&gt;');
    expect(markup).toContain('<a href="https://example.com" target="_blank" rel="noopener noreferrer">b</a>');
  });

  it('turns known [n] markers into chips and leaves the others as text', () => {
    const markup = html('Travel is capped [1]. See [9].', (n) =>
      n === 1 ? createElement('button', { type: 'button' }, n) : undefined,
    );
    expect(markup).toContain('capped <button type="button">1</button>.');
    expect(markup).toContain('See [9].');
  });

  it('shows table cells of a real Word file without <br> text or backslash escapes', async () => {
    const parsed = await readFile(`${CORPUS}/office/docx/docx4j_headers_footers.docx`);
    if (!parsed.success) throw new Error('unreadable');
    const source = writeMarkdown(parsed.data);
    expect(source).toMatch(/\|.*<br>.*\|/);
    expect(source).toMatch(/\\</);
    const markup = html(source);
    const cells = [...markup.matchAll(/<td>(.*?)<\/td>/g)].map((match) => match[1]!);
    expect(cells.some((cell) => cell.includes('<br/>'))).toBe(true);
    const text = cells.map(visible).join('\n');
    expect(text).not.toContain('<br>');
    expect(text).not.toMatch(/\\[<[\]_*\\|]/);
    expect(text).toContain('<w:');
    expect(text).toContain('[Example:');
  });

  it('shows an image of a previewed file as its alt text, and reads links whose target is in <…> or has a title', () => {
    const source = writeMarkdown({
      type: 'document',
      format: 'docx',
      metadata: {},
      blocks: [
        {
          kind: 'image',
          contentType: 'image/jpeg',
          data: new Uint8Array([255, 216]),
          name: 'Picture 7',
          altText: 'Kiln floor plan',
          widthPx: 320,
          heightPx: 180,
          locator: { paragraph: 1 },
        },
      ],
    });
    expect(source).toContain('](<Picture_7> "image/jpeg, 320×180")');
    const markup = html(source);
    expect(markup).toContain('<span class="image-ref" title="image/jpeg, 320×180">Kiln floor plan</span>');
    expect(visible(markup)).not.toMatch(/\]\(|Picture_7|!\[/);
    const links = html(
      'See [the rota](<https://rota.example/week 9> "Week 9") and [notes](https://rota.example/n \'n\').',
    );
    expect(links).toContain(
      '<a href="https://rota.example/week 9" target="_blank" rel="noopener noreferrer">the rota</a>',
    );
    expect(links).toContain(
      '<a href="https://rota.example/n" target="_blank" rel="noopener noreferrer">notes</a>',
    );
    expect(plainText(source).trim()).toBe('Kiln floor plan');
  });

  it('finds the block of a quote a skill shortened', () => {
    const blocks = parseBlocks(
      '# Q3\n\nRevenue grew in every region this quarter.\n\nThe travel budget is capped at 4,000 dollars per person for the year.',
    );
    expect(citedBlock(blocks, 'The travel budget is capped')).toBe(2);
    expect(citedBlock(blocks, 'travel budget capped 4,000 dollars per person')).toBe(2);
    expect(citedBlock(blocks, 'nothing like this here at all')).toBe(-1);
    expect(
      html(blocks.length ? 'a\n\nThe travel budget is capped.' : '', undefined, 'travel budget is capped'),
    ).toContain('<p class="cited"><mark data-testid="highlight">The travel budget is capped.</mark></p>');
  });
});

describe('skill results as Markdown', () => {
  const t = strings('en');
  it('lists a recap with its markers and keeps only citations that open a file', () => {
    const result = {
      summary: 'The team agreed on the launch [1].',
      decisions: [{ text: 'Launch in May', citations: [1, 2] }],
      actionItems: [{ owner: 'Ann', task: 'Book the venue', due: '2026-04-01', citations: [3] }],
      openQuestions: [],
      citations: [
        { n: 1, fileId: 'f1', name: 'm.vtt', quote: 'we launch in May', locator: { turn: 4 } },
        { n: 2, path: '<workspace>/x', locator: {} },
      ],
    };
    expect(skillMarkdown(result, t)).toBe(
      'The team agreed on the launch [1].\n\n### Decisions\n\n- Launch in May [1] [2]\n\n### Action items\n\n- **Ann**: Book the venue (2026-04-01) [3]',
    );
    expect(skillCitations(result).map((citation) => citation.n)).toEqual([1]);
  });

  it('keeps the lines of a drafted reply', () => {
    const source = skillMarkdown(
      { subject: 'Re: budget', text: 'Hi Ann,\n\nThanks for the note.\n\nBest,\nAlice' },
      t,
    );
    expect(html(source)).toBe(
      '<div class="markdown"><p>Hi Ann,</p><p>Thanks for the note.</p><p>Best,<br/>Alice</p></div>',
    );
  });
});
