/**
 * @module protocol/api
 * The contract of `/api`, shared by the server and the web app: request bodies as zod
 * schemas (the server validates with them and the OpenAPI document is generated from them)
 * and the response types. The web app imports types only (`import type`), so no runtime code
 * crosses into the browser bundle. Skill inputs are not here: each skill's schema lives with
 * the skill (`src/skills/registry.ts`).
 */
import { z } from 'zod';

export const LoginBody = z.object({ user: z.string().min(1).max(64), password: z.string().min(1).max(1024) });
export const NewUserBody = z.object({
  name: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,63}$/i),
  password: z.string().min(8).max(1024),
  admin: z.boolean().optional(),
});
export const ShareBody = z.object({ users: z.array(z.string().min(1).max(64)).max(100) });
/**
 * What an answer may draw on: all the user's work, one file, mail only, or meetings only
 * (calendar events and transcripts).
 */
export const ConversationScope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }),
  z.object({ kind: z.literal('file'), fileId: z.string().min(1).max(64) }),
  z.object({ kind: z.literal('folder'), folder: z.string().min(1).max(1000) }),
  z.object({ kind: z.literal('mail') }),
  z.object({ kind: z.literal('meetings') }),
]);
export const AskBody = z.object({
  question: z.string().min(1).max(2000),
  /** A stored conversation of the user's: follow-ups use its history and the turn is kept in it. */
  conversationId: z.string().max(64).optional(),
  /** Overrides the conversation's scope for this question (default: the conversation's, else all). */
  scope: ConversationScope.optional(),
});
export const NewConversationBody = z.object({
  title: z.string().max(200).optional(),
  scope: ConversationScope.optional(),
});
export const ConversationPatch = z
  .object({ title: z.string().min(1).max(200).optional(), scope: ConversationScope.optional() })
  .refine((body) => body.title !== undefined || body.scope !== undefined);
export const SearchQuery = z.object({
  q: z.string().min(1).max(2000),
  k: z.coerce.number().int().min(1).max(50).optional(),
});

export type LoginBody = z.infer<typeof LoginBody>;
export type NewUserBody = z.infer<typeof NewUserBody>;
export type ShareBody = z.infer<typeof ShareBody>;
export type AskBody = z.infer<typeof AskBody>;
export type ConversationScope = z.infer<typeof ConversationScope>;

export type ErrorBody = { error: { code: string; message: string; hint?: string } };

export type LoginResponse = { token: string; csrf: string; user: string; admin: boolean };
export type MeResponse = { user: string; admin: boolean; csrf: string };

export type FileInfo = {
  id: string;
  name: string;
  owner: string;
  size: number;
  contentType: string;
  uploaded: string;
  /** 'deleting' is never shown: a file being deleted is hidden from every route. */
  status: 'indexing' | 'ready' | 'error' | 'deleting';
  error?: string;
  /** What the reader skipped or guessed in a file it did index ("Event … could not be read: …"), each message once. */
  warnings?: { type: string; message: string }[];
  sharedWith: string[];
  generatedBy?: string;
  /** The folder it was uploaded into ("Reports/2026"), when it came from one. */
  folder?: string;
  downloadUrl: string;
};

export type Locator = Record<string, string | number | undefined>;

/** A citation as the API shows it: the file by id and name, never a server path. */
export type Citation = { n: number; fileId: string; name: string; quote: string; locator: Locator };

export type Answer = {
  answer: string;
  engine: string;
  kind: string;
  found: boolean;
  citations: Citation[];
  nearest: { fileId: string; name: string; title: string; snippet: string }[];
  /** Why a configured model's answer was cut or not used (the builtin answer is given instead). */
  warnings?: { type: string; message: string }[];
};

export type SearchResult = {
  fileId: string;
  name: string;
  title: string;
  type: string;
  locator: Locator;
  /** Position in the results, from 1; scores are not shown (they use statistics over every user's files). */
  rank: number;
  snippet: string;
  date?: string;
};

export type Preview = { id: string; name: string; type: string; markdown: string };

/** `POST /api/skills/:id`: the skill's output (file paths replaced by file ids) and what it made. */
export type SkillResponse = {
  skill: string;
  result: Record<string, unknown>;
  artifacts: FileInfo[];
  /** The first artifact, for clients that expect one. */
  artifact?: FileInfo;
  downloadUrl?: string;
};

/** A stored conversation as listed: newest activity first. */
export type ConversationInfo = {
  id: string;
  title: string;
  scope: ConversationScope;
  created: string;
  updated: string;
  turns: number;
};
export type ConversationTurn = { n: number; question: string; answer: Answer; at: string };
export type ConversationDetail = ConversationInfo & { history: ConversationTurn[] };

const CitationBody = z.object({
  n: z.number().int().min(1),
  fileId: z.string().max(64),
  name: z.string().max(1000),
  quote: z.string().max(5000),
  locator: z.record(z.string(), z.union([z.string(), z.number()]).optional()),
});
export const NewPageBody = z.object({
  title: z.string().min(1).max(200),
  markdown: z.string().max(200_000),
  citations: z.array(CitationBody).max(200).optional(),
});
export const PagePatch = z
  .object({ title: z.string().min(1).max(200).optional(), markdown: z.string().max(200_000).optional() })
  .refine((body) => body.title !== undefined || body.markdown !== undefined);

/** A saved page: Markdown whose `[n]` markers are its citations. */
export type PageInfo = {
  id: string;
  owner: string;
  title: string;
  markdown: string;
  citations: Citation[];
  sharedWith: string[];
  created: string;
  updated: string;
  docxUrl: string;
};

/** Model usage for administrators: totals per user and per day since `since`. */
export type UsageTotals = {
  key: string;
  calls: number;
  failures: number;
  inputTokens: number;
  outputTokens: number;
  latencyMs: number;
  cost: number;
};
export type AdminUsage = { metered: boolean; since: string; byUser: UsageTotals[]; byDay: UsageTotals[] };
export type AdminJob = {
  id: string;
  fileId: string;
  name?: string;
  owner?: string;
  status: string;
  attempts: number;
  error?: string;
};
/** A deck's slide thumbnails: the rendering job's status ('none': never queued) and, once done, one PNG URL per slide. */
export type DeckThumbnails = {
  status: 'none' | 'queued' | 'running' | 'done' | 'failed';
  error?: string;
  urls: string[];
};
/** A user as administrators see them: their daily token quota (absent: none) and tokens used today (UTC). */
export type AdminUser = { name: string; admin: boolean; dailyTokenQuota?: number; usedToday: number };
export type AdminUsers = { metered: boolean; day: string; users: AdminUser[] };
export const QuotaBody = z.object({
  /** Tokens in and out per UTC day; null lifts the quota. */
  dailyTokenQuota: z.number().int().min(0).max(1e12).nullable(),
});
export type QuotaBody = z.infer<typeof QuotaBody>;
export type AdminJobs = { jobs: AdminJob[]; counts: Record<string, number> };

export const MailPageQuery = z.object({
  offset: z.coerce.number().int().min(0).max(100_000).optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
});
export const MailReplyBody = z.object({
  /** The reply's text as the user edited it; without it the draft is made and not stored. */
  text: z.string().max(100_000).optional(),
  all: z.boolean().optional(),
});
export type MailReplyBody = z.infer<typeof MailReplyBody>;

/** A thread in a mailbox's list: newest first, with its triage label. */
export type MailThreadInfo = {
  id: string;
  subject: string;
  /** For a thread with no subject, its opening words: what tells such threads apart in a list. */
  opening?: string;
  participants: string[];
  /** The last message's date (ISO 8601), when known. */
  date?: string;
  count: number;
  label: 'needs-reply' | 'waiting-on-others' | 'fyi' | 'newsletter';
  needsReply: boolean;
};
export type MailThreadPage = { total: number; offset: number; limit: number; threads: MailThreadInfo[] };
export type MailMessageView = {
  messageId: string;
  from: string;
  to: string[];
  date?: string;
  subject: string;
  text: string;
  /** Earlier mail quoted below the new text: shown folded, unless the message has no text of its own. */
  quoted?: string;
  signature?: string;
};
export type MailThreadView = MailThreadInfo & {
  reasons: string[];
  deadlines: { text: string; date: string }[];
  messages: MailMessageView[];
};
/** A drafted reply; `file` is set once the (edited) reply is stored as an .eml. */
export type MailReplyDraft = {
  subject: string;
  to: string[];
  cc: string[];
  text: string;
  placeholders: number;
  file?: FileInfo;
};

/**
 * Server-sent events of `POST /api/skills/:id` with `Accept: text/event-stream`: progress while
 * the skill runs (started, each file read, notes, and every second the time so far), then the
 * result or the error. Closing the stream cancels the run; what it made is then not kept.
 */
export type SkillProgressEvent = {
  stage: 'started' | 'reading' | 'note' | 'working';
  elapsedMs: number;
  detail?: string;
};
export type SkillStreamEvent =
  | { event: 'progress'; data: SkillProgressEvent }
  | { event: 'result'; data: SkillResponse }
  | { event: 'error'; data: ErrorBody };

/** Server-sent events of `POST /api/ask` with `Accept: text/event-stream`. */
export type AskStreamEvent =
  | { event: 'text-start'; data: { engine: string } }
  /** A model's words as it writes them (unchecked), or the builtin answer sentence by sentence. */
  | { event: 'text-delta'; data: { delta: string } }
  | { event: 'text-end'; data: Record<string, never> }
  | { event: 'citation'; data: Citation }
  /** The checked answer: it replaces the text streamed before it. */
  | { event: 'finish'; data: Answer }
  | { event: 'error'; data: ErrorBody };

/** `GET /api/calendar/week?from=ISO&to=ISO`: at most 14 days, as the browser's own week. */
export const CalendarWeekQuery = z.object({
  from: z.string().datetime({ offset: true }),
  to: z.string().datetime({ offset: true }),
});
/** One held occurrence of an event in the range asked about (a recurring one expanded). */
export type CalendarOccurrence = {
  fileId: string;
  calendar: string;
  uid: string;
  summary: string;
  /** ISO 8601 in UTC for timed events; a plain date for all-day ones. */
  start: string;
  end: string;
  allDay: boolean;
  location?: string;
  recurring: boolean;
};
export type CalendarWeek = {
  from: string;
  to: string;
  calendars: { id: string; name: string }[];
  events: CalendarOccurrence[];
  /** Calendars that could not be read, by name, with the error code. */
  unreadable: { name: string; error: string }[];
};

/** `GET /api/transcripts/:fileId`: a transcript the user may read, as its turns. */
export type TranscriptView = {
  id: string;
  name: string;
  title?: string;
  date?: string;
  turns: { index: number; speaker: string; start?: number; end?: number; text: string }[];
};
