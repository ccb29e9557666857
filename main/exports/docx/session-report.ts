import { Paragraph, TextRun, type ParagraphChild, type Table } from 'docx';
import { formatLongDate, formatWallTime } from '../../../shared/dates';
import { footnoteNumbers } from '../../../shared/content/helpers';
import { emptyLocalizedRichText, pickLocalizedRichText } from '../../../shared/content/rich-text';
import { pickLocalizedIn, type Language } from '../../../shared/domain/languages';
import type { Organization, OrganizationKind } from '../../../shared/domain/organization';
import type { Person } from '../../../shared/domain/person';
import { minutesSeconds } from '../../../shared/floor/clock-face';
import { sortOrganizations } from '../../../shared/good-practices/compilation';
import type { AfterSession } from '../../good-practices/after-session';
import { BodyWriter, type Translate } from './body-writer';
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
import { C, P, PAGE } from './styles';

export interface SessionReportInput {
  sources: AfterSession;
  lang: Language;
  header: HeaderBlock;
  controlNumber: string;
  copy: CopyKind;
}

const PRESENT_GROUPS = ['member_state', 'mechanism', 'international_organization', 'other'] as const;
const groupOf = (kind: OrganizationKind): (typeof PRESENT_GROUPS)[number] =>
  kind === 'member_state' || kind === 'mechanism' || kind === 'international_organization' ? kind : 'other';

// Twips, 6.5 inches in all: No., speaker, for, spoken.
const SPEECH_WIDTHS = [700, 3_000, 3_960, 1_700];
const LABEL_WIDTH = 1_800;

/** "Ambassador Ana Lucía Herrera": the honorific is translatable, the name never. */
const personRuns = (person: Person | undefined): ParagraphChild[] =>
  person
    ? [
        ...(person.honorific ? [new TextRun(`${person.honorific} `)] : []),
        new TextRun({ text: person.name, style: C.doNotTranslate }),
      ]
    : [];

/**
 * The session report: who met, where and when and under whose chair; who was present; per item the
 * documents it considered, the Secretariat's summary and who took the floor in order with their
 * spoken time (the floor's record); the good practices shared, in brief.
 */
export function sessionReportDocument(input: SessionReportInput) {
  const { sources, lang } = input;
  const { overview } = sources;
  const { session } = overview;
  const { t } = i18nFor(lang);
  const organizations = new Map(sources.organizations.map((o) => [o.id, o]));
  const people = new Map(sources.people.map((p) => [p.id, p]));
  const name = (o: Organization) => pickLocalizedIn(o.name, lang);
  const summaryOf = (itemId: string) =>
    pickLocalizedRichText(sources.summaries.get(itemId) ?? emptyLocalizedRichText(), lang);
  const writer = new BodyWriter(
    t as Translate,
    overview.agendaItems.reduce((sum, item) => sum + footnoteNumbers(summaryOf(item.id).doc).length, 0),
    { paragraphStyle: P.body, copy: input.copy, lang },
  );

  const title = t('document:sessionReport.title');
  const children: (Paragraph | Table)[] = [
    headerBlock(input.header, lang, t),
    para(P.kind, title.toLocaleUpperCase(lang)),
  ];
  const sessionTitle = pickLocalizedIn(session.title, lang);
  if (sessionTitle.text) children.push(localizedPara(P.title, sessionTitle, lang));

  // who met, when, where, under whose chair: a table, as the agenda's date, time and place
  const chair = sources.chair;
  // the position is typed once, in one language: the report prints who, not their title
  const chairRuns: ParagraphChild[] = chair ? personRuns(chair) : [new TextRun(t('document:sessionReport.noChair'))];
  const row = (label: string, value: Paragraph) => [[para(P.tableLabel, label)], [value]];
  children.push(
    gridTable(
      [LABEL_WIDTH, PAGE.textWidth - LABEL_WIDTH],
      [
        row(
          t('document:sessionReport.body'),
          localizedPara(P.tableValue, pickLocalizedIn(overview.body.name, lang), lang),
        ),
        row(t('document:date'), para(P.tableValue, formatLongDate(session.date, lang))),
        row(
          t('document:time'),
          para(P.tableValue, `${formatWallTime(session.startTime, lang)} – ${formatWallTime(session.endTime, lang)}`),
        ),
        row(t('document:place'), para(P.tableValue, session.room)),
        row(t('document:sessionReport.chair'), new Paragraph({ style: P.tableValue, children: chairRuns })),
      ],
      { headerRow: false, borders: false },
    ),
  );

  // present: whoever took the floor, was on a list and did not withdraw, or shared a practice on the floor
  const presentIds = new Set<string>();
  for (const entry of sources.record) if (entry.organizationId) presentIds.add(entry.organizationId);
  for (const speaker of overview.speakers) {
    const person = speaker.personId ? people.get(speaker.personId) : undefined;
    const id = speaker.organizationId ?? person?.organizationId;
    if (id && speaker.status !== 'withdrawn') presentIds.add(id);
  }
  for (const practice of sources.practices) if (practice.channel === 'floor') presentIds.add(practice.organizationId);
  const present = sortOrganizations(
    [...presentIds].flatMap((id) => organizations.get(id) ?? []),
    lang,
  );
  children.push(para(P.heading1, t('document:sessionReport.present')));
  if (present.length === 0) children.push(para(P.body, t('document:sessionReport.nonePresent')));
  for (const group of PRESENT_GROUPS) {
    const members = present.filter((o) => groupOf(o.kind) === group);
    if (members.length === 0) continue;
    const runs: ParagraphChild[] = [
      new TextRun(
        `${t('document:sessionReport.label', { label: t(`document:sessionReport.presentGroups.${group}`) })} `,
      ),
    ];
    members.forEach((o, index) => {
      runs.push(localizedRun({ ...name(o), text: `${name(o).text}${index === members.length - 1 ? '.' : ''}` }, lang));
      if (index < members.length - 1) runs.push(new TextRun(', '));
    });
    children.push(new Paragraph({ style: P.body, children: runs }));
  }

  children.push(para(P.heading1, t('document:sessionReport.proceedings')));
  const cell = (text: string) => [para(P.tableText, text)];
  const heading = (keys: readonly string[]) =>
    keys.map((k) => [para(P.tableHeading, t(`document:sessionReport.columns.${k}`))]);
  [...overview.agendaItems]
    .sort((a, b) => a.position - b.position)
    .forEach((item, index) => {
      const itemTitle = pickLocalizedIn(item.title, lang);
      children.push(localizedPara(P.heading2, { ...itemTitle, text: `${index + 1}. ${itemTitle.text}` }, lang));
      if (item.documentSymbols.length) {
        children.push(
          new Paragraph({
            style: P.body,
            children: [
              new TextRun(`${t('document:sessionReport.documents')} `),
              ...item.documentSymbols.flatMap((symbol, n) => [
                ...(n > 0 ? [new TextRun(', ')] : []),
                new TextRun({ text: symbol, style: C.doNotTranslate }),
              ]),
            ],
          }),
        );
      }
      const summary = summaryOf(item.id);
      children.push(...writer.blocksIn(summary.lang, summary.doc.content));
      const speeches = sources.record.filter((e) => e.itemId === item.id);
      if (speeches.length === 0) {
        children.push(para(P.body, t('document:sessionReport.noSpeeches')));
        return;
      }
      children.push(
        para(P.body, t('document:sessionReport.tookTheFloor')),
        gridTable(
          SPEECH_WIDTHS,
          [
            heading(['number', 'speaker', 'for', 'spoken']),
            ...speeches.map((entry, n) => {
              const organization = entry.organizationId ? organizations.get(entry.organizationId) : undefined;
              return [
                cell(String(n + 1)),
                [
                  new Paragraph({
                    style: P.tableText,
                    children: personRuns(entry.personId ? people.get(entry.personId) : undefined),
                  }),
                ],
                organization ? [localizedPara(P.tableText, name(organization), lang)] : cell(''),
                cell(minutesSeconds(entry.spokenSeconds)),
              ];
            }),
          ],
          { headerRow: true, borders: true },
        ),
      );
    });

  children.push(para(P.heading1, t('document:sessionReport.practices')));
  const questionNumbers = new Map(
    [...overview.guidingQuestions].sort((a, b) => a.position - b.position).map((q, n) => [q.id, n + 1]),
  );
  const holders = sortOrganizations(
    sources.organizations.filter((o) => sources.practices.some((p) => p.organizationId === o.id)),
    lang,
  );
  if (holders.length === 0) children.push(para(P.body, t('document:sessionReport.noPractices')));
  for (const holder of holders) {
    for (const practice of sources.practices.filter((p) => p.organizationId === holder.id)) {
      const number = practice.questionId ? questionNumbers.get(practice.questionId) : undefined;
      children.push(
        new Paragraph({
          style: P.body,
          children: [
            localizedRun(
              { ...name(holder), text: t('document:sessionReport.label', { label: name(holder).text }) },
              lang,
            ),
            new TextRun(' '),
            localizedRun(pickLocalizedIn(practice.title, lang), lang),
            ...(number ? [new TextRun(` ${t('document:sessionReport.practiceQuestion', { number })}`)] : []),
          ],
        }),
      );
    }
  }
  if (holders.length) children.push(para(P.body, t('document:sessionReport.practicesInFull')));
  children.push(...controlNumberParagraph(input.controlNumber));
  return buildDocument({
    lang,
    title,
    copy: input.copy,
    ...writer.written(0),
    children,
  });
}
