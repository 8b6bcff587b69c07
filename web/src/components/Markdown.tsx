/**
 * Renders the Markdown previews the server produces (headings, paragraphs, lists, tables,
 * quotes) as React elements, never as raw HTML, and highlights a cited passage.
 */
import type { ReactNode } from 'react';

function normalize(text: string): string {
  return text.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

function highlightText(text: string, quote: string | undefined): ReactNode {
  if (!quote) return text;
  const probe = quote.slice(0, 60).toLowerCase();
  const at = text.toLowerCase().indexOf(probe);
  if (at < 0) return text;
  const end = Math.min(text.length, at + quote.length);
  return (
    <>
      {text.slice(0, at)}
      <mark data-testid="highlight">{text.slice(at, end)}</mark>
      {text.slice(end)}
    </>
  );
}

export function Markdown({ source, highlight }: { source: string; highlight?: string }) {
  const lines = source.split('\n');
  const blocks: ReactNode[] = [];
  let i = 0;
  const quoteKey = highlight ? normalize(highlight).slice(0, 60) : undefined;
  const mark = (text: string) => {
    const plain = text
      .replace(/\*\*|__|`/g, '')
      .replace(/(^|\s)\*([^*]+)\*(?=\s|$|[.,;:])/g, '$1$2')
      .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1');
    const hit = quoteKey && normalize(plain).includes(quoteKey);
    return { node: highlightText(plain, hit ? highlight : undefined), hit: Boolean(hit) };
  };
  while (i < lines.length) {
    const line = lines[i]!;
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      const level = Math.min(heading[1]!.length + 1, 6);
      const Tag = `h${level}` as 'h2';
      blocks.push(<Tag key={i}>{heading[2]}</Tag>);
      i++;
      continue;
    }
    if (/^\|/.test(line)) {
      const rows: string[][] = [];
      while (i < lines.length && /^\|/.test(lines[i]!)) {
        if (!/^\|\s*-+/.test(lines[i]!))
          rows.push(
            lines[i]!.split('|')
              .slice(1, -1)
              .map((cell) => cell.trim()),
          );
        i++;
      }
      blocks.push(
        <table key={i}>
          <tbody>
            {rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) =>
                  r === 0 ? <th key={c}>{cell}</th> : <td key={c}>{mark(cell).node}</td>,
                )}
              </tr>
            ))}
          </tbody>
        </table>,
      );
      continue;
    }
    if (/^\s*([-*]|\d+\.)\s/.test(line)) {
      const items: string[] = [];
      while (i < lines.length && /^\s*([-*]|\d+\.)\s/.test(lines[i]!)) {
        items.push(lines[i]!.replace(/^\s*([-*]|\d+\.)\s/, ''));
        i++;
      }
      blocks.push(
        <ul key={i}>
          {items.map((item, n) => {
            const { node, hit } = mark(item);
            return (
              <li key={n} className={hit ? 'cited' : undefined}>
                {node}
              </li>
            );
          })}
        </ul>,
      );
      continue;
    }
    if (line.trim() === '') {
      i++;
      continue;
    }
    const paragraph: string[] = [];
    while (i < lines.length && lines[i]!.trim() !== '' && !/^(#|\||\s*[-*]\s|\s*\d+\.\s)/.test(lines[i]!)) {
      paragraph.push(lines[i]!.replace(/^>\s?/, ''));
      i++;
    }
    const { node, hit } = mark(paragraph.join(' '));
    blocks.push(
      <p key={i} className={hit ? 'cited' : undefined}>
        {node}
      </p>,
    );
  }
  return <div className="markdown">{blocks}</div>;
}
