/**
 * Inline Markdown as React elements, never raw HTML: backslash escapes, hard breaks (`\` at a
 * line end, `<br>`), code, strong, emphasis, strike, links (http, https, mailto only), images
 * as their alt text (marked, with the title on hover; never fetched), and `[n]` citation markers
 * turned into whatever `cite` returns.
 */
import { Fragment, type ReactNode } from 'react';

export type Cite = (n: number) => ReactNode | undefined;

const PUNCTUATION = /[!-/:-@[-`{-~]/;
const SAFE_LINK = /^(https?:|mailto:)/i;
/**
 * `[label](dest)` or `![alt](dest)`, the destination bare or in `<…>` (as our Markdown writer
 * puts image names), with an optional `"title"` or `'title'` after it.
 */
const LINK = /^!?\[((?:\\.|[^\]\\])*)\]\(\s*(<[^<>\n]*>|[^)\s]*)(?:\s+("[^"\n]*"|'[^'\n]*'))?\s*\)/;
const LINK_ANYWHERE = new RegExp(LINK.source.slice(1), 'g');

type Rule = (
  text: string,
  at: number,
  cite: Cite | undefined,
) => { node: ReactNode; end: number } | undefined;

function closing(text: string, from: number, marker: string): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') {
      i++;
      continue;
    }
    if (text.startsWith(marker, i) && i > from) return i;
  }
  return -1;
}

/** `**x**`, `__x__`, `~~x~~`, `*x*`, `_x_`: the marker, its element, and whether `_` needs word edges. */
const EMPHASIS: { marker: string; tag: 'strong' | 'em' | 'del' }[] = [
  { marker: '**', tag: 'strong' },
  { marker: '__', tag: 'strong' },
  { marker: '~~', tag: 'del' },
  { marker: '*', tag: 'em' },
  { marker: '_', tag: 'em' },
];

const RULES: Rule[] = [
  (text, at) => {
    if (text[at] !== '\\') return undefined;
    const next = text[at + 1];
    if (next === '\n') return { node: <br />, end: at + 2 };
    if (next && PUNCTUATION.test(next)) return { node: next, end: at + 2 };
    return undefined;
  },
  (text, at) => {
    const match = /^<br\s*\/?>/i.exec(text.slice(at, at + 6));
    return match ? { node: <br />, end: at + match[0].length } : undefined;
  },
  (text, at) => {
    const ticks = /^`+/.exec(text.slice(at))?.[0];
    if (!ticks) return undefined;
    const end = text.indexOf(ticks, at + ticks.length);
    if (end < 0) return undefined;
    return { node: <code>{text.slice(at + ticks.length, end).trim()}</code>, end: end + ticks.length };
  },
  (text, at, cite) => {
    const match = LINK.exec(text.slice(at));
    if (!match) return undefined;
    const label = inline(match[1]!, cite);
    const title = match[3]?.slice(1, -1);
    if (match[0].startsWith('!'))
      return {
        node: (
          <span className="image-ref" {...(title ? { title } : {})}>
            {label}
          </span>
        ),
        end: at + match[0].length,
      };
    const href = match[2]!.replace(/^<|>$/g, '');
    const node = SAFE_LINK.test(href) ? (
      <a href={href} target="_blank" rel="noopener noreferrer">
        {label}
      </a>
    ) : (
      label
    );
    return { node, end: at + match[0].length };
  },
  (text, at, cite) => {
    const match = /^\[(\d{1,4})\]/.exec(text.slice(at, at + 6));
    const node = match && cite?.(Number(match[1]));
    return match && node ? { node, end: at + match[0].length } : undefined;
  },
  (text, at, cite) => {
    for (const { marker, tag } of EMPHASIS) {
      if (!text.startsWith(marker, at)) continue;
      if (marker[0] === '_' && at > 0 && /[A-Za-z0-9]/.test(text[at - 1]!)) continue;
      if (/\s/.test(text[at + marker.length] ?? ' ')) continue;
      const end = closing(text, at + marker.length, marker);
      if (end < 0 || /\s/.test(text[end - 1]!)) continue;
      if (marker[0] === '_' && /[A-Za-z0-9]/.test(text[end + marker.length] ?? '')) continue;
      const Tag = tag;
      return {
        node: <Tag>{inline(text.slice(at + marker.length, end), cite)}</Tag>,
        end: end + marker.length,
      };
    }
    return undefined;
  },
];

/** Inline Markdown as a list of React nodes. */
export function inline(text: string, cite?: Cite): ReactNode[] {
  const out: ReactNode[] = [];
  let plain = '';
  let i = 0;
  const flush = () => {
    if (plain) out.push(plain);
    plain = '';
  };
  while (i < text.length) {
    let hit: { node: ReactNode; end: number } | undefined;
    if ('\\<`![*_~'.includes(text[i]!)) {
      for (const rule of RULES) {
        hit = rule(text, i, cite);
        if (hit) break;
      }
    }
    if (hit) {
      flush();
      out.push(<Fragment key={out.length}>{hit.node}</Fragment>);
      i = hit.end;
    } else {
      plain += text[i] === '\n' ? ' ' : text[i];
      i++;
    }
  }
  flush();
  return out;
}

/** The text a reader sees: markers and escapes gone, used to find a cited passage. */
export function plainText(text: string): string {
  return text
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(LINK_ANYWHERE, '$1')
    .replace(/\*\*|__|~~|`/g, '')
    .replace(/(^|[\s(])[*_]([^*_]+)[*_](?=[\s.,;:)!?]|$)/g, '$1$2')
    .replace(/\\(.)/g, '$1');
}
