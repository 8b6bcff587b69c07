/**
 * A deck made through the API gets slide thumbnails rendered in a job (LibreOffice, then
 * pdftoppm): one PNG per slide, served to those who may read the deck and to no one else,
 * kept in the workspace records (no copy on the instance's disk) and removed with the deck.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeckThumbnails } from '../../src/protocol/api.ts';
import { EXAMPLES } from '../helpers/paths.ts';
import { bearer, login, startTestServer, type TestServer, upload } from './workspace-helpers.ts';

let server: TestServer;
let alice: string;
let bob: string;

beforeAll(async () => {
  server = await startTestServer();
  alice = (await login(server.app, 'alice')).token;
  bob = (await login(server.app, 'bob')).token;
}, 60_000);
afterAll(async () => {
  await server?.close();
});

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('deck thumbnails', () => {
  it('renders one PNG per slide in a job after the deck is made, for readers of the deck only', async () => {
    const source = await upload(
      server.app,
      alice,
      'Q3 Business Review.docx',
      readFileSync(join(EXAMPLES, 'Q3 Business Review.docx')),
    );
    const made = await server.app.request('/api/skills/deck', {
      method: 'POST',
      headers: bearer(alice),
      body: JSON.stringify({ source, slides: 6 }),
    });
    expect(made.status).toBe(200);
    const body = (await made.json()) as { artifact: { id: string }; result: { slides: number } };
    const deck = body.artifact.id;
    expect(body.result.slides).toBeGreaterThan(1);

    let thumbnails: DeckThumbnails | undefined;
    for (let tries = 0; tries < 240; tries++) {
      const response = await server.app.request(`/api/files/${deck}/thumbnails`, { headers: bearer(alice) });
      expect(response.status).toBe(200);
      thumbnails = (await response.json()) as DeckThumbnails;
      if (thumbnails.status === 'done' || thumbnails.status === 'failed') break;
      expect(['queued', 'running']).toContain(thumbnails.status);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(thumbnails?.error).toBeUndefined();
    expect(thumbnails?.status).toBe('done');
    expect(thumbnails?.urls).toHaveLength(body.result.slides);
    for (const url of thumbnails!.urls) {
      const image = await server.app.request(url, { headers: bearer(alice) });
      expect(image.status).toBe(200);
      expect(image.headers.get('content-type')).toBe('image/png');
      const bytes = Buffer.from(await image.arrayBuffer());
      expect(bytes.subarray(0, 8)).toEqual(PNG);
      // 480 pixels wide (the IHDR width), taller than nothing.
      expect(bytes.readUInt32BE(16)).toBe(480);
      expect(bytes.readUInt32BE(20)).toBeGreaterThan(100);
    }
    const beyond = `/api/files/${deck}/thumbnails/${body.result.slides + 1}`;
    expect((await server.app.request(beyond, { headers: bearer(alice) })).status).toBe(404);

    // Bob may not read alice's deck, so he sees no thumbnails of it.
    expect((await server.app.request(`/api/files/${deck}/thumbnails`, { headers: bearer(bob) })).status).toBe(
      404,
    );
    expect((await server.app.request(thumbnails!.urls[0]!, { headers: bearer(bob) })).status).toBe(404);
    // A file that is not a deck has none.
    expect(
      (await server.app.request(`/api/files/${source}/thumbnails`, { headers: bearer(alice) })).status,
    ).toBe(404);

    // The PNGs live in the records, not in the instance's data folder.
    expect(await server.db.thumbnails.count(deck)).toBe(body.result.slides);
    expect(existsSync(join(server.dataDir, 'thumbnails'))).toBe(false);
    expect(
      (await server.app.request(`/api/files/${deck}`, { method: 'DELETE', headers: bearer(alice) })).status,
    ).toBeLessThan(300);
    await expect.poll(() => server.db.thumbnails.count(deck), { timeout: 30_000 }).toBe(0);
    expect((await server.app.request(thumbnails!.urls[0]!, { headers: bearer(alice) })).status).toBe(404);
  }, 180_000);
});
