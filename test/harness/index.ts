/**
 * The test harness: the one way a test or benchmark gets a temp folder and database file, the service on it, a
 * server on 127.0.0.1 (in this process or a real `serve` process) with its token, clients for its HTTP and WebSocket
 * API, and a Chromium page on it. Import from here; the files behind it each do one job.
 */
export * from './agenda-section.ts';
export * from './agenda.ts';
export * from './browser/accessibility.ts';
export * from './browser/browser-session.ts';
export * from './browser/import-dialog.ts';
export * from './browser/browser.ts';
export * from './browser/legibility.ts';
export * from './browser/note-taker.ts';
export * from './browser/pages.ts';
export * from './browser/room-screens.ts';
export * from './call-result.ts';
export * from './client-over-service.ts';
export * from './flood.ts';
export * from './free-port.ts';
export * from './gitlab-sized-review.ts';
export * from './http-request.ts';
export * from './import-over-service.ts';
export * from './inspector.ts';
export * from './joining.ts';
export * from './migration-test.ts';
export * from './percentile.ts';
export * from './process-status.ts';
export * from './report-readers.ts';
export * from './sample-database.ts';
export * from './seeded-random.ts';
export * from './serve-api.ts';
export * from './serve-process.ts';
export * from './service-on-temp-file.ts';
export * from './static-site.ts';
export * from './storage-faults.ts';
export * from './tcp-proxy.ts';
export * from './temp-dir.ts';
export * from './test-server.ts';
export * from './ws-client.ts';
export * from './evidence.ts';
export * from './trend-reviews.ts';
export * from './timeline-csv.ts';
