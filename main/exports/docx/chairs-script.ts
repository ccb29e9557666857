import { Paragraph, type Table } from 'docx';
import type { SessionOverview } from '../../../shared/api/contract';
import { formatLongDate, formatWallTime } from '../../../shared/dates';
import { formatSymbol } from '../../../shared/domain/document';
import { pickLocalized, pickLocalizedIn, type Language, type PickedText } from '../../../shared/domain/languages';
import type { AgendaItem } from '../../../shared/domain/agenda-item';
import type { Speaker } from '../../../shared/domain/speaker';
import { toPerson } from '../../../shared/grammar/honorifics';
import { ofState } from '../../../shared/grammar/of-state';
import { bodyContext, orderedSpeakers } from './agenda';
import {
  buildDocument,
  controlNumberParagraph,
  headerBlock,
  i18nFor,
  localizedPara,
  localizedRun,
  para,
  type CopyKind,
  type HeaderBlock,
} from './common';
import { mark, sentenceRuns, type MarkedValue, type SentenceValue } from './script-sentence';
import { C, documentNumbering, NUMBERING_REFS, P } from './styles';

export interface ChairsScriptInput {
  overview: SessionOverview;
  lang: Language;
  header: HeaderBlock;
  controlNumber: string;
  copy: CopyKind;
}

/**
 * The chair's script: what the chair reads, item by item, made afresh at each export from the agenda, the
 * panel and the list of speakers: the opening, the adoption of the order of business, each item with its
 * documents, the guiding questions on the panel, each speaker given the floor in the order in force, the
 * closing. Every sentence is a template of the document namespace (`document:chairsScript.*`).
 */
export function chairsScriptDocument(input: ChairsScriptInput) {
  const { overview, lang } = input;
  const { t } = i18nFor(lang);
  const { session, body } = overview;
  const title = t('document:chairsScript.title');
  const bodyName = pickLocalized(body.name, lang);
  const organizations = new Map(overview.organizations.map((o) => [o.id, o]));
  const people = new Map(overview.people.map((p) => [p.id, p]));
  const list = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' });

  const children: (Paragraph | Table)[] = [
    headerBlock(input.header, lang, t),
    para(P.kind, title.toLocaleUpperCase(lang)),
  ];
  const sessionTitle = pickLocalizedIn(session.title, lang);
  if (sessionTitle.text) children.push(localizedPara(P.title, sessionTitle, lang));
  children.push(
    para(
      P.convening,
      t('document:convening', {
        body: bodyName,
        date: formatLongDate(session.date, lang),
        time: formatWallTime(session.startTime, lang),
        place: session.room,
        ...bodyContext(bodyName),
      }),
    ),
  );

  /** One paragraph of the chair's, from a template; `build` marks the values that need runs of their own. */
  const line = (key: string, build: (marked: MarkedValue[]) => Record<string, SentenceValue> = () => ({})) => {
    const marked: MarkedValue[] = [];
    const values = build(marked);
    children.push(
      new Paragraph({
        style: P.body,
        children: sentenceRuns(t, `document:chairsScript.${key}`, values, marked, lang),
      }),
    );
  };
  /** A picked text as a template value: marked with its language where it fell back to another. */
  const picked = (marked: MarkedValue[], text: PickedText) =>
    text.lang === lang ? text.text : mark(marked, { text: text.text, lang: text.lang });
  const symbols = (marked: MarkedValue[], printed: readonly string[]) =>
    list.format(printed.map((symbol) => mark(marked, { text: symbol, style: C.doNotTranslate })));

  const opening = () => {
    line('opening', (marked) => ({
      body: bodyName,
      session: picked(marked, sessionTitle),
      ...bodyContext(bodyName),
    }));
    line('welcome');
  };
  const closing = () => line('closing');

  const giveFloor = (speaker: Speaker) => {
    const person = speaker.personId ? people.get(speaker.personId) : undefined;
    const organization = organizations.get(speaker.organizationId ?? person?.organizationId ?? '');
    const orgName = organization ? pickLocalizedIn(organization.name, lang) : null;
    if (
      organization &&
      orgName &&
      (speaker.role === 'delegation' || (!person && organization.kind === 'member_state'))
    ) {
      line('giveDelegation', (marked) => ({ of: ofState(organization.code, picked(marked, orgName), lang) }));
      return;
    }
    if (!person) {
      if (orgName) line('giveOrganization', (marked) => ({ organization: picked(marked, orgName) }));
      return;
    }
    line(
      orgName
        ? person.position
          ? 'speakerWithPosition'
          : 'speaker'
        : person.position
          ? 'speakerPosition'
          : 'speakerOnly',
      (marked) => {
        return {
          toSpeaker: toPerson(person.honorific, mark(marked, { text: person.name, style: C.doNotTranslate }), lang),
          position: person.position,
          organization: orgName ? picked(marked, orgName) : '',
        };
      },
    );
  };

  const orderSymbol = overview.documents.find((d) => d.kind === 'order_of_business' && d.symbol);
  const hasOpening = overview.agendaItems.some((i) => i.kind === 'opening');
  const hasClosing = overview.agendaItems.some((i) => i.kind === 'closing');
  if (!hasOpening) opening();

  overview.agendaItems.forEach((item: AgendaItem, index) => {
    const itemTitle = pickLocalizedIn(item.title, lang);
    children.push(
      new Paragraph({
        style: P.agendaItem,
        numbering: { reference: NUMBERING_REFS.agenda, level: 0 },
        children: [localizedRun(itemTitle, lang)],
      }),
    );
    if (item.kind === 'opening') opening();
    else if (item.kind === 'adoption_of_agenda') {
      if (orderSymbol) {
        line('adoption', (marked) => ({
          symbol: mark(marked, { text: formatSymbol(orderSymbol), style: C.doNotTranslate }),
        }));
      } else line('adoptionNoSymbol');
    } else if (item.kind !== 'closing') {
      line('itemIntro', (marked) => ({ number: index + 1, title: picked(marked, itemTitle) }));
    }
    if (item.documentSymbols.length > 0 && item.kind !== 'adoption_of_agenda') {
      line('documents', (marked) => ({
        count: item.documentSymbols.length,
        symbols: symbols(marked, item.documentSymbols),
      }));
    }
    if (item.kind === 'panel' && overview.guidingQuestions.length > 0) {
      line('questions');
      for (const question of overview.guidingQuestions) {
        const text = pickLocalizedIn(question.text, lang);
        children.push(
          new Paragraph({
            style: P.question,
            numbering: { reference: NUMBERING_REFS.questions, level: 0 },
            children: text.text ? [localizedRun(text, lang)] : [],
          }),
        );
      }
    }
    const speakers = orderedSpeakers(
      overview.speakers.filter((s) => s.agendaItemId === item.id),
      item.speakerOrder,
    );
    if (item.kind === 'dialogue' && speakers.some((s) => s.role === 'delegation')) line('openFloor');
    if (item.kind === 'other_business') line('otherBusiness');
    speakers.forEach(giveFloor);
    if (item.kind === 'closing') closing();
  });

  if (!hasClosing) closing();
  children.push(...controlNumberParagraph(input.controlNumber));
  return buildDocument({
    lang,
    title,
    copy: input.copy,
    numbering: documentNumbering([]),
    children,
  });
}
