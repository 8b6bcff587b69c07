/**
 * @module mail-and-word
 * Demo section: triage the inbox, summarize the busiest thread, propose a meeting time from
 * the calendar, and draft a memo from the workspace with cited sources.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeDocx } from '../../formats/docx/write-docx.ts';
import { readFile } from '../../formats/read-file.ts';
import { createBuiltinModel } from '../../models/index.ts';
import { draftDocument, type Reference } from '../../skills/draft-document/draft-document.ts';
import { loadMail } from '../../skills/mail/load-mail.ts';
import { buildThreads } from '../../skills/mail/mail-thread.ts';
import { summarizeThread } from '../../skills/mail/summarize-thread.ts';
import { triageThreads } from '../../skills/mail/triage.ts';
import { findFreeSlots } from '../../skills/schedule-meeting/find-free-slots.ts';
import { calendarTimeZone } from '../../skills/schedule-meeting/match-calendars.ts';
import { slotLine } from '../commands/mail-schedule.ts';
import type { DemoSection } from './demo-context.ts';

export const mailAndWordDemo: DemoSection = {
  title: 'Outlook and Word',
  async run(demo) {
    demo.heading('Outlook: triage, thread summary, meeting time');
    const now = demo.clock.now();
    const { messages } = await loadMail([join(demo.workspace, 'Inbox.mbox')]);
    const threads = buildThreads(messages);
    const triaged = triageThreads(threads, { me: ['maya.chen@northwind.example'], now });
    demo.out(`${threads.length} threads in Inbox.mbox. Top of the triage for Maya:`);
    for (const item of triaged.slice(0, 4))
      demo.out(`  [${item.label}] ${item.subject} (priority ${item.priority}: ${item.reasons[0]})`);
    const busiest = [...threads].sort((a, b) => b.messages.length - a.messages.length)[0];
    if (busiest) {
      const summary = summarizeThread(busiest);
      demo.out(`\nSummary of "${busiest.subject}" (${busiest.messages.length} messages):`);
      demo.out(`  ${summary.summary}`);
    }
    const calendar = await readFile(join(demo.workspace, 'Calendar.ics'), { now });
    if (calendar.success && calendar.data.type === 'calendar') {
      const timeZone = calendarTimeZone(calendar.data) ?? 'UTC';
      const slots = findFreeSlots(
        [{ attendee: 'maya.chen@northwind.example', timeZone, events: calendar.data.events }],
        {
          durationMinutes: 45,
          window: { start: now, end: new Date(now.getTime() + 5 * 86_400_000) },
          limit: 3,
        },
      );
      demo.out(
        // On the calendar's own clock, as `mail schedule` prints them, never as UTC under a zone's name.
        `\nFree 45-minute slots in Maya's calendar (${timeZone}): ${slots.map((slot) => slotLine(slot, timeZone)).join('; ')}`,
      );
    }

    demo.heading('Word: a memo drafted from the workspace');
    const references: Reference[] = [];
    for (const name of ['Q3 Business Review.docx', 'Inbox.mbox']) {
      const result = await readFile(join(demo.workspace, name), { now });
      if (result.success) references.push({ path: join(demo.workspace, name), parsed: result.data });
    }
    const draft = await draftDocument(
      {
        prompt: 'memo to the leadership team about the Q3 travel budget',
        references,
        now,
        author: 'Maya Chen',
      },
      createBuiltinModel(),
    );
    const out = join(demo.outDir, 'travel-budget-memo.docx');
    await writeFile(out, await writeDocx(draft.document, { clock: demo.clock }));
    demo.out(
      `Wrote ${out}: ${draft.sections.length} sections, ${draft.citations.length} footnoted sources (engine: ${draft.engine}).`,
    );
    const purpose = draft.document.blocks.find(
      (block) => block.kind === 'paragraph' && block.runs?.[0]?.footnote,
    );
    if (purpose && purpose.kind === 'paragraph' && purpose.runs)
      demo.out(`  Purpose: ${purpose.runs[0]!.text}`);
  },
};
