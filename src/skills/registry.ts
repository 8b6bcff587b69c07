/**
 * @module registry
 * Every skill, once: the CLI commands, the HTTP routes (`POST /api/skills/:id`), the OpenAPI
 * document and the MCP tools are all generated from this list, and metering records the
 * same ids. The one import above skills/ is `ask`, whose definition lives in chat/ (chat
 * sits above skills); this module is the seam that gathers them for the edges.
 */
import { askSkill } from '../chat/ask.skill.ts';
import { analyzeSkill } from './analyze-workbook/analyze.skill.ts';
import { deckSkill } from './build-deck/deck.skill.ts';
import { deckStyleSkill } from './build-deck/deck-style.skill.ts';
import { draftSkill } from './draft-document/draft.skill.ts';
import { mailReplySkill, mailSummarizeSkill, mailThreadsSkill, mailTriageSkill } from './mail/mail.skill.ts';
import { recapSkill } from './recap-meeting/recap.skill.ts';
import { rewriteSkill } from './rewrite-document/rewrite.skill.ts';
import { scheduleSkill } from './schedule-meeting/schedule.skill.ts';
import { searchSkill } from './search/search.skill.ts';
import type { AnySkill } from './skill.ts';
import { summarizeSkill } from './summarize-document/summarize.skill.ts';

export const SKILLS: readonly AnySkill[] = [
  searchSkill,
  askSkill,
  recapSkill,
  deckSkill,
  deckStyleSkill,
  analyzeSkill,
  draftSkill,
  summarizeSkill,
  rewriteSkill,
  mailThreadsSkill,
  mailSummarizeSkill,
  mailReplySkill,
  mailTriageSkill,
  scheduleSkill,
];

const BY_ID: ReadonlyMap<string, AnySkill> = new Map(SKILLS.map((skill) => [skill.id, skill]));

export function findSkill(id: string): AnySkill | undefined {
  return BY_ID.get(id);
}

export const SKILL_IDS: readonly string[] = SKILLS.map((skill) => skill.id);
