import { Extension } from '@tiptap/react';
import { Plugin } from '@tiptap/pm/state';
import type { Node as PmNode } from '@tiptap/pm/model';

/*
 * A cell of the side-by-side view edits the words of one passage or one footnote, not the
 * document's structure: a new paragraph or a lost footnote reference would shift every row after
 * it out of line with the other language. Structure changes belong to the full editor.
 */

const shape = (doc: PmNode) => {
  let footnotes = 0;
  doc.descendants((node) => {
    if (node.type.name === 'footnote') footnotes += 1;
  });
  return `${doc.childCount}:${footnotes}`;
};

export const LockStructure = Extension.create({
  name: 'lockStructure',
  addProseMirrorPlugins() {
    return [new Plugin({ filterTransaction: (tr, state) => !tr.docChanged || shape(tr.doc) === shape(state.doc) })];
  },
});
