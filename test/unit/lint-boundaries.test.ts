import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The probe files do not exist, so the type-aware rules (which need each file in a tsconfig) are switched off here;
// the import boundaries under test come from the project's own config unchanged.
const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfig: {
    languageOptions: { parserOptions: { projectService: false, project: null } },
    rules: { '@typescript-eslint/no-floating-promises': 'off', '@typescript-eslint/no-misused-promises': 'off' },
  },
});

async function restrictedImports(code: string, filePath: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').length;
}

describe('process boundaries are enforced by the linter', () => {
  it.each([
    ["import fs from 'node:fs';", 'src/renderer/probe.ts'],
    ["import fs from 'fs';", 'src/renderer/probe.ts'],
    ["import { ipcRenderer } from 'electron';", 'src/renderer/probe.ts'],
    ["import Database from 'better-sqlite3';", 'src/renderer/probe.ts'],
    ["import { openDatabase } from '../main/db/open.ts';", 'src/renderer/probe.ts'],
    ["import path from 'node:path';", 'src/shared/probe.ts'],
    ["import { app } from 'electron';", 'src/shared/probe.ts'],
    ["import { WebSocketServer } from 'ws';", 'src/shared/probe.ts'],
    ["import { dispatch } from '../main/api/dispatch.ts';", 'src/shared/probe.ts'],
  ])(
    'refuses %s in %s',
    async (line, file) => {
      expect(await restrictedImports(`${line}\nexport const used = 1;\n`, file)).toBe(1);
      // Each case runs ESLint with the project's config, which takes seconds on a busy machine.
    },
    30_000,
  );

  it.each([
    ["import { z } from 'zod';", 'src/shared/probe.ts'],
    ["import { Document } from 'docx';", 'src/shared/probe.ts'],
    ["import fs from 'node:fs';", 'src/main/probe.ts'],
    ["import { create } from 'zustand';", 'src/renderer/probe.ts'],
  ])('allows %s in %s', async (line, file) => {
    expect(await restrictedImports(`${line}\nexport const used = 1;\n`, file)).toBe(0);
  });
});
