import { formatLongDate } from '../../../shared/dates';
import type { Language, PickedText } from '../../../shared/domain/languages';
import type { StoredContent } from '../../../shared/content/schema';
import { footnoteNumbers } from '../../../shared/content/helpers';
import {
  buildDocument,
  controlNumberParagraph,
  headerBlock,
  i18nFor,
  para,
  type CopyKind,
  type HeaderBlock,
} from './common';
import { BodyWriter, type Translate } from './body-writer';
import { P } from './styles';

export interface ConceptPaperInput {
  content: StoredContent;
  header: HeaderBlock;
  lang: Language;
  /** The session's guiding questions as picked for the version's language, in order. */
  guidingQuestions: readonly PickedText[];
  /** The distribution copy leaves out the notes to the translator. */
  copy: CopyKind;
  controlNumber: string;
  /** Printed above the title when the title block has no label of its own ("CONCEPT PAPER"). */
  defaultKindLabel: string;
}

/** The concept paper (or any stored document) as a Word document. */
export function conceptPaperDocument(input: ConceptPaperInput) {
  const { content, lang } = input;
  const i18n = i18nFor(lang);
  const { titleBlock } = content;
  const writer = new BodyWriter(i18n.t.bind(i18n) as Translate, footnoteNumbers(content.body).length, {
    questions: input.guidingQuestions,
    copy: input.copy,
    lang,
  });
  const body = writer.blocks(content.body.content);
  const title = [
    para(P.kind, titleBlock.documentKindLabel || input.defaultKindLabel),
    ...(titleBlock.title ? [para(P.title, titleBlock.title)] : []),
    ...(titleBlock.subtitle ? [para(P.subtitle, titleBlock.subtitle)] : []),
    ...(titleBlock.date ? [para(P.date, `(${formatLongDate(titleBlock.date, lang)})`)] : []),
    ...(titleBlock.authorship ? [para(P.authorship, `(${titleBlock.authorship})`)] : []),
  ];
  return buildDocument({
    lang,
    copy: input.copy,
    title: titleBlock.title || input.defaultKindLabel,
    ...writer.written(),
    children: [
      headerBlock(input.header, lang, i18n.t),
      ...title,
      ...body,
      ...controlNumberParagraph(input.controlNumber),
    ],
  });
}
