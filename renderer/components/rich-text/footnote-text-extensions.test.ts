import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { FootnoteParagraphSchema } from '../../../shared/content/schema';
import { cleanFootnoteParagraphs } from './editor-content';
import { footnoteTextExtensions } from './footnote-text-extensions';

const schema = getSchema(footnoteTextExtensions({ undo: () => {}, redo: () => {}, escape: () => {} }));

describe("a footnote's editor schema", () => {
  it('holds what a stored footnote paragraph holds, and nothing else', () => {
    expect(Object.keys(schema.nodes).sort()).toEqual(['doc', 'paragraph', 'text']);
    expect(Object.keys(schema.marks).sort()).toEqual(['bold', 'italic', 'link', 'translatorNote']);
  });

  it('loads a stored footnote with every mark, and gives it back as stored', () => {
    const paragraphs = [
      {
        type: 'paragraph' as const,
        content: [
          { type: 'text' as const, text: 'See ', marks: [{ type: 'italic' as const }] },
          {
            type: 'text' as const,
            text: 'the resolutions',
            marks: [
              { type: 'bold' as const },
              { type: 'link' as const, attrs: { href: 'https://www.oas.org/' } },
              { type: 'translatorNote' as const, attrs: { id: 'n1', note: 'Check the link.' } },
            ],
          },
        ],
      },
      { type: 'paragraph' as const },
    ];
    const doc = schema.nodeFromJSON({ type: 'doc', content: paragraphs });
    doc.check();
    const back = cleanFootnoteParagraphs(doc.toJSON().content);
    expect(back.map((p) => FootnoteParagraphSchema.parse(p))).toEqual(back);
    expect(back[0]!.content![1]!.marks!.map((m) => m.type).sort()).toEqual(['bold', 'link', 'translatorNote']);
    expect(back).toHaveLength(2);
  });

  it('refuses a heading, a list or a footnote inside a footnote', () => {
    for (const type of ['heading', 'bulletList', 'footnote']) {
      expect(() => schema.nodeFromJSON({ type: 'doc', content: [{ type }] })).toThrow();
    }
  });
});
