import { afterEach, describe, expect, it, vi } from 'vitest';
import { startImportSweeps } from '../../../src/main/server/import-sweeps.ts';

/** Issue 17: while the app runs, an import a closed window left running is rolled back within a minute of going stale. */
describe('import sweeps', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('asks the service every minute until stopped', () => {
    vi.useFakeTimers();
    const removeAbandonedImports = vi.fn(() => 0);
    const sweeps = startImportSweeps({ removeAbandonedImports });
    vi.advanceTimersByTime(59_999);
    expect(removeAbandonedImports).toHaveBeenCalledTimes(0);
    vi.advanceTimersByTime(1);
    expect(removeAbandonedImports).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(120_000);
    expect(removeAbandonedImports).toHaveBeenCalledTimes(3);
    sweeps.stop();
    vi.advanceTimersByTime(600_000);
    expect(removeAbandonedImports).toHaveBeenCalledTimes(3);
  });

  it('says a failed sweep on the console and tries again at the next', () => {
    vi.useFakeTimers();
    const said = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const removeAbandonedImports = vi
      .fn<() => number>()
      .mockImplementationOnce(() => {
        throw new Error('database or disk is full');
      })
      .mockImplementation(() => 1);
    const sweeps = startImportSweeps({ removeAbandonedImports });
    vi.advanceTimersByTime(60_000);
    expect(said).toHaveBeenCalledWith('Removing an abandoned timeline import failed: database or disk is full');
    vi.advanceTimersByTime(60_000);
    expect(removeAbandonedImports).toHaveBeenCalledTimes(2);
    sweeps.stop();
  });
});
