/** The screens, as the hash of the address names them: `#/` and `#/sessions/<id>`. */
export type Route = { name: 'sessions' } | { name: 'session'; id: string } | { name: 'notFound' };

const SESSION = /^#\/sessions\/([0-9a-f-]{36})\/?$/i;

export function parseRoute(hash: string): Route {
  if (hash === '' || hash === '#' || hash === '#/' || hash === '#/sessions' || hash === '#/sessions/') {
    return { name: 'sessions' };
  }
  const session = SESSION.exec(hash);
  if (session?.[1]) return { name: 'session', id: session[1].toLowerCase() };
  return { name: 'notFound' };
}

export const sessionsHref = (): string => '#/';
export const sessionHref = (id: string): string => `#/sessions/${id}`;
