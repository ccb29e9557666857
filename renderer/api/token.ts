/** Where the HTTP host's per-run token is kept for the life of the tab (never localStorage: it dies with the run). */
export const TOKEN_STORAGE_KEY = 'sessionDesk.token';

type TokenLocation = Pick<Location, 'hash' | 'pathname' | 'search'>;
type TokenHistory = Pick<History, 'replaceState' | 'state'>;
type TokenStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** The token in a `#token=<hex>` hash, or null. */
export function tokenFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const token = params.get('token');
  return token && /^[0-9a-f]+$/i.test(token) ? token : null;
}

/**
 * Run once at start, before routing reads the hash: moves a `#token=` from the address bar into
 * session storage (so a reload keeps it and the address bar, history and screenshots do not show
 * it), and answers the token to use, new or kept from earlier in this tab.
 */
export function takeTokenFromUrl(location: TokenLocation, history: TokenHistory, storage: TokenStorage): string | null {
  const fresh = tokenFromHash(location.hash);
  if (fresh) {
    storage.setItem(TOKEN_STORAGE_KEY, fresh);
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    return fresh;
  }
  return storage.getItem(TOKEN_STORAGE_KEY);
}
