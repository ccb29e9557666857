import type { Editor } from '@tiptap/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isSafeHref } from '../../../shared/content/schema';
import { TextField } from '../form/fields';

/** The address of the link on the editor's selection: http, https or mailto only. */
export function LinkForm({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const { t } = useTranslation();
  const [href, setHref] = useState(() => (editor.getAttributes('link').href as string | undefined) ?? '');
  const [error, setError] = useState(false);

  function close() {
    onClose();
    editor.commands.focus();
  }

  return (
    <form
      className="inline-form editor-link-form"
      onSubmit={(e) => {
        e.preventDefault();
        const address = href.trim();
        if (!isSafeHref(address)) {
          setError(true);
          return;
        }
        editor.chain().focus().extendMarkRange('link').setLink({ href: address }).run();
        onClose();
      }}
    >
      <TextField
        label={t('documentEditor.link.address')}
        value={href}
        autoFocus
        testId="link-address"
        error={error ? t('documentEditor.link.invalid') : undefined}
        onChange={(value) => {
          setHref(value);
          setError(false);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') close();
        }}
      />
      <button type="submit" className="button button--small button--primary">
        {t('documentEditor.link.apply')}
      </button>
      {editor.isActive('link') && (
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            editor.chain().focus().extendMarkRange('link').unsetLink().run();
            onClose();
          }}
        >
          {t('documentEditor.link.remove')}
        </button>
      )}
      <button type="button" className="button button--small" onClick={close}>
        {t('documentEditor.link.cancel')}
      </button>
    </form>
  );
}
