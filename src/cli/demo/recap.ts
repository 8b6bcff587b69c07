/**
 * @module recap-demo
 * The demo's meeting section: recap the sample Teams transcript (summary, topics with times,
 * decisions, action items with owners and due dates), answer one question about it, and
 * write the recap as a Word document.
 */
import { readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeDocx } from '../../formats/docx/write-docx.ts';
import { formatSpan, recapToWordDocument } from '../../skills/recap-meeting/recap-document.ts';
import { recapMeeting } from '../../skills/recap-meeting/recap-meeting.ts';
import { readTranscript } from '../commands/recap.ts';
import type { DemoContext, DemoSection } from './demo-context.ts';

export const recapDemo: DemoSection = {
  title: 'Meeting recap (recap)',
  async run(context: DemoContext) {
    context.heading(this.title);
    const name = readdirSync(context.workspace).find((file) => file.endsWith('.vtt'));
    if (!name) {
      context.out('  (no .vtt transcript in the sample workspace)');
      return;
    }
    const transcript = await readTranscript(join(context.workspace, name));
    const query = 'What was decided about the Flow 3.2 release?';
    const recap = recapMeeting(transcript, { query, now: context.clock.now() });
    context.out(
      `  ${name}: ${transcript.turns.length} turns, ${new Set(transcript.turns.map((turn) => turn.speaker)).size} speakers.`,
    );
    context.out(`\n  Summary: ${recap.summary}`);
    context.out('\n  Topics:');
    for (const topic of recap.topics)
      context.out(`    ${formatSpan(topic.start ?? 0, topic.end ?? 0)}  ${topic.title}`);
    context.out('\n  Decisions:');
    for (const decision of recap.decisions)
      context.out(`    - ${decision.text} ${decision.citations.map((n) => `[${n}]`).join('')}`);
    context.out('\n  Action items:');
    for (const item of recap.actionItems)
      context.out(`    - ${item.owner ?? '(no owner)'}: ${item.task}${item.due ? ` (due ${item.due})` : ''}`);
    context.out(`\n  Q: ${query}\n  A: ${recap.answer}`);
    const output = join(context.outDir, 'recap.docx');
    await writeFile(output, await writeDocx(recapToWordDocument(recap), { clock: context.clock }));
    context.out(`\n  Wrote ${output} (${recap.citations.length} cited turns).`);
  },
};
