import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { footnoteNumbers } from '../../../shared/content/helpers';
import {
  isSafeHref,
  type BlockNode,
  type DocNode,
  type FootnoteNode,
  type FootnoteParagraph,
  type InlineNode,
  type TextNode,
} from '../../../shared/content/schema';
import './rich-text.css';

/*
 * A stored body, read-only, as React elements (never as HTML: the text is the user's). Headings
 * are drawn two levels down (h3–h5) because the view sits inside a screen with its own h1 and h2.
 * Notes to the translator are not part of the text and are not shown.
 */

export function RichTextView({
  doc,
  lang,
  className,
  testId,
}: {
  doc: DocNode;
  lang?: string;
  className?: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const footnotes = footnoteNumbers(doc);
  const numbers = new Map(footnotes.map(({ number, node }) => [node, number]));
  const block = (node: BlockNode, key: number): ReactNode => {
    switch (node.type) {
      case 'paragraph':
        return <p key={key}>{inlines(node.content, numbers)}</p>;
      case 'heading': {
        const Tag = (['h3', 'h4', 'h5'] as const)[node.attrs.level - 1]!;
        return <Tag key={key}>{inlines(node.content, numbers)}</Tag>;
      }
      case 'bulletList':
        return (
          <ul key={key}>
            {node.content.map((item, i) => (
              <li key={i}>{item.content.map(block)}</li>
            ))}
          </ul>
        );
      case 'orderedList':
        return (
          <ol key={key} start={node.attrs?.start}>
            {node.content.map((item, i) => (
              <li key={i}>{item.content.map(block)}</li>
            ))}
          </ol>
        );
      case 'blockquote':
        return <blockquote key={key}>{node.content.map(block)}</blockquote>;
      case 'guidingQuestions':
        return (
          <p key={key} className="rich-text-view__questions">
            {t('documentEditor.view.questions')}
          </p>
        );
    }
  };
  return (
    <div className={className ? `rich-text-view ${className}` : 'rich-text-view'} lang={lang} data-testid={testId}>
      {doc.content.map(block)}
      {footnotes.length > 0 && (
        <ol className="rich-text-view__footnotes" aria-label={t('documentEditor.footnotes.title')}>
          {footnotes.map(({ number, node }) => (
            <li key={number} value={number}>
              <FootnoteParagraphs paragraphs={node.content} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

/**
 * How a link is drawn: a live link in a read view; marked text in a text that opens for editing on a click
 * (a link inside that button would be a control inside a control, which screen readers cannot reach).
 */
export type LinkDrawing = 'live' | 'text';

/** A footnote's paragraphs as static text; `notes` marks the stretches notes to the translator sit on, as the editor does. */
export function FootnoteParagraphs({
  paragraphs,
  notes = false,
  links = 'live',
}: {
  paragraphs: readonly FootnoteParagraph[];
  notes?: boolean;
  links?: LinkDrawing;
}) {
  return (
    <>
      {paragraphs.map((p, i) => (
        <p key={i}>{inlines(p.content, new Map(), notes, links)}</p>
      ))}
    </>
  );
}

function inlines(
  nodes: readonly InlineNode[] | undefined,
  numbers: ReadonlyMap<FootnoteNode, number>,
  notes = false,
  links: LinkDrawing = 'live',
): ReactNode {
  return (nodes ?? []).map((node, i) =>
    node.type === 'text' ? (
      <Fragment key={i}>{text(node, notes, links)}</Fragment>
    ) : (
      <sup key={i} className="rich-text-view__ref">
        {numbers.get(node)}
      </sup>
    ),
  );
}

/** A text with its marks: the link outside, then bold, then italic; the note's stretch inside them all. */
function text(node: TextNode, notes: boolean, links: LinkDrawing): ReactNode {
  const has = (type: string) => node.marks?.some((m) => m.type === type);
  let out: ReactNode = node.text;
  if (notes && has('translatorNote')) out = <span className="translator-note-anchor">{out}</span>;
  if (has('italic')) out = <em>{out}</em>;
  if (has('bold')) out = <strong>{out}</strong>;
  const link = node.marks?.find((m) => m.type === 'link');
  // Stored links were checked on the way in; a body from elsewhere gets the same rule here.
  if (link && links === 'text') {
    out = (
      <span className="rich-text-link" title={link.attrs.href}>
        {out}
      </span>
    );
  } else if (link && isSafeHref(link.attrs.href)) {
    out = (
      <a href={link.attrs.href} rel="noreferrer">
        {out}
      </a>
    );
  }
  return out;
}

/** Inline content alone (a passage of a longer text), its footnote references numbered from `firstFootnote`. */
export function RichInlines({
  nodes,
  firstFootnote,
  links = 'live',
}: {
  nodes: readonly InlineNode[];
  firstFootnote: number;
  links?: LinkDrawing;
}) {
  let next = firstFootnote;
  const numbers = new Map<FootnoteNode, number>();
  for (const node of nodes) if (node.type === 'footnote') numbers.set(node, next++);
  return <>{inlines(nodes, numbers, false, links)}</>;
}
