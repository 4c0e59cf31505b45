/** Moved to src/shared/time so the importers (CLI, service) and the renderer read times the same way. */
export * from '../../shared/time/zoned-time.ts';
