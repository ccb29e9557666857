import { useEffect, useRef, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppHeader } from './AppHeader';
import { StorageNotices } from '../saving/StorageNotices';

/**
 * Skip link, header and the main landmark. When the screen changes (`screenKey`), focus moves to
 * the main landmark, so keyboard and screen-reader users start at the new screen's content.
 */
export function AppShell({ screenKey, children }: { screenKey: string; children: ReactNode }) {
  const { t } = useTranslation();
  const main = useRef<HTMLElement>(null);
  const firstKey = useRef(screenKey);
  useEffect(() => {
    if (screenKey !== firstKey.current) {
      firstKey.current = '';
      main.current?.focus();
      window.scrollTo(0, 0);
    }
  }, [screenKey]);
  return (
    <>
      <a className="skip-link" href="#main" onClick={skipTo}>
        {t('app.skipToContent')}
      </a>
      <AppHeader />
      <StorageNotices />
      <main id="main" ref={main} tabIndex={-1} className="app-main">
        {children}
      </main>
    </>
  );
}

/** The skip link must not touch the hash: the hash is the router's. */
function skipTo(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}
