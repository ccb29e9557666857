import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/domain/languages';
import { languageNameKey } from '../../../../shared/i18n/enum-labels';
import { DocxFilePicker } from '../DocxFilePicker';
import { RefusedNotice } from '../RefusedNotice';
import { ImportedSummary } from './ImportedSummary';
import { useDraftImport } from './use-draft-import';

/** On the versions screen of a document without text: its original comes in from a Word file. */
export function ImportOriginal({
  sessionId,
  documentId,
  language,
  onImported,
}: {
  sessionId: string;
  documentId: string;
  language: Language;
  onImported: () => void;
}) {
  const { t } = useTranslation();
  const hintId = useId();
  const { state, run, picker } = useDraftImport(onImported);
  return (
    <section className="form-card" data-testid="import-original" aria-labelledby={`${hintId}-title`}>
      <h2 id={`${hintId}-title`}>{t('translation.draft.originalTitle')}</h2>
      <p className="field__hint" id={hintId}>
        {t('translation.draft.originalIntro', { language: t(languageNameKey(language)) })}
      </p>
      <DocxFilePicker
        {...picker}
        hintId={hintId}
        testId="import-original-file"
        onFile={(file) => void run({ sessionId, documentId, language }, file)}
      />
      <div aria-live="polite">
        {state.step === 'done' && (
          <div className="notice notice--info">
            <p>{t('translation.draft.originalDone')}</p>
            <ImportedSummary imported={state.result.imported} />
          </div>
        )}
      </div>
      {state.step === 'refused' && (
        <RefusedNotice lead={t('translation.draft.refused')} error={state.error} testId="import-original-refused" />
      )}
    </section>
  );
}
