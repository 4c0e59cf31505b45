import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, screen, session } from 'electron';
import { IPC_CALL_CHANNEL, IPC_PICK_FOLDER_CHANNEL, IPC_SAVE_FILE_CHANNEL, IPC_UPLOAD_CHANNEL } from '../shared/api/bridge.ts';
import { dispatch } from './api/dispatch.ts';
import { DatabaseFileError } from './db/database-errors.ts';
import { startRoutineBackups } from './db/routine-backups.ts';
import { followUnfinishedImports } from './server/unfinished-imports.ts';
import { registerAppScheme, serveRendererFiles } from './electron/app-protocol.ts';
import { createAudienceWindows } from './electron/audience-window.ts';
import { forwardChanges } from './electron/change-forwarding.ts';
import { readFlag } from './electron/command-line.ts';
import { createCallHandler } from './electron/ipc-call.ts';
import { startDailyReminders } from './electron/daily-reminder.ts';
import { createUploadHandler } from './electron/ipc-upload.ts';
import { createMainWindow, focusWindow } from './electron/main-window.ts';
import { openAppDatabase } from './electron/open-app-database.ts';
import { installApplicationMenu } from './electron/menu.ts';
import { commandReceiver, sendMenuCommand } from './electron/menu-command.ts';
import { rendererSource } from './electron/renderer-source.ts';
import { createPickFolderHandler } from './electron/pick-folder.ts';
import { createSaveFileHandler } from './electron/save-file.ts';
import { denyAllPermissions, installWebContentsGuards } from './electron/security.ts';
import { resolveDatabasePath } from './paths.ts';
import { createAppService } from './server/app-service.ts';
import { errorMessage } from '../shared/error-message.ts';

// Built layout: out/main/index.js, out/preload/index.cjs, out/renderer/ (inside app.asar when packaged).
const preloadPath = path.join(import.meta.dirname, '../preload/index.cjs');
const rendererRoot = path.join(import.meta.dirname, '../renderer');
const source = rendererSource({ isPackaged: app.isPackaged, devServerUrl: process.env.ELECTRON_RENDERER_URL });

let mainWindow: BrowserWindow | null = null;

const allowAudienceWindow = createAudienceWindows({
  preloadPath,
  trustedOrigins: source.trustedOrigins,
  boundsFile: () => path.join(app.getPath('userData'), 'audience-window.json'),
  screen: () => screen,
});

function openMainWindow(): void {
  const window = createMainWindow({ preloadPath, entryUrl: source.entryUrl });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  mainWindow = window;
}

async function start(): Promise<void> {
  denyAllPermissions(session.defaultSession);
  serveRendererFiles(rendererRoot);
  installApplicationMenu({
    platform: process.platform,
    development: !app.isPackaged,
    sendCommand: (commandId) =>
      sendMenuCommand(commandReceiver(BrowserWindow.getFocusedWindow()?.webContents, mainWindow?.webContents), commandId, source.trustedOrigins),
  });

  const databaseFile = resolveDatabasePath({
    flag: readFlag(process.argv, '--db'),
    env: process.env,
    userDataDir: app.getPath('userData'),
  });
  const db = await openAppDatabase(databaseFile);
  if (db === null) {
    app.exit(1);
    return;
  }
  const backups = await startRoutineBackups(db, databaseFile, {
    onError: (error) => console.error(`The routine backup of ${databaseFile} failed:`, errorMessage(error)),
  });
  // Note-takers get the same built renderer; fs reads it from inside app.asar in a packaged app.
  const { service, joining, sources, importSweeps } = createAppService(db, rendererRoot);
  app.on('will-quit', () => {
    sources.close();
    importSweeps.stop();
    void joining.close();
    // A backup still on its way is abandoned by close(); its temporary file never takes a backup's name.
    void backups.stop();
    db.close();
  });

  const unfinishedImports = followUnfinishedImports(service);
  app.on('will-quit', () => unfinishedImports.stop());
  ipcMain.handle(
    IPC_CALL_CHANNEL,
    createCallHandler({
      trustedOrigins: source.trustedOrigins,
      dispatch: (method, input) => dispatch(service, method, input),
      imports: unfinishedImports,
    }),
  );
  ipcMain.handle(
    IPC_UPLOAD_CHANNEL,
    createUploadHandler({ trustedOrigins: source.trustedOrigins, dispatch: (method, input) => dispatch(service, method, input) }),
  );
  ipcMain.handle(IPC_SAVE_FILE_CHANNEL, createSaveFileHandler({ trustedOrigins: source.trustedOrigins }));
  ipcMain.handle(IPC_PICK_FOLDER_CHANNEL, createPickFolderHandler({ trustedOrigins: source.trustedOrigins }));
  forwardChanges({
    onChange: (listener) => service.onChange(listener),
    receivers: () => BrowserWindow.getAllWindows().map((window) => window.webContents),
    trustedOrigins: source.trustedOrigins,
  });

  openMainWindow();
  const reminders = startDailyReminders({
    dispatch: (method, input) => dispatch(service, method, input),
    onClick: () => focusWindow(mainWindow),
  });
  app.on('will-quit', () => reminders.stop());
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
}

function failToStart(error: unknown): void {
  // A file Debrief refuses (read-only, say) is an expected failure: its message, without a stack trace.
  console.error('Debrief could not start:', error instanceof DatabaseFileError ? error.message : error);
  dialog.showErrorBox('Debrief could not start', errorMessage(error));
  app.exit(1);
}

// Everything below runs synchronously before the ready event, which is when Electron requires it to.
if (!app.requestSingleInstanceLock()) {
  // Another Debrief owns the database; its second-instance handler brings its window forward.
  app.quit();
} else {
  app.enableSandbox();
  registerAppScheme();
  installWebContentsGuards(app, source.trustedOrigins, allowAudienceWindow);
  app.on('second-instance', () => focusWindow(mainWindow));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.whenReady().then(start).catch(failToStart);
}
