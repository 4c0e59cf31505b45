import type { Page } from 'playwright-core';
import type { ServeProcess } from '../serve-process.ts';

/** A call through the app's own HTTP API from a page, with that page's cookie; returns the HTTP status and the body. */
export async function callAs(page: Page, method: string, input: unknown): Promise<{ status: number; body: { ok: boolean; result?: unknown } }> {
  return page.evaluate(
    async ([name, body]) => {
      const response = await fetch(`/api/call/${name}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      return { status: response.status, body: (await response.json()) as { ok: boolean; result?: unknown } };
    },
    [method, input] as const,
  );
}

/** A call from a script, through the same API the app uses, presenting the printed token as a script would. */
export async function callAsScript<T>(server: ServeProcess, method: string, input: unknown): Promise<T> {
  const response = await fetch(new URL(`/api/call/${method}`, server.origin), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}` },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as { ok: boolean; result?: T; error?: { message: string } };
  if (!body.ok || body.result === undefined) throw new Error(`${method} failed: ${body.error?.message ?? response.status}`);
  return body.result;
}
