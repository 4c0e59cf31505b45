import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { LibrarySearchHit } from '../../../shared/api/library.ts';
import { matchPlace } from '../../../shared/library/match-place.ts';
import { calendarDateAt } from '../../../shared/time/zoned-time.ts';
import { librarySearchStore, useLibrarySearch } from '../../app/services.ts';
import { hrefFor } from '../../routing/routes.ts';
import { SeverityBadge } from '../common/SeverityBadge.tsx';
import { useFocusRequest } from '../common/use-focus-request.ts';

const INPUT_ID = 'library-search-input';
const RESULTS_ID = 'library-search-results';

/** The result links, in order, for moving between them with the arrow keys. */
function resultLinks(): HTMLAnchorElement[] {
  return Array.from(document.querySelectorAll<HTMLAnchorElement>(`#${RESULTS_ID} a.search-result`));
}

/** The snippet as text with its matches in <mark>: typed text is only ever a React text node. */
function Snippet({ hit }: { hit: LibrarySearchHit }) {
  return (
    <bdi className="search-result__snippet">
      {hit.snippet.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
    </bdi>
  );
}

function SearchResult({ hit }: { hit: LibrarySearchHit }) {
  const date = calendarDateAt(hit.incidentStartedAt ?? hit.createdAt, hit.timeZone);
  const onKeyDown = (event: KeyboardEvent<HTMLAnchorElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp' && event.key !== 'Escape') return;
    event.preventDefault();
    const links = resultLinks();
    const index = links.indexOf(event.currentTarget);
    const next = event.key === 'ArrowDown' ? links[index + 1] : event.key === 'ArrowUp' ? links[index - 1] : undefined;
    (next ?? (event.key === 'ArrowDown' ? event.currentTarget : document.getElementById(INPUT_ID)))?.focus();
  };
  return (
    <li>
      <a className="search-result" href={hrefFor({ name: 'meeting', meetingId: hit.meetingId })} onKeyDown={onKeyDown}>
        <span className="search-result__heading">
          {hit.incidentId === '' ? null : <bdi className="search-result__incident">{hit.incidentId}</bdi>}
          <bdi className="search-result__title">{hit.title}</bdi>
        </span>
        <span className="search-result__facts">
          <SeverityBadge severity={hit.severity} />
          <time dateTime={new Date(hit.incidentStartedAt ?? hit.createdAt).toISOString()}>{date}</time>
        </span>
        <span className="search-result__match">
          <span className="search-result__place">{matchPlace(hit.kind, hit.field)}:</span> <Snippet hit={hit} />
        </span>
      </a>
    </li>
  );
}

/** Search over every review (issue 16), above the meetings list; `/` puts the cursor in the box. */
export function LibrarySearch() {
  const query = useLibrarySearch((state) => state.query);
  const answered = useLibrarySearch((state) => state.answered);
  const hits = useLibrarySearch((state) => state.hits);
  const state = useLibrarySearch((state) => state.state);
  const error = useLibrarySearch((state) => state.error);
  const inputRef = useRef<HTMLInputElement>(null);
  useFocusRequest('library-search', inputRef);
  useEffect(() => librarySearchStore.getState().watch(), []);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      const [first] = resultLinks();
      if (first) {
        event.preventDefault();
        first.focus();
      }
    } else if (event.key === 'Escape' && query !== '') {
      event.preventDefault();
      librarySearchStore.getState().clear();
    }
  };

  const searching = query.trim() !== '';
  const shown = state === 'idle' ? [] : hits;
  const noMatch = state === 'ready' && hits.length === 0;
  const status =
    state === 'error'
      ? ''
      : state === 'idle' || !searching
        ? ''
        : noMatch
          ? 'No review matches.'
          : state === 'ready'
            ? `${hits.length === 1 ? '1 review matches' : `${hits.length} reviews match`}, best first.`
            : 'Searching…';

  return (
    <section className="panel library-search" aria-labelledby="library-search-heading">
      <search className="library-search__box">
        <h2 id="library-search-heading">
          <label htmlFor={INPUT_ID}>Search all reviews</label>
        </h2>
        <input
          id={INPUT_ID}
          ref={inputRef}
          type="search"
          dir="auto"
          value={query}
          onChange={(event) => void librarySearchStore.getState().search(event.target.value)}
          onKeyDown={onKeyDown}
          aria-describedby="library-search-hint"
          aria-controls={shown.length > 0 ? RESULTS_ID : undefined}
          autoComplete="off"
          spellCheck={false}
        />
        <p className="field__hint" id="library-search-hint">
          Titles, summaries, facts, timelines, whys, notes and action items of every review. Press / to search, ↓ to reach the results.
        </p>
      </search>
      <p className="library-search__status muted" role="status">
        {status}
      </p>
      {state === 'error' ? (
        <p className="form-message" role="alert">
          The search did not complete: {error}
        </p>
      ) : null}
      {searching && noMatch ? (
        <div className="empty-state">
          <p className="empty-state__title">
            Nothing matches{' '}
            <q>
              <bdi>{answered.trim()}</bdi>
            </q>
          </p>
          <p>Every word must appear somewhere in the review. Try fewer words, or the start of a word.</p>
        </div>
      ) : null}
      {shown.length > 0 ? (
        <ol id={RESULTS_ID} className="search-results" aria-label="Reviews that match, best first">
          {shown.map((hit) => (
            <SearchResult key={hit.meetingId} hit={hit} />
          ))}
        </ol>
      ) : null}
    </section>
  );
}
