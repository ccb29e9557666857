import { describe, expect, it } from 'vitest';
import { footnoteNumbers } from '../../../shared/content/helpers';
import { StoredContentSchema, type DocNode } from '../../../shared/content/schema';
import { fromEditor, toEditor } from './editor-content';

const stored: DocNode = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Background' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Text ', marks: [{ type: 'translatorNote', attrs: { id: 'n1', note: 'Keep.' } }] },
        { type: 'text', text: 'bold', marks: [{ type: 'bold' }] },
        {
          type: 'footnote',
          attrs: { id: 'f1' },
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'A footnote.' }] }],
        },
      ],
    },
    { type: 'orderedList', content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] },
    { type: 'guidingQuestions' },
  ],
};

describe('the editor content', () => {
  it('comes back from the editor as it was stored', () => {
    expect(fromEditor(toEditor(stored))).toEqual(stored);
  });

  it('keeps only what the stored schema knows (pasted text included)', () => {
    const pasted = fromEditor({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Tab\there', marks: [{ type: 'underline' }, { type: 'bold', attrs: { x: 1 } }] },
            { type: 'hardBreak' },
            { type: 'text', text: 'bad', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
            {
              type: 'text',
              text: 'ok',
              marks: [{ type: 'link', attrs: { href: 'https://oas.org', target: '_blank' } }],
            },
            { type: 'text', text: 'end\u00a0of\u00a0line\u00a0: fine' },
            { type: 'text', text: '' },
          ],
        },
        { type: 'bulletList', content: [] },
        { type: 'codeBlock', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'code' }] }] },
        { type: 'footnote' },
      ],
    });
    expect(pasted.content[0]).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Tab here', marks: [{ type: 'bold' }] },
        { type: 'text', text: 'bad' },
        { type: 'text', text: 'ok', marks: [{ type: 'link', attrs: { href: 'https://oas.org' } }] },
        { type: 'text', text: 'end of line\u00a0: fine' },
      ],
    });
    expect(pasted.content).toHaveLength(2);
    const content = {
      schemaVersion: 1,
      titleBlock: { title: '', subtitle: '', date: '', authorship: '' },
      body: pasted,
    };
    expect(StoredContentSchema.safeParse(content).success).toBe(true);
  });

  it('numbers footnotes by their order', () => {
    const body = fromEditor({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            {
              type: 'footnote',
              attrs: { id: 'b', paragraphs: [{ type: 'paragraph', content: [{ type: 'text', text: 'B' }] }] },
            },
            { type: 'text', text: 'x' },
            { type: 'footnote', attrs: { id: 'a', paragraphs: [] } },
          ],
        },
      ],
    });
    expect(footnoteNumbers(body).map((f) => [f.number, f.node.attrs?.id])).toEqual([
      [1, 'b'],
      [2, 'a'],
    ]);
  });
});
