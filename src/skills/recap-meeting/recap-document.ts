/**
 * @module recap-document
 * A recap as a Word document (a WordDocument value; the CLI writes it with writeDocx) and as
 * terminal text. Citations become a table of the quoted turns at the end.
 */
import type { WordBlock, WordDocument } from '../../formats/docx/word-document.ts';
import type { Recap, RecapItem } from './recap-meeting.ts';

/** "1:02:07" or "2:07" for seconds from the start; `hours` writes "0:02:07" too. */
export function formatSeconds(seconds: number, hours = false): string {
  const whole = Math.floor(seconds);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = String(whole % 60).padStart(2, '0');
  return h > 0 || hours ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** "2:07–9:30", and both ends with hours once the end is an hour in: "0:00:00–5:38:00", not "0:00–5:38:00". */
export function formatSpan(start: number, end: number): string {
  const hours = end >= 3600;
  return `${formatSeconds(start, hours)}–${formatSeconds(end, hours)}`;
}

const marks = (item: { citations: readonly number[] }) => item.citations.map((n) => `[${n}]`).join('');

/** " (due 2026-03-13)", or the words said when no date fixes them (" (due by the end of the month)"). */
const dueNote = (item: Recap['actionItems'][number]) => {
  const due = item.due ?? item.dueText;
  return due ? ` (due ${due})` : '';
};

function timeRange(topic: Recap['topics'][number]): string {
  if (topic.start === undefined) return `turns ${topic.fromTurn}–${topic.toTurn}`;
  return formatSpan(topic.start, topic.end ?? topic.start);
}

export function recapToWordDocument(recap: Recap, title = recap.title ?? 'Meeting recap'): WordDocument {
  const list = (items: readonly RecapItem[]): WordBlock[] =>
    items.length
      ? items.map((item) => ({ kind: 'list-item', ordered: false, text: `${item.text} ${marks(item)}` }))
      : [{ kind: 'paragraph', text: 'None found.' }];
  const blocks: WordBlock[] = [{ kind: 'heading', level: 1, text: title }];
  if (recap.date)
    blocks.push({ kind: 'paragraph', runs: [{ text: 'Date: ', bold: true }, { text: recap.date }] });
  if (recap.answer)
    blocks.push({ kind: 'heading', level: 2, text: 'Answer' }, { kind: 'paragraph', text: recap.answer });
  blocks.push(
    { kind: 'heading', level: 2, text: 'Summary' },
    { kind: 'paragraph', text: recap.summary || 'The transcript has no substantive turns.' },
  );
  blocks.push({ kind: 'heading', level: 2, text: 'Topics' });
  blocks.push({
    kind: 'table',
    rows: [
      ['Topic', 'When', 'Source'],
      ...recap.topics.map((topic) => [topic.title, timeRange(topic), marks(topic)]),
    ],
  });
  blocks.push({ kind: 'heading', level: 2, text: 'Decisions' }, ...list(recap.decisions));
  blocks.push({ kind: 'heading', level: 2, text: 'Action items' });
  if (recap.actionItems.length) {
    blocks.push({
      kind: 'table',
      rows: [
        ['Owner', 'Task', 'Due', 'Source'],
        ...recap.actionItems.map((item) => [
          item.owner ?? '—',
          item.task,
          item.due ?? item.dueText ?? '—',
          marks(item),
        ]),
      ],
    });
  } else {
    blocks.push({ kind: 'paragraph', text: 'None found.' });
  }
  blocks.push({ kind: 'heading', level: 2, text: 'Open questions' }, ...list(recap.openQuestions));
  blocks.push({ kind: 'heading', level: 2, text: 'Sources' });
  blocks.push({
    kind: 'table',
    rows: [
      ['#', 'Speaker', 'Turn', 'Time', 'Quote'],
      ...recap.citations.map((citation) => [
        String(citation.n),
        citation.speaker,
        String(citation.turn),
        citation.locator.start !== undefined ? formatSeconds(citation.locator.start) : '',
        citation.quote,
      ]),
    ],
  });
  return { title, subject: 'Meeting recap', blocks };
}

export function recapToText(recap: Recap): string {
  const lines: string[] = [];
  const section = (title: string, items: readonly string[]) => {
    lines.push('', title);
    lines.push(...(items.length ? items.map((item) => `  - ${item}`) : ['  (none found)']));
  };
  if (recap.title) lines.push(`# ${recap.title}${recap.date ? ` (${recap.date})` : ''}`);
  if (recap.answer !== undefined)
    lines.push('', 'Answer', `  ${recap.answer || 'Nothing in this meeting answers that.'}`);
  lines.push('', 'Summary', `  ${recap.summary}`);
  section(
    'Topics',
    recap.topics.map((topic) => `${timeRange(topic)}  ${topic.title} ${marks(topic)}`),
  );
  section(
    'Decisions',
    recap.decisions.map((item) => `${item.text} ${marks(item)}`),
  );
  section(
    'Action items',
    recap.actionItems.map(
      (item) => `${item.owner ?? '(no owner)'}: ${item.task}${dueNote(item)} ${marks(item)}`,
    ),
  );
  section(
    'Open questions',
    recap.openQuestions.map((item) => `${item.text} ${marks(item)}`),
  );
  lines.push('', 'Sources');
  for (const citation of recap.citations) {
    const time = citation.locator.start !== undefined ? ` ${formatSeconds(citation.locator.start)}` : '';
    lines.push(`  [${citation.n}] turn ${citation.turn}${time} ${citation.speaker}: ${citation.quote}`);
  }
  return lines.join('\n').replace(/^\n/, '');
}
