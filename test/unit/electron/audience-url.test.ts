import { describe, expect, it } from 'vitest';
import { audienceMeetingId } from '../../../src/main/electron/audience-url.ts';

const TRUSTED = ['app://debrief', 'http://localhost:5173'];
const ID = '0f8fad5b-d9cb-469f-a165-70867728950e';
const APP = 'app://debrief/index.html';
const DEV = 'http://localhost:5173/';

describe('audienceMeetingId', () => {
  it.each([
    [`${APP}#/meetings/${ID}/audience`, APP],
    [`${APP}#/meetings/${ID}/audience`, `${APP}#/meetings/${ID}`],
    [`${APP}#/meetings/${ID}/audience?theme=dark`, `${APP}#/`],
    [`${APP}#/meetings/${ID}/audience?theme=light`, APP],
    [`${DEV}#/meetings/${ID}/audience`, `${DEV}#/meetings/${ID}`],
    [`${APP}#/meetings/${ID.toUpperCase()}/audience`, APP],
  ])('allows %s opened from %s', (target, opener) => {
    expect(audienceMeetingId(target, opener, TRUSTED)).toBe(ID);
  });

  it.each([
    ['another origin', `https://example.com/#/meetings/${ID}/audience`, APP],
    ['another app host', `app://evil/index.html#/meetings/${ID}/audience`, APP],
    ['the dev server from the packaged page', `${DEV}#/meetings/${ID}/audience`, APP],
    ['the packaged page from the dev server', `${APP}#/meetings/${ID}/audience`, DEV],
    ['another port', `http://localhost:5174/#/meetings/${ID}/audience`, 'http://localhost:5174/'],
    ['an untrusted opener', `https://example.com/#/meetings/${ID}/audience`, 'https://example.com/'],
    ['credentials', `app://user:pw@debrief/index.html#/meetings/${ID}/audience`, APP],
    ['an extra path', `app://debrief/index.html/x#/meetings/${ID}/audience`, APP],
    ['another file', `app://debrief/other.html#/meetings/${ID}/audience`, APP],
    ['a query outside the hash', `${APP}?x=1#/meetings/${ID}/audience`, APP],
    ['the console', `${APP}#/meetings/${ID}`, APP],
    ['the library', `${APP}#/`, APP],
    ['no hash', APP, APP],
    ['a trailing slash', `${APP}#/meetings/${ID}/audience/`, APP],
    ['a suffix', `${APP}#/meetings/${ID}/audience-x`, APP],
    ['another theme', `${APP}#/meetings/${ID}/audience?theme=neon`, APP],
    ['a second query field', `${APP}#/meetings/${ID}/audience?theme=dark&x=1`, APP],
    ['a path-traversing id', `${APP}#/meetings/../audience`, APP],
    ['an encoded id', `${APP}#/meetings/${encodeURIComponent(`${ID}/x`)}/audience`, APP],
    ['an encoded slash', `${APP}#/meetings/${ID}%2Faudience`, APP],
    ['a percent-encoded id', `${APP}#/meetings/%30f8fad5b-d9cb-469f-a165-70867728950e/audience`, APP],
    ['a non-UUID id', `${APP}#/meetings/not-a-uuid/audience`, APP],
    ['a short id', `${APP}#/meetings/0f8fad5b-d9cb-469f-a165-70867728950/audience`, APP],
    ['a nested route', `${APP}#/meetings/${ID}/audience#/meetings/${ID}/audience`, APP],
    ['a backslash', `app://debrief\\index.html#/meetings/${ID}/audience`, APP],
    ['a tab inside the hash', `${APP}#/meetings/${ID}/audi\tence`, APP],
    ['upper-case scheme', `APP://debrief/index.html#/meetings/${ID}/audience`, APP],
    ['javascript:', `javascript:location='${APP}#/meetings/${ID}/audience'`, APP],
    ['data:', `data:text/html,<script>location='#/meetings/${ID}/audience'</script>`, APP],
    ['about:blank', 'about:blank', APP],
    ['file:', `file:///app/out/renderer/index.html#/meetings/${ID}/audience`, APP],
    ['an empty URL', '', APP],
    ['a relative URL (never resolved)', `#/meetings/${ID}/audience`, APP],
    ['an opener with no page yet', `${APP}#/meetings/${ID}/audience`, ''],
  ])('refuses %s', (_case, target, opener) => {
    expect(audienceMeetingId(target, opener, TRUSTED)).toBeNull();
  });
});
