import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import {
  type Answer,
  type AskContext,
  api,
  type Citation,
  type ConversationDetail,
  type FileInfo,
  type Preview,
  type SkillProgressEvent,
} from '../api.ts';
import type { Strings } from '../i18n.ts';
import { AnalysisView } from './AnalysisView.tsx';
import { DeckThumbnails } from './DeckThumbnails.tsx';
import { Markdown } from './Markdown.tsx';
import type { Cite } from './markdown-inline.tsx';
import { skillCitations, skillMarkdown } from './skill-markdown.ts';

type Turn = { question: string; text: string; answer?: Answer; error?: string };
type Props = {
  t: Strings;
  open?: FileInfo;
  preview?: Preview;
  onCitation(citation: Citation): void;
  onArtifact(file: FileInfo): void;
  /** The conversation shown: a new value (a stored one, or an empty one for a new chat) replaces the chat. */
  conversation?: Pick<ConversationDetail, 'history'>;
  /** Where the next question goes (starts a conversation when none is open). */
  askContext?(): Promise<AskContext>;
  /** After an answer: the conversation list may have changed. */
  onAsked?(): void;
  /** Shown under the heading: the conversation list and scope chips. */
  header?: ReactNode;
  /** Saves an answer or result as a page. */
  onSavePage?(page: { title: string; markdown: string; citations: Citation[] }): Promise<void>;
};

type Action = { label: string; skill: string; input: Record<string, unknown> };

function actionsFor(t: Strings, open: FileInfo | undefined, preview: Preview | undefined): Action[] {
  if (!open || !preview) return [];
  // Each skill's input schema names its file fields (see /api/openapi.json).
  const source = { source: open.id };
  switch (preview.type) {
    case 'document':
      return [
        { label: t.createDeck, skill: 'deck', input: source },
        { label: t.summarize, skill: 'summarize', input: source },
      ];
    case 'workbook':
      return [{ label: t.analyze, skill: 'analyze', input: source }];
    case 'transcript':
      return [{ label: t.recap, skill: 'recap', input: { transcript: open.id } }];
    case 'mailbox':
      // Summarize and reply act on a thread: the viewer's thread view has them.
      return [];
    default:
      return [{ label: t.summarize, skill: 'summarize', input: source }];
  }
}

/** `[n]` → a chip that opens citation n's source at its passage; unknown numbers stay text. */
function chips(t: Strings, citations: Citation[], onCitation: (citation: Citation) => void): Cite {
  return (n) => {
    const citation = citations.find((item) => item.n === n);
    if (!citation) return undefined;
    return (
      <button
        type="button"
        className="chip"
        title={`${citation.name}: ${citation.quote}`}
        aria-label={`${t.source} ${citation.n}: ${citation.name}`}
        onClick={() => onCitation(citation)}
      >
        {citation.n}
      </button>
    );
  };
}

type SkillOutput = {
  markdown: string;
  citations: Citation[];
  artifact?: string;
  /** A deck made: its slide thumbnails are shown before the download. */
  deck?: { id: string; name: string; downloadUrl: string };
  error?: string;
  /** An analyze result: shown as tables and charts. */
  analysis?: Record<string, unknown>;
  /** The file the action ran on. */
  fileId?: string;
};

/**
 * Whether an action's result is shown with the file open now: one made for another file is
 * put away when that file is no longer open (a summary under a file it is not about misleads),
 * but a run still going stays, with its Cancel button, whatever file is open.
 */
export function showsResult(
  result: { fileId?: string } | undefined,
  openId: string | undefined,
  busy: boolean,
): boolean {
  if (!result) return false;
  return busy || result.fileId === undefined || result.fileId === openId;
}

/** A button that saves something as a page once, then says so. */
function SaveAsPage({ t, save }: { t: Strings; save(): Promise<void> }) {
  const [saved, setSaved] = useState(false);
  return saved ? (
    <small className="saved">{t.savedPage}</small>
  ) : (
    <button type="button" className="save-page" onClick={() => save().then(() => setSaved(true))}>
      {t.savePage}
    </button>
  );
}

export function CopilotSidebar({
  t,
  open,
  preview,
  onCitation,
  onArtifact,
  conversation,
  askContext,
  onAsked,
  header,
  onSavePage,
}: Props) {
  const [question, setQuestion] = useState('');
  const [turns, setTurns] = useState<Turn[]>([]);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<SkillOutput | undefined>();
  const [progress, setProgress] = useState<SkillProgressEvent | undefined>();
  const [sheetQuestion, setSheetQuestion] = useState('');
  const running = useRef<AbortController | undefined>(undefined);
  useEffect(() => {
    setTurns(
      (conversation?.history ?? []).map((turn) => ({
        question: turn.question,
        text: turn.answer.answer,
        answer: turn.answer,
      })),
    );
  }, [conversation]);

  const ask = async (event: FormEvent) => {
    event.preventDefault();
    const text = question.trim();
    if (!text || busy) return;
    setQuestion('');
    setBusy(true);
    const index = turns.length;
    setTurns((list) => [...list, { question: text, text: '' }]);
    try {
      const context = (await askContext?.()) ?? {};
      const answer = await api.ask(
        text,
        (delta) =>
          setTurns((list) =>
            list.map((turn, i) => (i === index ? { ...turn, text: turn.text + delta } : turn)),
          ),
        context,
      );
      setTurns((list) =>
        list.map((turn, i) => (i === index ? { ...turn, text: answer.answer, answer } : turn)),
      );
    } catch (error) {
      setTurns((list) =>
        list.map((turn, i) => (i === index ? { ...turn, error: (error as Error).message } : turn)),
      );
    }
    setBusy(false);
    onAsked?.();
  };

  const run = async (action: Action) => {
    setBusy(true);
    const fileId = open?.id;
    setResult({ markdown: '', citations: [], ...(fileId ? { fileId } : {}) });
    const controller = new AbortController();
    running.current = controller;
    setProgress({ stage: 'started', elapsedMs: 0 });
    try {
      const response = await api.skillWithProgress(
        action.skill,
        action.input,
        setProgress,
        controller.signal,
      );
      const markdown = skillMarkdown(response.result, t);
      const analysis = action.skill === 'analyze';
      setResult({
        markdown: analysis
          ? ''
          : markdown || (response.artifact ? '' : JSON.stringify(response.result).slice(0, 400)),
        citations: skillCitations(response.result),
        ...(response.artifact ? { artifact: response.artifact.name } : {}),
        ...(response.artifact && /\.pptx$/i.test(response.artifact.name) ? { deck: response.artifact } : {}),
        ...(analysis ? { analysis: response.result } : {}),
        ...(fileId ? { fileId } : {}),
      });
      if (response.artifact) onArtifact(response.artifact);
    } catch (error) {
      const message = controller.signal.aborted ? t.cancelled : (error as Error).message;
      setResult({ markdown: '', citations: [], error: message, ...(fileId ? { fileId } : {}) });
    }
    running.current = undefined;
    setProgress(undefined);
    setBusy(false);
  };

  return (
    <aside className="copilot" aria-label={t.copilot}>
      <h2>{t.copilot}</h2>
      {header}
      <div className="actions">
        {actionsFor(t, open, preview).map((action) => (
          <button key={action.skill} type="button" disabled={busy} onClick={() => run(action)}>
            {action.label}
          </button>
        ))}
      </div>
      {open && preview?.type === 'workbook' && (
        <form
          className="ask sheet-question"
          onSubmit={(event) => {
            event.preventDefault();
            const question = sheetQuestion.trim();
            if (question)
              run({
                label: t.askSheet,
                skill: 'analyze',
                input: { source: open.id, question, workbook: false },
              });
          }}
        >
          <label htmlFor="sheet-question" className="visually-hidden">
            {t.askSheet}
          </label>
          <input
            id="sheet-question"
            value={sheetQuestion}
            onChange={(event) => setSheetQuestion(event.target.value)}
            placeholder={t.askSheetPlaceholder}
            autoComplete="off"
          />
          <button type="submit" disabled={busy}>
            {t.askSheet}
          </button>
        </form>
      )}
      {result && showsResult(result, open?.id, busy) && (
        <div className="skill-result" role="status" data-testid="skill-result">
          {result.artifact && (
            <p className="artifact">
              {t.made}: {result.artifact}
            </p>
          )}
          {result.deck && (
            <DeckThumbnails
              fileId={result.deck.id}
              name={result.deck.name}
              downloadUrl={result.deck.downloadUrl}
              t={t}
            />
          )}
          {progress && (
            <p className="progress" data-testid="skill-progress">
              {t.working} {Math.round(progress.elapsedMs / 1000)} s
              {progress.stage === 'reading' && progress.detail ? ` · ${t.reading} ${progress.detail}` : ''}
              {progress.stage === 'note' && progress.detail ? ` · ${progress.detail}` : ''}
              <button type="button" className="cancel" onClick={() => running.current?.abort()}>
                {t.cancel}
              </button>
            </p>
          )}
          {result.error && <p className="error">{result.error}</p>}
          {result.analysis ? (
            <AnalysisView t={t} result={result.analysis} />
          ) : (
            <Markdown source={result.markdown} cite={chips(t, result.citations, onCitation)} />
          )}
        </div>
      )}
      <ol className="chat" aria-live="polite">
        {turns.map((turn, i) => (
          <li key={i}>
            <p className="question">{turn.question}</p>
            <div className="answer" data-testid="answer">
              {turn.error ? (
                <span className="error">{turn.error}</span>
              ) : (
                <Markdown source={turn.text} cite={chips(t, turn.answer?.citations ?? [], onCitation)} />
              )}
            </div>
            {turn.answer && !turn.answer.found && turn.answer.nearest.length > 0 && (
              <div className="nearest">
                {t.noAnswer}
                <ul>
                  {turn.answer.nearest.map((item) => (
                    <li key={item.fileId + item.snippet}>
                      {item.name}: {item.snippet}
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {turn.answer && (
              <small className="engine">
                {t.engine}: {turn.answer.engine}
              </small>
            )}
            {turn.answer?.found && onSavePage && (
              <SaveAsPage
                t={t}
                save={() =>
                  onSavePage({
                    title: turn.question,
                    markdown: turn.answer?.answer ?? '',
                    citations: turn.answer?.citations ?? [],
                  })
                }
              />
            )}
          </li>
        ))}
      </ol>
      <form onSubmit={ask} className="ask">
        <label htmlFor="question" className="visually-hidden">
          {t.askPlaceholder}
        </label>
        <input
          id="question"
          value={question}
          onChange={(event) => setQuestion(event.target.value)}
          placeholder={t.askPlaceholder}
          autoComplete="off"
        />
        <button type="submit" disabled={busy}>
          {t.send}
        </button>
      </form>
    </aside>
  );
}
