import { Paragraph, TextRun } from 'docx';
import { footnoteNumbers } from '../../../shared/content/helpers';
import type { Language } from '../../../shared/domain/languages';
import type { SessionText } from '../../../shared/translation/session-texts';
import { BodyWriter, type Translate } from '../../exports/docx/body-writer';
import { buildDocument, gridTable, i18nFor, packDocument, para } from '../../exports/docx/common';
import { C, documentNumbering, P, PAGE } from '../../exports/docx/styles';

/*
 * The translator's file of a session's texts: a short heading and instruction, then one table row
 * per text. The left cell holds the text's key in the do-not-translate style (the reader maps a row
 * back by it); the right cell holds the original text, which the translator overwrites, as with a
 * document. A title or a question is one paragraph (one segment); an annotation is written by the
 * documents' own body writer, so its lists, footnotes and notes to the translator (as comments) are
 * those of the annotated agenda.
 */

/** The key column: wide enough for "item-12.annotation" on one line. */
const KEY_WIDTH = 2_200;

const oneLine = (text: string) => text.replace(/\s*[\r\n\t\u2028\u2029]+\s*/g, ' ').trim();

export interface SessionTextsDocxInput {
  texts: readonly SessionText[];
  /** The language of the texts (the session's original language): the file's w:lang. */
  lang: Language;
  target: Language;
}

export async function sessionTextsDocx(input: SessionTextsDocxInput): Promise<Buffer> {
  const i18n = i18nFor(input.lang);
  const t = i18n.t.bind(i18n) as Translate;
  const totalFootnotes = input.texts.reduce((sum, x) => sum + ('doc' in x ? footnoteNumbers(x.doc).length : 0), 0);
  const writer = new BodyWriter(t, totalFootnotes, {
    copy: 'translator',
    lang: input.lang,
    paragraphStyle: P.tableValue,
  });
  const rows = input.texts.map((text) => [
    [new Paragraph({ style: P.tableText, children: [new TextRun({ text: text.key, style: C.doNotTranslate })] })],
    'doc' in text ? writer.blocks(text.doc.content) : [para(P.tableValue, oneLine(text.text))],
  ]);
  const title = t('document:sessionTexts.heading');
  return packDocument(
    buildDocument({
      lang: input.lang,
      copy: 'translator',
      title,
      numbering: documentNumbering(writer.orderedListStarts),
      footnotes: writer.footnotes,
      comments: writer.comments,
      children: [
        para(P.kind, title.toLocaleUpperCase(input.lang)),
        para(
          P.body,
          t('document:sessionTexts.instructions', {
            language: t(`document:languageNames.${input.target}`),
          }),
        ),
        gridTable([KEY_WIDTH, PAGE.textWidth - KEY_WIDTH], rows, { headerRow: false, borders: true }),
      ],
    }),
  );
}

/** "session-texts-2023-05-09-en-to-fr.docx". */
export const sessionTextsFileName = (date: string, lang: Language, target: Language): string =>
  `session-texts-${date}-${lang}-to-${target}.docx`;
