import path from 'node:path';

/**
 * Every security decision of the Electron shell, as pure functions: main.ts only wires them to
 * Electron's events, and security.test.ts checks them under plain Node (Electron never runs in CI).
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'session-desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/`;

/** Sent with every response of the app: protocol; nothing is loaded from anywhere but the app itself. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The subset of Electron's WebPreferences we set, typed here so this file needs no 'electron' import. */
export interface SecureWebPreferences {
  preload: string;
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  webviewTag: false;
  spellcheck: true;
  navigateOnDragDrop: false;
  safeDialogs: true;
  /** Middle-click opens links in new windows by itself: off, so only the handlers below decide. */
  disableBlinkFeatures: 'Auxclick';
  /** Off in a packaged build: no way into the page's internals for whoever sits at the keyboard. */
  devTools: boolean;
}

export function secureWebPreferences(preloadPath: string, options: { packaged: boolean }): SecureWebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: true,
    navigateOnDragDrop: false,
    safeDialogs: true,
    disableBlinkFeatures: 'Auxclick',
    devTools: !options.packaged,
  };
}

function parseUrl(url: unknown): URL | null {
  if (typeof url !== 'string' || url.length === 0) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

const isOurs = (u: URL): boolean =>
  u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && u.username === '' && u.password === '';

/** True for app://session-desk/... and nothing else (no other host, no port, no credentials). */
export function isAppUrl(url: unknown): boolean {
  const u = parseUrl(url);
  return u !== null && isOurs(u);
}

/**
 * Whether an IPC message may be answered: it must come from a page of our own origin. The carrier
 * checks separately that the frame is the top frame (a frame's URL alone cannot tell).
 */
export function isTrustedSender(frameUrl: unknown): boolean {
  return isAppUrl(frameUrl);
}

/** The window only ever shows the app itself: any navigation elsewhere (links, redirects, drops) is refused. */
export function decideNavigation(url: unknown): 'allow' | 'deny' {
  return isAppUrl(url) ? 'allow' : 'deny';
}

/** A link the user may open outside the app, with what the confirmation shows first. */
export interface ExternalLink {
  /** Normalized by the URL parser (lower-case scheme and host, punycode for look-alike letters). */
  url: string;
  /** The host of a web link, the domain of an e-mail address: shown before anything else. */
  host: string;
  kind: 'web' | 'mail';
}

const MAX_EXTERNAL_URL = 4096;
const MAIL_ADDRESS = /^[^\s@,;:/?#]+@([a-z0-9-]+(?:\.[a-z0-9-]+)+)$/i;

/**
 * A web link (http or https, with a host, no credentials) or an e-mail link (mailto: one address)
 * that may go to the user's browser or mail program; null for everything else (file:, javascript:,
 * data:, smb:, custom schemes that launch other programs, overlong URLs).
 */
export function externalLinkOf(url: unknown): ExternalLink | null {
  const u = parseUrl(url);
  if (u === null || u.href.length > MAX_EXTERNAL_URL) return null;
  if (
    (u.protocol === 'http:' || u.protocol === 'https:') &&
    u.hostname !== '' &&
    u.username === '' &&
    u.password === ''
  ) {
    return { url: u.href, host: u.hostname, kind: 'web' };
  }
  if (u.protocol === 'mailto:') {
    let address: string;
    try {
      address = decodeURIComponent(u.pathname);
    } catch {
      return null;
    }
    const domain = MAIL_ADDRESS.exec(address)?.[1];
    if (domain) return { url: u.href, host: new URL(`http://${domain}`).hostname, kind: 'mail' };
  }
  return null;
}

export type WindowOpenDecision =
  | { action: 'deny'; openExternally: true; link: ExternalLink }
  | { action: 'deny'; openExternally: false }
  | { action: 'allow'; roomDisplay: true };

const ROOM_DISPLAY_ROUTE =
  /^#\/sessions\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/floor\/display$/i;

/** The floor's room display of a session, app://session-desk/#/sessions/<id>/floor/display, and nothing else. */
export function isRoomDisplayUrl(url: unknown): boolean {
  const u = parseUrl(url);
  return u !== null && isOurs(u) && u.pathname === '/' && u.search === '' && ROOM_DISPLAY_ROUTE.test(u.hash);
}

/**
 * One window of our own, the room display (moved to the second screen or the projector, opened by
 * the chair's screen with the main window's security settings), and no other. An external link is
 * offered to the user's browser or mail program.
 */
export function decideWindowOpen(url: unknown): WindowOpenDecision {
  if (isRoomDisplayUrl(url)) return { action: 'allow', roomDisplay: true };
  const link = externalLinkOf(url);
  return link ? { action: 'deny', openExternally: true, link } : { action: 'deny', openExternally: false };
}

/** The words of the confirmation before a link leaves the app, in the user's language. */
export interface ExternalLinkWords {
  question: (link: ExternalLink) => string;
  open: string;
  cancel: string;
}

/**
 * The confirmation shown before a link the user clicked leaves the app: the host (or the mail
 * domain) alone on the first line, so "oas.org.example.net" cannot hide behind a long path; the
 * whole address below it; Cancel is the default.
 */
export function externalLinkPrompt(link: ExternalLink, words: ExternalLinkWords) {
  return {
    type: 'question' as const,
    message: link.host,
    detail: `${words.question(link)}\n\n${link.url}`,
    buttons: [words.open, words.cancel],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  };
}

/** A menu item by role, the shape Electron's Menu.buildFromTemplate takes. */
export type MenuItem = { role: string } | { type: 'separator' } | { role: string; submenu: MenuItem[] };

/**
 * The menu of a packaged build: Electron's default one without Reload, Force Reload and Toggle
 * Developer Tools (and their accelerators). Null in development, which keeps the default menu.
 */
export function applicationMenu(packaged: boolean, platform: NodeJS.Platform): MenuItem[] | null {
  if (!packaged) return null;
  const separator = { type: 'separator' } as const;
  return [
    ...(platform === 'darwin' ? [{ role: 'appMenu' }] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    {
      role: 'viewMenu',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        separator,
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
  ];
}

/**
 * The file inside rendererRoot that app://session-desk/<path> names ('/' is index.html), or null
 * when the URL is not ours or its path tries to leave the folder (.., encoded or not, absolute
 * paths, backslashes, drive letters, NUL bytes).
 */
export function resolveAppAsset(rendererRoot: string, requestUrl: unknown): string | null {
  const u = parseUrl(requestUrl);
  if (u === null || !isOurs(u) || u.port !== '') return null;
  const segments: string[] = [];
  for (const raw of u.pathname.split('/')) {
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '.' || segment === '..' || /[/\\:\0]/.test(segment)) return null;
    segments.push(segment);
  }
  if (segments.length === 0) segments.push('index.html');
  const root = path.resolve(rendererRoot);
  const file = path.resolve(root, ...segments);
  return file.startsWith(root + path.sep) ? file : null;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
};

export const contentTypeFor = (file: string): string =>
  CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';

/** Headers every response of the app: protocol carries, errors included. */
export const appHeaders = (contentType: string): Record<string, string> => ({
  'Content-Type': contentType,
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-cache',
});

/**
 * The answer of the app: protocol handler. A path without an extension that names no file gets
 * index.html, so a reload on a client-side route still shows the app.
 */
export async function appProtocolResponse(
  rendererRoot: string,
  requestUrl: string,
  readFile: (file: string) => Promise<Uint8Array>,
): Promise<Response> {
  const file = resolveAppAsset(rendererRoot, requestUrl);
  if (file === null)
    return new Response('Not found', { status: 404, headers: appHeaders('text/plain; charset=utf-8') });
  const candidates = path.extname(file) === '' ? [file, path.join(path.resolve(rendererRoot), 'index.html')] : [file];
  for (const candidate of candidates) {
    try {
      const body = await readFile(candidate);
      return new Response(body as BodyInit, { status: 200, headers: appHeaders(contentTypeFor(candidate)) });
    } catch {
      // try the next candidate
    }
  }
  return new Response('Not found', { status: 404, headers: appHeaders('text/plain; charset=utf-8') });
}
