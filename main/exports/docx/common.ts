import {
  Document,
  Footer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ICommentOptions,
  type INumberingOptions,
} from 'docx';
import type { i18n } from 'i18next';
import { formatHeaderDate } from '../../../shared/dates';
import type { Language, PickedText } from '../../../shared/domain/languages';
import { createI18n } from '../../../shared/i18n';
import { C, documentStyles, LANGUAGE_TAGS, P, PAGE } from './styles';

/** What the OAS header block shows. */
export interface HeaderBlock {
  /** "Permanent Council of the Organization of American States": printed upper case. */
  parentBody: PickedText;
  /** "Committee on Migration Affairs": printed upper case. */
  body: PickedText;
  /** The printed symbol with its revision, '' before one is issued. */
  symbol: string;
  /** YYYY-MM-DD or ''. */
  date: string;
  originalLanguage: Language;
}

export const HEADER_COLUMNS = [5_400, PAGE.textWidth - 5_400] as const;

export const i18nFor = (lang: Language): i18n => createI18n(lang);

/** The "Original: Spanish" line, in the version's language. */
export function originalLine(t: i18n['t'], original: Language): string {
  const language = t(`document:languageNames.${original}`);
  return t('document:original', { language });
}

/** A one-run paragraph in a named style. */
export const para = (style: string, text: string): Paragraph =>
  new Paragraph({ style, children: text ? [new TextRun(text)] : [] });

/**
 * A run of a text picked for `lang`: one that fell back to another language carries that
 * language's `w:lang`, so spell checkers and translation tools treat it as the foreign passage it is.
 */
export const localizedRun = (picked: PickedText, lang: Language, style?: string): TextRun =>
  new TextRun({
    text: picked.text,
    ...(style ? { style } : {}),
    ...(picked.lang === lang ? {} : { language: { value: LANGUAGE_TAGS[picked.lang] } }),
  });

/** A one-run paragraph of a text picked for `lang` (see localizedRun). */
export const localizedPara = (style: string, picked: PickedText, lang: Language): Paragraph =>
  new Paragraph({ style, children: picked.text ? [localizedRun(picked, lang)] : [] });

/** The header block: a two-column table with explicit widths and no borders (never tabs). */
export function headerBlock(header: HeaderBlock, lang: Language, t: i18n['t']): Table {
  const upper = (picked: PickedText) => ({ ...picked, text: picked.text.toLocaleUpperCase(picked.lang) });
  const left = [
    localizedPara(P.headerLeft, upper(header.parentBody), lang),
    localizedPara(P.headerLeft, upper(header.body), lang),
  ];
  const right = [
    para(P.headerRight, 'OEA/Ser.G'),
    new Paragraph({
      style: P.headerRight,
      children: header.symbol ? [new TextRun({ text: header.symbol, style: C.doNotTranslate })] : [],
    }),
    para(P.headerRight, header.date ? formatHeaderDate(header.date, lang) : ''),
    para(P.headerRight, originalLine(t, header.originalLanguage)),
  ];
  const cell = (width: number, children: Paragraph[]) =>
    new TableCell({ width: { size: width, type: WidthType.DXA }, children });
  return new Table({
    width: { size: PAGE.textWidth, type: WidthType.DXA },
    columnWidths: [...HEADER_COLUMNS],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: [cell(HEADER_COLUMNS[0], left), cell(HEADER_COLUMNS[1], right)] })],
  });
}

/** A table with explicit widths (a table without them loses its footnotes in LibreOffice). */
export function gridTable(
  widths: readonly number[],
  rows: Paragraph[][][],
  options: { headerRow: boolean; borders: boolean },
): Table {
  const headerRow = options.headerRow;
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    ...(options.borders ? {} : { borders: TableBorders.NONE }),
    rows: rows.map(
      (cells, index) =>
        new TableRow({
          tableHeader: headerRow && index === 0,
          cantSplit: true,
          children: cells.map(
            (children, column) =>
              new TableCell({ width: { size: widths[column] ?? 0, type: WidthType.DXA }, children }),
          ),
        }),
    ),
  });
}

/** The translation control number, discreet, at the end of the text. */
export const controlNumberParagraph = (controlNumber: string): Paragraph[] =>
  controlNumber
    ? [
        new Paragraph({
          style: P.controlNumber,
          children: [new TextRun({ text: controlNumber, style: C.doNotTranslate })],
        }),
      ]
    : [];

/**
 * Which copy a file is: the distribution copy ("Export…", `export`) holds nothing meant for the
 * translator; the translator's copy ("Send to translation", `send`) carries the notes as comments.
 */
export type CopyKind = 'distribution' | 'translator';

export interface DocxParts {
  lang: Language;
  title: string;
  /** Said in the file's properties (subject), in the document's language. */
  copy: CopyKind;
  children: (Paragraph | Table)[];
  footnotes?: Record<number, { children: Paragraph[] }>;
  comments?: ICommentOptions[];
  numbering?: INumberingOptions;
}

/** US Letter, one-inch margins, "- N -" centred from page two (the first page has its own, empty footer). */
export function buildDocument(parts: DocxParts): Document {
  return new Document({
    title: parts.title,
    subject: i18nFor(parts.lang).t(`document:copyKind.${parts.copy}`),
    creator: 'Session Desk',
    styles: documentStyles(parts.lang),
    ...(parts.numbering ? { numbering: parts.numbering } : {}),
    ...(parts.footnotes ? { footnotes: parts.footnotes } : {}),
    ...(parts.comments?.length ? { comments: { children: parts.comments } } : {}),
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
          },
        },
        footers: {
          first: new Footer({ children: [new Paragraph({ style: P.footer })] }),
          default: new Footer({
            children: [
              new Paragraph({
                style: P.footer,
                children: [new TextRun({ children: ['- ', PageNumber.CURRENT, ' -'] })],
              }),
            ],
          }),
        },
        children: parts.children,
      },
    ],
  });
}

export { packDocument } from './zip-package';

/** A file name from the symbol (slashes and spaces made safe) or the kind, with the language. */
export function docxFileName(symbol: string, kind: string, lang: Language): string {
  const base = (symbol || kind).replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^-+|-+$/g, '');
  return `${base || 'document'}-${lang}.docx`;
}
