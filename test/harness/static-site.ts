import fs from 'node:fs';
import path from 'node:path';

export const STATIC_INDEX_HTML = '<!doctype html><html><head><title>Debrief test</title></head><body>test page</body></html>\n';
export const STATIC_SCRIPT = 'console.log("debrief test bundle");\n';

/** A stand-in for out/renderer, so server tests do not depend on a build. */
export function writeStaticSite(dir: string): string {
  fs.mkdirSync(path.join(dir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'index.html'), STATIC_INDEX_HTML);
  fs.writeFileSync(path.join(dir, 'assets', 'app.js'), STATIC_SCRIPT);
  fs.writeFileSync(path.join(dir, 'assets', 'app.css'), 'body { margin: 0; }\n');
  fs.writeFileSync(path.join(dir, 'assets', 'font.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  return dir;
}
