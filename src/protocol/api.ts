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
export const AskBody = z.object({
  question: z.string().min(1).max(2000),
  sessionId: z.string().max(64).optional(),
});
export const SearchQuery = z.object({
  q: z.string().min(1).max(2000),
  k: z.coerce.number().int().min(1).max(50).optional(),
});

export type LoginBody = z.infer<typeof LoginBody>;
export type NewUserBody = z.infer<typeof NewUserBody>;
export type ShareBody = z.infer<typeof ShareBody>;
export type AskBody = z.infer<typeof AskBody>;

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
  sharedWith: string[];
  generatedBy?: string;
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

/** Server-sent events of `POST /api/ask` with `Accept: text/event-stream`. */
export type AskStreamEvent =
  | { event: 'text-start'; data: { engine: string } }
  | { event: 'text-delta'; data: { delta: string } }
  | { event: 'citation'; data: Citation }
  | { event: 'finish'; data: Answer };
