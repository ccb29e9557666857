import { Paragraph, TextRun, type Table } from 'docx';
import { honorificIn } from '../../../shared/grammar/honorifics';
import type { SessionOverview } from '../../../shared/api/contract';
import { formatWallTime, minutesToWallTime } from '../../../shared/dates';
import { pickLocalizedIn, type Language } from '../../../shared/domain/languages';
import { minutesSeconds } from '../../../shared/floor/clock-face';
import type { Organization } from '../../../shared/domain/organization';
import type { Person } from '../../../shared/domain/person';
import type { FloorRecordEntry } from '../../../shared/floor/floor-types';
import { spokenTotals, type SpokenTotals } from '../../../shared/floor/totals';
import { buildDocument, gridTable, headerBlock, i18nFor, localizedPara, para, type HeaderBlock } from './common';
import { C, P } from './styles';

export interface FloorRecordInput {
  overview: SessionOverview;
  record: readonly FloorRecordEntry[];
  /** Those the record names: a delegation may speak on the day without being on any list. */
  organizations: readonly Organization[];
  people: readonly Person[];
  lang: Language;
  header: HeaderBlock;
}

// Twips, 6.5 inches in all: No., speaker, for, kind, from, to, spoken; "11:00 a.m." fits on one line.
const SPEECH_WIDTHS = [600, 1_800, 2_100, 1_400, 1_150, 1_150, 1_160];
// Delegation or role, speeches, spoken.
const TOTAL_WIDTHS = [5_560, 1_800, 2_000];

/**
 * A local HH:MM of an instant, as the machine's clock showed it in the room: the record's instants
 * are UTC, the other exports print wall-clock times.
 */
const localWallTime = (instant: string, lang: Language): string => {
  const at = new Date(instant);
  return formatWallTime(minutesToWallTime(at.getHours() * 60 + at.getMinutes()), lang);
};

/** The record of the floor: per item a table of its speeches and its totals, then the session's totals. */
export function floorRecordDocument(input: FloorRecordInput) {
  const { overview, record, lang } = input;
  const { t } = i18nFor(lang);
  const organizations = new Map(input.organizations.map((o) => [o.id, o]));
  const people = new Map(input.people.map((p) => [p.id, p]));
  const cell = (text: string) => [para(P.tableText, text)];
  const organizationCell = (id: string | null) => {
    const organization = id ? organizations.get(id) : undefined;
    return organization ? [localizedPara(P.tableText, pickLocalizedIn(organization.name, lang), lang)] : cell('');
  };
  // A name is never translated.
  const personCell = (id: string | null) => {
    const person = id ? people.get(id) : undefined;
    return [
      new Paragraph({
        style: P.tableText,
        children: person
          ? [
              ...(person.honorific ? [new TextRun(`${honorificIn(person.honorific, lang)} `)] : []),
              new TextRun({ text: person.name, style: C.doNotTranslate }),
            ]
          : [],
      }),
    ];
  };
  const heading = (keys: readonly string[]) => keys.map((k) => [para(P.tableHeading, t(`document:floorRecord.${k}`))]);

  const totalsTables = (totals: SpokenTotals, title: string): (Paragraph | Table)[] => [
    para(P.speakersItem, title),
    gridTable(
      TOTAL_WIDTHS,
      [
        heading(['delegation', 'speeches', 'spoken']),
        ...totals.byDelegation.map((d) => [
          d.organizationId ? organizationCell(d.organizationId) : personCell(d.personId),
          cell(String(d.speeches)),
          cell(minutesSeconds(d.seconds)),
        ]),
        [cell(t('document:floorRecord.total')), cell(String(totals.speeches)), cell(minutesSeconds(totals.seconds))],
      ],
      { headerRow: true, borders: true },
    ),
    para(P.body, ''),
    gridTable(
      TOTAL_WIDTHS,
      [
        heading(['role', 'speeches', 'spoken']),
        ...totals.byRole.map((r) => [
          cell(t(`ui:enums.speakerRole.${r.role}`)),
          cell(String(r.speeches)),
          cell(minutesSeconds(r.seconds)),
        ]),
      ],
      { headerRow: true, borders: true },
    ),
  ];

  const title = t('document:floorRecord.title');
  const children: (Paragraph | Table)[] = [
    headerBlock(input.header, lang, t),
    para(P.kind, title.toLocaleUpperCase(lang)),
  ];
  const sessionTitle = pickLocalizedIn(overview.session.title, lang);
  if (sessionTitle.text) children.push(localizedPara(P.title, sessionTitle, lang));

  for (const item of [...overview.agendaItems].sort((a, b) => a.position - b.position)) {
    const speeches = record.filter((e) => e.itemId === item.id);
    const itemTitle = pickLocalizedIn(item.title, lang);
    children.push(
      localizedPara(
        P.agendaItem,
        { ...itemTitle, text: t('document:floorRecord.item', { number: item.position + 1, title: itemTitle.text }) },
        lang,
      ),
    );
    if (speeches.length === 0) {
      children.push(para(P.annotation, t('document:floorRecord.noSpeeches')));
      continue;
    }
    const rows = [
      heading(['number', 'speaker', 'for', 'kind', 'from', 'to', 'spoken']),
      ...speeches.map((e, index) => [
        cell(String(index + 1)),
        personCell(e.personId),
        organizationCell(e.organizationId),
        cell(t(`ui:floor.kinds.${e.kind}`)),
        cell(localWallTime(e.startedAt, lang)),
        cell(localWallTime(e.endedAt, lang)),
        cell(minutesSeconds(e.spokenSeconds)),
      ]),
    ];
    children.push(
      gridTable(SPEECH_WIDTHS, rows, { headerRow: true, borders: true }),
      ...totalsTables(spokenTotals(speeches), t('document:floorRecord.itemTotals')),
    );
  }
  children.push(...totalsTables(spokenTotals(record), t('document:floorRecord.sessionTotals')));
  return buildDocument({ lang, title, copy: 'distribution', children });
}
