export type AudienceTheme = 'light' | 'dark';

export type Route =
  | { name: 'library' }
  /** The follow-ups ledger: every review's action items. */
  | { name: 'followups' }
  /** The people directory: owners and their tracker identities. */
  | { name: 'people' }
  /** Trends across every review. */
  | { name: 'trends' }
  /** The team's list of contributing factors (issue 16). */
  | { name: 'factors' }
  | { name: 'meeting'; meetingId: string }
  /** The shared screen for the projector; `theme` null follows the system's light or dark setting. */
  | { name: 'audience'; meetingId: string; theme: AudienceTheme | null }
  | { name: 'not-found'; hash: string };

const MEETING_PATH = /^\/meetings\/([^/?#]+)\/?$/;
const AUDIENCE_PATH = /^\/meetings\/([^/?#]+)\/audience\/?$/;

function decode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

function themeFrom(query: string): AudienceTheme | null {
  const theme = new URLSearchParams(query).get('theme');
  return theme === 'light' || theme === 'dark' ? theme : null;
}

/**
 * Reads the location hash: "#/" is the library, "#/followups" the follow-ups ledger, "#/people" the people directory, "#/trends" the trends across reviews, "#/factors" the contributing factors, "#/meetings/<id>" a meeting's console, "#/meetings/<id>/audience"
 * its shared screen (optionally "?theme=light" or "?theme=dark"). Hash routing works from file://, app:// and http alike.
 */
export function parseRoute(hash: string): Route {
  const full = hash.replace(/^#/, '') || '/';
  const queryAt = full.indexOf('?');
  const path = queryAt >= 0 ? full.slice(0, queryAt) : full;
  const query = queryAt >= 0 ? full.slice(queryAt + 1) : '';
  if (path === '/') return { name: 'library' };
  if (path === '/followups' || path === '/followups/') return { name: 'followups' };
  if (path === '/people' || path === '/people/') return { name: 'people' };
  if (path === '/trends' || path === '/trends/') return { name: 'trends' };
  if (path === '/factors' || path === '/factors/') return { name: 'factors' };
  const meeting = MEETING_PATH.exec(path);
  if (meeting?.[1]) {
    const meetingId = decode(meeting[1]);
    return meetingId === null ? { name: 'not-found', hash } : { name: 'meeting', meetingId };
  }
  const audience = AUDIENCE_PATH.exec(path);
  if (audience?.[1]) {
    const meetingId = decode(audience[1]);
    return meetingId === null ? { name: 'not-found', hash } : { name: 'audience', meetingId, theme: themeFrom(query) };
  }
  return { name: 'not-found', hash };
}

export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'library':
      return '#/';
    case 'followups':
      return '#/followups';
    case 'people':
      return '#/people';
    case 'trends':
      return '#/trends';
    case 'factors':
      return '#/factors';
    case 'meeting':
      return `#/meetings/${encodeURIComponent(route.meetingId)}`;
    case 'audience':
      return `#/meetings/${encodeURIComponent(route.meetingId)}/audience${route.theme ? `?theme=${route.theme}` : ''}`;
    case 'not-found':
      return route.hash;
  }
}

/** The route's meeting, for the screens that belong to one. */
export function routeMeetingId(route: Route): string | null {
  return route.name === 'meeting' || route.name === 'audience' ? route.meetingId : null;
}
