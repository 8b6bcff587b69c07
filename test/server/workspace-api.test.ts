import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from '../../src/formats/read-file.ts';
import { fixedClock } from '../../src/lib/clock.ts';
import { storeFile } from '../../src/server/workspace/file-store.ts';
import { EXAMPLES } from '../helpers/paths.ts';
import { bearer, login, startTestServer, type TestServer, upload } from './workspace-helpers.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

describe('sessions', () => {
  it('rejects wrong passwords, then rate-limits repeated failures', async () => {
    const attempt = () =>
      server.app.request('/api/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ user: 'carol', password: 'wrong-password' }),
      });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await attempt()).status);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses[5]).toBe(429);
  });

  it('requires a session on every route, and the CSRF header on cookie writes', async () => {
    expect((await server.app.request('/api/files')).status).toBe(401);
    expect((await server.app.request('/api/search?q=x')).status).toBe(401);
    const { cookie, csrf } = await login(server.app, 'bob');
    expect((await server.app.request('/api/files', { headers: { cookie } })).status).toBe(200);
    const noCsrf = await server.app.request('/api/ask', {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ question: 'hello?' }),
    });
    expect(noCsrf.status).toBe(403);
    const withCsrf = await server.app.request('/api/ask', {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
      body: JSON.stringify({ question: 'hello?' }),
    });
    expect(withCsrf.status).toBe(200);
  });

  it('lets administrators, and only them, add users', async () => {
    const alice = await login(server.app, 'alice');
    const bob = await login(server.app, 'bob');
    const body = JSON.stringify({ name: 'dana', password: 'dana-password-4444' });
    expect(
      (await server.app.request('/api/users', { method: 'POST', headers: bearer(bob.token), body })).status,
    ).toBe(403);
    expect(
      (await server.app.request('/api/users', { method: 'POST', headers: bearer(alice.token), body })).status,
    ).toBe(201);
    expect(
      (await server.app.request('/api/users', { method: 'POST', headers: bearer(alice.token), body })).status,
    ).toBe(409);
    const weak = JSON.stringify({ name: 'eve', password: 'short' });
    expect(
      (await server.app.request('/api/users', { method: 'POST', headers: bearer(alice.token), body: weak }))
        .status,
    ).toBe(400);
    const signIn = await server.app.request('/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: 'dana', password: 'dana-password-4444' }),
    });
    expect(signIn.status).toBe(200);
  });

  it('sets an httpOnly SameSite cookie', async () => {
    const response = await server.app.request('/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: 'bob', password: 'bob-password-22' }),
    });
    expect(response.headers.get('set-cookie')).toMatch(/HttpOnly/i);
    expect(response.headers.get('set-cookie')).toMatch(/SameSite=Strict/i);
  });
});

describe('uploads, search, answers and skills', () => {
  it('keeps the original name, sniffs content and refuses unreadable or traversing uploads safely', async () => {
    const { token } = await login(server.app, 'alice');
    const id = await upload(
      server.app,
      token,
      '../../etc/Quarterly notes.md',
      '# Notes\n\nThe zephyrine budget was approved.\n',
    );
    const file = (await (
      await server.app.request(`/api/files/${id}`, { headers: bearer(token) })
    ).json()) as { name: string };
    expect(file.name).toBe('Quarterly notes.md');
    const stored = (await server.db.getFile(id))!;
    expect(stored.path.startsWith(server.dataDir)).toBe(true);
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array([0, 1, 2, 3, 255, 254, 0, 7])]), 'binary.docx');
    expect(
      (
        await server.app.request('/api/files', {
          method: 'POST',
          headers: { authorization: `Bearer ${token}` },
          body: form,
        })
      ).status,
    ).toBe(415);
    const download = await server.app.request(`/api/files/${id}/download`, { headers: bearer(token) });
    expect(download.headers.get('content-disposition')).toContain(encodeURIComponent('Quarterly notes.md'));
    expect(await download.text()).toContain('zephyrine');
  });

  it('stores and serves the detected type when the client sends none or a generic one, and keeps a specific one', async () => {
    const { token } = await login(server.app, 'alice');
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Quillmere//Rota//EN',
      'BEGIN:VEVENT',
      'UID:lantern-7@quillmere.example',
      'DTSTART:20260318T170000Z',
      'DTEND:20260318T180000Z',
      'SUMMARY:Lantern guild rehearsal',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    const vtt =
      'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Orsolya Brant>The ferry timetable moves to spring hours.\n';
    const sent = async (name: string, content: string, type: string) => {
      const form = new FormData();
      form.append('file', new Blob([content], type ? { type } : {}), name);
      const response = await server.app.request('/api/files', {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
        body: form,
      });
      expect(response.status).toBe(201);
      const id = ((await response.json()) as { files: { id: string; contentType: string }[] }).files[0]!;
      const download = await server.app.request(`/api/files/${id.id}/download`, { headers: bearer(token) });
      return { listed: id.contentType, served: download.headers.get('content-type') };
    };
    expect(await sent('rota.ics', ics, '')).toEqual({ listed: 'text/calendar', served: 'text/calendar' });
    expect(await sent('ferry.vtt', vtt, 'application/octet-stream')).toEqual({
      listed: 'text/vtt',
      served: 'text/vtt',
    });
    expect(await sent('notes.md', '# Tide tables\n\nLow water at noon.\n', 'text/x-markdown')).toEqual({
      listed: 'text/x-markdown',
      served: 'text/x-markdown',
    });
    // A record kept as octet-stream before types were detected is served under its detected type.
    const older = await storeFile(
      { db: server.db, dataDir: server.dataDir, clock: fixedClock('2026-03-12T09:00:00Z') },
      {
        owner: 'alice',
        name: 'rota-old.ics',
        bytes: Buffer.from(ics),
        contentType: 'application/octet-stream',
      },
    );
    const download = await server.app.request(`/api/files/${older.id}/download`, { headers: bearer(token) });
    expect(download.headers.get('content-type')).toBe('text/calendar');
  });

  it('answers from an uploaded report with citations that name the file, over JSON and SSE', async () => {
    const { token } = await login(server.app, 'alice');
    const id = await upload(
      server.app,
      token,
      'Q3 Business Review.docx',
      readFileSync(join(EXAMPLES, 'Q3 Business Review.docx')),
    );
    const search = (await (
      await server.app.request('/api/search?q=travel%20budget', { headers: bearer(token) })
    ).json()) as { results: { fileId: string; name: string }[] };
    expect(
      search.results.some((result) => result.fileId === id && result.name === 'Q3 Business Review.docx'),
    ).toBe(true);
    expect(JSON.stringify(search)).not.toContain(server.dataDir);
    const ask = await server.app.request('/api/ask', {
      method: 'POST',
      headers: bearer(token),
      body: JSON.stringify({ question: 'What happened to the travel budget?' }),
    });
    const answer = (await ask.json()) as {
      answer: string;
      engine: string;
      citations: { fileId: string; name: string; quote: string }[];
    };
    expect(answer.engine).toBe('builtin');
    expect(answer.citations.length).toBeGreaterThan(0);
    expect(answer.citations[0]?.name).toBeTruthy();
    const stream = await server.app.request('/api/ask', {
      method: 'POST',
      headers: { ...bearer(token), accept: 'text/event-stream' },
      body: JSON.stringify({ question: 'What happened to the travel budget?' }),
    });
    expect(stream.headers.get('content-type')).toContain('text/event-stream');
    const events = await stream.text();
    expect(events).toContain('event: text-delta');
    expect(events).toContain('event: citation');
    expect(events).toContain('event: finish');
  });

  it('builds a deck from an upload, lists it as a generated file and serves it for download', async () => {
    const { token } = await login(server.app, 'alice');
    const files = (await (await server.app.request('/api/files', { headers: bearer(token) })).json()) as {
      files: { id: string; name: string }[];
    };
    const report = files.files.find((file) => file.name === 'Q3 Business Review.docx')!;
    const response = await server.app.request('/api/skills/deck', {
      method: 'POST',
      headers: bearer(token),
      body: JSON.stringify({ source: report.id, slides: 8 }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      downloadUrl: string;
      artifact: { name: string };
      result: { slides: number };
    };
    expect(body.artifact.name).toBe('Q3 Business Review deck.pptx');
    const bytes = Buffer.from(
      await (await server.app.request(body.downloadUrl, { headers: bearer(token) })).arrayBuffer(),
    );
    const path = join(mkdtempSync(join(tmpdir(), 'officemate-deck-')), 'deck.pptx');
    writeFileSync(path, bytes);
    const deck = await readFile(path);
    expect(deck.success && deck.data.type === 'presentation' && deck.data.slides.length).toBe(
      body.result.slides,
    );
    expect(JSON.stringify(body)).not.toContain(server.dataDir);
  });

  it('serves the OpenAPI document', async () => {
    const { token } = await login(server.app, 'bob');
    const document = (await (
      await server.app.request('/api/openapi.json', { headers: bearer(token) })
    ).json()) as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/api/session', '/api/files', '/api/search', '/api/ask', '/api/skills/deck']),
    );
  });
});
