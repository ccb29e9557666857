import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../../shared/content/schema';
import { createI18n } from '../../../shared/i18n/create-i18n';
import { FootnoteParagraphs, RichTextView } from './RichTextView';

const render = (doc: DocNode, props: { lang?: string; className?: string; testId?: string } = {}) =>
  renderToStaticMarkup(
    createElement(I18nextProvider, { i18n: createI18n('en') }, createElement(RichTextView, { doc, ...props })),
  );

const footnote = (id: string, text: string) => ({
  type: 'footnote' as const,
  attrs: { id },
  content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }],
});

describe('RichTextView', () => {
  it('draws blocks, marks and links as elements', () => {
    const html = render(
      {
        type: 'doc',
        content: [
          { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Background' }] },
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'Plain, ' },
              { type: 'text', text: 'bold', marks: [{ type: 'bold' }] },
              { type: 'text', text: ' and ' },
              { type: 'text', text: 'both', marks: [{ type: 'italic' }, { type: 'bold' }] },
              { type: 'text', text: ' ' },
              { type: 'text', text: 'the OAS', marks: [{ type: 'link', attrs: { href: 'https://www.oas.org/' } }] },
            ],
          },
          {
            type: 'orderedList',
            attrs: { start: 3 },
            content: [
              { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Third' }] }] },
            ],
          },
          {
            type: 'bulletList',
            content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Dot' }] }] }],
          },
          { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Quoted' }] }] },
          { type: 'guidingQuestions' },
        ],
      },
      { lang: 'en', className: 'annotation', testId: 'view' },
    );
    expect(html).toBe(
      '<div class="rich-text-view annotation" lang="en" data-testid="view">' +
        '<h3>Background</h3>' +
        '<p>Plain, <strong>bold</strong> and <strong><em>both</em></strong> ' +
        '<a href="https://www.oas.org/" rel="noreferrer">the OAS</a></p>' +
        '<ol start="3"><li><p>Third</p></li></ol>' +
        '<ul><li><p>Dot</p></li></ul>' +
        '<blockquote><p>Quoted</p></blockquote>' +
        '<p class="rich-text-view__questions">[The session’s guiding questions go here.]</p>' +
        '</div>',
    );
  });

  it('numbers footnotes by their order and lists their texts after the text', () => {
    const html = render({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'One' }, footnote('a', 'First note.')] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Two' }, footnote('b', 'Second note.')] },
      ],
    });
    expect(html).toContain('<p>One<sup class="rich-text-view__ref">1</sup></p>');
    expect(html).toContain('<p>Two<sup class="rich-text-view__ref">2</sup></p>');
    expect(html).toContain(
      '<ol class="rich-text-view__footnotes" aria-label="Footnotes">' +
        '<li value="1"><p>First note.</p></li><li value="2"><p>Second note.</p></li></ol>',
    );
  });

  it('leaves out notes to the translator, escapes the text and drops unsafe links', () => {
    const html = render({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: '<b>x</b> ',
              marks: [{ type: 'translatorNote', attrs: { id: 'n1', note: 'Secret' } }],
            },
            { type: 'text', text: 'bad', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
          ],
        },
      ],
    });
    expect(html).toBe('<div class="rich-text-view"><p>&lt;b&gt;x&lt;/b&gt; bad</p></div>');
    expect(html).not.toContain('Secret');
  });

  it("marks, on request, the stretch of a footnote a note to the translator sits on, never the note's text", () => {
    const paragraphs = [
      {
        type: 'paragraph' as const,
        content: [
          { type: 'text' as const, text: 'See ' },
          {
            type: 'text' as const,
            text: 'the portal',
            marks: [
              { type: 'bold' as const },
              { type: 'translatorNote' as const, attrs: { id: 'n1', note: 'Secret' } },
            ],
          },
        ],
      },
    ];
    const html = (notes: boolean) => renderToStaticMarkup(createElement(FootnoteParagraphs, { paragraphs, notes }));
    expect(html(true)).toBe('<p>See <strong><span class="translator-note-anchor">the portal</span></strong></p>');
    expect(html(false)).toBe('<p>See <strong>the portal</strong></p>');
  });
});
