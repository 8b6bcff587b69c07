import { useEffect, useState } from 'react';
import { api, type Citation, type FileInfo, type TranscriptView as Transcript } from '../api.ts';
import type { Strings } from '../i18n.ts';
import { Markdown } from './Markdown.tsx';
import { skillCitations, skillMarkdown } from './skill-markdown.ts';

type Props = { t: Strings; file: FileInfo };
type Turn = Transcript['turns'][number];

/** Seconds from the start as m:ss or h:mm:ss. */
export function clock(seconds: number): string {
  const whole = Math.floor(seconds);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = String(whole % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** The turn a citation points at: by its turn number, else its time, else its quoted words. */
export function citedTurn(turns: readonly Turn[], citation: Citation): number | undefined {
  const { turn, start } = citation.locator;
  if (typeof turn === 'number' && turns.some((item) => item.index === turn)) return turn;
  if (typeof start === 'number') {
    const before = turns.filter((item) => item.start !== undefined && item.start <= start + 0.5).at(-1);
    if (before) return before.index;
  }
  const words = citation.quote.replace(/\s+/g, ' ').trim().slice(0, 60);
  if (!words) return undefined;
  return turns.find((item) => item.text.replace(/\s+/g, ' ').includes(words))?.index;
}

/** A transcript as its turns (speaker, time, text), with its recap beside it; recap chips jump to the turn. */
export function TranscriptView({ t, file }: Props) {
  const [transcript, setTranscript] = useState<Transcript | undefined>();
  const [recap, setRecap] = useState<{ markdown: string; citations: Citation[] } | undefined>();
  const [active, setActive] = useState<number | undefined>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  useEffect(() => {
    setTranscript(undefined);
    setRecap(undefined);
    setActive(undefined);
    setError('');
    api.transcript(file.id).then(setTranscript, (thrown: Error) => setError(thrown.message));
  }, [file.id]);
  useEffect(() => {
    if (active !== undefined) document.getElementById(`turn-${active}`)?.scrollIntoView({ block: 'center' });
  }, [active]);

  const runRecap = async () => {
    setBusy(true);
    setError('');
    try {
      const response = await api.skill('recap', { transcript: file.id });
      setRecap({ markdown: skillMarkdown(response.result, t), citations: skillCitations(response.result) });
    } catch (thrown) {
      setError((thrown as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const chip = (n: number) => {
    const citation = recap?.citations.find((item) => item.n === n);
    if (!citation || !transcript) return undefined;
    const turn = citation.fileId === file.id ? citedTurn(transcript.turns, citation) : undefined;
    if (turn === undefined) return undefined;
    return (
      <button
        type="button"
        className="chip"
        title={citation.quote}
        aria-label={`${t.source} ${n}: ${t.speaker} ${transcript.turns.find((item) => item.index === turn)?.speaker ?? ''}`}
        onClick={() => setActive(turn)}
      >
        {n}
      </button>
    );
  };

  return (
    <div className="transcript-view">
      <section className="transcript" aria-label={t.transcriptTurns}>
        <h2>{transcript?.title || file.name}</h2>
        {error && <p role="alert">{error}</p>}
        <ol>
          {transcript?.turns.map((turn) => (
            <li
              key={turn.index}
              id={`turn-${turn.index}`}
              className={turn.index === active ? 'turn active' : 'turn'}
              aria-current={turn.index === active ? 'true' : undefined}
            >
              <span className="turn-speaker">{turn.speaker}</span>
              {turn.start !== undefined && <span className="turn-time">{clock(turn.start)}</span>}
              <p>{turn.text}</p>
            </li>
          ))}
        </ol>
      </section>
      <section className="transcript-recap" aria-label={t.recapTitle}>
        <h3>{t.recapTitle}</h3>
        {recap ? (
          <div data-testid="transcript-recap">
            <Markdown source={recap.markdown} cite={chip} />
          </div>
        ) : (
          <button type="button" onClick={runRecap} disabled={busy || !transcript}>
            {busy ? t.working : t.recapBeside}
          </button>
        )}
      </section>
    </div>
  );
}
