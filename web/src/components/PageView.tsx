import { type FormEvent, useEffect, useState } from 'react';
import { api, type Citation, type PageInfo } from '../api.ts';
import type { Strings } from '../i18n.ts';
import { Markdown } from './Markdown.tsx';

type ListProps = { t: Strings; pages: PageInfo[]; openId?: string; me: string; onOpen(id: string): void };

/** The user's pages and those shared with them, under the sources. */
export function PageList({ t, pages, openId, me, onOpen }: ListProps) {
  return (
    <section className="pages" aria-label={t.pagesTitle}>
      <h2>{t.pagesTitle}</h2>
      {pages.length === 0 && <p className="empty">{t.noPages}</p>}
      <ul className="page-list">
        {pages.map((page) => (
          <li key={page.id} className={page.id === openId ? 'open' : undefined}>
            <button
              type="button"
              className="file"
              aria-current={page.id === openId ? 'page' : undefined}
              onClick={() => onOpen(page.id)}
            >
              <span className="name">{page.title}</span>
              <span className="status">{page.owner === me ? t.myPage : `${t.sharedBy} ${page.owner}`}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

type ViewProps = {
  t: Strings;
  page: PageInfo;
  me: string;
  onCitation(citation: Citation): void;
  onChanged(page?: PageInfo): void;
};

/** A page: its Markdown with citation chips; its owner edits, shares, deletes; anyone with it exports .docx. */
export function PageView({ t, page, me, onCitation, onChanged }: ViewProps) {
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(page.title);
  const [markdown, setMarkdown] = useState(page.markdown);
  const [error, setError] = useState('');
  useEffect(() => {
    setEditing(false);
    setTitle(page.title);
    setMarkdown(page.markdown);
  }, [page]);
  const owner = page.owner === me;
  const act = async (job: () => Promise<PageInfo | undefined>) => {
    setError('');
    try {
      onChanged(await job());
    } catch (thrown) {
      setError((thrown as Error).message);
    }
  };
  const save = (event: FormEvent) => {
    event.preventDefault();
    act(async () => {
      const saved = await api.changePage(page.id, { title: title.trim() || page.title, markdown });
      setEditing(false);
      return saved;
    });
  };
  const cite = (n: number) => {
    const citation = page.citations.find((item) => item.n === n);
    if (!citation) return undefined;
    return (
      <button
        type="button"
        className="chip"
        title={`${citation.name}: ${citation.quote}`}
        aria-label={`${t.source} ${n}: ${citation.name}`}
        onClick={() => onCitation(citation)}
      >
        {n}
      </button>
    );
  };
  return (
    <article className="page-view" aria-label={page.title}>
      {editing ? (
        <form onSubmit={save} className="page-edit">
          <label>
            {t.pageTitle}
            <input value={title} onChange={(event) => setTitle(event.target.value)} />
          </label>
          <label>
            {t.pageText}
            <textarea rows={14} value={markdown} onChange={(event) => setMarkdown(event.target.value)} />
          </label>
          <div className="actions">
            <button type="submit">{t.save}</button>
            <button type="button" onClick={() => setEditing(false)}>
              {t.cancel}
            </button>
          </div>
        </form>
      ) : (
        <>
          <h2>{page.title}</h2>
          <div className="actions page-actions">
            {owner && (
              <button type="button" onClick={() => setEditing(true)}>
                {t.edit}
              </button>
            )}
            {owner && (
              <button
                type="button"
                onClick={() => {
                  const answer = window.prompt(t.shareWith, page.sharedWith.join(', '));
                  if (answer === null) return;
                  const users = answer
                    .split(',')
                    .map((name) => name.trim())
                    .filter(Boolean);
                  act(() => api.sharePage(page.id, users));
                }}
              >
                {t.share}
              </button>
            )}
            <a className="button-link" href={page.docxUrl} download>
              {t.exportDocx}
            </a>
            {owner && (
              <button
                type="button"
                className="delete"
                onClick={() => {
                  if (window.confirm(t.confirmDelete.replace('{name}', page.title)))
                    act(async () => {
                      await api.deletePage(page.id);
                      return undefined;
                    });
                }}
              >
                {t.delete}
              </button>
            )}
          </div>
          {page.sharedWith.length > 0 && (
            <p className="shared">
              {t.sharedWith} {page.sharedWith.join(', ')}
            </p>
          )}
          {!owner && (
            <p className="shared">
              {t.sharedBy} {page.owner}
            </p>
          )}
          <Markdown source={page.markdown} cite={cite} />
        </>
      )}
      {error && <p className="error">{error}</p>}
    </article>
  );
}
