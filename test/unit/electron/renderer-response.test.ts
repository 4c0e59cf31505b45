import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { rendererResponse } from '../../../src/main/electron/renderer-response.ts';
import { CONTENT_SECURITY_POLICY } from '../../../src/shared/csp.ts';
import { useTempDir } from '../../harness/index.ts';

const temp = useTempDir('debrief-renderer-', 'file');
const root = path.join(temp.dir, 'renderer');

beforeAll(() => {
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Debrief</title>');
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1);');
  fs.writeFileSync(path.join(temp.dir, 'secret.txt'), 'not for the renderer');
});

const get = (url: string, method = 'GET'): Promise<Response> => rendererResponse(new Request(url, { method }), root);

describe('rendererResponse', () => {
  it('serves index.html for the root with its type, the CSP and nosniff', async () => {
    const response = await get('app://debrief/');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Debrief</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves assets with their content type', async () => {
    const response = await get('app://debrief/assets/app.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1);');
  });

  it('answers HEAD with headers and no body', async () => {
    const response = await get('app://debrief/assets/app.js', 'HEAD');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('');
  });

  it.each(['app://debrief/missing.js', 'app://debrief/assets', 'app://debrief/index.html/x'])('404 for %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const url of ['app://debrief/..%2fsecret.txt', 'app://debrief/%2e%2e/secret.txt', 'app://debrief/../secret.txt']) {
      const response = await get(url);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('not for the renderer');
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://debrief/index.html', 'POST')).status).toBe(405);
  });
});
