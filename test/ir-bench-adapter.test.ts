import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/** Two invented collections in the harness's format: one with titles, one without. */
const root = mkdtempSync(join(tmpdir(), 'ir-adapter-'));
const titled = join(root, 'titled');
const untitled = join(root, 'untitled');
const titledDocs = [
  { id: '1', title: 'lantern repair in damp cellars', text: 'wicks rust\nglass cracks when cold' },
  { id: '2', title: 'a survey of kite tails', text: '' },
];
const untitledDocs = [
  { id: '7', title: '', text: 'HARBOUR NEWS THE FERRY TO THE\nISLAND RUNS TWICE A DAY NOW .' },
];
for (const [dir, docs] of [
  [titled, titledDocs],
  [untitled, untitledDocs],
] as const) {
  mkdirSync(dir);
  writeFileSync(join(dir, 'corpus.jsonl'), docs.map((doc) => JSON.stringify(doc)).join('\n'));
}
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The flat text the harness hands every engine: title, a line break and text, or text alone. */
const flat = (doc: { id: string; title: string; text: string }) => ({
  id: doc.id,
  content: doc.title ? `${doc.title}\n${doc.text}` : doc.text,
});

async function titlesByDocument(docs: { id: string; content: string }[]): Promise<Map<string, string[]>> {
  process.env.OFFICEMATE_IR_COLLECTIONS = JSON.stringify([titled, untitled]);
  const adapters = (await import('../bench/ir-bench-adapter.mjs')).default;
  const ours = adapters.find((adapter) => adapter.name === 'officemate')!;
  const state = await ours.build(docs);
  const chunks = await state.index.store.getChunks([...state.byChunk.keys()]);
  const titles = new Map<string, string[]>();
  for (const chunk of chunks) {
    const doc = state.byChunk.get(chunk.id)!;
    titles.set(doc, [...(titles.get(doc) ?? []), chunk.title]);
  }
  return titles;
}

describe('the IR benchmark adapter', () => {
  it('gives a document its collection title, and none where the collection has none', async () => {
    const titles = await titlesByDocument([...titledDocs, ...untitledDocs].map(flat));
    expect(titles.get('1')).toEqual(['lantern repair in damp cellars']);
    expect(titles.get('2')).toEqual(['a survey of kite tails']);
    // The first wrapped line of an untitled text stays in its body, not in a title.
    expect(titles.get('7')).toEqual(['']);
  });

  it('gives a text it cannot find in the collections no title', async () => {
    const titles = await titlesByDocument([{ id: '9', content: 'FIRST LINE\nsecond line' }]);
    expect(titles.get('9')).toEqual(['']);
  });
});
