import { useEffect, useId, useState } from 'react';
import type { LibrarySource } from '../../../shared/domain/library-source.ts';
import { dateTimeTextAt, localTimeZone } from '../../../shared/time/zoned-time.ts';
import { sourcesStore, useSources } from '../../app/services.ts';

type Message = { kind: 'done' | 'error'; text: string } | null;

const reviewsText = (count: number) => (count === 1 ? '1 review' : `${count} reviews`);

/**
 * Folders of reviews the team published (a clone of its post-mortem repository, say), read into this library
 * read-only: their reviews join the list, search, trends and the follow-ups ledger, and are read again when the folder
 * changes or on Re-read. The desktop app picks the folder with its dialog; the browser page takes a typed path.
 */
export function LibrarySources() {
  const id = useId();
  const sources = useSources((state) => state.sources);
  const loadError = useSources((state) => state.loadError);
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const pickFolder = window.debrief?.pickFolder;
  const reading = useSources((state) => state.reading);
  const readingText =
    reading && reading.total > 0
      ? `Reading the folder: ${reading.done.toLocaleString('en-US')} of ${reading.total.toLocaleString('en-US')} reviews…`
      : 'Reading the folder…';

  useEffect(() => {
    void sourcesStore.getState().load();
  }, []);

  const run = async (work: () => Promise<{ ok: true; text: string } | { ok: false; message: string }>) => {
    setBusy(true);
    setMessage(null);
    const outcome = await work();
    setBusy(false);
    setMessage(outcome.ok ? { kind: 'done', text: outcome.text } : { kind: 'error', text: outcome.message });
  };

  const add = (folder: string) =>
    run(async () => {
      const outcome = await sourcesStore.getState().add(folder);
      if (!outcome.ok) return outcome;
      setPath('');
      const { source, added } = outcome.value;
      return {
        ok: true,
        text: `Added ${source.name}: ${reviewsText(added)} read.${source.problems.length > 0 ? ` ${source.problems.length} could not be read.` : ''}`,
      };
    });

  const reread = (source: LibrarySource) =>
    run(async () => {
      const outcome = await sourcesStore.getState().reread(source.id);
      if (!outcome.ok) return outcome;
      const { added, updated, removed } = outcome.value;
      return { ok: true, text: `Read ${source.name} again: ${added} new, ${updated} changed, ${removed} removed.` };
    });

  const remove = (source: LibrarySource) =>
    run(async () => {
      const outcome = await sourcesStore.getState().remove(source.id);
      return outcome.ok
        ? { ok: true, text: `Removed ${source.name} and its ${reviewsText(source.meetingIds.length)} from this library; the folder is untouched.` }
        : outcome;
    });

  const choose = async () => {
    const chosen = await pickFolder?.('library-source');
    if (chosen) await add(chosen);
  };

  return (
    <section className="panel library-sources" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Library sources</h2>
      <p className="muted" id={`${id}-hint`}>
        Folders of reviews your team published, such as a clone of your post-mortem repository. Their reviews appear in this list, in the follow-ups and in
        search, read-only, and are read again whenever the folder changes.
      </p>
      <form
        className="library-sources__add"
        onSubmit={(event) => {
          event.preventDefault();
          if (path.trim() !== '') void add(path.trim());
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-path`}>Folder of published reviews</label>
          <input
            id={`${id}-path`}
            type="text"
            dir="auto"
            spellCheck={false}
            autoComplete="off"
            placeholder="Full path, such as /home/me/postmortems"
            aria-describedby={`${id}-hint`}
            value={path}
            onChange={(event) => setPath(event.target.value)}
          />
        </div>
        <button type="submit" className="button" disabled={busy || path.trim() === ''}>
          Add folder
        </button>
        {pickFolder ? (
          <button type="button" className="button" onClick={() => void choose()} disabled={busy}>
            Choose a folder…
          </button>
        ) : null}
      </form>
      <p role="status" className="library-sources__status">
        {message?.kind === 'done' ? message.text : busy ? readingText : ''}
      </p>
      {busy && reading && reading.total > 0 ? (
        <progress className="library-sources__progress" max={reading.total} value={reading.done} aria-label="Reviews read from the folder" />
      ) : null}
      {message?.kind === 'error' ? (
        <p className="form-message" role="alert">
          {message.text}
        </p>
      ) : null}
      {loadError ? (
        <p className="form-message" role="alert">
          {loadError}
        </p>
      ) : null}
      {sources.length > 0 ? (
        <ul className="library-sources__list" aria-label="Library sources">
          {sources.map((source) => (
            <li key={source.id} className="library-sources__item" data-testid="library-source">
              <div className="library-sources__what">
                <strong>
                  <bdi>{source.name}</bdi>
                </strong>{' '}
                <span className="muted">
                  <bdi>{source.path}</bdi>
                </span>
                <br />
                {reviewsText(source.meetingIds.length)}
                {source.readAt === null ? '' : `, read ${dateTimeTextAt(source.readAt, localTimeZone())}`}
                {source.problems.length > 0 ? (
                  <details className="library-sources__problems">
                    <summary>{source.problems.length === 1 ? '1 file could not be read' : `${source.problems.length} files could not be read`}</summary>
                    <ul>
                      {source.problems.map((problem) => (
                        <li key={problem.file}>
                          <code>
                            <bdi>{problem.file}</bdi>
                          </code>
                          : <bdi>{problem.message}</bdi>
                        </li>
                      ))}
                    </ul>
                  </details>
                ) : null}
              </div>
              <button type="button" className="button button--small" onClick={() => void reread(source)} disabled={busy} aria-label={`Re-read ${source.name}`}>
                Re-read
              </button>
              <button
                type="button"
                className="button button--small button--quiet button--danger"
                onClick={() => void remove(source)}
                disabled={busy}
                aria-label={`Remove ${source.name}`}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
