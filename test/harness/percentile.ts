/** Nearest-rank percentile. */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((x, y) => x - y);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** Milliseconds each of `runs` calls of `work` took, after `warmUp` untimed ones. */
export function timedRuns(work: () => unknown, runs: number, warmUp: number): number[] {
  for (let index = 0; index < warmUp; index += 1) work();
  const samples: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  return samples;
}
