/**
 * Uploads keep their folder (the folder part of a folder upload's names, or a `folder` field),
 * and a "this folder" scope keeps answers to that folder's files.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer, FileInfo } from '../../src/protocol/api.ts';
import { bearer, login, startTestServer, type TestServer } from './workspace-helpers.ts';

let server: TestServer;
let token: string;

beforeAll(async () => {
  server = await startTestServer();
  token = (await login(server.app, 'alice')).token;
}, 60_000);
afterAll(async () => {
  await server?.close();
});

async function send(files: [name: string, text: string][], folder?: string): Promise<FileInfo[]> {
  const form = new FormData();
  for (const [name, text] of files) form.append('file', new Blob([text]), name);
  if (folder) form.append('folder', folder);
  const response = await server.app.request('/api/files', {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { files: FileInfo[] }).files;
}

async function ready(id: string): Promise<void> {
  await expect
    .poll(
      async () =>
        (
          (await (
            await server.app.request(`/api/files/${id}`, { headers: bearer(token) })
          ).json()) as FileInfo
        ).status,
      { timeout: 20_000 },
    )
    .toBe('ready');
}

describe('folders', () => {
  it('are kept from a folder upload or the folder field, and a folder scope answers from that folder only', async () => {
    const fromFolder = await send([
      ['Facilities/2026/canteen.md', '# Canteen\n\nThe canteen opens at 11:30 on weekdays.\n'],
      ['Facilities/2026/../parking.md', '# Parking\n\nThe garage opens at 07:00 on weekdays.\n'],
    ]);
    expect(fromFolder.map((file) => [file.name, file.folder])).toEqual([
      ['canteen.md', 'Facilities/2026'],
      ['parking.md', 'Facilities/2026'],
    ]);
    const [other] = await send(
      [['library.md', '# Library\n\nThe library opens at 09:00 on weekdays.\n']],
      'Campus',
    );
    expect(other?.folder).toBe('Campus');
    const [loose] = await send([['gym.md', '# Gym\n\nThe gym opens at 06:00 on weekdays.\n']]);
    expect(loose?.folder).toBeUndefined();
    for (const file of [...fromFolder, other!, loose!]) await ready(file.id);

    const listed = (await (await server.app.request('/api/files', { headers: bearer(token) })).json()) as {
      files: FileInfo[];
    };
    expect(listed.files.find((file) => file.id === other!.id)?.folder).toBe('Campus');

    const ask = async (scope: unknown) => {
      const response = await server.app.request('/api/ask', {
        method: 'POST',
        headers: bearer(token),
        body: JSON.stringify({ question: 'When does it open on weekdays?', scope }),
      });
      return { status: response.status, body: (await response.json()) as Answer };
    };
    const inCampus = await ask({ kind: 'folder', folder: 'Campus' });
    expect(inCampus.status).toBe(200);
    expect(inCampus.body.citations.length).toBeGreaterThan(0);
    expect(inCampus.body.citations.every((citation) => citation.fileId === other!.id)).toBe(true);
    const inFacilities = await ask({ kind: 'folder', folder: 'Facilities/2026' });
    const facilityIds = fromFolder.map((file) => file.id);
    expect(inFacilities.body.citations.length).toBeGreaterThan(0);
    expect(inFacilities.body.citations.every((citation) => facilityIds.includes(citation.fileId))).toBe(true);
    expect((await ask({ kind: 'folder', folder: 'Nowhere' })).status).toBe(404);
  }, 60_000);
});
