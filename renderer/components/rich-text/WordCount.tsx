import { useEffect, useState } from 'react';
import type { Editor, EditorEvents } from '@tiptap/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/use-formatters';
import { nextTally, tallyOf } from './word-tally';

/**
 * How many words the text and its footnotes hold, as the translators' count has it, following every edit:
 * drawn again only when the number changes, not on every key (word-tally.ts keeps it from the steps).
 */
export function WordCount({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [start] = useState(() => ({ doc: editor.state.doc, tally: tallyOf(editor.state.doc) }));
  const [total, setTotal] = useState(start.tally.total);
  useEffect(() => {
    let known = start;
    const follow = ({ transaction }: EditorEvents['transaction']) => {
      const tally = known.doc === transaction.before ? nextTally(known.tally, transaction) : tallyOf(transaction.doc);
      known = { doc: transaction.doc, tally };
      setTotal(tally.total);
    };
    if (known.doc !== editor.state.doc) follow({ transaction: editor.state.tr } as EditorEvents['transaction']);
    editor.on('transaction', follow);
    return () => {
      editor.off('transaction', follow);
    };
  }, [editor, start]);
  return (
    <p className="field__hint" data-testid="word-count">
      {t('documentEditor.words', { n: format.count(total) })}
    </p>
  );
}
