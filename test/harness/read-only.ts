import { spawnSync } from 'node:child_process';
import type { LaunchOptions } from './serve-process.ts';

/** Root writes through any permission bits; without these two capabilities it obeys them like anyone else. */
const WITHOUT_ROOTS_OVERRIDE = ['setpriv', '--bounding-set=-dac_override,-dac_read_search', '--inh-caps=-dac_override,-dac_read_search', '--'];

/**
 * How to start a child for which `chmod a-w` really makes a file or folder read-only. A normal user needs nothing;
 * root (CI containers) runs it through setpriv with the capabilities that bypass permissions dropped. Null when
 * running as root without a working setpriv: the caller skips.
 */
export function readOnlyLaunch(): LaunchOptions | null {
  if (process.getuid?.() !== 0) return {};
  const probe = spawnSync(WITHOUT_ROOTS_OVERRIDE[0]!, [...WITHOUT_ROOTS_OVERRIDE.slice(1), 'true'], { stdio: 'ignore' });
  return probe.status === 0 ? { prefix: WITHOUT_ROOTS_OVERRIDE } : null;
}
