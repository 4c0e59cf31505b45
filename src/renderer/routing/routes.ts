export type Route = { name: 'library' } | { name: 'meeting'; meetingId: string } | { name: 'not-found'; hash: string };

const MEETING_PATH = /^\/meetings\/([^/?#]+)\/?$/;

/** Reads the location hash: "#/" is the library, "#/meetings/<id>" one meeting. Hash routing works from file://, app:// and http alike. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  if (path === '/') return { name: 'library' };
  const meeting = MEETING_PATH.exec(path);
  if (meeting?.[1]) {
    try {
      return { name: 'meeting', meetingId: decodeURIComponent(meeting[1]) };
    } catch {
      return { name: 'not-found', hash };
    }
  }
  return { name: 'not-found', hash };
}

export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'library':
      return '#/';
    case 'meeting':
      return `#/meetings/${encodeURIComponent(route.meetingId)}`;
    case 'not-found':
      return route.hash;
  }
}
