import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() } }));

const { protocol } = await import('electron');
const { registerAppScheme, serveRendererFiles } = await import('../../../src/main/electron/app-protocol.ts');

describe('the app:// scheme', () => {
  it('is registered as a standard, secure scheme without bypassing CSP or enabling CORS', () => {
    registerAppScheme();
    const [schemes] = vi.mocked(protocol.registerSchemesAsPrivileged).mock.calls[0] ?? [];
    expect(schemes).toHaveLength(1);
    const [app] = schemes ?? [];
    expect(app?.scheme).toBe('app');
    expect(app?.privileges).toMatchObject({ standard: true, secure: true, stream: true });
    expect(app?.privileges?.bypassCSP).not.toBe(true);
    expect(app?.privileges?.corsEnabled).not.toBe(true);
    expect(app?.privileges?.allowServiceWorkers).not.toBe(true);
  });

  it('is served by a handler that answers from the renderer folder', async () => {
    serveRendererFiles('/nonexistent/renderer');
    const [scheme, handler] = vi.mocked(protocol.handle).mock.calls[0] ?? [];
    expect(scheme).toBe('app');
    const response = await handler?.(new Request('app://debrief/index.html'));
    expect(response?.status).toBe(404);
    expect(response?.headers.get('content-security-policy')).toContain("default-src 'self'");
  });
});
