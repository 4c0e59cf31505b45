import type { UserConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import config from '../../../electron.vite.config.ts';

const { main, preload, renderer } = config as UserConfig;
const single = <T>(value: T | T[] | undefined): T | undefined => (Array.isArray(value) ? value[0] : value);

describe('electron.vite.config.ts', () => {
  it('builds the main process from src/main/index.ts and keeps dependencies external', () => {
    expect(JSON.stringify(main?.build?.rolldownOptions?.input)).toContain('src/main/index.ts');
    expect(main?.build?.externalizeDeps).not.toBe(false);
  });

  it('builds the preload as one CommonJS .cjs file with everything bundled in, as a sandboxed preload needs', () => {
    const output = single(preload?.build?.rolldownOptions?.output);
    expect(JSON.stringify(preload?.build?.rolldownOptions?.input)).toContain('src/preload/index.ts');
    expect(output?.format).toBe('cjs');
    expect(output?.entryFileNames).toBe('[name].cjs');
    expect(output?.codeSplitting).toBe(false);
    expect(preload?.build?.externalizeDeps).toBe(false);
    expect(preload?.build?.outDir).toMatch(/out[\\/]preload$/);
  });

  it('builds the React renderer from src/renderer into out/renderer', () => {
    expect(renderer?.root).toMatch(/src[\\/]renderer$/);
    expect(renderer?.build?.outDir).toMatch(/out[\\/]renderer$/);
    expect(JSON.stringify(renderer?.build?.rolldownOptions?.input)).toContain('index.html');
    expect((renderer?.plugins ?? []).flat().some((plugin) => plugin && 'name' in plugin && String(plugin.name).includes('react'))).toBe(true);
  });
});

describe('the dev-server style nonce', () => {
  const plugin = (renderer?.plugins ?? [])
    .flat()
    .find((candidate): candidate is Plugin => !!candidate && 'name' in candidate && candidate.name === 'debrief:dev-server-style-nonce');
  const csp = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'";

  it('applies to the dev server only, never to the build', () => {
    expect(plugin?.apply).toBe('serve');
  });

  it("has Vite nonce its injected tags and lets the page's CSP allow exactly that nonce for styles", () => {
    const config = (plugin?.config as () => { html: { cspNonce: string } })();
    const nonce = config.html.cspNonce;
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{24}$/);
    const transform = plugin?.transformIndexHtml as (html: string) => string;
    const html = transform(`<meta http-equiv="Content-Security-Policy" content="${csp}" />`);
    expect(html).toContain(`style-src 'self' 'nonce-${nonce}';`);
    expect(html).toContain("script-src 'self';");
    expect(html).not.toContain('unsafe-inline');
  });
});
