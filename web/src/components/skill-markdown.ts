/**
 * A skill's result as Markdown to show in the sidebar, keeping its `[n]` markers, and the
 * citations those markers point to (only those whose file the user may open).
 */
import type { Citation } from '../api.ts';
import type { Strings } from '../i18n.ts';

type Item = {
  text?: unknown;
  task?: unknown;
  owner?: unknown;
  due?: unknown;
  dueText?: unknown;
  title?: unknown;
  citations?: unknown;
};

const markers = (item: Item) =>
  Array.isArray(item.citations) ? item.citations.map((n) => ` [${Number(n)}]`).join('') : '';

const str = (value: unknown) => (typeof value === 'string' ? value : '');

/** One line of a list section, by the shape of the item. */
function itemLine(item: Item): string {
  if (typeof item === 'string') return item;
  if (item.task !== undefined) {
    const owner = str(item.owner) ? `**${str(item.owner)}**: ` : '';
    const when = str(item.due) || str(item.dueText);
    const due = when ? ` (${when})` : '';
    return `${owner}${str(item.task)}${due}${markers(item)}`;
  }
  return `${str(item.text) || str(item.title)}${markers(item)}`;
}

/** The sections a result may hold, in the order they are shown. */
function sections(t: Strings): { key: string; label?: string }[] {
  return [
    { key: 'answer' },
    { key: 'summary' },
    { key: 'text' },
    { key: 'decisions', label: t.decisions },
    { key: 'actionItems', label: t.actionItems },
    { key: 'openQuestions', label: t.openQuestions },
    { key: 'topics', label: t.topics },
  ];
}

export function skillMarkdown(result: Record<string, unknown>, t: Strings): string {
  const out: string[] = [];
  for (const { key, label } of sections(t)) {
    const value = result[key];
    if (typeof value === 'string' && value.trim())
      // A drafted message keeps its lines (greeting, sign-off) as hard breaks.
      out.push(key === 'text' ? value.trim().replace(/([^\n])\n(?=[^\n])/g, '$1\\\n') : value.trim());
    else if (value && typeof value === 'object' && !Array.isArray(value) && 'text' in value)
      out.push(str((value as Item).text));
    else if (Array.isArray(value) && value.length > 0)
      out.push(`### ${label ?? key}\n\n${value.map((item) => `- ${itemLine(item as Item)}`).join('\n')}`);
  }
  return out.join('\n\n');
}

/** The citations of a result that open a file: `{ n, fileId, name, quote, locator }`. */
export function skillCitations(result: Record<string, unknown>): Citation[] {
  const list = Array.isArray(result.citations) ? result.citations : [];
  return list.flatMap((item) => {
    const citation = item as Partial<Citation>;
    if (typeof citation.n !== 'number' || typeof citation.fileId !== 'string') return [];
    return [
      {
        n: citation.n,
        fileId: citation.fileId,
        name: str(citation.name),
        quote: str(citation.quote),
        locator: citation.locator ?? {},
      },
    ];
  });
}
