import { type DragEvent, type ReactNode, useRef, useState } from 'react';
import { api, type FileInfo } from '../api.ts';
import { madeLabel, type Strings, warningsLabel } from '../i18n.ts';

type Props = {
  t: Strings;
  files: FileInfo[];
  openId?: string;
  onOpen(id: string): void;
  onChanged(): void;
  me: string;
  /** Shown under the files (the pages list). */
  children?: ReactNode;
};

async function filesFromDrop(event: DragEvent): Promise<File[]> {
  const out: File[] = [];
  const walk = async (entry: FileSystemEntry): Promise<void> => {
    if (entry.isFile) {
      const file = await new Promise<File>((resolve, reject) =>
        (entry as FileSystemFileEntry).file(resolve, reject),
      );
      // A file from a dropped folder is sent under its path in it, so the server keeps its folder.
      const path = entry.fullPath.replace(/^\//, '');
      out.push(
        path.includes('/')
          ? new File([file], path, { type: file.type, lastModified: file.lastModified })
          : file,
      );
    } else if (entry.isDirectory) {
      const reader = (entry as FileSystemDirectoryEntry).createReader();
      const entries = await new Promise<FileSystemEntry[]>((resolve, reject) =>
        reader.readEntries(resolve, reject),
      );
      for (const child of entries) await walk(child);
    }
  };
  const entries = [...event.dataTransfer.items]
    .map((item) => item.webkitGetAsEntry())
    .filter((entry): entry is FileSystemEntry => Boolean(entry));
  if (entries.length) for (const entry of entries) await walk(entry);
  else out.push(...event.dataTransfer.files);
  return out;
}

export function SourcesPanel({ t, files, openId, onOpen, onChanged, me, children }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [message, setMessage] = useState('');
  const send = async (list: File[]) => {
    if (list.length === 0) return;
    setMessage(t.working);
    try {
      await api.upload(list);
      setMessage('');
    } catch (error) {
      setMessage((error as Error).message);
    }
    onChanged();
  };
  const share = async (file: FileInfo) => {
    const answer = window.prompt(t.shareWith, file.sharedWith.join(', '));
    if (answer === null) return;
    try {
      await api.share(
        file.id,
        answer
          .split(',')
          .map((name) => name.trim())
          .filter(Boolean),
      );
    } catch (error) {
      setMessage((error as Error).message);
    }
    onChanged();
  };
  const remove = async (file: FileInfo) => {
    if (!window.confirm(t.confirmDelete.replace('{name}', file.name))) return;
    try {
      await api.deleteFile(file.id);
    } catch (error) {
      setMessage((error as Error).message);
    }
    onChanged();
  };
  return (
    <nav className="sources" aria-label={t.sources}>
      <h2>{t.sources}</h2>
      <section
        aria-label={t.dropHere}
        className={`dropzone${dragging ? ' dragging' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={async (event) => {
          event.preventDefault();
          setDragging(false);
          await send(await filesFromDrop(event));
        }}
      >
        <button type="button" onClick={() => input.current?.click()} aria-label={t.upload}>
          {t.upload}
        </button>
        <span>{t.dropHere}</span>
        <input
          ref={input}
          type="file"
          multiple
          hidden
          data-testid="upload"
          onChange={(event) => send([...(event.target.files ?? [])])}
        />
      </section>
      {message && <p role="status">{message}</p>}
      <ul className="file-list">
        {files.map((file) => (
          <li key={file.id} className={file.id === openId ? 'open' : undefined}>
            <button
              type="button"
              className="file"
              onClick={() => onOpen(file.id)}
              aria-current={file.id === openId ? 'page' : undefined}
            >
              <span className="name">{file.name}</span>
              <span className={`status ${file.status}`}>
                {file.status === 'indexing'
                  ? t.indexing
                  : file.status === 'error'
                    ? t.failed
                    : file.generatedBy
                      ? madeLabel(t, file.generatedBy)
                      : t.ready}
              </span>
            </button>
            <span className="file-actions">
              <a href={file.downloadUrl} aria-label={`${t.download} ${file.name}`}>
                ⤓
              </a>
              {file.owner === me && (
                <button type="button" onClick={() => share(file)} aria-label={`${t.share} ${file.name}`}>
                  {t.share}
                </button>
              )}
              {file.owner === me && (
                <button
                  type="button"
                  className="delete"
                  onClick={() => remove(file)}
                  aria-label={`${t.delete} ${file.name}`}
                  title={t.delete}
                >
                  ×
                </button>
              )}
            </span>
            {file.status === 'error' && file.error && <small className="file-note error">{file.error}</small>}
            {file.status === 'ready' && file.warnings && file.warnings.length > 0 && (
              <details className="file-note warnings">
                <summary>{warningsLabel(t, file.warnings.length)}</summary>
                <ul>
                  {file.warnings.map((warning) => (
                    <li key={warning.message}>{warning.message}</li>
                  ))}
                </ul>
              </details>
            )}
            {file.sharedWith.length > 0 && (
              <small>
                {t.sharedWith} {file.sharedWith.join(', ')}
              </small>
            )}
          </li>
        ))}
      </ul>
      {children}
    </nav>
  );
}
