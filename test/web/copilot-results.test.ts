/**
 * What the Copilot shows under its actions: a result made for one file is put away while
 * another file is open (and shown again when that file is opened again), a run still going
 * stays whatever file is open; an analysis with neither an answer nor an insight says that
 * nothing stands out instead of showing nothing.
 */
import { describe, expect, it } from 'vitest';
import { emptyAnalysisNote } from '../../web/src/components/AnalysisView.tsx';
import { showsResult } from '../../web/src/components/CopilotSidebar.tsx';
import { strings } from '../../web/src/i18n.ts';

describe('showsResult', () => {
  it('shows a result only with the file it was made for, unless its run is still going', () => {
    const summary = { fileId: 'file-orchard-report' };
    expect(showsResult(summary, 'file-orchard-report', false)).toBe(true);
    expect(showsResult(summary, 'file-ferry-timetable', false)).toBe(false);
    expect(showsResult(summary, undefined, false)).toBe(false);
    expect(showsResult(summary, 'file-ferry-timetable', true)).toBe(true);
    expect(showsResult(undefined, 'file-orchard-report', true)).toBe(false);
  });
});

describe('emptyAnalysisNote', () => {
  it('says nothing stands out when an analysis has neither an answer nor an insight', () => {
    const en = strings('en');
    expect(emptyAnalysisNote({ tables: [], insights: [] }, en)).toMatch(/^Nothing stands out/);
    expect(emptyAnalysisNote({ insights: [{ kind: 'trend', title: 'Pears rise' }] }, en)).toBeUndefined();
    expect(emptyAnalysisNote({ insights: [], answer: { text: '42 crates' } }, en)).toBeUndefined();
    expect(emptyAnalysisNote({ insights: [] }, strings('zh'))).toContain('显著性');
  });
});
