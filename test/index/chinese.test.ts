/**
 * Chinese and Japanese text is segmented into words at index and query time, so CJK queries
 * find CJK documents: a Traditional Chinese workbook and a Japanese Word document from the
 * corpus, beside English files.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze, analyzeQuery } from '../../src/index/analyze.ts';
import { indexPaths } from '../../src/index/index-paths.ts';
import { openIndex, type SearchIndex } from '../../src/index/open-index.ts';
import { search } from '../../src/index/search.ts';
import { CORPUS } from '../helpers/paths.ts';

const work = mkdtempSync(join(tmpdir(), 'officemate-cjk-'));
const banks = join(CORPUS, 'office', 'xlsx', 'phpspreadsheet_issue.3093.xlsx');
const proposal = join(CORPUS, 'office', 'docx', 'poi_stress019.docx');
const english = join(CORPUS, 'office', 'docx', 'tika_testWORD.docx');
let index: SearchIndex;

beforeAll(async () => {
  index = await openIndex(join(work, 'index.db'));
  const summary = await indexPaths(index, [banks, proposal, english], { owner: 'ann' });
  expect(summary.errors).toEqual([]);
}, 60_000);

afterAll(async () => {
  await index.close();
  rmSync(work, { recursive: true, force: true });
});

describe('CJK segmentation', () => {
  it('indexes Chinese as dictionary words, character bigrams and single characters', () => {
    const terms = analyze('我们在北京市开会讨论预算');
    expect(terms).toEqual(expect.arrayContaining(['我们', '开会', '讨论', '预算']));
    expect(terms).toEqual(expect.arrayContaining(['北京', '京市', '在北', '_预', '_算']));
    expect(analyze('Budget 预算 review')).toEqual(['budget', '预算', '_预', '_算', 'review']);
  });

  it('folds Traditional Chinese to Simplified, so either script finds the other', () => {
    expect(analyze('銀行預算')).toEqual(analyze('银行预算'));
    expect(analyzeQuery('國泰')).toEqual(analyzeQuery('国泰'));
  });

  it('searches single characters only for one-character queries', () => {
    expect(analyzeQuery('银')).toEqual(['_银']);
    expect(analyzeQuery('银行')).toEqual(['银行']);
  });

  it('finds the Traditional Chinese workbook with a Simplified query', async () => {
    const { results } = await search(index, { query: '国泰世华', k: 5 });
    expect(results[0]?.path).toBe(banks);
  });

  it('keeps every snippet of a long CJK passage within 240 characters', async () => {
    const { results } = await search(index, { query: '業務', k: 10 });
    expect(results.length).toBeGreaterThan(0);
    for (const hit of results) expect(hit.snippet.length).toBeLessThanOrEqual(244);
    expect(results.some((hit) => hit.text.length > 300)).toBe(true);
  });

  it('finds a bank by its Chinese name in a Chinese workbook', async () => {
    const { results } = await search(index, { query: '國泰世華', k: 5 });
    expect(results[0]?.path).toBe(banks);
    expect(results[0]?.text).toContain('國泰世華商業銀行');
    expect(results[0]?.locator.sheet).toBe('工作表1');
  });

  it('ranks the Chinese sheet first for a two-character query and leaves English files out', async () => {
    const { results } = await search(index, { query: '銀行', k: 10 });
    expect(results.slice(0, 2).every((hit) => hit.path === banks)).toBe(true);
    expect(results.some((hit) => hit.path === english)).toBe(false);
  });

  it('finds the section of a Japanese document', async () => {
    const { results } = await search(index, { query: '業務目的', k: 3 });
    expect(results[0]?.path).toBe(proposal);
    expect(results[0]?.text).toContain('業務目的');
    expect(results[0]?.snippet).toContain('業務目的');
  });
});
