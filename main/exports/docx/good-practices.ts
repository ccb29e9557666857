import type { Paragraph, Table } from 'docx';
import { formatLongDate } from '../../../shared/dates';
import { footnoteNumbers } from '../../../shared/content/helpers';
import { pickLocalizedRichText } from '../../../shared/content/rich-text';
import type { GoodPractice } from '../../../shared/domain/good-practice';
import { pickLocalizedIn, type Language } from '../../../shared/domain/languages';
import { compilePractices } from '../../../shared/good-practices/compilation';
import type { AfterSession } from '../../good-practices/after-session';
import { bodyContext } from './agenda';
import { BodyWriter, type Translate } from './body-writer';
import {
  buildDocument,
  controlNumberParagraph,
  headerBlock,
  i18nFor,
  localizedPara,
  para,
  type CopyKind,
  type HeaderBlock,
} from './common';
import { P } from './styles';

export interface GoodPracticesInput {
  sources: AfterSession;
  lang: Language;
  header: HeaderBlock;
  controlNumber: string;
  copy: CopyKind;
}

/**
 * The compilation of good practices: per State (or mechanism), ordered by its name in the document's
 * language, its practices under the guiding question each answers, each with how and when it was
 * shared and its text (in the language it was given in where it has no translation).
 */
export function goodPracticesDocument(input: GoodPracticesInput) {
  const { sources, lang } = input;
  const { overview } = sources;
  const { t } = i18nFor(lang);
  const textOf = (practice: GoodPractice) => pickLocalizedRichText(practice.text, lang);
  const writer = new BodyWriter(
    t as Translate,
    sources.practices.reduce((sum, p) => sum + footnoteNumbers(textOf(p).doc).length, 0),
    { paragraphStyle: P.body, copy: input.copy, lang },
  );
  const title = t('document:goodPractices.title');
  const children: (Paragraph | Table)[] = [
    headerBlock(input.header, lang, t),
    para(P.kind, title.toLocaleUpperCase(lang)),
  ];
  const sessionTitle = pickLocalizedIn(overview.session.title, lang);
  if (sessionTitle.text) children.push(localizedPara(P.title, sessionTitle, lang));
  const body = pickLocalizedIn(overview.body.name, lang).text;
  children.push(
    para(
      P.body,
      t('document:goodPractices.intro', {
        body,
        date: formatLongDate(overview.session.date, lang),
        ...bodyContext(body),
      }),
    ),
  );

  const groups = compilePractices(sources.practices, sources.organizations, overview.guidingQuestions, lang);
  if (groups.length === 0) children.push(para(P.body, t('document:goodPractices.none')));
  for (const group of groups) {
    children.push(localizedPara(P.heading1, pickLocalizedIn(group.organization.name, lang), lang));
    for (const { question, practices } of group.questions) {
      const heading = question
        ? pickLocalizedIn(question.question.text, lang)
        : { text: t('document:goodPractices.noQuestion'), lang };
      children.push(
        localizedPara(
          P.heading2,
          question
            ? {
                ...heading,
                text: t('document:goodPractices.question', { number: question.number, text: heading.text }),
              }
            : heading,
          lang,
        ),
      );
      for (const practice of practices) {
        const text = textOf(practice);
        children.push(
          localizedPara(P.heading3, pickLocalizedIn(practice.title, lang), lang),
          para(
            P.itemTime,
            t(`document:goodPractices.${practice.channel}`, { date: formatLongDate(practice.date, lang) }),
          ),
          ...writer.blocksIn(text.lang, text.doc.content),
        );
      }
    }
  }
  children.push(...controlNumberParagraph(input.controlNumber));
  return buildDocument({
    lang,
    title,
    copy: input.copy,
    ...writer.written(0),
    children,
  });
}
