/**
 * The renderer's Content-Security-Policy: only the app's own origin, no inline or eval'd script, no remote anything.
 * Used as the HTTP header in browser mode and checked against the meta tag in index.html by a unit test.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  // blob: for the thumbnails of attached images, which the page makes from the bytes it uploaded or read back.
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
