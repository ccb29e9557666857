import './side-by-side.css';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/domain/languages';
import { enumLabelKey, languageNameKey } from '../../../../shared/i18n/enum-labels';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { Loading } from '../../../components/Loading';
import { documentHref, translationHref } from '../../../routing/routes';
import { SessionFrame } from '../../../session/SessionFrame';
import { useDocumentVersions } from '../../../session/use-document-versions';
import { BackLink } from '../../../components/BackLink';
import { SideBySideTable } from './SideBySideTable';

/** The original and one translation of a document, passage by passage, both editable. */
export function SideBySideView({ id, documentId, lang }: { id: string; documentId: string; lang: Language }) {
  const { t } = useTranslation();
  const state = useDocumentVersions(documentId);
  return (
    <SessionFrame id={id} tab="details">
      {({ data }) => {
        const doc = data.documents.find((d) => d.id === documentId);
        const kind = doc ? t(enumLabelKey('documentKind', doc.kind)) : '';
        const original =
          state.status === 'ready' ? state.versions.find((v) => v.language === doc?.originalLanguage) : undefined;
        const translation = state.status === 'ready' ? state.versions.find((v) => v.language === lang) : undefined;
        const ready =
          doc && original?.content && translation?.content && original !== translation
            ? {
                original: { id: original.id, language: original.language, content: original.content },
                translation: { id: translation.id, language: translation.language, content: translation.content },
              }
            : null;
        return (
          <>
            <BackLink href={translationHref(id, documentId)}>
              {t('translation.backToVersions', { document: kind })}
            </BackLink>
            <h1 data-testid="side-by-side-heading">
              {t('sideBySide.heading', {
                document: kind,
                original: doc ? t(languageNameKey(doc.originalLanguage)) : '',
                translation: t(languageNameKey(lang)),
              })}
            </h1>
            {state.status === 'loading' && <Loading />}
            {state.status === 'error' && <ErrorNotice error={state.error} />}
            {state.status === 'ready' && !ready && (
              <p className="notice" role="alert">
                {doc && original?.content && original !== translation
                  ? t('sideBySide.noText')
                  : t('sideBySide.notFound')}
              </p>
            )}
            {ready && (
              <>
                <p className="side-by-side__intro">{t('sideBySide.intro')}</p>
                <p className="side-by-side__links">
                  <a href={documentHref(id, documentId, ready.original.language)}>
                    {t('sideBySide.openInEditor', { language: t(languageNameKey(ready.original.language)) })}
                  </a>
                  <a href={documentHref(id, documentId, lang)}>
                    {t('sideBySide.openInEditor', { language: t(languageNameKey(lang)) })}
                  </a>
                </p>
                <SideBySideTable original={ready.original} translation={ready.translation} />
              </>
            )}
          </>
        );
      }}
    </SessionFrame>
  );
}
