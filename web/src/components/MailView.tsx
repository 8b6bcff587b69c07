import { useCallback, useEffect, useState } from 'react';
import {
  api,
  type Citation,
  type FileInfo,
  type MailReplyDraft,
  type MailThreadInfo,
  type MailThreadPage,
  type MailThreadView,
} from '../api.ts';
import type { Strings } from '../i18n.ts';
import { Markdown } from './Markdown.tsx';
import { skillCitations, skillMarkdown } from './skill-markdown.ts';

const PAGE = 25;

type Props = { t: Strings; file: FileInfo; language: string; onFileMade(file: FileInfo): void };

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));

function labelText(t: Strings, label: MailThreadInfo['label']): string {
  const labels: Record<MailThreadInfo['label'], string> = {
    'needs-reply': t.needsReply,
    'waiting-on-others': t.waitingOnOthers,
    fyi: t.fyi,
    newsletter: t.newsletter,
  };
  return labels[label];
}

/**
 * Whether a message's quoted mail is shown unfolded: when the message has no words of its own
 * (a forward sent without a note, a reply that only quotes), folding it away would show an
 * empty message.
 */
export function quotedOpen(message: { text: string; quoted?: string }): boolean {
  return Boolean(message.quoted) && message.text.trim() === '';
}

function when(date: string | undefined, language: string): string {
  if (!date) return '';
  const parsed = new Date(date);
  return Number.isNaN(parsed.getTime())
    ? date
    : parsed.toLocaleString(language === 'zh' ? 'zh-CN' : 'en-GB', {
        dateStyle: 'medium',
        timeStyle: 'short',
      });
}

/** A mailbox as a thread list a page at a time; a thread as its messages, with summary, reply and triage. */
export function MailView({ t, file, language, onFileMade }: Props) {
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<MailThreadPage | undefined>();
  const [thread, setThread] = useState<MailThreadView | undefined>();
  const [summary, setSummary] = useState<{ markdown: string; citations: Citation[] } | undefined>();
  const [draft, setDraft] = useState<MailReplyDraft | undefined>();
  const [text, setText] = useState('');
  const [saved, setSaved] = useState<FileInfo | undefined>();
  const [cited, setCited] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  useEffect(() => {
    setThread(undefined);
    setError('');
    api.mailThreads(file.id, offset, PAGE).then(setPage, (thrown: Error) => setError(thrown.message));
  }, [file.id, offset]);

  const work = useCallback(async (job: () => Promise<void>) => {
    setBusy(true);
    setError('');
    try {
      await job();
    } catch (thrown) {
      setError((thrown as Error).message);
    }
    setBusy(false);
  }, []);

  const openThread = (id: string) =>
    work(async () => {
      setSummary(undefined);
      setDraft(undefined);
      setSaved(undefined);
      setCited(undefined);
      setThread(await api.mailThread(file.id, id));
    });

  useEffect(() => {
    if (cited) document.getElementById(`message-${cited}`)?.scrollIntoView({ block: 'center' });
  }, [cited]);

  if (error && !page) return <p className="error">{error}</p>;
  if (!page) return <p className="empty">{t.working}</p>;

  if (!thread)
    return (
      <section className="mail" aria-label={t.threads}>
        <h2>{file.name}</h2>
        <table className="threads">
          <caption className="visually-hidden">{t.threads}</caption>
          <thead>
            <tr>
              <th scope="col">{t.subject}</th>
              <th scope="col">{t.participants}</th>
              <th scope="col">{t.date}</th>
              <th scope="col">{t.messages}</th>
              <th scope="col">{t.triage}</th>
            </tr>
          </thead>
          <tbody>
            {page.threads.map((item) => (
              <tr key={item.id} className={item.needsReply ? 'needs-reply' : undefined}>
                <td>
                  <button type="button" className="thread-link" onClick={() => openThread(item.id)}>
                    {item.subject || t.noSubject}
                  </button>
                  {item.opening && <span className="opening">“{item.opening}”</span>}
                </td>
                <td className="participants">
                  {item.participants.slice(0, 3).join(', ')}
                  {item.participants.length > 3 ? ` +${item.participants.length - 3}` : ''}
                </td>
                <td>{when(item.date, language)}</td>
                <td>{item.count}</td>
                <td>
                  <span className={`label ${item.label}`}>{labelText(t, item.label)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <nav className="pager" aria-label={t.pages}>
          <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
            {t.previous}
          </button>
          <span>
            {fill(t.pageOf, {
              from: page.total === 0 ? 0 : offset + 1,
              to: offset + page.threads.length,
              total: page.total,
            })}
          </span>
          <button
            type="button"
            disabled={offset + PAGE >= page.total}
            onClick={() => setOffset(offset + PAGE)}
          >
            {t.next}
          </button>
        </nav>
      </section>
    );

  const cite = (n: number) => {
    const citation = summary?.citations.find((item) => item.n === n);
    if (!citation) return undefined;
    const messageId = String(citation.locator.messageId ?? '');
    return (
      <button
        type="button"
        className="chip"
        title={citation.quote}
        aria-label={`${t.source} ${n}`}
        onClick={() => setCited(messageId)}
      >
        {n}
      </button>
    );
  };

  return (
    <section className="mail" aria-label={thread.subject}>
      <button type="button" className="back" onClick={() => setThread(undefined)}>
        ← {t.allThreads}
      </button>
      <h2>{thread.subject || t.noSubject}</h2>
      <div className="triage" data-testid="triage">
        <span className={`label ${thread.label}`}>{labelText(t, thread.label)}</span>
        {thread.reasons.length > 0 && <span className="reasons">{thread.reasons.join('; ')}</span>}
        {thread.deadlines.map((deadline) => (
          <span key={deadline.text} className="deadline">
            {t.due}: {deadline.text} ({deadline.date.slice(0, 10)})
          </span>
        ))}
      </div>
      <div className="actions">
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            work(async () => {
              const response = await api.skill('mail-summarize', { mail: [file.id], thread: thread.id });
              setSummary({
                markdown: skillMarkdown(response.result, t),
                citations: skillCitations(response.result),
              });
            })
          }
        >
          {t.summarizeThread}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            work(async () => {
              const made = await api.mailReply(file.id, thread.id);
              setDraft(made);
              setText(made.text);
              setSaved(undefined);
            })
          }
        >
          {t.draftReply}
        </button>
      </div>
      {error && <p className="error">{error}</p>}
      {summary && (
        <div className="skill-result" data-testid="thread-summary">
          <Markdown source={summary.markdown} cite={cite} />
        </div>
      )}
      {draft && (
        <form
          className="reply"
          onSubmit={(event) => {
            event.preventDefault();
            work(async () => {
              const stored = await api.mailReply(file.id, thread.id, text);
              if (stored.file) {
                setSaved(stored.file);
                onFileMade(stored.file);
              }
            });
          }}
        >
          <p>
            <strong>{draft.subject}</strong> — {t.to}: {draft.to.join(', ')}
          </p>
          <label htmlFor="reply-text">{t.yourReply}</label>
          <textarea
            id="reply-text"
            rows={10}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
          <button type="submit" disabled={busy}>
            {t.saveEml}
          </button>
          {saved && (
            <a href={saved.downloadUrl} download={saved.name} className="download-eml">
              {t.download} {saved.name}
            </a>
          )}
        </form>
      )}
      <ol className="messages">
        {thread.messages.map((message) => (
          <li
            key={message.messageId}
            id={`message-${message.messageId}`}
            className={message.messageId === cited ? 'cited' : undefined}
          >
            <article aria-label={`${message.from} ${when(message.date, language)}`}>
              <div className="message-head">
                <strong>{message.from}</strong>
                <span className="to">
                  {t.to}: {message.to.slice(0, 4).join(', ')}
                  {message.to.length > 4 ? ` +${message.to.length - 4}` : ''}
                </span>
                <time dateTime={message.date}>{when(message.date, language)}</time>
              </div>
              {message.text.trim() && <p className="body">{message.text}</p>}
              {message.signature && <p className="signature">{message.signature}</p>}
              {message.quoted && (
                <details open={quotedOpen(message)}>
                  <summary>{t.quotedHistory}</summary>
                  <p className="quoted">{message.quoted}</p>
                </details>
              )}
            </article>
          </li>
        ))}
      </ol>
    </section>
  );
}
