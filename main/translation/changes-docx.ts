import { Paragraph, TextRun } from 'docx';
import type { ExportedFile } from '../../shared/api/document-procedures';
import type { Changes } from '../../shared/api/translation-procedures';
import { formatHeaderDate } from '../../shared/dates';
import type { DocumentKind } from '../../shared/domain/document';
import type { Language } from '../../shared/domain/languages';
import { buildDocument, docxFileName, gridTable, i18nFor, packDocument, para } from '../exports/docx/common';
import { C, P, PAGE } from '../exports/docx/styles';

/*
 * The short DOCX a translator gets to bring a version up to date: only the passages of the original
 * that changed since it was sent, each with where it is and a two-column table (the text as sent,
 * the text now). Same styles as every export (named styles, US Letter, explicit table widths), in
 * the original's language, the language the translator received; labels from i18next's document namespace.
 */

const HALF = PAGE.textWidth / 2;

/** The changes DOCX, in `lang` (the original's language), its labels from i18next's document namespace. */
export async function changesDocx(changes: Changes, lang: Language, kind: DocumentKind): Promise<ExportedFile> {
  const { t } = i18nFor(lang);
  const title = changes.symbol
    ? t('document:changes.title', { symbol: changes.symbol })
    : t('document:changes.titleNoSymbol');
  const date = formatHeaderDate(changes.sentAt.slice(0, 10), lang);
  const children: (Paragraph | ReturnType<typeof gridTable>)[] = [
    para(P.title, title),
    para(
      P.body,
      changes.translator
        ? t('document:changes.sentTo', { date, translator: changes.translator })
        : t('document:changes.sent', { date }),
    ),
    para(
      P.body,
      changes.changes.length
        ? t('document:changes.summary', { passages: changes.changes.length, words: changes.changedPassageWords })
        : t('document:changes.none'),
    ),
  ];
  for (const change of changes.changes) {
    const number = change.number ?? change.sentNumber ?? '';
    const where =
      change.where === 'title'
        ? t('document:changes.titleField', { field: t(`document:changes.fields.${change.kind}`) })
        : t(`document:changes.${change.where}`, { number });
    children.push(
      para(P.heading2, t('document:changes.heading', { where, change: t(`document:changes.change.${change.change}`) })),
    );
    const cell = (text: string | null) => [para(P.tableText, text || '—')];
    children.push(
      gridTable(
        [HALF, PAGE.textWidth - HALF],
        [
          [[para(P.tableHeading, t('document:changes.before'))], [para(P.tableHeading, t('document:changes.now'))]],
          [cell(change.old), cell(change.new)],
        ],
        { headerRow: true, borders: true },
      ),
    );
  }
  if (changes.symbol) {
    children.push(
      new Paragraph({
        style: P.controlNumber,
        children: [new TextRun({ text: changes.symbol, style: C.doNotTranslate })],
      }),
    );
  }
  const document = buildDocument({ lang, title, copy: 'translator', children });
  return {
    fileName: changesFileName(kind, changes.language),
    bytes: await packDocument(document),
  };
}

/** `concept-paper-changes-es.docx`: the kind, then the language of the version to bring up to date. */
export const changesFileName = (kind: DocumentKind, language: Language): string =>
  docxFileName('', `${kind.replace(/_/g, '-')}-changes`, language);
