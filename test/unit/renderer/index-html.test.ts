import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src/shared/csp.ts';
import indexHtml from '../../../src/renderer/index.html?raw';

describe('renderer index.html', () => {
  it('carries the shared Content-Security-Policy, word for word', () => {
    const match = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(indexHtml);
    expect(match?.[1]).toBe(CONTENT_SECURITY_POLICY);
  });

  it('has no inline script or style, which that policy would block', () => {
    expect(indexHtml).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(indexHtml).not.toMatch(/<style/);
    expect(indexHtml).not.toMatch(/\sstyle="/);
  });

  it('loads nothing from another origin', () => {
    expect(indexHtml).not.toMatch(/(src|href)="(https?:)?\/\//);
  });
});
