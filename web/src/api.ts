/** The browser side of /api: JSON calls with the CSRF header, uploads, and SSE answers. */

import type {
  Answer,
  FileInfo,
  LoginResponse,
  MeResponse,
  Preview,
  SkillResponse,
} from '../../src/protocol/api.ts';

export type { Answer, Citation, FileInfo, Preview } from '../../src/protocol/api.ts';

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
    for (const file of files) form.append('file', file, file.name);
    return call<{ files: FileInfo[] }>('/api/files', { method: 'POST', body: form });
  },
  skill: (id: string, input: Record<string, unknown>) =>
    call<SkillResponse>(`/api/skills/${id}`, {
      method: 'POST',
      body: JSON.stringify(input),
    }),
  /** Streams an answer: onDelta gets a model's words as they arrive; resolves with the checked answer, which replaces them. */
  async ask(question: string, onDelta: (text: string) => void): Promise<Answer> {
    const response = await fetch('/api/ask', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', 'x-csrf-token': csrf },
      body: JSON.stringify({ question }),
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
