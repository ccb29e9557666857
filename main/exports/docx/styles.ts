import { AlignmentType, LevelFormat, type INumberingOptions, type IStylesOptions } from 'docx';
import type { Language } from '../../../shared/domain/languages';

/*
 * Every style an export uses, defined once. Body runs carry a style id and nothing else: no
 * direct formatting, so translation tools see no formatting tags but where a style changes.
 */

/** The language tag written once, in the default run properties. */
export const LANGUAGE_TAGS: Record<Language, string> = { en: 'en-US', es: 'es-ES', fr: 'fr-FR', pt: 'pt-BR' };

/** Paragraph style ids. */
export const P = {
  body: 'BodyText',
  headerLeft: 'HeaderBlockBody',
  headerRight: 'HeaderBlockReference',
  kind: 'DocumentKind',
  title: 'DocumentTitle',
  subtitle: 'DocumentSubtitle',
  date: 'DocumentDate',
  authorship: 'Authorship',
  heading1: 'Heading1',
  heading2: 'Heading2',
  heading3: 'Heading3',
  quote: 'Quote',
  listBullet: 'ListBullet',
  listNumber: 'ListNumber',
  listContinue: 'ListContinue',
  question: 'GuidingQuestion',
  footnote: 'FootnoteText',
  comment: 'CommentText',
  controlNumber: 'ControlNumber',
  footer: 'Footer',
  convening: 'ConveningLine',
  agendaItem: 'AgendaItem',
  itemTime: 'AgendaItemTime',
  annotation: 'Annotation',
  speakersItem: 'SpeakersItem',
  tableText: 'TableText',
  tableHeading: 'TableHeading',
  tableLabel: 'TableLabel',
  tableValue: 'TableValue',
  speakersOverrun: 'SpeakersOverrun',
} as const;

/** Character style ids. */
export const C = {
  strong: 'Strong',
  emphasis: 'Emphasis',
  strongEmphasis: 'StrongEmphasis',
  hyperlink: 'Hyperlink',
  footnoteReference: 'FootnoteReference',
  doNotTranslate: 'DoNotTranslate',
} as const;

/** Text width of a US Letter page with one-inch margins, in twentieths of a point. */
export const PAGE = { width: 12_240, height: 15_840, margin: 1_440, textWidth: 12_240 - 2 * 1_440 } as const;

const FONT = 'Times New Roman';
const centered = { alignment: AlignmentType.CENTER };

export function documentStyles(lang: Language): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: FONT, size: 24, language: { value: LANGUAGE_TAGS[lang] } },
        paragraph: { spacing: { after: 0, line: 240 } },
      },
      title: { name: 'Title', basedOn: 'Normal', run: { size: 24, bold: true }, paragraph: centered },
      heading1: {
        name: 'Heading 1',
        basedOn: 'Normal',
        next: P.body,
        run: { size: 24, bold: true },
        paragraph: { spacing: { before: 240, after: 240 }, keepNext: true, outlineLevel: 0 },
      },
      heading2: {
        name: 'Heading 2',
        basedOn: 'Normal',
        next: P.body,
        run: { size: 24, bold: true, italics: true },
        paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, outlineLevel: 1 },
      },
      heading3: {
        name: 'Heading 3',
        basedOn: 'Normal',
        next: P.body,
        run: { size: 24, italics: true },
        paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, outlineLevel: 2 },
      },
      hyperlink: { name: 'Hyperlink', run: { color: '0563C1', underline: {} } },
      footnoteReference: { name: 'footnote reference', run: { superScript: true } },
      footnoteText: {
        name: 'footnote text',
        basedOn: 'Normal',
        run: { size: 20 },
        paragraph: { spacing: { after: 60 } },
      },
    },
    paragraphStyles: [
      {
        id: P.body,
        name: 'Body Text',
        basedOn: 'Normal',
        quickFormat: true,
        paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: { after: 240 }, indent: { firstLine: 720 } },
      },
      { id: P.headerLeft, name: 'Header Block Body', basedOn: 'Normal', run: { size: 22, bold: true } },
      { id: P.headerRight, name: 'Header Block Reference', basedOn: 'Normal', run: { size: 22 } },
      {
        id: P.kind,
        name: 'Document Kind',
        basedOn: 'Normal',
        next: P.title,
        run: { bold: true },
        paragraph: { ...centered, spacing: { before: 480, after: 240 } },
      },
      {
        id: P.title,
        name: 'Document Title',
        basedOn: 'Normal',
        next: P.subtitle,
        run: { bold: true },
        paragraph: { ...centered, spacing: { after: 240 } },
      },
      {
        id: P.subtitle,
        name: 'Document Subtitle',
        basedOn: 'Normal',
        next: P.date,
        run: { bold: true },
        paragraph: { ...centered, spacing: { after: 240 } },
      },
      { id: P.date, name: 'Document Date', basedOn: 'Normal', paragraph: { ...centered, spacing: { after: 240 } } },
      {
        id: P.authorship,
        name: 'Authorship',
        basedOn: 'Normal',
        next: P.body,
        paragraph: { ...centered, spacing: { after: 480 } },
      },
      {
        id: P.quote,
        name: 'Quote',
        basedOn: P.body,
        paragraph: { indent: { left: 720, right: 720, firstLine: 0 } },
      },
      {
        id: P.listBullet,
        name: 'List Bullet',
        basedOn: 'Normal',
        paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: { after: 120 } },
      },
      {
        id: P.listNumber,
        name: 'List Number',
        basedOn: 'Normal',
        paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: { after: 120 } },
      },
      {
        id: P.listContinue,
        name: 'List Continue',
        basedOn: 'Normal',
        paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: { after: 120 }, indent: { left: 720 } },
      },
      {
        id: P.question,
        name: 'Guiding Question',
        basedOn: 'Normal',
        paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: { after: 240 } },
      },
      { id: P.comment, name: 'annotation text', basedOn: 'Normal', run: { size: 20 } },
      {
        id: P.controlNumber,
        name: 'Control Number',
        basedOn: 'Normal',
        run: { size: 16 },
        paragraph: { spacing: { before: 480 } },
      },
      { id: P.footer, name: 'footer', basedOn: 'Normal', run: { size: 20 }, paragraph: centered },
      {
        id: P.convening,
        name: 'Convening Line',
        basedOn: 'Normal',
        paragraph: { ...centered, spacing: { after: 240 } },
      },
      {
        id: P.agendaItem,
        name: 'Agenda Item',
        basedOn: 'Normal',
        paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: { before: 240, after: 120 }, keepNext: true },
      },
      {
        id: P.itemTime,
        name: 'Agenda Item Time',
        basedOn: 'Normal',
        run: { italics: true },
        paragraph: { indent: { left: 720 }, spacing: { after: 120 }, keepNext: true },
      },
      {
        id: P.annotation,
        name: 'Annotation',
        basedOn: 'Normal',
        paragraph: { alignment: AlignmentType.JUSTIFIED, indent: { left: 720 }, spacing: { after: 120 } },
      },
      {
        id: P.speakersItem,
        name: 'Speakers Item',
        basedOn: 'Normal',
        run: { bold: true },
        paragraph: { spacing: { before: 360, after: 60 }, keepNext: true },
      },
      { id: P.tableText, name: 'Table Text', basedOn: 'Normal', run: { size: 20 } },
      { id: P.tableHeading, name: 'Table Heading', basedOn: P.tableText, run: { bold: true } },
      {
        id: P.tableLabel,
        name: 'Table Label',
        basedOn: 'Normal',
        run: { bold: true },
        paragraph: { spacing: { after: 60 } },
      },
      { id: P.tableValue, name: 'Table Value', basedOn: 'Normal', paragraph: { spacing: { after: 60 } } },
      {
        id: P.speakersOverrun,
        name: 'Speakers Overrun',
        basedOn: 'Normal',
        run: { bold: true },
        paragraph: { spacing: { before: 120, after: 120 } },
      },
    ],
    characterStyles: [
      { id: C.strong, name: 'Strong', run: { bold: true } },
      { id: C.emphasis, name: 'Emphasis', run: { italics: true } },
      { id: C.strongEmphasis, name: 'Strong Emphasis', run: { bold: true, italics: true } },
      // Symbols, control numbers and names of people: translation tools can be told to skip this style.
      { id: C.doNotTranslate, name: 'Do Not Translate', run: { noProof: true } },
    ],
  };
}

export const NUMBERING_REFS = {
  questions: 'guiding-questions',
  agenda: 'agenda-items',
  bullets: 'bullets',
} as const;

const indentFor = (level: number) => ({ indent: { left: 720 * (level + 1), hanging: 360 } });

/**
 * The numbering definitions; each ordered list of the body gets its own (its own start).
 * `listIndent` moves the body's lists in by that many levels: in the annotated agenda they sit
 * under an item's annotation, which is indented itself.
 */
export function documentNumbering(orderedListStarts: readonly number[], listIndent = 0): INumberingOptions {
  const decimal = (reference: string, start = 1, indent = 0) => ({
    reference,
    levels: [0, 1, 2, 3, 4, 5].map((level) => ({
      level,
      format: level % 2 === 0 ? LevelFormat.DECIMAL : LevelFormat.LOWER_LETTER,
      text: `%${level + 1}.`,
      alignment: AlignmentType.START,
      start: level === 0 ? start : 1,
      style: { paragraph: indentFor(level + indent) },
    })),
  });
  return {
    config: [
      decimal(NUMBERING_REFS.questions),
      decimal(NUMBERING_REFS.agenda),
      {
        reference: NUMBERING_REFS.bullets,
        levels: [0, 1, 2, 3, 4, 5].map((level) => ({
          level,
          format: LevelFormat.BULLET,
          text: level % 2 === 0 ? '•' : '–',
          alignment: AlignmentType.START,
          style: { paragraph: indentFor(level + listIndent) },
        })),
      },
      ...orderedListStarts.map((start, index) => decimal(`ordered-${index}`, start, listIndent)),
    ],
  };
}
