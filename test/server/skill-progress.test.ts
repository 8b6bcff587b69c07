/**
 * Skills over server-sent events: progress while a skill runs (started, the file read), then
 * the result; and a run cancelled by closing the request keeps nothing it made.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBuiltinModel } from '../../src/models/engines/builtin/builtin-model.ts';
import { fixedModelRuntime } from '../../src/models/model-runtime.ts';
import type { FileInfo, SkillProgressEvent, SkillResponse } from '../../src/protocol/api.ts';
import { runWorkspaceSkill } from '../../src/server/workspace/skill-runner.ts';
import { findSkill } from '../../src/skills/registry.ts';
import { EXAMPLES } from '../helpers/paths.ts';
import { bearer, login, startTestServer, type TestServer, upload } from './workspace-helpers.ts';

let server: TestServer;
let token: string;
let report: string;

beforeAll(async () => {
  server = await startTestServer();
  token = (await login(server.app, 'alice')).token;
  report = await upload(
    server.app,
    token,
    'Q3 Business Review.docx',
    readFileSync(join(EXAMPLES, 'Q3 Business Review.docx')),
  );
}, 60_000);
afterAll(async () => {
  await server.close();
});

type Event = { event: string; data: unknown };

/** Reads SSE events until the stream ends or `stop` says so. */
async function readEvents(
  response: Response,
  stop: (event: Event) => boolean = () => false,
): Promise<Event[]> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const events: Event[] = [];
  let buffer = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return events;
    buffer += decoder.decode(value, { stream: true });
    for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = {
        event: /^event: (.*)$/m.exec(block)?.[1] ?? '',
        data: JSON.parse(/^data: (.*)$/m.exec(block)?.[1] ?? 'null'),
      };
      events.push(event);
      if (stop(event)) {
        await reader.cancel();
        return events;
      }
    }
  }
}

const decks = async () =>
  (
    (await (await server.app.request('/api/files', { headers: bearer(token) })).json()) as {
      files: FileInfo[];
    }
  ).files.filter((file) => file.generatedBy === 'deck');

const runDeck = (signal?: AbortSignal) =>
  server.app.request('/api/skills/deck', {
    method: 'POST',
    headers: { ...bearer(token), accept: 'text/event-stream' },
    body: JSON.stringify({ source: report }),
    ...(signal ? { signal } : {}),
  });

describe('skill progress and cancel', () => {
  it('reports progress, then the result', async () => {
    const started = Date.now();
    const response = await runDeck();
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const events = await readEvents(response);
    const progress = events
      .filter((event) => event.event === 'progress')
      .map((event) => event.data as SkillProgressEvent);
    expect(progress[0]).toMatchObject({ stage: 'started', detail: 'deck' });
    expect(progress).toContainEqual(
      expect.objectContaining({ stage: 'reading', detail: 'Q3 Business Review.docx' }),
    );
    const elapsed = progress.map((event) => event.elapsedMs);
    expect(elapsed).toEqual([...elapsed].sort((a, b) => a - b));
    const last = events.at(-1)!;
    expect(last.event).toBe('result');
    expect((last.data as SkillResponse).artifact?.name).toBe('Q3 Business Review deck.pptx');
    expect((await decks()).length).toBe(1);
    durationMs = Date.now() - started;
  });

  it('keeps nothing of a run cancelled while it works', async () => {
    const cancel = new AbortController();
    const response = await runDeck(cancel.signal);
    const events = await readEvents(response, (event) => event.event === 'progress');
    expect(events.map((event) => event.event)).toEqual(['progress']);
    cancel.abort();
    // Twice as long as a whole run took: the cancelled one has ended by then.
    await new Promise((resolve) => setTimeout(resolve, 2 * durationMs + 500));
    expect((await decks()).length).toBe(1);
    // Errors arrive as an event, not as a broken stream.
    const bad = await server.app.request('/api/skills/deck', {
      method: 'POST',
      headers: { ...bearer(token), accept: 'text/event-stream' },
      body: JSON.stringify({ source: 'no-such-file' }),
    });
    const failed = await readEvents(bad);
    expect(failed.at(-1)).toMatchObject({ event: 'error', data: { error: { code: 'not_found' } } });
  });

  it('keeps nothing of a run cancelled while its deck is being stored', async () => {
    const cancel = new AbortController();
    // The records abort the run just as they take its deck: the cancel lands mid-store.
    const db = new Proxy(server.db, {
      get(target, key, receiver) {
        if (key !== 'addFile') return Reflect.get(target, key, receiver);
        return async (...args: Parameters<typeof target.addFile>) => {
          const stored = await target.addFile(...args);
          cancel.abort();
          return stored;
        };
      },
    });
    const options = {
      db,
      index: server.index,
      dataDir: server.dataDir,
      clock: { now: () => new Date('2026-03-12T09:00:00Z') },
      runtime: fixedModelRuntime(createBuiltinModel()),
    };
    const run = await runWorkspaceSkill(
      options,
      findSkill('deck')!,
      { source: report },
      'alice',
      cancel.signal,
    );
    expect(run.success).toBe(false);
    if (!run.success) expect(run.error.code).toBe('aborted');
    expect((await decks()).length).toBe(1);
  });
});

let durationMs = 0;
