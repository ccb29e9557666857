import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  appProtocolResponse,
  CONTENT_SECURITY_POLICY,
  contentTypeFor,
  decideNavigation,
  decideWindowOpen,
  applicationMenu,
  externalLinkOf,
  externalLinkPrompt,
  type MenuItem,
  isAppUrl,
  isTrustedSender,
  resolveAppAsset,
  secureWebPreferences,
} from './security';

const ROOT = path.resolve('/srv/app/out/renderer');

/** URLs that are not ours, whatever they pretend. */
const FOREIGN = [
  '',
  'not a url',
  'app:',
  'app://',
  'app://other-host/',
  'app://session-desk.evil.com/',
  'app://evil.com/session-desk/',
  'app://session-desk:8080/',
  'app://user@session-desk/',
  'app://user:pass@session-desk/',
  'apps://session-desk/',
  'http://session-desk/',
  'https://session-desk/',
  'file:///etc/passwd',
  'file://session-desk/index.html',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'blob:app://session-desk/1234',
  'about:blank',
  'chrome://settings',
  'devtools://devtools/bundled/inspector.html',
  'http://127.0.0.1:5173/',
  'https://example.com/app://session-desk/',
];

describe('the app origin', () => {
  it('is the custom app scheme with its one host', () => {
    expect(APP_ORIGIN).toBe('app://session-desk');
    expect(APP_ENTRY_URL.startsWith(APP_ORIGIN)).toBe(true);
  });

  it.each([
    'app://session-desk/',
    'app://session-desk/index.html',
    'app://session-desk/a/b?x=1#y',
    'APP://session-desk/',
  ])('accepts %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
    expect(isTrustedSender(url)).toBe(true);
    expect(decideNavigation(url)).toBe('allow');
  });

  it.each(FOREIGN)('refuses %j', (url) => {
    expect(isAppUrl(url)).toBe(false);
    expect(isTrustedSender(url)).toBe(false);
    expect(decideNavigation(url)).toBe('deny');
  });

  it.each([undefined, null, 42, {}, ['app://session-desk/']])('refuses a non-string %j', (value) => {
    expect(isAppUrl(value)).toBe(false);
    expect(isTrustedSender(value)).toBe(false);
    expect(decideNavigation(value)).toBe('deny');
  });
});

describe('the content security policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values.join(' ')] as const;
    }),
  );

  it.each([
    ['default-src', "'self'"],
    ['script-src', "'self'"],
    ['style-src', "'self'"],
    ['img-src', "'self' data:"],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['object-src', "'none'"],
    ['frame-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
    ['frame-ancestors', "'none'"],
  ])('sets %s to %s', (name, value) => {
    expect(directives.get(name)).toBe(value);
  });

  it('allows no inline or evaluated script and no remote host', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|https?:|\*/);
  });
});

describe('secureWebPreferences', () => {
  it('isolates and sandboxes the page and keeps Node out of it', () => {
    expect(secureWebPreferences('/app/out/electron/preload.cjs', { packaged: false })).toMatchObject({
      preload: '/app/out/electron/preload.cjs',
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
      disableBlinkFeatures: 'Auxclick',
      devTools: true,
    });
  });

  it('turns DevTools off in a packaged build', () => {
    expect(secureWebPreferences('/p.cjs', { packaged: true }).devTools).toBe(false);
  });
});

describe('applicationMenu', () => {
  const roles = (items: MenuItem[]): string[] =>
    items.flatMap((item) => ('role' in item ? [item.role, ...('submenu' in item ? roles(item.submenu) : [])] : []));

  it('keeps the default menu in development', () => {
    expect(applicationMenu(false, 'linux')).toBeNull();
  });

  it.each(['linux', 'win32', 'darwin'] as const)(
    'has no reload or DevTools item in a packaged build (%s)',
    (platform) => {
      const menu = applicationMenu(true, platform)!;
      const all = roles(menu).map((r) => r.toLowerCase());
      expect(all).toContain('editmenu');
      expect(all).toContain('zoomin');
      for (const role of ['reload', 'forcereload', 'toggledevtools']) expect(all).not.toContain(role);
      // a role menu without its own submenu gets Electron's default one, which has Reload and DevTools
      expect(menu.find((item) => 'role' in item && item.role === 'viewMenu')).toHaveProperty('submenu');
    },
  );
});

describe('decideWindowOpen', () => {
  it.each([
    ['https://example.org/page?q=1#frag', 'https://example.org/page?q=1#frag'],
    ['http://example.org', 'http://example.org/'],
    ['HTTPS://EXAMPLE.ORG/A', 'https://example.org/A'],
    ['https://www.ohchr.org/en/hr-bodies', 'https://www.ohchr.org/en/hr-bodies'],
    ['  https://example.org/trimmed  ', 'https://example.org/trimmed'],
  ])('offers the web link %j to the browser, normalized', (url, normalized) => {
    expect(decideWindowOpen(url)).toEqual({
      action: 'deny',
      openExternally: true,
      link: { url: normalized, host: new URL(normalized).hostname, kind: 'web' },
    });
  });

  it.each([
    ['mailto:someone@example.org', 'example.org'],
    ['mailto:cam%40oas.org', 'oas.org'],
    ['mailto:secretariat@OAS.org?subject=CAM', 'oas.org'],
  ])('offers the e-mail link %j to the mail program, with its domain', (url, host) => {
    expect(externalLinkOf(url)).toEqual({ url: new URL(url).href, host, kind: 'mail' });
  });

  it('names the host of a look-alike address in punycode, and the real host of a deceptive one', () => {
    expect(externalLinkOf('https://оas.org/')?.host).toBe('xn--as-emc.org');
    expect(externalLinkOf('https://oas.org.evil.example/oas.org/page')?.host).toBe('oas.org.evil.example');
  });

  it.each([
    ...FOREIGN.filter((url) => !/^https?:/i.test(url)),
    'file:///C:/Windows/System32/calc.exe',
    'file://attacker.example/share/payload.exe',
    'FILE:///etc/passwd',
    'smb://attacker.example/share',
    '\\\\attacker.example\\share\\x.exe',
    'ms-msdt:/id PCWDiagnostic',
    'ms-officecmd:{}',
    'search-ms:query=x',
    'vscode://file/etc/passwd',
    'mailto:',
    'mailto:not-an-address',
    'mailto:a@b.org,c@d.org',
    'mailto:a@b.org;c@d.org',
    'mailto:a@localhost',
    'tel:+41000000000',
    'ssh://host',
    'ftp://example.org/file',
    'jar:https://example.org/x.jar!/',
    'vbscript:msgbox(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'https://user:password@example.org/',
    'https://example.org@evil.example/',
    `https://example.org/${'a'.repeat(5000)}`,
    'app://session-desk/index.html',
  ])('never opens %j', (url) => {
    expect(decideWindowOpen(url)).toEqual({ action: 'deny', openExternally: false });
  });

  it('denies every new Electron window but the room display of a session', () => {
    for (const url of ['https://example.org/', 'app://session-desk/', 'javascript:1']) {
      expect(decideWindowOpen(url).action).toBe('deny');
    }
    const id = '0b6f3a52-9d1e-4c7a-8f7e-2d4b5c6a7e81';
    expect(decideWindowOpen(`app://session-desk/#/sessions/${id}/floor/display`)).toEqual({
      action: 'allow',
      roomDisplay: true,
    });
    for (const url of [
      `app://session-desk/#/sessions/${id}/floor`,
      `app://session-desk/#/sessions/${id}/floor/display/extra`,
      `app://session-desk/index.html#/sessions/${id}/floor/display`,
      `app://session-desk/?x=1#/sessions/${id}/floor/display`,
      `app://evil.example/#/sessions/${id}/floor/display`,
      `app://user@session-desk/#/sessions/${id}/floor/display`,
      `app://session-desk/#/sessions/not-an-id/floor/display`,
    ]) {
      expect(decideWindowOpen(url).action, url).toBe('deny');
    }
  });

  it('refuses non-strings', () => {
    expect(decideWindowOpen(undefined)).toEqual({ action: 'deny', openExternally: false });
    expect(decideWindowOpen({ href: 'https://example.org/' })).toEqual({ action: 'deny', openExternally: false });
  });
});

describe('externalLinkPrompt', () => {
  it('shows the host alone first, the whole address after the question, Cancel by default', () => {
    const link = externalLinkOf('https://oas.org.evil.example/www.oas.org/login')!;
    const prompt = externalLinkPrompt(link, { question: (l) => `Open (${l.kind})?`, open: 'Open', cancel: 'Cancel' });
    expect(prompt).toEqual({
      type: 'question',
      message: 'oas.org.evil.example',
      detail: 'Open (web)?\n\nhttps://oas.org.evil.example/www.oas.org/login',
      buttons: ['Open', 'Cancel'],
      defaultId: 1,
      cancelId: 1,
      noLink: true,
    });
  });
});

describe('resolveAppAsset', () => {
  it.each([
    ['app://session-desk', 'index.html'],
    ['app://session-desk/', 'index.html'],
    ['app://session-desk/index.html', 'index.html'],
    ['app://session-desk/assets/index-abc123.js', 'assets/index-abc123.js'],
    ['app://session-desk/assets/app.css?v=2#x', 'assets/app.css'],
    ['app://session-desk/fonts/Noto%20Sans.woff2', 'fonts/Noto Sans.woff2'],
    ['app://session-desk//assets//a.js', 'assets/a.js'],
    ['app://session-desk/a/./b.js', 'a/b.js'],
    ['app://session-desk/a/../b.js', 'b.js'],
    ['app://session-desk/%2e%2e/index.html', 'index.html'],
    ['app://session-desk/../../etc/passwd', 'etc/passwd'],
  ])('maps %s into the renderer folder', (url, relative) => {
    expect(resolveAppAsset(ROOT, url)).toBe(path.join(ROOT, relative));
  });

  it.each([
    ...FOREIGN,
    'app://session-desk/..%2f..%2fetc/passwd',
    'app://session-desk/..%2F..%2Fetc%2Fpasswd',
    'app://session-desk/%2e%2e%2f%2e%2e%2fetc/passwd',
    'app://session-desk/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fsecret',
    'app://session-desk/..%5c..%5cwindows%5cwin.ini',
    'app://session-desk/a%5cb.js',
    'app://session-desk/%2fetc%2fpasswd',
    'app://session-desk/%2Fetc/passwd',
    'app://session-desk/C:%5cWindows%5cwin.ini',
    'app://session-desk/C:/Windows/win.ini',
    'app://session-desk/file%00.js',
    'app://session-desk/%E0%A4%A',
    'app://session-desk/%',
    'app://session-desk/%252e%252e/x',
  ])('refuses %j', (url) => {
    const resolved = resolveAppAsset(ROOT, url);
    if (url === 'app://session-desk/%252e%252e/x') {
      // Decoded once only: a literal "%2e%2e" folder inside the root, harmless.
      expect(resolved).toBe(path.join(ROOT, '%2e%2e', 'x'));
    } else {
      expect(resolved).toBeNull();
    }
  });

  it('never answers with a path outside the root', () => {
    const tricky = ['..', '%2e%2e', '%2E%2E', '.%2e', '%2e.', '..%2f', '%2e%2e%2f', '..%5c', '%00', '%2f', '%5c', 'C:'];
    for (const a of tricky) {
      for (const b of tricky) {
        const resolved = resolveAppAsset(ROOT, `app://session-desk/${a}/${b}/etc/passwd`);
        if (resolved !== null) expect(resolved.startsWith(ROOT + path.sep)).toBe(true);
      }
    }
  });
});

describe('appProtocolResponse', () => {
  const files = new Map([
    [path.join(ROOT, 'index.html'), '<!doctype html><title>Session Desk</title>'],
    [path.join(ROOT, 'assets', 'app.js'), 'console.log(1)'],
  ]);
  const read = async (file: string) => {
    const text = files.get(file);
    if (text === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    return new TextEncoder().encode(text);
  };

  it('serves index.html for the root with the CSP', async () => {
    const response = await appProtocolResponse(ROOT, 'app://session-desk/', read);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('Session Desk');
  });

  it('serves an asset with its type', async () => {
    const response = await appProtocolResponse(ROOT, 'app://session-desk/assets/app.js', read);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers a client-side route with index.html, a missing file with 404', async () => {
    expect(await (await appProtocolResponse(ROOT, 'app://session-desk/sessions/3', read)).text()).toContain('<title>');
    const missing = await appProtocolResponse(ROOT, 'app://session-desk/assets/missing.js', read);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers 404 with the CSP to traversal and foreign hosts, without reading', async () => {
    const reads: string[] = [];
    const spy = async (file: string) => {
      reads.push(file);
      return read(file);
    };
    for (const url of ['app://session-desk/..%2f..%2fetc/passwd', 'app://other/index.html', 'file:///etc/passwd']) {
      const response = await appProtocolResponse(ROOT, url, spy);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
    expect(reads).toEqual([]);
  });

  it('knows the common content types', () => {
    expect(contentTypeFor('a.CSS')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('a.woff2')).toBe('font/woff2');
    expect(contentTypeFor('a.svg')).toBe('image/svg+xml');
    expect(contentTypeFor('noext')).toBe('application/octet-stream');
  });
});
