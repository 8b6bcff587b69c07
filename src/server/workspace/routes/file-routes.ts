/**
 * @module file-routes
 * Uploads (indexed in the background), the user's files, downloads, Markdown previews,
 * sharing and deleting. Every route answers 404 for a file the user may not read.
 */
import { Hono } from 'hono';
import { detectFormat } from '../../../formats/detect-format.ts';
import { isReadableFormat, unreadableFormatError } from '../../../formats/read-file.ts';
import { sharedIsolatedReader } from '../../../index/isolated-reader.ts';
import { ShareBody } from '../../../protocol/api.ts';
import { stripBidiControls } from '../../security/strip-bidi.ts';
import { describeFailure, stderrLog } from '../../server-log.ts';
import { deleteFile, localCopy, shareFile, storeFile } from '../file-store.ts';
import { presentFile, readableFile } from '../present-file.ts';
import { isGenericType, storedContentType } from '../upload-type.ts';
import type { StoredFile } from '../workspace-db.ts';
import { problem, type WorkspaceEnv, type WorkspaceOptions } from '../workspace-options.ts';

const MIB = 1_048_576;

/** "a.md" or "a.md, b.md": the files of one upload already stored when a later one failed. */
const storedNames = (files: readonly StoredFile[]) => files.map((file) => file.name).join(', ');

export function createFileRoutes(options: WorkspaceOptions): Hono<WorkspaceEnv> {
  const { db, clock } = options;
  const log = options.log ?? stderrLog;
  const maxUpload = options.maxUploadBytes ?? 50 * MIB;
  const routes = new Hono<WorkspaceEnv>();
  const notFound = () => problem('not_found', 'No such file.');

  routes.post('/files', async (c) => {
    const user = c.get('session').user;
    if (Number(c.req.header('content-length') ?? 0) > maxUpload + 64 * 1024)
      return c.json(
        problem('file_too_large', `Uploads are limited to ${Math.round(maxUpload / MIB)} MiB.`),
        413,
      );
    const body = await c.req.parseBody({ all: true }).catch(() => undefined);
    const upload = body?.file;
    const files = (Array.isArray(upload) ? upload : [upload]).filter(
      (item): item is File => item instanceof File,
    );
    if (files.length === 0)
      return c.json(problem('bad_usage', 'Send the file as multipart form field "file".'), 400);
    const stored: StoredFile[] = [];
    for (const file of files) {
      if (file.size > maxUpload)
        return c.json(
          problem('file_too_large', `${file.name} is over the ${Math.round(maxUpload / MIB)} MiB limit.`),
          413,
        );
      const bytes = Buffer.from(await file.arrayBuffer());
      const name = stripBidiControls(file.name.split(/[\\/]/).pop() ?? '') || 'file';
      const folder = uploadFolder(file.name, typeof body?.folder === 'string' ? body.folder : undefined);
      if (bytes.length === 0)
        return c.json(
          problem('file_empty', `${name} is empty (0 bytes).`, 'Check that the file was saved completely.'),
          400,
        );
      const format = detectFormat(bytes, name);
      if (!isReadableFormat(format)) {
        // Encrypted and zip files are named as such, with what to do; anything else is unknown.
        const error = unreadableFormatError(name, format);
        return c.json(
          error.code === 'format_unknown'
            ? problem(
                'format_unknown',
                `${name} is not a file Officemate can read.`,
                'Upload Office files, PDFs, text, mail, calendars, contacts, transcripts or chats.',
              )
            : problem(error.code, error.message, error.hint),
          415,
        );
      }
      let record: StoredFile;
      try {
        record = await storeFile(options, {
          owner: user,
          name,
          bytes,
          contentType: storedContentType(file.type, format),
          ...(folder ? { folder } : {}),
        });
        // Indexing is a durable job; the file's status says when it is searchable.
        await db.enqueueJob(record.id, Date.now());
      } catch (thrown) {
        // The cause is the operator's to read (a bucket, the database, the disk); the user learns what to do.
        log(describeFailure(`POST /api/files: storing "${name}" for ${user}`, thrown));
        return c.json(
          problem(
            'store_failed',
            `${name} could not be stored: the server failed to save it${stored.length > 0 ? ` (${storedNames(stored)} ${stored.length === 1 ? 'was' : 'were'} stored)` : ''}.`,
            'Upload it again in a moment; if it fails again, ask the administrator, whose server log names the cause.',
          ),
          500,
        );
      }
      stored.push(record);
      options.jobs?.kick();
    }
    return c.json({ files: stored.map(presentFile) }, 201);
  });

  routes.get('/files', async (c) =>
    c.json({ files: (await db.filesFor(c.get('session').user)).map(presentFile) }),
  );

  routes.get('/files/:id', async (c) => {
    const file = await readableFile(db, c.get('session').user, c.req.param('id'));
    return file ? c.json(presentFile(file)) : c.json(notFound(), 404);
  });

  routes.get('/files/:id/download', async (c) => {
    const file = await readableFile(db, c.get('session').user, c.req.param('id'));
    const bytes = file ? await db.readBytes(file.id) : undefined;
    if (!file || !bytes) return c.json(notFound(), 404);
    // Files stored before types were detected may hold octet-stream: serve the detected type.
    return c.body(new Uint8Array(bytes), 200, {
      'content-type': isGenericType(file.contentType)
        ? storedContentType(undefined, detectFormat(bytes, file.name))
        : file.contentType,
      'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
      'x-content-type-options': 'nosniff',
    });
  });

  routes.get('/files/:id/preview', async (c) => {
    const file = await readableFile(db, c.get('session').user, c.req.param('id'));
    if (!file) return c.json(notFound(), 404);
    // Read in a worker under the file budget: a hostile file fails alone, the server goes on.
    const path = await localCopy(options, file);
    const bytes = await db.readBytes(file.id);
    if (!bytes) return c.json(notFound(), 404);
    const result = await sharedIsolatedReader().markdown(path, Buffer.from(bytes), {
      now: clock.now(),
    });
    if (!result.success)
      return c.json(problem(result.error.code, result.error.message.split(path).join(file.name)), 422);
    return c.json({ id: file.id, name: file.name, type: result.data.type, markdown: result.data.markdown });
  });

  routes.post('/files/:id/share', async (c) => {
    const user = c.get('session').user;
    const file = await readableFile(db, user, c.req.param('id'));
    if (!file) return c.json(notFound(), 404);
    if (file.owner !== user) return c.json(problem('forbidden', 'Only the owner can share a file.'), 403);
    const parsed = ShareBody.safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success) return c.json(problem('bad_usage', 'Send {"users": ["name", ...]}.'), 400);
    const unknown: string[] = [];
    for (const name of parsed.data.users) if (!(await db.getUser(name))) unknown.push(name);
    if (unknown.length) return c.json(problem('not_found', `No such user: ${unknown.join(', ')}.`), 404);
    const updated = await shareFile(
      options,
      file,
      parsed.data.users.filter((name) => name !== user),
    );
    return c.json(presentFile(updated));
  });

  routes.delete('/files/:id', async (c) => {
    const user = c.get('session').user;
    const admin = (await db.getUser(user))?.admin ?? false;
    const file = admin
      ? await db.getFile(c.req.param('id'))
      : await readableFile(db, user, c.req.param('id'));
    // A file being deleted is gone for everyone, administrators included.
    if (!file || file.status === 'deleting') return c.json(notFound(), 404);
    if (file.owner !== user && !admin)
      return c.json(problem('forbidden', 'Only the owner or an administrator can delete a file.'), 403);
    await deleteFile(options, file);
    return c.json({ ok: true, id: file.id });
  });

  return routes;
}

/**
 * The folder an upload goes into: the folder part of the name a folder upload sends
 * ("Reports/2026/plan.docx" gives "Reports/2026"), else the form's `folder` field; parts that
 * are empty, "." or ".." are dropped.
 */
export function uploadFolder(sentName: string, field?: string): string | undefined {
  const parts = (path: string) =>
    path
      .split(/[\\/]/)
      .map((part) => stripBidiControls(part).trim())
      .filter((part) => part !== '' && part !== '.' && part !== '..');
  const fromName = parts(sentName).slice(0, -1);
  const folder = (fromName.length > 0 ? fromName : parts(field ?? '')).join('/').slice(0, 1000);
  return folder || undefined;
}
