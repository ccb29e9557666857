import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { emptyContent } from '../../../shared/content/helpers';
import {
  CONTENT_SCHEMA_VERSION,
  type DocNode,
  type StoredContent,
  type TitleBlock,
} from '../../../shared/content/schema';
import type { DocumentVersion } from '../../../shared/domain/document';
import type { GuidingQuestion } from '../../../shared/domain/guiding-question';
import { pickLocalized, type Language } from '../../../shared/domain/languages';
import { TextField } from '../../components/form/fields';
import { DateField } from '../../components/form/date-time-fields';
import { checkContent } from '../../components/rich-text/check-content';
import { RichTextEditor } from '../../components/rich-text/RichTextEditor';
import { Later } from '../../saving/save-queue';
import { useSaver } from '../../saving/use-saver';

/** One language version of a document: its title block, then its text with the session's guiding questions. */
export function DocumentEditor({
  version,
  questions,
}: {
  version: DocumentVersion;
  questions: readonly GuidingQuestion[];
}) {
  const { t } = useTranslation();
  const saver = useSaver();
  const lang: Language = version.language;
  const initial = useMemo(() => version.content ?? emptyContent(), [version]);
  const [titleBlock, setTitleBlock] = useState<TitleBlock>(initial.titleBlock);
  const [controlNumber, setControlNumber] = useState(version.controlNumber);
  const [invalid, setInvalid] = useState<string | null>(null);
  const titleRef = useRef(titleBlock);
  // How to read the text as it stands: the stored body until the first edit, then the editor's.
  const [initialBody] = useState(initial.body);
  const readBody = useRef<() => DocNode>(() => initialBody);

  // The questions and their heading as the block shows them (they do not change while the version is open).
  const [questionsView] = useState(() => ({
    texts: [...questions]
      .sort((a, b) => a.position - b.position)
      .map((q) => q.text[lang] || pickLocalized(q.text, lang)),
    heading: t('documentEditor.questions.heading'),
    none: t('documentEditor.questions.none'),
  }));

  /**
   * The content as it will be stored, checked against the stored schema: worked out when the save
   * queue sends it, not on each key press, and then only the blocks edited since the last save are
   * converted and checked (a whole 40,000-word paper costs some 100 ms). Undefined when it does not
   * pass; the notice says why and nothing is sent.
   */
  const checkedContent = useCallback((): StoredContent | undefined => {
    const { documentKindLabel, ...rest } = titleRef.current;
    const checked = checkContent({
      schemaVersion: CONTENT_SCHEMA_VERSION,
      titleBlock: documentKindLabel?.trim() ? { documentKindLabel, ...rest } : rest,
      body: readBody.current(),
    });
    setInvalid(checked.ok ? null : checked.reason);
    return checked.ok ? checked.content : undefined;
  }, []);
  const save = useCallback(
    () => saver.patch('documentVersions', version.id, { content: new Later(checkedContent) }),
    [saver, version.id, checkedContent],
  );
  const onEdit = useCallback(
    (read: () => DocNode) => {
      readBody.current = read;
      save();
    },
    [save],
  );

  function changeTitle(patch: Partial<TitleBlock>) {
    const next = { ...titleRef.current, ...patch };
    titleRef.current = next;
    setTitleBlock(next);
    save();
  }

  return (
    <div className="document-editor" data-testid="document-editor">
      <section className="section document-editor__title-block" aria-labelledby="title-block-heading">
        <h2 id="title-block-heading">{t('documentEditor.titleBlock')}</h2>
        <div className="form-grid">
          <TextField
            label={t('documentEditor.fields.kindLabel')}
            hint={t('documentEditor.fields.kindLabelHint')}
            value={titleBlock.documentKindLabel ?? ''}
            lang={lang}
            testId="title-kind-label"
            onChange={(documentKindLabel) => changeTitle({ documentKindLabel })}
          />
          <TextField
            label={t('documentEditor.fields.controlNumber')}
            value={controlNumber}
            testId="title-control-number"
            onChange={(value) => {
              setControlNumber(value);
              saver.patch('documentVersions', version.id, { controlNumber: value });
            }}
          />
          <TextField
            label={t('documentEditor.fields.title')}
            value={titleBlock.title}
            multiline
            rows={2}
            lang={lang}
            testId="title-title"
            onChange={(title) => changeTitle({ title })}
          />
          <TextField
            label={t('documentEditor.fields.subtitle')}
            value={titleBlock.subtitle}
            multiline
            rows={2}
            lang={lang}
            testId="title-subtitle"
            onChange={(subtitle) => changeTitle({ subtitle })}
          />
          <DateField
            label={t('documentEditor.fields.date')}
            value={titleBlock.date}
            testId="title-date"
            onChange={(date) => changeTitle({ date })}
          />
          <TextField
            label={t('documentEditor.fields.authorship')}
            hint={t('documentEditor.fields.authorshipHint')}
            value={titleBlock.authorship}
            lang={lang}
            testId="title-authorship"
            onChange={(authorship) => changeTitle({ authorship })}
          />
        </div>
      </section>

      {invalid !== null && (
        <p className="notice notice--error" role="alert" data-testid="document-invalid">
          {t('documentEditor.invalid', { reason: invalid })}
        </p>
      )}

      <RichTextEditor
        value={initialBody}
        lang={lang}
        label={t('documentEditor.body')}
        guidingQuestions={questionsView}
        onEdit={onEdit}
        countWords
      />
    </div>
  );
}
