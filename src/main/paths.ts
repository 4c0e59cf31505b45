import os from 'node:os';
import path from 'node:path';

export const DATABASE_FILE_NAME = 'debrief.sqlite';
export const APP_FOLDER_NAME = 'Debrief';

/**
 * The folder Electron's app.getPath('userData') returns for an app named Debrief, computed without Electron
 * so that browser mode and the CLI open the same database as the desktop app.
 */
export function defaultUserDataDir(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string {
  if (platform === 'win32') {
    return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), APP_FOLDER_NAME);
  }
  if (platform === 'darwin') {
    return path.posix.join(home, 'Library', 'Application Support', APP_FOLDER_NAME);
  }
  const configHome = env.XDG_CONFIG_HOME && path.isAbsolute(env.XDG_CONFIG_HOME) ? env.XDG_CONFIG_HOME : path.join(home, '.config');
  return path.join(configHome, APP_FOLDER_NAME);
}

/** `--db PATH` wins, then DEBRIEF_DB, then the file in the user data folder. */
export function resolveDatabasePath(options: { flag: string | undefined; env: NodeJS.ProcessEnv; userDataDir: string }): string {
  const chosen = options.flag ?? (options.env.DEBRIEF_DB ? options.env.DEBRIEF_DB : undefined);
  return chosen ? path.resolve(chosen) : path.join(options.userDataDir, DATABASE_FILE_NAME);
}

/** What the CLI and browser mode open: the same file as the desktop app unless told otherwise. */
export function chooseDatabasePath(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return resolveDatabasePath({ flag, env, userDataDir: defaultUserDataDir(process.platform, env, os.homedir()) });
}
