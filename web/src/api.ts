/** The browser side of /api: JSON calls with the CSRF header, uploads, and SSE answers. */

import type {
  AdminJobs,
  AdminUsage,
  AdminUser,
  AdminUsers,
  Answer,
  CalendarWeek,
  Citation,
  ConversationDetail,
  ConversationInfo,
  ConversationScope,
  DeckThumbnails,
  FileInfo,
  LoginResponse,
  MailReplyDraft,
  MailThreadPage,
  MailThreadView,
  MeResponse,
  PageInfo,
  Preview,
  SkillProgressEvent,
  SkillResponse,
  TranscriptView,
} from '../../src/protocol/api.ts';
import { readEvents } from './sse.ts';

export type {
  AdminJobs,
  AdminUsage,
  AdminUser,
  AdminUsers,
  Answer,
  CalendarOccurrence,
  CalendarWeek,
  Citation,
  ConversationDetail,
  ConversationInfo,
  ConversationScope,
  DeckThumbnails,
  FileInfo,
  MailReplyDraft,
  MailThreadInfo,
  MailThreadPage,
  MailThreadView,
  PageInfo,
  Preview,
  SkillProgressEvent,
  TranscriptView,
} from '../../src/protocol/api.ts';

/** Where a question goes: a stored conversation and the scope to answer from. */
export type AskContext = { conversationId?: string; scope?: ConversationScope };

let csrf = '';

async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
  const headers = new Headers(init.headers);
  if (init.method && init.method !== 'GET') headers.set('x-csrf-token', csrf);
  if (init.body && typeof init.body === 'string') headers.set('content-type', 'application/json');
  const response = await fetch(path, { ...init, headers, credentials: 'same-origin' });
  const body = (await response.json().catch(() => ({}))) as T & { error?: { message: string } };
  if (!response.ok) throw new Error(body.error?.message ?? `HTTP ${response.status}`);
  return body;
}

export const api = {
  async login(user: string, password: string) {
    const result = await call<LoginResponse>('/api/session', {
      method: 'POST',
      body: JSON.stringify({ user, password }),
    });
    csrf = result.csrf;
    return result.user;
  },
  async me() {
    const result = await call<MeResponse>('/api/me');
    csrf = result.csrf;
    return result.user;
  },
  isAdmin: () => call<MeResponse>('/api/me').then((result) => result.admin),
  logout: () => call('/api/session', { method: 'DELETE' }),
  files: () => call<{ files: FileInfo[] }>('/api/files').then((result) => result.files),
  users: () =>
    call<{ users: { name: string; admin?: boolean }[] }>('/api/users').then((result) => result.users),
  addUser: (name: string, password: string, admin: boolean) =>
    call('/api/users', { method: 'POST', body: JSON.stringify({ name, password, admin }) }),
  preview: (id: string) => call<Preview>(`/api/files/${id}/preview`),
  share: (id: string, users: string[]) =>
    call<FileInfo>(`/api/files/${id}/share`, { method: 'POST', body: JSON.stringify({ users }) }),
  upload(files: File[]) {
    const form = new FormData();
    // A folder upload's files carry their path in it (webkitRelativePath): the server keeps the folder.
    for (const file of files) form.append('file', file, file.webkitRelativePath || file.name);
    return call<{ files: FileInfo[] }>('/api/files', { method: 'POST', body: form });
  },
  skill: (id: string, input: Record<string, unknown>) =>
    call<SkillResponse>(`/api/skills/${id}`, {
      method: 'POST',
      body: JSON.stringify(input),
    }),
  /** Runs a skill, reporting progress as it goes; aborting `signal` cancels the run on the server. */
  async skillWithProgress(
    id: string,
    input: Record<string, unknown>,
    onProgress: (progress: SkillProgressEvent) => void,
    signal: AbortSignal,
  ): Promise<SkillResponse> {
    const response = await fetch(`/api/skills/${id}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', 'x-csrf-token': csrf },
      body: JSON.stringify(input),
      signal,
    });
    if (!response.ok) {
      const body = (await response.json().catch(() => ({}))) as { error?: { message: string } };
      throw new Error(body.error?.message ?? `HTTP ${response.status}`);
    }
    let result: SkillResponse | undefined;
    let failure = '';
    await readEvents(response, (event, data) => {
      if (event === 'progress') onProgress(data as SkillProgressEvent);
      if (event === 'result') result = data as SkillResponse;
      if (event === 'error') failure = (data as { error?: { message: string } }).error?.message ?? 'failed';
    });
    if (failure) throw new Error(failure);
    if (!result) throw new Error('The skill stream ended early.');
    return result;
  },
  conversations: () =>
    call<{ conversations: ConversationInfo[] }>('/api/conversations').then((result) => result.conversations),
  conversation: (id: string) => call<ConversationDetail>(`/api/conversations/${id}`),
  startConversation: (scope: ConversationScope) =>
    call<ConversationInfo>('/api/conversations', { method: 'POST', body: JSON.stringify({ scope }) }),
  changeConversation: (id: string, change: { title?: string; scope?: ConversationScope }) =>
    call<ConversationInfo>(`/api/conversations/${id}`, { method: 'PATCH', body: JSON.stringify(change) }),
  deleteConversation: (id: string) => call(`/api/conversations/${id}`, { method: 'DELETE' }),
  mailThreads: (fileId: string, offset: number, limit: number) =>
    call<MailThreadPage>(`/api/mail/${fileId}/threads?offset=${offset}&limit=${limit}`),
  mailThread: (fileId: string, threadId: string) =>
    call<MailThreadView>(`/api/mail/${fileId}/threads/${encodeURIComponent(threadId)}`),
  /** Without text: a drafted reply; with the edited text: the reply stored as an .eml. */
  mailReply: (fileId: string, threadId: string, text?: string) =>
    call<MailReplyDraft>(`/api/mail/${fileId}/threads/${encodeURIComponent(threadId)}/reply`, {
      method: 'POST',
      body: JSON.stringify(text === undefined ? {} : { text }),
    }),
  calendarWeek: (from: Date, to: Date) =>
    call<CalendarWeek>(
      `/api/calendar/week?from=${encodeURIComponent(from.toISOString())}&to=${encodeURIComponent(to.toISOString())}`,
    ),
  transcript: (fileId: string) => call<TranscriptView>(`/api/transcripts/${fileId}`),
  adminUsage: (days: number) => call<AdminUsage>(`/api/admin/usage?days=${days}`),
  adminJobs: () => call<AdminJobs>('/api/admin/jobs'),
  thumbnails: (fileId: string) => call<DeckThumbnails>(`/api/files/${encodeURIComponent(fileId)}/thumbnails`),
  adminUsers: () => call<AdminUsers>('/api/admin/users'),
  setQuota: (user: string, dailyTokenQuota: number | null) =>
    call<AdminUser>(`/api/admin/users/${encodeURIComponent(user)}`, {
      method: 'PATCH',
      body: JSON.stringify({ dailyTokenQuota }),
    }),
  pages: () => call<{ pages: PageInfo[] }>('/api/pages').then((result) => result.pages),
  page: (id: string) => call<PageInfo>(`/api/pages/${id}`),
  savePage: (page: { title: string; markdown: string; citations: Citation[] }) =>
    call<PageInfo>('/api/pages', { method: 'POST', body: JSON.stringify(page) }),
  changePage: (id: string, change: { title?: string; markdown?: string }) =>
    call<PageInfo>(`/api/pages/${id}`, { method: 'PATCH', body: JSON.stringify(change) }),
  sharePage: (id: string, users: string[]) =>
    call<PageInfo>(`/api/pages/${id}/share`, { method: 'POST', body: JSON.stringify({ users }) }),
  deletePage: (id: string) => call(`/api/pages/${id}`, { method: 'DELETE' }),
  deleteFile: (id: string) => call(`/api/files/${id}`, { method: 'DELETE' }),
  /** Streams an answer: onDelta gets a model's words as they arrive; resolves with the checked answer, which replaces them. */
  async ask(question: string, onDelta: (text: string) => void, context: AskContext = {}): Promise<Answer> {
    const response = await fetch('/api/ask', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', 'x-csrf-token': csrf },
      body: JSON.stringify({ question, ...context }),
    });
    if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    let final: Answer | undefined;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let end = buffer.indexOf('\n\n');
      while (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (event === 'text-delta' && data) onDelta((JSON.parse(data) as { delta: string }).delta);
        if (event === 'finish' && data) final = JSON.parse(data) as Answer;
        if (event === 'error' && data)
          throw new Error((JSON.parse(data) as { error: { message: string } }).error.message);
        end = buffer.indexOf('\n\n');
      }
    }
    if (!final) throw new Error('The answer stream ended early.');
    return final;
  },
};
