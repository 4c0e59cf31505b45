import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

const root = path.dirname(fileURLToPath(import.meta.url));
const fromRoot = (...segments: string[]): string => path.resolve(root, ...segments);

/**
 * Dev server only. Vite serves CSS as injected <style> elements, which the page's CSP (style-src 'self') refuses, so the
 * app would run unstyled. Vite puts a nonce on everything it injects; the served page's CSP allows exactly that nonce.
 * Built files are untouched: they link their CSS.
 */
function devServerStyleNonce(): Plugin {
  const nonce = randomBytes(18).toString('base64');
  return {
    name: 'debrief:dev-server-style-nonce',
    apply: 'serve',
    config: () => ({ html: { cspNonce: nonce } }),
    transformIndexHtml: (html) => html.replace("style-src 'self'", `style-src 'self' 'nonce-${nonce}'`),
  };
}

export default defineConfig({
  // ESM (package.json "type": "module") -> out/main/index.js. electron-vite's default externalizeDeps keeps every
  // package.json dependency (better-sqlite3 and its native binding above all) a runtime import from node_modules;
  // src/shared is bundled in.
  main: {
    build: {
      outDir: fromRoot('out/main'),
      rolldownOptions: {
        input: { index: fromRoot('src/main/index.ts') },
      },
    },
  },
  // A sandboxed preload can neither be an ES module nor require anything but 'electron' (and a few Node built-ins),
  // so it is one CommonJS file with everything else bundled in.
  preload: {
    build: {
      outDir: fromRoot('out/preload'),
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: fromRoot('src/preload/index.ts') },
        output: {
          format: 'cjs',
          entryFileNames: '[name].cjs',
          codeSplitting: false,
        },
      },
    },
  },
  renderer: {
    root: fromRoot('src/renderer'),
    plugins: [react(), devServerStyleNonce()],
    build: {
      outDir: fromRoot('out/renderer'),
      minify: true,
      rolldownOptions: {
        input: { index: fromRoot('src/renderer/index.html') },
      },
    },
  },
});
