import { getSchema } from '@tiptap/core';
import { Node as PmNode } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { buildLongPaper } from '../../bench/long-paper';
import { StoredContentSchema } from '../../shared/content/schema';
import { checkContent } from '../../renderer/components/rich-text/check-content';
import { fromEditor, fromEditorDoc, toEditor } from '../../renderer/components/rich-text/editor-content';
import { editorExtensions } from '../../renderer/components/rich-text/extensions';

const schema = getSchema(editorExtensions({ onInsertFootnote: () => {}, renderQuestions: () => {} }));

describe('the content checked when it is saved', () => {
  const { content } = buildLongPaper();

  it('answers what StoredContentSchema answers for a long paper, and for one it refuses', () => {
    expect(checkContent(content)).toEqual({ ok: true, content: StoredContentSchema.parse(content) });
    const twoTexts = structuredClone(content);
    twoTexts.body.content[0] = {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'a', marks: [{ type: 'translatorNote', attrs: { id: 'n', note: 'one' } }] },
        { type: 'text', text: 'b', marks: [{ type: 'translatorNote', attrs: { id: 'n', note: 'two' } }] },
      ],
    };
    expect(StoredContentSchema.safeParse(twoTexts).success).toBe(false);
    expect(checkContent(twoTexts)).toEqual({ ok: false, reason: 'translator note n has two texts' });
    const badLink = structuredClone(content);
    badLink.body.content[1] = {
      type: 'paragraph',
      content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }],
    };
    expect(checkContent(badLink)).toEqual({ ok: false, reason: 'links must be http, https or mailto' });
  });

  it('converts the editor document as fromEditor does, keeping the blocks an edit did not touch', () => {
    const doc = PmNode.fromJSON(schema, toEditor(content.body));
    const body = fromEditorDoc(doc);
    expect(body).toEqual(fromEditor(doc.toJSON()));
    const edited = doc.replace(3, 3, doc.slice(5, 8));
    const next = fromEditorDoc(edited);
    expect(next).toEqual(fromEditor(edited.toJSON()));
    expect(next.content[0]).not.toBe(body.content[0]);
    expect(next.content.slice(1)).toEqual(body.content.slice(1));
    expect(next.content[1]).toBe(body.content[1]);
  });
});
