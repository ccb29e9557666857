import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the window's title to "<page> – Session Desk", in the language of the screens. */
export function useDocumentTitle(page: string): void {
  const { t } = useTranslation();
  const title = t('app.documentTitle', { page });
  useEffect(() => {
    document.title = title;
  }, [title]);
}
