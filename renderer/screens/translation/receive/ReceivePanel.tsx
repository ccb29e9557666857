import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/errors';
import type { InspectResult } from '../../../../shared/api/translation-procedures';
import type { Language } from '../../../../shared/domain/languages';
import { languageNameKey } from '../../../../shared/i18n/enum-labels';
import { useApi } from '../../../api/api-context';
import { toApiError } from '../../../api/api-error';
import { useLanguage } from '../../../i18n/use-language';
import { useSaveQueue } from '../../../saving/save-context';
import { DocxFilePicker } from '../DocxFilePicker';
import { RefusedNotice } from '../RefusedNotice';
import { InspectReport } from './InspectReport';

/** An inspection's report, and the handle of the file main kept: the file is read once. */
type Inspected = InspectResult & { handle: string };

type ReceiveState =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'inspected'; result: Inspected }
  | { step: 'receiving'; result: Inspected }
  | { step: 'received'; words: number }
  | { step: 'refused'; error: ApiError };

/** What is received: a document's language version, or the session's texts in a language. */
export type ReceiveTarget = { kind: 'document'; documentId: string } | { kind: 'sessionTexts'; sessionId: string };

/**
 * Receive a translation: the user picks the translator's DOCX, sees how it compares with what was
 * sent, says what to do about any difference, then receives it. Nothing is stored before that.
 */
export function ReceivePanel({
  target,
  language,
  onReceived,
  onClose,
}: {
  target: ReceiveTarget;
  language: Language;
  onReceived: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const api = useApi();
  const queue = useSaveQueue();
  const id = useId();
  const reportRef = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<ReceiveState>({ step: 'idle' });
  const [accept, setAccept] = useState(false);
  const [replace, setReplace] = useState(false);
  const languageName = t(languageNameKey(language));

  useEffect(() => {
    if (state.step === 'inspected') reportRef.current?.focus();
  }, [state.step]);
  // The panel opens below the table, away from the button that opened it: take the focus there.
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  async function inspect(file: Blob) {
    setState({ step: 'reading' });
    setAccept(false);
    setReplace(false);
    try {
      await queue.flush();
      setState({
        step: 'inspected',
        result:
          target.kind === 'document'
            ? await api.upload('translation.inspect', { documentId: target.documentId, language }, file)
            : await api.upload('translation.sessionTexts.inspect', { sessionId: target.sessionId, language }, file),
      });
    } catch (failure) {
      setState({ step: 'refused', error: toApiError(failure) });
    }
  }

  async function receive(result: Inspected) {
    setState({ step: 'receiving', result });
    try {
      // the file was read once, by its inspection: it is received by the inspection's handle
      const decisions = { language, handle: result.handle, acceptMismatches: accept, replaceExisting: replace };
      const received =
        target.kind === 'document'
          ? await api.call('translation.receive', { documentId: target.documentId, ...decisions })
          : await api.call('translation.sessionTexts.receive', { sessionId: target.sessionId, ...decisions });
      setState({ step: 'received', words: received.imported.words });
      onReceived();
    } catch (failure) {
      setState({ step: 'refused', error: toApiError(failure) });
    }
  }

  const open = state.step === 'inspected' || state.step === 'receiving' ? state : null;
  const ready = open && (open.result.report.matches || accept) && (!open.result.wouldOverwrite || replace);
  return (
    <section className="form-card receive-panel" data-testid="receive-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={headingRef} tabIndex={-1}>
        {target.kind === 'document'
          ? t('translation.receivePanel.title', { language: languageName })
          : t('sessionTexts.receiveFor', { language: languageName })}
      </h2>
      <p className="field__hint" id={`${id}-hint`}>
        {t('translation.receivePanel.hint')}
      </p>
      <DocxFilePicker
        label={t('translation.receivePanel.choose')}
        hintId={`${id}-hint`}
        disabled={state.step === 'reading' || state.step === 'receiving'}
        testId="receive-file"
        onRefused={(error) => setState({ step: 'refused', error })}
        onFile={(file) => void inspect(file)}
      />
      {state.step === 'reading' && (
        <p className="loading" role="status">
          {t('translation.receivePanel.reading')}
        </p>
      )}
      {open && (
        <div ref={reportRef} tabIndex={-1} role="group" aria-labelledby={`${id}-title`}>
          <InspectReport result={open.result} of={target.kind} />
          {(!open.result.report.matches || open.result.wouldOverwrite) && (
            <fieldset className="receive-panel__decisions">
              <legend>{t('translation.receivePanel.decisions')}</legend>
              {!open.result.report.matches && (
                <Decision checked={accept} testId="receive-accept" onChange={setAccept}>
                  {t('translation.receivePanel.accept')}
                </Decision>
              )}
              {open.result.wouldOverwrite && (
                <Decision checked={replace} testId="receive-replace" onChange={setReplace}>
                  {t('translation.receivePanel.replace', { words: open.result.existingWords.toLocaleString(lang) })}
                </Decision>
              )}
            </fieldset>
          )}
          <div className="confirm">
            <button
              type="button"
              className="button button--primary"
              disabled={!ready || state.step === 'receiving'}
              data-testid="receive-confirm"
              onClick={() => void receive(open.result)}
            >
              {state.step === 'receiving'
                ? t('translation.receivePanel.receiving')
                : t('translation.receivePanel.button')}
            </button>
            <button type="button" className="button" disabled={state.step === 'receiving'} onClick={onClose}>
              {t('translation.receivePanel.cancel')}
            </button>
          </div>
        </div>
      )}
      <div aria-live="polite">
        {state.step === 'received' && (
          <p className="notice notice--info" data-testid="receive-done">
            {t(target.kind === 'document' ? 'translation.receivePanel.received' : 'sessionTexts.receive.received', {
              language: languageName,
              words: state.words.toLocaleString(lang),
            })}
          </p>
        )}
      </div>
      {state.step === 'refused' && (
        <RefusedNotice lead={t('translation.receivePanel.refused')} error={state.error} testId="receive-refused" />
      )}
    </section>
  );
}

/** One decision the report asks of the user before receiving. */
function Decision({
  checked,
  testId,
  onChange,
  children,
}: {
  checked: boolean;
  testId: string;
  onChange: (checked: boolean) => void;
  children: ReactNode;
}) {
  return (
    <label className="checkbox">
      <input type="checkbox" checked={checked} data-testid={testId} onChange={(e) => onChange(e.target.checked)} />{' '}
      {children}
    </label>
  );
}
