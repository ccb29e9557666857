import { useTranslation } from 'react-i18next';
import { sessionTextsHref } from '../../../routing/routes';

/** On Details → Documents, under the documents made from the agenda: the way to their texts' translation. */
export function SessionTextsLink({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  return (
    <>
      <h3 className="exports__title" id="session-texts-link-title">
        {t('sessionTexts.detailsTitle')}
      </h3>
      <p className="field__hint" id="session-texts-link-hint">
        {t('sessionTexts.detailsHint')}
      </p>
      <p>
        <a
          className="button button--small"
          href={sessionTextsHref(sessionId)}
          aria-describedby="session-texts-link-hint"
          data-testid="session-texts-link"
        >
          {t('sessionTexts.link')}
        </a>
      </p>
    </>
  );
}
