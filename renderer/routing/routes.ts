import type { Language } from '../../shared/domain/languages';

/** The screens, as the hash of the address names them. */
export const SESSION_TABS = ['overview', 'details', 'agenda', 'speakers', 'questions', 'floor', 'practices'] as const;
export type SessionTab = (typeof SESSION_TABS)[number];

/** A document's translation screens: its four versions, what changed since a sending, one translation beside the original. */
export type TranslationView = 'versions' | 'changes' | 'sideBySide';
const VIEW_PATHS = { changes: 'changes', sideBySide: 'side-by-side' } as const;

export type Route =
  | { name: 'sessions' }
  | { name: 'registry' }
  | { name: 'backups' }
  | { name: 'session'; id: string; tab: SessionTab; itemId?: string }
  | { name: 'document'; id: string; documentId: string; lang: Language }
  | { name: 'translation'; id: string; documentId: string; view: TranslationView; lang?: Language }
  | { name: 'sessionTexts'; id: string }
  | { name: 'floorDisplay'; id: string }
  | { name: 'notFound' };

const UUID = '[0-9a-f-]{36}';
const SESSION = new RegExp(
  `^#/sessions/(${UUID})(?:/(details|agenda|speakers|questions|floor|practices))?(?:/(${UUID}))?/?$`,
  'i',
);
const DOCUMENT = new RegExp(`^#/sessions/(${UUID})/documents/(${UUID})/(en|es|fr|pt)/?$`, 'i');
const FLOOR_DISPLAY = new RegExp(`^#/sessions/(${UUID})/floor/display/?$`, 'i');
const SESSION_TEXTS = new RegExp(`^#/sessions/(${UUID})/session-texts/?$`, 'i');
const TRANSLATION = new RegExp(
  `^#/sessions/(${UUID})/documents/(${UUID})(?:/(changes|side-by-side)/(en|es|fr|pt))?/?$`,
  'i',
);

export function parseRoute(hash: string): Route {
  if (hash === '' || hash === '#' || hash === '#/' || hash === '#/sessions' || hash === '#/sessions/') {
    return { name: 'sessions' };
  }
  if (hash === '#/registry' || hash === '#/registry/') return { name: 'registry' };
  if (hash === '#/backups' || hash === '#/backups/') return { name: 'backups' };
  const document = DOCUMENT.exec(hash);
  if (document?.[1] && document[2] && document[3]) {
    return {
      name: 'document',
      id: document[1].toLowerCase(),
      documentId: document[2].toLowerCase(),
      lang: document[3].toLowerCase() as Language,
    };
  }
  const floorDisplay = FLOOR_DISPLAY.exec(hash);
  if (floorDisplay?.[1]) return { name: 'floorDisplay', id: floorDisplay[1].toLowerCase() };
  const sessionTexts = SESSION_TEXTS.exec(hash);
  if (sessionTexts?.[1]) return { name: 'sessionTexts', id: sessionTexts[1].toLowerCase() };
  const translation = TRANSLATION.exec(hash);
  if (translation?.[1] && translation[2]) {
    const base = {
      name: 'translation',
      id: translation[1].toLowerCase(),
      documentId: translation[2].toLowerCase(),
    } as const;
    const path = translation[3]?.toLowerCase();
    const lang = translation[4]?.toLowerCase() as Language | undefined;
    if (!path || !lang) return { ...base, view: 'versions' };
    return { ...base, view: path === 'changes' ? 'changes' : 'sideBySide', lang };
  }
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
/** The editor of one language version of a session's document. */
export const documentHref = (sessionId: string, documentId: string, lang: Language): string =>
  `#/sessions/${sessionId}/documents/${documentId}/${lang}`;
/** A document's translation screens: its versions, or what changed / side by side for one language. */
export const translationHref = (
  sessionId: string,
  documentId: string,
  view: TranslationView = 'versions',
  lang?: Language,
): string =>
  `#/sessions/${sessionId}/documents/${documentId}${view === 'versions' || !lang ? '' : `/${VIEW_PATHS[view]}/${lang}`}`;
/** The session's texts through translation: their status per language, sending and receiving. */
export const sessionTextsHref = (sessionId: string): string => `#/sessions/${sessionId}/session-texts`;
/** The room's display of the floor: the speaker and the clock, nothing else (a second tab or window). */
export const floorDisplayHref = (sessionId: string): string => `#/sessions/${sessionId}/floor/display`;
