/**
 * Pages over the API: an answer saved with its citations, edited by its owner, shared with a
 * named user who may read but not change it, hidden from everyone else, and exported as a
 * .docx with the citations as footnotes, which our reader and LibreOffice open.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from '../../src/formats/read-file.ts';
import { convertWithLibreOffice, findLibreOffice, pdfPageCount } from '../../src/lib/libreoffice.ts';
import type { Answer, PageInfo } from '../../src/protocol/api.ts';
import { bearer, login, startTestServer, type TestServer, upload } from './workspace-helpers.ts';

let server: TestServer;
const tokens: Record<string, string> = {};

const PLAN = `# Harborline migration plan

Priya Raman owns the Harborline migration and reports to the steering group every Friday.

The Harborline cut-over is due on 30 April, after the load tests pass.
`;

async function call<T>(user: string, path: string, init: { method?: string; body?: unknown } = {}) {
  const response = await server.app.request(path, {
    method: init.method ?? 'GET',
    headers: bearer(tokens[user]!),
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
  return { status: response.status, body: (await response.json()) as T };
}

beforeAll(async () => {
  server = await startTestServer();
  for (const user of ['alice', 'bob', 'carol']) tokens[user] = (await login(server.app, user)).token;
  await upload(server.app, tokens.alice!, 'harborline plan.md', PLAN);
});
afterAll(async () => {
  await server.close();
});

describe('pages', () => {
  it('saves an answer with its citations, edits it, shares it read-only, and hides it from others', async () => {
    const answer = (
      await call<Answer>('alice', '/api/ask', {
        method: 'POST',
        body: { question: 'Who owns the Harborline migration?' },
      })
    ).body;
    expect(answer.citations.length).toBeGreaterThan(0);
    const saved = await call<PageInfo>('alice', '/api/pages', {
      method: 'POST',
      body: { title: 'Harborline owner', markdown: answer.answer, citations: answer.citations },
    });
    expect(saved.status).toBe(201);
    const id = saved.body.id;
    expect(saved.body.citations).toEqual(answer.citations);

    const edited = await call<PageInfo>('alice', `/api/pages/${id}`, {
      method: 'PATCH',
      body: { markdown: `${answer.answer}\n\n- Next step: confirm the cut-over date.` },
    });
    expect(edited.body.markdown).toContain('Next step');

    for (const user of ['bob', 'carol']) {
      expect((await call<{ pages: PageInfo[] }>(user, '/api/pages')).body.pages).toEqual([]);
      expect((await call(user, `/api/pages/${id}`)).status).toBe(404);
      expect((await call(user, `/api/pages/${id}/docx`)).status).toBe(404);
      expect((await call(user, `/api/pages/${id}`, { method: 'PATCH', body: { title: 'x' } })).status).toBe(
        404,
      );
    }
    expect(
      (await call('alice', `/api/pages/${id}/share`, { method: 'POST', body: { users: ['nobody'] } })).status,
    ).toBe(404);
    const shared = await call<PageInfo>('alice', `/api/pages/${id}/share`, {
      method: 'POST',
      body: { users: ['bob'] },
    });
    expect(shared.body.sharedWith).toEqual(['bob']);

    expect(
      (await call<{ pages: PageInfo[] }>('bob', '/api/pages')).body.pages.map((page) => page.id),
    ).toEqual([id]);
    expect((await call<PageInfo>('bob', `/api/pages/${id}`)).body.markdown).toContain('Next step');
    expect((await call('bob', `/api/pages/${id}`, { method: 'PATCH', body: { title: 'mine' } })).status).toBe(
      403,
    );
    expect(
      (await call('bob', `/api/pages/${id}/share`, { method: 'POST', body: { users: ['carol'] } })).status,
    ).toBe(403);
    expect((await call('bob', `/api/pages/${id}`, { method: 'DELETE' })).status).toBe(403);
    expect((await call('carol', `/api/pages/${id}`)).status).toBe(404);

    expect((await call('alice', `/api/pages/${id}`, { method: 'DELETE' })).status).toBe(200);
    expect((await call('bob', `/api/pages/${id}`)).status).toBe(404);
  });

  it('exports a page as a .docx with its citations as footnotes, which LibreOffice opens', async () => {
    const answer = (
      await call<Answer>('alice', '/api/ask', {
        method: 'POST',
        body: { question: 'When is the Harborline cut-over due?' },
      })
    ).body;
    const page = (
      await call<PageInfo>('alice', '/api/pages', {
        method: 'POST',
        body: {
          title: 'Cut-over date',
          markdown: `## Answer\n\n${answer.answer}`,
          citations: answer.citations,
        },
      })
    ).body;
    const response = await server.app.request(page.docxUrl, { headers: bearer(tokens.alice!) });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('Cut-over%20date.docx');
    const folder = mkdtempSync(join(tmpdir(), 'officemate-page-'));
    const path = join(folder, 'page.docx');
    writeFileSync(path, Buffer.from(await response.arrayBuffer()));
    const read = await readFile(path);
    if (!read.success || read.data.type !== 'document') throw new Error('not a document');
    const text = JSON.stringify(read.data);
    expect(text).toContain('Cut-over date');
    expect(text).not.toMatch(/\[\d+\]/);
    // The footnote names the cited file and quotes it.
    expect(text).toContain('harborline plan.md: “');
    if (!findLibreOffice()) throw new Error('LibreOffice is not installed: run `npm run setup`.');
    const pdf = await convertWithLibreOffice(path, { to: 'pdf', outDir: folder });
    expect(await pdfPageCount(pdf)).toBeGreaterThan(0);
  }, 240_000);
});
