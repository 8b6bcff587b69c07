import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../lib/clock.ts';
import type { LanguageModel } from '../../models/index.ts';
import { createScriptedLanguageModel } from '../../models/testing/scripted-language-model.ts';
import { rewriteSkill } from '../rewrite-document/rewrite.skill.ts';
import { runSkill, type SkillContext } from '../skill.ts';
import { summarizeSkill } from './summarize.skill.ts';

function contextWith(model: LanguageModel): SkillContext {
  return {
    model,
    index: async () => {
      throw new Error('summarize and rewrite never open the index');
    },
    clock: fixedClock('2026-03-12T09:00:00Z'),
    user: 'maya',
    signal: new AbortController().signal,
    readSource: async (ref) => ({ path: ref, name: basename(ref) }),
    log: () => {},
  };
}

const MEMO = [
  '# Travel budget',
  '',
  'On 12 March 2026 Maya Chen told the Berlin team that the Q3 travel budget of €48,000 would be cut by 10%.',
  '',
  'Omar Haddad will review every request above €1,500 before it is booked.',
  '',
].join('\n');

describe('summarize and rewrite as skills, with the context’s model', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'officemate-skill-')), 'travel.md');
  writeFileSync(path, MEMO);

  it('summarize uses the model, dated by the context’s clock, and reports engine and warnings', async () => {
    const model = createScriptedLanguageModel({
      replies: [
        {
          json: {
            sentences: [
              { text: 'Maya Chen cut the Berlin team’s Q3 travel budget of €48,000 by 10%.', sources: [1] },
              { text: 'Omar Haddad reviews requests above €1,500.', sources: [5] },
            ],
            no_answer: false,
          },
        },
      ],
    });
    const result = await runSkill(summarizeSkill, { source: path }, contextWith(model));
    if (!result.success) throw new Error(result.error.message);
    expect(model.calls[0]?.messages[0]?.content).toContain('Today is Thursday, 12 March 2026.');
    expect(result.data.data).toMatchObject({ engine: 'mock', sentences: [{ citations: [1] }] });
    expect(result.warnings).toEqual([
      {
        type: 'lossy',
        message: "1 of the model's 2 sentences was dropped: not supported by the passages it cites.",
      },
    ]);
    expect(summarizeSkill.output.safeParse(result.data.data).success).toBe(true);
  });

  it('rewrite reports the engine of each paragraph and why one fell back', async () => {
    const model = createScriptedLanguageModel({
      replies: [
        { json: { text: 'Maya Chen cut the travel budget by 10%.' } },
        { json: { text: 'Omar Haddad reviews every request above €1,500 first.' } },
      ],
    });
    const result = await runSkill(rewriteSkill, { source: path, style: 'shorter' }, contextWith(model));
    if (!result.success) throw new Error(result.error.message);
    expect(result.data.data).toMatchObject({
      engine: 'mock',
      paragraphs: [
        { engine: 'builtin', changed: false },
        { engine: 'mock', changed: true },
      ],
    });
    expect(result.warnings[0]?.message).toMatch(/the model's rewrite dropped "12", "2026", "48000"/);
    expect(rewriteSkill.output.safeParse(result.data.data).success).toBe(true);
    expect(result.data.artifacts[0]?.name).toBe('travel shorter.docx');
  });
});
