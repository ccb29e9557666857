import { Paragraph, TextRun, type ParagraphChild } from 'docx';
import { honorificIn } from '../../../shared/grammar/honorifics';
import type { SessionOverview } from '../../../shared/api/contract';
import { formatLongDate, formatMinutes, formatWallTime } from '../../../shared/dates';
import { footnoteNumbers } from '../../../shared/content/helpers';
import { pickLocalizedRichText } from '../../../shared/content/rich-text';
import type { AgendaItem } from '../../../shared/domain/agenda-item';
import { pickLocalized, pickLocalizedIn, type Language, type PickedText } from '../../../shared/domain/languages';
import type { Speaker } from '../../../shared/domain/speaker';
import { computeSchedule } from '../../../shared/schedule';
import {
  buildDocument,
  controlNumberParagraph,
  gridTable,
  headerBlock,
  i18nFor,
  localizedPara,
  localizedRun,
  para,
  type CopyKind,
  type HeaderBlock,
} from './common';
import { BodyWriter, type Translate } from './body-writer';
import { C, NUMBERING_REFS, P, PAGE } from './styles';
import { orderSpeakers } from '../../../shared/speakers/order-speakers';
import { speakersOverrun } from './speakers-overrun';

export type SessionDocumentKind = 'order_of_business' | 'annotated_agenda' | 'list_of_speakers';

export interface AgendaInput {
  overview: SessionOverview;
  kind: SessionDocumentKind;
  lang: Language;
  header: HeaderBlock;
  controlNumber: string;
  /** The distribution copy leaves out the notes to the translator in the annotations. */
  copy: CopyKind;
}

const MASCULINE_FIRST_WORDS = new Set(['consejo', 'conseil', 'conselho', 'comité', 'comite', 'grupo', 'groupe']);

/** i18next context for the convening line: "del Consejo", "de la Comisión". */
export const bodyContext = (name: string): { context?: string } =>
  MASCULINE_FIRST_WORDS.has(name.split(/\s+/)[0]?.toLocaleLowerCase() ?? '') ? { context: 'masculine' } : {};

/** The speakers of an item as they take the floor, in the order in force; the withdrawn do not. */
export function orderedSpeakers(speakers: readonly Speaker[], order: 'by_rule' | 'manual'): Speaker[] {
  return orderSpeakers(
    speakers.filter((s) => s.status !== 'withdrawn'),
    order,
  );
}

const timeRange = (start: string, end: string, lang: Language) =>
  `${formatWallTime(start, lang)} – ${formatWallTime(end, lang)}`;

/** The item title, then the symbols of the documents it considers in parentheses, each in the do-not-translate style. */
function itemRuns(title: PickedText, lang: Language, symbols: readonly string[], prefix = ''): ParagraphChild[] {
  const text = `${prefix}${title.text}`;
  if (symbols.length === 0) return [localizedRun({ ...title, text }, lang)];
  // a title in another language is a run of its own; the parenthesis is in the document's
  const runs: ParagraphChild[] =
    title.lang === lang ? [new TextRun(`${text} (`)] : [localizedRun({ ...title, text }, lang), new TextRun(' (')];
  symbols.forEach((symbol, index) => {
    if (index > 0) runs.push(new TextRun(', '));
    runs.push(new TextRun({ text: symbol, style: C.doNotTranslate }));
  });
  runs.push(new TextRun(')'));
  return runs;
}

/** The order of business, the annotated agenda or the list of speakers of a session. */
export function agendaDocument(input: AgendaInput) {
  const { overview, lang, kind } = input;
  const { t } = i18nFor(lang);
  const { session, body } = overview;
  const schedule = computeSchedule(session.startTime, session.endTime, overview.agendaItems);
  const bodyName = pickLocalized(body.name, lang);
  const titleKey = {
    order_of_business: 'document:orderOfBusiness',
    annotated_agenda: 'document:annotatedOrderOfBusiness',
    list_of_speakers: 'document:listOfSpeakers',
  }[kind];
  const title = t(titleKey);
  const children: (Paragraph | ReturnType<typeof gridTable>)[] = [
    headerBlock(input.header, lang, t),
    para(P.kind, title.toLocaleUpperCase(lang)),
  ];
  const sessionTitle = pickLocalizedIn(session.title, lang);
  if (sessionTitle.text) children.push(localizedPara(P.title, sessionTitle, lang));

  const place = session.room;
  const longDate = formatLongDate(session.date, lang);
  const time = timeRange(session.startTime, session.endTime, lang);
  children.push(
    para(
      P.convening,
      t('document:convening', {
        body: bodyName,
        date: longDate,
        time: formatWallTime(session.startTime, lang),
        place,
        ...bodyContext(bodyName),
      }),
    ),
  );
  const labelWidth = 1_800;
  children.push(
    gridTable(
      [labelWidth, PAGE.textWidth - labelWidth],
      [
        [[para(P.tableLabel, t('document:date'))], [para(P.tableValue, longDate)]],
        [[para(P.tableLabel, t('document:time'))], [para(P.tableValue, time)]],
        [[para(P.tableLabel, t('document:place'))], [para(P.tableValue, place)]],
      ],
      { headerRow: false, borders: false },
    ),
  );

  // One writer for every annotation, so footnotes are numbered across the whole agenda.
  const annotationOf = (item: AgendaItem) => pickLocalizedRichText(item.annotation, lang);
  const annotations = new BodyWriter(
    t as Translate,
    kind === 'annotated_agenda'
      ? overview.agendaItems.reduce((sum, item) => sum + footnoteNumbers(annotationOf(item).doc).length, 0)
      : 0,
    { paragraphStyle: P.annotation, copy: input.copy, lang },
  );

  const organizations = new Map(overview.organizations.map((o) => [o.id, o]));
  const people = new Map(overview.people.map((p) => [p.id, p]));

  overview.agendaItems.forEach((item, index) => {
    const slot = schedule.items[index]!;
    const itemTitle = pickLocalizedIn(item.title, lang);
    if (kind !== 'list_of_speakers') {
      children.push(
        new Paragraph({
          style: P.agendaItem,
          numbering: { reference: NUMBERING_REFS.agenda, level: 0 },
          children: itemRuns(itemTitle, lang, item.documentSymbols),
        }),
      );
      if (kind === 'annotated_agenda') {
        children.push(para(P.itemTime, timeRange(slot.start, slot.end, lang)));
        const annotation = annotationOf(item);
        children.push(...annotations.blocksIn(annotation.lang, annotation.doc.content));
      }
      return;
    }
    children.push(
      new Paragraph({
        style: P.speakersItem,
        children: itemRuns(itemTitle, lang, item.documentSymbols, `${index + 1}. `),
      }),
      para(P.itemTime, timeRange(slot.start, slot.end, lang)),
    );
    const speakers = orderedSpeakers(
      overview.speakers.filter((s) => s.agendaItemId === item.id),
      item.speakerOrder,
    );
    if (speakers.length === 0) {
      children.push(para(P.annotation, t('document:noSpeakers')));
      return;
    }
    const times = speakersOverrun(
      slot,
      speakers.map((s) => s.allottedMinutes),
      { lang, t, range: (start, end) => timeRange(start, end, lang) },
    );
    // Twips, 6.5 inches in all; "No." needs 700 to stay on one line beside the cell margins.
    const widths = [700, 2_200, 2_360, 1_200, 1_200, 1_700];
    const cellText = (text: string) => [para(P.tableText, text)];
    const rows = [
      (['number', 'name', 'delegation', 'role', 'minutes', 'time'] as const).map((l) => [
        para(P.tableHeading, t(`document:speakersTable.${l}`)),
      ]),
      ...speakers.map((speaker, position) => {
        const person = speaker.personId ? people.get(speaker.personId) : undefined;
        const organization = organizations.get(speaker.organizationId ?? person?.organizationId ?? '');
        const nameRuns: ParagraphChild[] = person
          ? [
              ...(person.honorific ? [new TextRun(`${honorificIn(person.honorific, lang)} `)] : []),
              new TextRun({ text: person.name, style: C.doNotTranslate }),
            ]
          : [];
        return [
          cellText(String(position + 1)),
          [new Paragraph({ style: P.tableText, children: nameRuns })],
          organization ? [localizedPara(P.tableText, pickLocalizedIn(organization.name, lang), lang)] : cellText(''),
          cellText(t(`ui:enums.speakerRole.${speaker.role}`)),
          cellText(formatMinutes(speaker.allottedMinutes, lang)),
          cellText(times.timeText(position)),
        ];
      }),
    ];
    children.push(gridTable(widths, rows, { headerRow: true, borders: true }), ...times.warning());
  });

  children.push(...controlNumberParagraph(input.controlNumber));
  return buildDocument({
    lang,
    title,
    copy: input.copy,
    ...annotations.written(1),
    children,
  });
}
