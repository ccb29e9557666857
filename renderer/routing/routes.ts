/** The screens, as the hash of the address names them. */
export const SESSION_TABS = ['overview', 'details', 'agenda', 'speakers', 'questions'] as const;
export type SessionTab = (typeof SESSION_TABS)[number];

export type Route =
  | { name: 'sessions' }
  | { name: 'registry' }
  | { name: 'backups' }
  | { name: 'session'; id: string; tab: SessionTab; itemId?: string }
  | { name: 'notFound' };

const UUID = '[0-9a-f-]{36}';
const SESSION = new RegExp(`^#/sessions/(${UUID})(?:/(details|agenda|speakers|questions))?(?:/(${UUID}))?/?$`, 'i');

export function parseRoute(hash: string): Route {
  if (hash === '' || hash === '#' || hash === '#/' || hash === '#/sessions' || hash === '#/sessions/') {
    return { name: 'sessions' };
  }
  if (hash === '#/registry' || hash === '#/registry/') return { name: 'registry' };
  if (hash === '#/backups' || hash === '#/backups/') return { name: 'backups' };
  const session = SESSION.exec(hash);
  if (session?.[1]) {
    const tab = (session[2]?.toLowerCase() ?? 'overview') as SessionTab;
    const itemId = session[3]?.toLowerCase();
    if (itemId && tab !== 'speakers') return { name: 'notFound' };
    return itemId
      ? { name: 'session', id: session[1].toLowerCase(), tab, itemId }
      : { name: 'session', id: session[1].toLowerCase(), tab };
  }
  return { name: 'notFound' };
}

export const sessionsHref = (): string => '#/';
export const registryHref = (): string => '#/registry';
export const backupsHref = (): string => '#/backups';
export const sessionHref = (id: string, tab: SessionTab = 'overview', itemId?: string): string =>
  `#/sessions/${id}${tab === 'overview' ? '' : `/${tab}`}${itemId ? `/${itemId}` : ''}`;
