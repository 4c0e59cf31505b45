import os from 'node:os';
import { defaultUserDataDir, resolveDatabasePath } from '../paths.ts';

/** `--db PATH`, else DEBRIEF_DB, else the Electron app's own file, so all three open the same meetings. */
export function chooseDatabasePath(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return resolveDatabasePath({ flag, env, userDataDir: defaultUserDataDir(process.platform, env, os.homedir()) });
}
