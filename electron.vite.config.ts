import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const root = path.dirname(fileURLToPath(import.meta.url));
const fromRoot = (...segments: string[]): string => path.resolve(root, ...segments);

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
    plugins: [react()],
    build: {
      outDir: fromRoot('out/renderer'),
      rolldownOptions: {
        input: { index: fromRoot('src/renderer/index.html') },
      },
    },
  },
});
