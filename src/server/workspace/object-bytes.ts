/**
 * @module object-bytes
 * The workspace records with file bytes in an object store: the same WorkspaceDb, except that
 * a file's bytes go to the bucket under its id (object-store.ts) instead of into the records.
 * Every reader of bytes — download, preview, a local copy, an index job — goes through
 * `readBytes`, and the delete job's `deleteFile` removes the object first, so a job that dies
 * between the two finds the record still there and removes it on its next attempt. Files
 * recorded before the bucket was configured are still read from the records.
 */
import { fileObjectKey, type ObjectStore, parseObjectsLocation } from './object-store.ts';
import type { WorkspaceDb } from './workspace-records.ts';

export function bytesInObjectStore(db: WorkspaceDb, objects: ObjectStore): WorkspaceDb {
  const location = parseObjectsLocation(objects.url);
  const key = (id: string) => fileObjectKey(location, id);
  const bytes: Pick<WorkspaceDb, 'objects' | 'addFile' | 'readBytes' | 'deleteFile' | 'close'> = {
    objects: objects.url,
    async addFile(file, content) {
      if (!content) return db.addFile(file, undefined);
      await objects.put(key(file.id), content, file.contentType);
      try {
        return await db.addFile(file, undefined);
      } catch (thrown) {
        await objects.delete(key(file.id)).catch(() => undefined);
        throw thrown;
      }
    },
    async readBytes(id) {
      return (await objects.get(key(id))) ?? db.readBytes(id);
    },
    async deleteFile(id) {
      await objects.delete(key(id));
      return db.deleteFile(id);
    },
    async close() {
      objects.close();
      await db.close();
    },
  };
  // Everything else is the records' own, called on them (a plain object or a class instance alike).
  return new Proxy(db, {
    get(target, property) {
      if (Object.hasOwn(bytes, property)) return bytes[property as keyof typeof bytes];
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
