import type { Page } from 'playwright-core';

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
