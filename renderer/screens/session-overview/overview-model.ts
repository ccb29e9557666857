import type { SessionOverview } from '../../../shared/api/contract';
import type { AgendaItem } from '../../../shared/domain/agenda-item';
import { formatSymbol, type SessionDocument } from '../../../shared/domain/document';
import {
  isEmptyRichText,
  pickLocalizedRichText,
  type LocalizedRichText,
  type RichText,
} from '../../../shared/content/rich-text';
import { pickLocalized, type Language } from '../../../shared/domain/languages';
import { localizedText } from '../../i18n/localized';
import type { Organization } from '../../../shared/domain/organization';
import type { Speaker } from '../../../shared/domain/speaker';
import { wallTimeToMinutes } from '../../../shared/dates/format-time';
import { computeSchedule, type Schedule, type ScheduledItem } from '../../../shared/schedule/compute-schedule';
import { speakersFit, type SpeakersFit } from '../../../shared/schedule/speakers-fit';
import { orderSpeakers } from '../../../shared/speakers/order-speakers';

/** A text as shown, with the language it is in (another than the screen's when it fell back). */
export interface ShownText {
  text: string;
  lang: Language;
}

function shownRichText(text: LocalizedRichText, lang: Language): { doc: RichText; lang: Language } | null {
  const shown = pickLocalizedRichText(text, lang);
  return isEmptyRichText(shown.doc) ? null : shown;
}

export interface SpeakerLine {
  id: string;
  number: number;
  /** "Ms. Laura Méndez Ortiz", or null for a delegation that has not named its speaker. */
  personName: string | null;
  /** "Regional Conference on Migration (RCM)", "Mexico"; null when neither speaker nor person names one. */
  organizationName: string | null;
  role: Speaker['role'];
  status: Speaker['status'];
  allottedMinutes: number;
}

export interface AgendaLine {
  id: string;
  number: number;
  kind: AgendaItem['kind'];
  title: ShownText;
  /** The annotation in the screen's language, else in the first language that has one; null when none has. */
  annotation: { doc: RichText; lang: Language } | null;
  /** Symbols of the documents the item considers, as printed in parentheses after its title. */
  documentSymbols: string[];
  slot: ScheduledItem;
  /** True when the item ends after the session's end time. */
  runsPastEnd: boolean;
  speakers: SpeakerLine[];
  /** Time of the speakers still on the list (withdrawn ones do not count) against the item's duration. */
  fit: SpeakersFit;
}

export interface DocumentLine {
  id: string;
  kind: SessionDocument['kind'];
  /** "CP/CAM-123/23 rev. 1", or null before a symbol is issued. */
  symbol: string | null;
  originalLanguage: Language;
}

export interface OverviewModel {
  title: ShownText;
  bodyName: string;
  bodyCode: string;
  session: SessionOverview['session'];
  agenda: AgendaLine[];
  schedule: Schedule;
  questions: { id: string; text: ShownText }[];
  documents: DocumentLine[];
}

/** An organization's name in `lang`, with its acronym when it has one that differs: "International Organization for Migration (IOM)". */
export function organizationLabel(org: Organization, lang: Language): string {
  const name = pickLocalized(org.name, lang);
  const acronym = pickLocalized(org.acronym, lang);
  return acronym && acronym !== name ? `${name} (${acronym})` : name;
}

/** What the overview screen shows, in `lang`: the agenda with its times, speakers in order, questions and documents. */
export function buildOverviewModel(overview: SessionOverview, lang: Language): OverviewModel {
  const { session, body } = overview;
  const organizations = new Map(overview.organizations.map((o) => [o.id, o]));
  const people = new Map(overview.people.map((p) => [p.id, p]));
  const items = [...overview.agendaItems].sort((a, b) => a.position - b.position);
  const schedule = computeSchedule(session.startTime, session.endTime, items);
  const sessionEnd = wallTimeToMinutes(session.endTime);

  const speakerLine = (speaker: Speaker, index: number): SpeakerLine => {
    const person = speaker.personId ? people.get(speaker.personId) : undefined;
    const organizationId = speaker.organizationId ?? person?.organizationId ?? null;
    const organization = organizationId ? organizations.get(organizationId) : undefined;
    return {
      id: speaker.id,
      number: index + 1,
      personName: person ? [person.honorific, person.name].filter(Boolean).join(' ') : null,
      organizationName: organization ? organizationLabel(organization, lang) : null,
      role: speaker.role,
      status: speaker.status,
      allottedMinutes: speaker.allottedMinutes,
    };
  };

  const agenda = items.map((item, index): AgendaLine => {
    const slot = schedule.items[index]!;
    // The order in force: the rule's, or the Chair's own.
    const speakers = orderSpeakers(
      overview.speakers.filter((s) => s.agendaItemId === item.id),
      item.speakerOrder,
    );
    return {
      id: item.id,
      number: index + 1,
      kind: item.kind,
      title: localizedText(item.title, lang),
      annotation: shownRichText(item.annotation, lang),
      documentSymbols: item.documentSymbols,
      slot,
      runsPastEnd: slot.endMinutes > sessionEnd,
      speakers: speakers.map(speakerLine),
      fit: speakersFit(item.durationMinutes, speakers),
    };
  });

  return {
    title: localizedText(session.title, lang),
    bodyName: pickLocalized(body.name, lang),
    bodyCode: body.code,
    session,
    agenda,
    schedule,
    questions: [...overview.guidingQuestions]
      .sort((a, b) => a.position - b.position)
      .map((q) => ({ id: q.id, text: localizedText(q.text, lang) })),
    documents: overview.documents.map((d) => ({
      id: d.id,
      kind: d.kind,
      symbol: formatSymbol(d) || null,
      originalLanguage: d.originalLanguage,
    })),
  };
}
