/**
 * Finding 1 (a compressible document stops the server; a calendar with an endless DURATION
 * stops `convert` and `index`) and the low-severity workbook finding (one cell at A1048576
 * crashes preview and costs 170 MB).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeMarkdown } from '../../src/formats/markdown/write-markdown.ts';
import { readBuffer } from '../../src/formats/read-file.ts';
import { chunkFile } from '../../src/index/chunk-file.ts';
import { indexPaths } from '../../src/index/index-paths.ts';
import { openIsolatedReader } from '../../src/index/isolated-reader.ts';
import { openIndex } from '../../src/index/open-index.ts';
import { CORPUS } from '../helpers/paths.ts';
import { login, startTestServer } from '../server/workspace-helpers.ts';
import { compressibleDocx, HUGE_DURATION_ICS, oneCellWorkbook } from './hostile-files.ts';

let folder: string;
let docx: Buffer;
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'officemate-budgets-'));
  docx = compressibleDocx();
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

describe('a calendar with DURATION:P999999999999999999W', () => {
  it('fails fast with file_too_complex', async () => {
    const { value, ms } = await timed(() => readBuffer('endless.ics', Buffer.from(HUGE_DURATION_ICS)));
    expect(value.success).toBe(false);
    if (!value.success) {
      expect(value.error.code).toBe('file_too_complex');
      expect(value.error.message).toContain('endless.ics');
    }
    expect(ms).toBeLessThan(2000);
  });

  it('is reported by an index run, which goes on with the other files', async () => {
    const dir = join(folder, 'calendar-run');
    await import('node:fs/promises').then((fs) => fs.mkdir(dir, { recursive: true }));
    writeFileSync(join(dir, 'a-endless.ics'), HUGE_DURATION_ICS);
    await copyFile(join(CORPUS, 'office', 'docx', 'tika_testWORD.docx'), join(dir, 'b-report.docx'));
    const index = await openIndex(join(folder, 'calendar-run.db'));
    const summary = await indexPaths(index, [dir]);
    await index.close();
    expect(summary.errors.map((error) => [error.path.endsWith('a-endless.ics'), error.code])).toEqual([
      [true, 'file_too_complex'],
    ]);
    expect(summary.files).toBe(1);
  });
});

describe('a workbook with one cell at A1048576', () => {
  it('previews and chunks without crashing, at a bounded memory cost', async () => {
    const bytes = oneCellWorkbook();
    expect(bytes.length).toBeLessThan(2048);
    globalThis.gc?.();
    const before = process.memoryUsage().heapUsed;
    const result = await readBuffer('last-row.xlsx', bytes);
    if (!result.success) throw new Error(result.error.message);
    const markdown = writeMarkdown(result.data);
    const chunks = chunkFile(result.data, '/data/last-row.xlsx');
    const grown = process.memoryUsage().heapUsed - before;
    expect(markdown).toContain('Sheet1');
    expect(chunks.some((chunk) => chunk.text.includes('42'))).toBe(true);
    // The old reader and chunker cost about 170 MB here (a million row arrays, twice).
    expect(grown).toBeLessThan(64 * 1024 * 1024);
  });
});

describe('a compressible .docx (document.xml ~95 MiB of one word)', () => {
  it('passes the zip limits, and is refused quickly as file_too_complex', async () => {
    expect(docx.length).toBeLessThan(2 * 1024 * 1024);
    const { value, ms } = await timed(() => readBuffer('compressible.docx', docx));
    expect(value.success).toBe(false);
    if (!value.success) expect(value.error.code).toBe('file_too_complex');
    expect(ms).toBeLessThan(10_000);
  });

  it('is stopped by the worker time limit even when the per-part budget is raised', async () => {
    const reader = openIsolatedReader({ xmlTags: Number.MAX_SAFE_INTEGER, wallMs: 1500 });
    const value = await reader.chunk('/data/compressible.docx', docx, { now: new Date() });
    expect(value.success).toBe(false);
    if (!value.success) {
      expect(value.error.code).toBe('file_too_complex');
      expect(value.error.message).toMatch(/took over 1.5 s|needed over/);
    }
    // The next file gets a fresh worker.
    const next = await reader.chunk('/data/notes.md', Buffer.from('# Notes\n\nThe budget is fine.'), {
      now: new Date(),
    });
    expect(next.success && next.data.length).toBeGreaterThan(0);
    await reader.close();
  });

  it('is stopped by the worker heap limit', async () => {
    const reader = openIsolatedReader({ xmlTags: Number.MAX_SAFE_INTEGER, memoryMb: 96, wallMs: 30_000 });
    const result = await reader.chunk('/data/compressible.docx', docx, { now: new Date() });
    await reader.close();
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.message).toMatch(/needed over 96 MiB|stopped/);
  });

  it('keeps /health under 200 ms while the server indexes it', async () => {
    const server = await startTestServer();
    try {
      const { token } = await login(server.app, 'alice');
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(docx)]), 'compressible.docx');
      const uploaded = await server.app.request('/api/files', {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
        body: form,
      });
      expect(uploaded.status).toBe(201);
      const id = ((await uploaded.json()) as { files: { id: string }[] }).files[0]?.id;
      const latencies: number[] = [];
      let status = 'indexing';
      let error = '';
      for (let i = 0; i < 400 && status === 'indexing'; i++) {
        const { ms } = await timed(async () => server.app.request('/health'));
        latencies.push(ms);
        const file = (await (
          await server.app.request(`/api/files/${id}`, { headers: { authorization: `Bearer ${token}` } })
        ).json()) as { status: string; error?: string };
        status = file.status;
        error = file.error ?? '';
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      expect(status).toBe('error');
      expect(error).toContain('too complex');
      expect(latencies.length).toBeGreaterThan(0);
      expect(Math.max(...latencies)).toBeLessThan(200);
      const preview = await server.app.request(`/api/files/${id}/preview`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(preview.status).toBe(422);
    } finally {
      await server.close();
    }
  });
});
