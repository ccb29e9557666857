import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../shared/api/contract';
import { SESSION_EXPORT_KINDS } from '../../../../shared/api/document-procedures';
import { DOCUMENT_KINDS, type DocumentKind } from '../../../../shared/domain/document';
import { LANGUAGES, type Language } from '../../../../shared/domain/languages';
import { enumLabelKey, languageNameKey } from '../../../../shared/i18n/enum-labels';
import { SelectField } from '../../../components/form/fields';
import { documentHref, translationHref } from '../../../routing/routes';
import { DocxFilePicker } from '../DocxFilePicker';
import { RefusedNotice } from '../RefusedNotice';
import { ImportedSummary } from './ImportedSummary';
import { useDraftImport } from './use-draft-import';
import '../translation.css';

/** Kinds a Word draft can be: the three agenda documents are made from the agenda, not from a text. */
const DRAFT_KINDS = DOCUMENT_KINDS.filter((k) => !(SESSION_EXPORT_KINDS as readonly string[]).includes(k));

/** Details → Documents, "Import a Word draft…": a Word file becomes a new document of the session, in its language. */
export function ImportDraftForm({
  sessionId,
  defaultLanguage,
  onImported,
}: {
  sessionId: string;
  defaultLanguage: Language;
  onImported: (result: OutputOf<'translation.importDraft'>) => void;
}) {
  const { t } = useTranslation();
  const hintId = useId();
  const [kind, setKind] = useState<DocumentKind>('concept_paper');
  const [language, setLanguage] = useState<Language>(defaultLanguage);
  const [done, setDone] = useState<{ kind: DocumentKind; language: Language } | null>(null);
  const { state, run, picker } = useDraftImport(onImported);
  return (
    <div className="form-card import-draft" data-testid="import-draft">
      <h3 className="exports__title">{t('translation.draft.title')}</h3>
      <p className="field__hint" id={hintId}>
        {t('translation.draft.intro')}
      </p>
      <div className="inline-form">
        <SelectField
          label={t('translation.draft.kind')}
          value={kind}
          testId="import-draft-kind"
          options={DRAFT_KINDS.map((k) => ({ value: k, label: t(enumLabelKey('documentKind', k)) }))}
          onChange={setKind}
        />
        <SelectField
          label={t('translation.draft.language')}
          value={language}
          testId="import-draft-language"
          options={LANGUAGES.map((l) => ({ value: l, label: t(languageNameKey(l)) }))}
          onChange={setLanguage}
        />
        <DocxFilePicker
          {...picker}
          hintId={hintId}
          testId="import-draft-file"
          onFile={(file) => {
            setDone({ kind, language });
            void run({ sessionId, kind, language }, file);
          }}
        />
      </div>
      <div aria-live="polite">
        {state.step === 'done' && done && (
          <div className="notice notice--info" data-testid="import-draft-done">
            <p>
              {t('translation.draft.done', {
                document: t(enumLabelKey('documentKind', done.kind)),
                language: t(languageNameKey(done.language)),
              })}
            </p>
            <ImportedSummary imported={state.result.imported} />
            <p className="translation-links">
              <a href={documentHref(sessionId, state.result.documentId, done.language)}>
                {t('translation.draft.open')}
              </a>
              <a href={translationHref(sessionId, state.result.documentId)}>{t('translation.link')}</a>
            </p>
          </div>
        )}
      </div>
      {state.step === 'refused' && (
        <RefusedNotice lead={t('translation.draft.refused')} error={state.error} testId="import-draft-refused" />
      )}
    </div>
  );
}
