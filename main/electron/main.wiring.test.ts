/**
 * main.ts against a fake 'electron' (the real binary never runs in CI): checks the wiring, that every
 * event and handler the shell relies on is hooked to the tested decisions of security.ts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { applicationMenu, CONTENT_SECURITY_POLICY, secureWebPreferences } from './security';
import { DELIVER_CHANNEL, IPC_CHANNEL } from './ipc-channel';

type Listener = (...args: never[]) => unknown;

const fake = vi.hoisted(() => {
  const appListeners = new Map<string, Listener[]>();
  let ready: () => void = () => {};
  const state = {
    appPath: '',
    userData: '',
    isReady: false,
    whenReady: new Promise<void>((resolve) => (ready = resolve)),
    ready: () => {
      state.isReady = true;
      ready();
    },
    appListeners,
    privilegedSchemesBeforeReady: false,
    protocolHandlers: new Map<string, (request: { url: string }) => Promise<Response>>(),
    ipcHandlers: new Map<string, Listener>(),
    windows: [] as { options: Record<string, unknown>; loaded: string[] }[],
    permissionRequest: undefined as undefined | Listener,
    permissionCheck: undefined as undefined | Listener,
    quit: vi.fn(),
    openExternal: vi.fn(async () => {}),
    showErrorBox: vi.fn(),
    documents: '',
    saveDialogAnswer: { canceled: true } as { canceled: boolean; filePath?: string },
    showSaveDialog: vi.fn(),
    messageBoxAnswer: 1,
    showMessageBox: vi.fn(),
    applicationMenu: undefined as unknown,
  };
  const on = (name: string, listener: Listener) => {
    appListeners.set(name, [...(appListeners.get(name) ?? []), listener]);
  };
  const electron = {
    app: {
      setName: vi.fn(),
      enableSandbox: vi.fn(),
      requestSingleInstanceLock: () => true,
      on,
      whenReady: () => state.whenReady,
      getPath: (name: string) =>
        name === 'userData' ? state.userData : name === 'documents' ? state.documents : os.tmpdir(),
      getAppPath: () => state.appPath,
      getVersion: () => '0.1.0',
      // the fake is a packaged build: the one whose menu and DevTools must be locked down
      isPackaged: true,
      getPreferredSystemLanguages: () => ['es-419', 'en-US'],
      quit: state.quit,
      exit: vi.fn(),
    },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => (state.privilegedSchemesBeforeReady = !state.isReady)),
      handle: (scheme: string, handler: (request: { url: string }) => Promise<Response>) =>
        state.protocolHandlers.set(scheme, handler),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Listener) => (state.permissionRequest = handler),
        setPermissionCheckHandler: (handler: Listener) => (state.permissionCheck = handler),
      },
    },
    ipcMain: { handle: (channel: string, handler: Listener) => state.ipcHandlers.set(channel, handler) },
    Menu: {
      buildFromTemplate: (template: unknown) => ({ template }),
      setApplicationMenu: (menu: unknown) => (state.applicationMenu = menu),
    },
    BrowserWindow: class {
      static getAllWindows = () => state.windows;
      static fromWebContents = () => null;
      record: { options: Record<string, unknown>; loaded: string[] };
      constructor(options: Record<string, unknown>) {
        this.record = { options, loaded: [] };
        state.windows.push(this.record);
      }
      once() {}
      on() {}
      async loadURL(url: string) {
        this.record.loaded.push(url);
      }
    },
    shell: { openExternal: state.openExternal },
    dialog: {
      showErrorBox: state.showErrorBox,
      showMessageBox: (...args: unknown[]) => {
        state.showMessageBox(...args);
        return Promise.resolve({ response: state.messageBoxAnswer });
      },
      showSaveDialog: (...args: unknown[]) => {
        state.showSaveDialog(...args);
        return Promise.resolve(state.saveDialogAnswer);
      },
    },
  };
  return { state, electron };
});

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

const { state } = fake;
let tmp = '';

function emit(name: string, ...args: unknown[]) {
  for (const listener of state.appListeners.get(name) ?? []) (listener as (...a: unknown[]) => unknown)(...args);
}

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'session-desk-electron-'));
  state.appPath = tmp;
  state.userData = path.join(tmp, 'userData');
  state.documents = path.join(tmp, 'Documents');
  fs.mkdirSync(path.join(tmp, 'out', 'renderer'), { recursive: true });
  fs.writeFileSync(path.join(tmp, 'out', 'renderer', 'index.html'), '<!doctype html><title>Session Desk</title>');
  vi.stubEnv('SESSION_DESK_DB', '');
  vi.stubEnv('SESSION_DESK_NATIVE_BINDING', '');
  await import('./main');
  state.ready();
  await vi.waitFor(() => expect(state.windows).toHaveLength(1), { timeout: 20_000 });
}, 30_000);

afterAll(() => {
  vi.unstubAllEnvs();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('the Electron shell (fake electron)', () => {
  it('registers the app scheme as privileged before the app is ready', () => {
    expect(fake.electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(state.privilegedSchemesBeforeReady).toBe(true);
    expect(fake.electron.app.enableSandbox).toHaveBeenCalled();
    expect(fake.electron.app.setName).toHaveBeenCalledWith('Session Desk');
  });

  it('opens the database in the user-data folder by default', () => {
    expect(fs.existsSync(path.join(state.userData, 'session-desk.sqlite'))).toBe(true);
  });

  it('opens one secure window on the app origin', () => {
    const [win] = state.windows;
    expect(win?.options.webPreferences).toEqual(
      secureWebPreferences(path.join(tmp, 'out', 'electron', 'preload.cjs'), { packaged: true }),
    );
    expect(win?.options.webPreferences).toMatchObject({ devTools: false, disableBlinkFeatures: 'Auxclick' });
    expect(win?.options.show).toBe(false);
    expect(win?.loaded).toEqual(['app://session-desk/']);
  });

  it('sets a menu without reload or DevTools in a packaged build', () => {
    const { template } = state.applicationMenu as { template: unknown };
    expect(template).toEqual(applicationMenu(true, process.platform));
    expect(JSON.stringify(template)).not.toMatch(/reload|devtools/i);
  });

  it('serves the renderer with the CSP, and nothing outside it', async () => {
    const handler = state.protocolHandlers.get('app');
    const page = await handler!({ url: 'app://session-desk/' });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toContain('Session Desk');
    const escape = await handler!({ url: 'app://session-desk/..%2f..%2fuserData/session-desk.sqlite' });
    expect(escape.status).toBe(404);
  });

  it('denies every permission', () => {
    const callback = vi.fn();
    (state.permissionRequest as (...a: unknown[]) => void)({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect((state.permissionCheck as (...a: unknown[]) => unknown)({}, 'clipboard-read')).toBe(false);
  });

  it('answers the API over the one channel, for the app’s top frame only', async () => {
    const handler = state.ipcHandlers.get(IPC_CHANNEL) as (...a: unknown[]) => Promise<unknown>;
    expect([...state.ipcHandlers.keys()]).toEqual([IPC_CHANNEL, DELIVER_CHANNEL]);
    const top = { senderFrame: { url: 'app://session-desk/', parent: null } };
    await expect(handler(top, 'bodies.list', {})).resolves.toMatchObject({ ok: true });
    await expect(handler(top, 'bodies.list', { sql: 'drop table bodies' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
    for (const event of [
      { senderFrame: null },
      { senderFrame: { url: 'https://evil.example/', parent: null } },
      { senderFrame: { url: 'app://session-desk/', parent: { url: 'app://session-desk/' } } },
    ]) {
      await expect(handler(event, 'bodies.list', {})).resolves.toMatchObject({
        ok: false,
        error: { code: 'unauthorized' },
      });
    }
  });

  it('saves an export where the user chooses in the save dialog, opened in Documents on the suggested name', async () => {
    const call = state.ipcHandlers.get(IPC_CHANNEL) as (
      ...a: unknown[]
    ) => Promise<{ value: { id: string; kind: string }[] }>;
    const handler = state.ipcHandlers.get(DELIVER_CHANNEL) as (...a: unknown[]) => Promise<unknown>;
    const top = { senderFrame: { url: 'app://session-desk/', parent: null } };
    const [session] = (await call(top, 'sessions.list', {})).value;
    const documents = (await call(top, 'documents.list', { sessionId: session!.id })).value;
    const paper = { documentId: documents.find((d) => d.kind === 'concept_paper')!.id, language: 'en' };
    const target = path.join(tmp, 'chosen', 'paper.docx');
    fs.mkdirSync(path.dirname(target), { recursive: true });
    state.saveDialogAnswer = { canceled: false, filePath: target };
    await expect(handler(top, 'documents.exportDocx', paper)).resolves.toMatchObject({
      ok: true,
      // the first start's demo is held: its concept paper has its symbol, which names the file
      value: { files: [{ fileName: 'CP-CAM-1-23-en.docx', outcome: 'saved' }] },
    });
    const options = state.showSaveDialog.mock.calls.at(-1)?.at(-1) as { defaultPath: string };
    expect(options.defaultPath).toBe(path.join(tmp, 'Documents', 'CP-CAM-1-23-en.docx'));
    expect(fs.readFileSync(target).subarray(0, 2).toString()).toBe('PK');

    state.saveDialogAnswer = { canceled: true };
    await expect(handler(top, 'documents.exportDocx', paper)).resolves.toMatchObject({
      value: { files: [{ outcome: 'cancelled' }] },
    });
    state.showSaveDialog.mockClear();
    await expect(handler(top, 'bodies.list', {})).resolves.toMatchObject({ ok: false });
    await expect(
      handler({ senderFrame: { url: 'https://evil.example/', parent: null } }, 'documents.exportDocx', paper),
    ).resolves.toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(state.showSaveDialog).not.toHaveBeenCalled();
    // the plain channel never carries an export's bytes to the page
    await expect(call(top, 'documents.exportDocx', paper)).resolves.toMatchObject({ ok: false });
  });

  it('keeps every web contents on the app and offers clicked web and mail links, host first, to open outside', async () => {
    const listeners = new Map<string, Listener>();
    let openHandler: ((details: { url: string }) => unknown) | undefined;
    const contents = {
      on: (name: string, listener: Listener) => listeners.set(name, listener),
      setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
    };
    emit('web-contents-created', {}, contents);

    const navigate = (name: string, url: string) => {
      const event = { url, preventDefault: vi.fn() };
      (listeners.get(name) as (e: typeof event) => void)(event);
      return event.preventDefault.mock.calls.length > 0;
    };
    const asked = () => state.showMessageBox.mock.calls.map((call) => (call.at(-1) as { message: string }).message);
    const settle = () => vi.waitFor(() => expect(state.showMessageBox).toHaveBeenCalled());

    expect(navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate('will-navigate', 'app://session-desk/index.html')).toBe(false);
    expect(navigate('will-redirect', 'https://evil.example/')).toBe(true);
    expect(navigate('will-attach-webview', 'app://session-desk/')).toBe(true);
    expect(state.showMessageBox).not.toHaveBeenCalled();

    // a clicked link: refused in the window, offered outside; Cancel (the default) opens nothing
    state.messageBoxAnswer = 1;
    expect(navigate('will-navigate', 'https://oas.org.evil.example/www.oas.org')).toBe(true);
    await settle();
    expect(asked()).toEqual(['oas.org.evil.example']);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(state.openExternal).not.toHaveBeenCalled();

    state.showMessageBox.mockClear();
    state.messageBoxAnswer = 0;
    expect(openHandler!({ url: 'https://example.org/doc' })).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(state.openExternal).toHaveBeenCalledWith('https://example.org/doc'));
    expect(asked()).toEqual(['example.org']);

    state.showMessageBox.mockClear();
    state.openExternal.mockClear();
    navigate('will-navigate', 'mailto:secretariat@oas.org');
    await vi.waitFor(() => expect(state.openExternal).toHaveBeenCalledWith('mailto:secretariat@oas.org'));
    expect(asked()).toEqual(['oas.org']);

    state.showMessageBox.mockClear();
    state.openExternal.mockClear();
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'app://session-desk/']) {
      expect(openHandler!({ url })).toEqual({ action: 'deny' });
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(state.showMessageBox).not.toHaveBeenCalled();
    expect(state.openExternal).not.toHaveBeenCalled();

    // the one window of our own: the room display, with the main window's security settings
    const display = openHandler!({
      url: 'app://session-desk/#/sessions/0b6f3a52-9d1e-4c7a-8f7e-2d4b5c6a7e81/floor/display',
    }) as { action: string; overrideBrowserWindowOptions: { webPreferences: Record<string, unknown> } };
    expect(display.action).toBe('allow');
    expect(display.overrideBrowserWindowOptions.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
    });
    expect(String(display.overrideBrowserWindowOptions.webPreferences.preload)).toMatch(/preload\.cjs$/);
  });

  it('closes the database before quitting', async () => {
    const event = { preventDefault: vi.fn() };
    emit('will-quit', event);
    expect(event.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(state.quit).toHaveBeenCalled());
    const again = { preventDefault: vi.fn() };
    emit('will-quit', again);
    expect(again.preventDefault).not.toHaveBeenCalled();
  });
});
