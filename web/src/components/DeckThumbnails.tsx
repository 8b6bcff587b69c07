import { useEffect, useState } from 'react';
import { api, type DeckThumbnails as Thumbnails } from '../api.ts';
import type { Strings } from '../i18n.ts';

/** A deck's slide thumbnails as they are rendered (polled until done), then a link to download it. */
export function DeckThumbnails({
  fileId,
  name,
  downloadUrl,
  t,
}: {
  fileId: string;
  name: string;
  downloadUrl: string;
  t: Strings;
}) {
  const [view, setView] = useState<Thumbnails | undefined>();
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = () =>
      api.thumbnails(fileId).then(
        (next) => {
          if (stopped) return;
          setView(next);
          if (next.status === 'queued' || next.status === 'running') timer = setTimeout(poll, 1000);
        },
        () => undefined,
      );
    void poll();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    };
  }, [fileId]);
  return (
    <section className="deck-thumbnails" aria-label={t.slides}>
      {view?.status === 'done' ? (
        <ol>
          {view.urls.map((url, index) => (
            <li key={url}>
              <img src={url} alt={t.slideN.replace('{n}', String(index + 1))} loading="lazy" />
            </li>
          ))}
        </ol>
      ) : (
        <p>{view?.status === 'failed' ? t.noThumbnails : t.renderingSlides}</p>
      )}
      <a href={downloadUrl} download={name}>
        {t.download} {name}
      </a>
    </section>
  );
}
