import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell, type WebContents } from 'electron';
import { ApiFailure } from '../../shared/api/errors';
import { openApp, type App } from '../app/open-app';
import { DATABASE_ENV, DATABASE_FILE, PRODUCT_NAME, resolveDatabasePath } from '../platform/default-database-path';
import { createI18n } from '../../shared/i18n';
import { systemLanguage } from '../../shared/i18n/system-language';
import { setAppVersion } from '../safety/app-version';
import { registerDeliver, registerIpc } from './ipc-adapter';
import { dbFlag, NATIVE_BINDING_ENV } from './launch-options';
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  applicationMenu,
  appProtocolResponse,
  decideNavigation,
  decideWindowOpen,
  externalLinkOf,
  externalLinkPrompt,
  type ExternalLink,
  secureWebPreferences,
} from './security';

// The Electron shell: wiring only. Every decision is a tested function of security.ts.

app.setName(PRODUCT_NAME);
app.enableSandbox();
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let opened: App | undefined;
let mainWindow: BrowserWindow | undefined;

function databaseFile(): string {
  const flag = dbFlag(process.argv);
  if (flag || process.env[DATABASE_ENV]) return resolveDatabasePath(flag);
  return path.join(app.getPath('userData'), DATABASE_FILE);
}

const preloadPath = () => path.join(app.getAppPath(), 'out', 'electron', 'preload.cjs');

function createWindow(): void {
  const win = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: PRODUCT_NAME,
    // The keys that matter most are written out (they equal secureWebPreferences' own) so that
    // static scanners such as Electronegativity can see them.
    webPreferences: {
      ...secureWebPreferences(preloadPath(), { packaged: app.isPackaged }),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => (mainWindow = undefined));
  void win.loadURL(APP_ENTRY_URL);
  mainWindow = win;
}

let asking = false;

/**
 * A link the user clicked (navigation away from the app, or a link asking for a new window) leaves
 * the app only after the user confirms it, seeing its host first; one question at a time.
 * Electronegativity flags the openExternal call below (OPEN_EXTERNAL_JS_CHECK, a tentative finding
 * for any non-constant URL): the URL is externalLinkOf's (http, https or mailto only), confirmed.
 */
async function offerExternalLink(contents: WebContents, link: ExternalLink): Promise<void> {
  if (asking) return;
  asking = true;
  try {
    const { t } = createI18n(systemLanguage(app.getPreferredSystemLanguages()));
    const prompt = externalLinkPrompt(link, {
      question: (l) => t(`ui:safety.externalLink.${l.kind}`),
      open: t('ui:safety.externalLink.open'),
      cancel: t('ui:safety.externalLink.cancel'),
    });
    const owner = BrowserWindow.fromWebContents(contents);
    const { response } = owner ? await dialog.showMessageBox(owner, prompt) : await dialog.showMessageBox(prompt);
    if (response === 0) await shell.openExternal(link.url);
  } finally {
    asking = false;
  }
}

// Every web contents, this window's and any other: no navigation away, no windows but the room display, no webviews.
app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event) => {
    if (decideNavigation(event.url) === 'allow') return;
    event.preventDefault();
    const link = externalLinkOf(event.url);
    if (link) void offerExternalLink(contents, link);
  });
  contents.on('will-redirect', (event) => {
    if (decideNavigation(event.url) === 'deny') event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url);
    if (decision.action === 'allow') {
      // the room display: the main window's web preferences (secureWebPreferences holds every key)
      const webPreferences = secureWebPreferences(preloadPath(), { packaged: app.isPackaged });
      return { action: 'allow', overrideBrowserWindowOptions: { title: PRODUCT_NAME, webPreferences } };
    }
    if (decision.openExternally) void offerExternalLink(contents, decision.link);
    return { action: 'deny' };
  });
});

async function start(): Promise<void> {
  const rendererRoot = path.join(app.getAppPath(), 'out', 'renderer');
  // Every response of the app: protocol carries the CSP (security.ts, appHeaders). Electronegativity
  // looks for a CSP only in HTML and webRequest code, so it reports CSP_GLOBAL_CHECK (no CSP) here.
  protocol.handle(APP_SCHEME, (request) =>
    appProtocolResponse(rendererRoot, request.url, (f) => fs.promises.readFile(f)),
  );
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);

  const menu = applicationMenu(app.isPackaged, process.platform);
  if (menu) Menu.setApplicationMenu(Menu.buildFromTemplate(menu as Electron.MenuItemConstructorOptions[]));
  setAppVersion(app.getVersion());
  const nativeBinding = process.env[NATIVE_BINDING_ENV];
  opened = await openApp(databaseFile(), nativeBinding ? { nativeBinding } : {});
  registerIpc(ipcMain, opened.api);
  registerDeliver(ipcMain, opened.api, {
    documentsDir: () => app.getPath('documents'),
    showSaveDialog: (options) =>
      mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options),
    writeFile: (file, bytes) => fs.promises.writeFile(file, bytes),
  });
  createWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('activate', () => {
    if (opened && BrowserWindow.getAllWindows().length === 0) createWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', (event) => {
    if (!opened) return;
    const closing = opened;
    opened = undefined;
    event.preventDefault();
    void closing.close().finally(() => app.quit());
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      const { t } = createI18n(systemLanguage(app.getPreferredSystemLanguages()));
      const message =
        error instanceof ApiFailure
          ? [t(`ui:${error.error.messageKey}`), ...error.error.issues.map((i) => i.message)].join('\n\n')
          : error instanceof Error
            ? error.message
            : String(error);
      dialog.showErrorBox(t('ui:errors.startFailed'), message);
      app.exit(1);
    });
}
