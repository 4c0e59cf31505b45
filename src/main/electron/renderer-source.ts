import { APP_ENTRY_URL, APP_ORIGIN, devServerOrigin } from './trusted-url.ts';

export interface RendererSource {
  /** What the main window loads. */
  entryUrl: string;
  /** The only origins whose pages may navigate, call the API or receive its events. */
  trustedOrigins: readonly string[];
}

/**
 * The packaged app always loads its own files from app://debrief. Only an unpackaged run (electron-vite dev) honours
 * ELECTRON_RENDERER_URL, so nobody can point an installed app at another server through the environment.
 */
export function rendererSource(options: { isPackaged: boolean; devServerUrl: string | undefined }): RendererSource {
  const devOrigin = options.isPackaged ? null : devServerOrigin(options.devServerUrl);
  if (devOrigin === null || options.devServerUrl === undefined) {
    return { entryUrl: APP_ENTRY_URL, trustedOrigins: [APP_ORIGIN] };
  }
  return { entryUrl: options.devServerUrl, trustedOrigins: [APP_ORIGIN, devOrigin] };
}
