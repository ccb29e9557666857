import { fail } from '../../shared/api/errors';
import type { Language } from '../../shared/domain/languages';
import { pickLocalized } from '../../shared/domain/languages';
import { spokenMs, wholeSeconds } from '../../shared/floor/elapsed';
import type { FloorKind, FloorRecordEntry } from '../../shared/floor/floor-types';
import { recordCsv } from '../../shared/floor/record-csv';
import type { ExportedFile } from '../../shared/api/document-procedures';
import { floorRecordDocument } from '../exports/docx/floor-record';
import { header, overviewOf, toFile } from '../exports/export';
import { agendaItemsOf } from '../store/agenda';
import { endedSpeech, insertSpeech, pausesOf, updateSpeech } from '../store/floor';
import type { Store } from '../store/open-database';
import { organizationsByIds, peopleByIds } from '../store/registry';
import { sessionDateAndLanguage } from '../store/sessions';
import { floorState, mustHaveSession } from './floor-read';
import { itemOfSession, requester } from './item-speakers';
import { inscribe } from './queue';

export interface RecordUpdateInput {
  sessionId: string;
  id?: string | undefined;
  itemId?: string | undefined;
  kind?: FloorKind | undefined;
  organizationId?: string | undefined;
  personId?: string | undefined;
  startedAt?: string | undefined;
  endedAt?: string | undefined;
  spokenSeconds?: number | undefined;
}

function checkTimes(startedAt: number, endedAt: number, spokenSeconds: number): void {
  if (endedAt < startedAt) fail('validation', [{ path: 'endedAt', message: 'ends before it starts' }]);
  if (spokenSeconds * 1000 > endedAt - startedAt) {
    fail('validation', [{ path: 'spokenSeconds', message: 'longer than the time between start and end' }]);
  }
}

/**
 * The Secretariat's corrections afterwards. An entry keeps its pauses: corrected times, spoken seconds
 * not given, count the time between them less the pauses that fall inside.
 */
export async function updateRecord(db: Store, input: RecordUpdateInput): Promise<void> {
  await mustHaveSession(db, input.sessionId);
  if (input.id === undefined) return addToRecord(db, input);
  const entry = await endedSpeech(db, input.sessionId, input.id);
  if (!entry) return fail('not_found', [{ path: 'id', message: 'no such entry in the record' }]);
  const startedAt = input.startedAt ? Date.parse(input.startedAt) : entry.startedAt;
  const endedAt = input.endedAt ? Date.parse(input.endedAt) : entry.endedAt!;
  const retimed = startedAt !== entry.startedAt || endedAt !== entry.endedAt;
  const spokenSeconds =
    input.spokenSeconds ??
    (retimed ? wholeSeconds(spokenMs(startedAt, endedAt, await pausesOf(db, entry.id))) : entry.spokenSeconds!);
  checkTimes(startedAt, endedAt, spokenSeconds);
  const who =
    input.organizationId !== undefined || input.personId !== undefined
      ? await requester(db, input.organizationId, input.personId)
      : {};
  await updateSpeech(db, entry.id, { ...who, kind: input.kind ?? entry.kind, startedAt, endedAt, spokenSeconds });
}

/** Someone who spoke without inscription: on the record, and on the item's list as having spoken. */
async function addToRecord(db: Store, input: RecordUpdateInput): Promise<void> {
  const item = await itemOfSession(db, input.sessionId, input.itemId!);
  const who = await requester(db, input.organizationId, input.personId);
  const startedAt = Date.parse(input.startedAt!);
  const endedAt = Date.parse(input.endedAt!);
  const spokenSeconds = input.spokenSeconds ?? wholeSeconds(Math.max(0, endedAt - startedAt));
  checkTimes(startedAt, endedAt, spokenSeconds);
  const kind = input.kind ?? 'speaker';
  const speaker = kind === 'speaker' ? await inscribe(db, item.id, who, startedAt, 'spoke') : null;
  await insertSpeech(db, {
    id: crypto.randomUUID(),
    sessionId: input.sessionId,
    itemId: item.id,
    kind,
    speakerId: speaker?.id ?? null,
    ...who,
    allottedSeconds: speaker ? speaker.allottedMinutes * 60 : null,
    startedAt,
    endedAt,
    spokenSeconds,
    suspended: 0,
  });
}

/** The organizations and people the record names (any, not only those on the session's lists). */
async function partiesOf(db: Store, record: readonly FloorRecordEntry[]) {
  const organizationIds = [...new Set(record.flatMap((e) => (e.organizationId ? [e.organizationId] : [])))];
  const personIds = [...new Set(record.flatMap((e) => (e.personId ? [e.personId] : [])))];
  return { organizations: await organizationsByIds(db, organizationIds), people: await peopleByIds(db, personIds) };
}

/** The record as CSV, names in the session's original language. */
export async function recordCsvOf(db: Store, sessionId: string, now: number) {
  const state = await floorState(db, sessionId, now);
  const session = await sessionDateAndLanguage(db, sessionId);
  const lang = session.originalLanguage;
  const items = await agendaItemsOf(db, sessionId);
  const { organizations, people } = await partiesOf(db, state.record);
  const label =
    <T extends { id: string }>(rows: T[], text: (row: T) => string) =>
    (id: string) => {
      const row = rows.find((r) => r.id === id);
      return row ? text(row) : '';
    };
  const csv = recordCsv(state.record, {
    item: label(items, (item) => `${item.position + 1}. ${pickLocalized(item.title, lang)}`),
    organization: label(organizations, (org) => pickLocalized(org.acronym, lang) || pickLocalized(org.name, lang)),
    person: label(people, (row) => row.name),
  });
  return { fileName: `floor-record-${session.date}.csv`, csv };
}

/** The record as DOCX in `lang`: per item its speeches and totals, then the session's totals. */
export async function recordDocxOf(db: Store, sessionId: string, lang: Language, now: number): Promise<ExportedFile> {
  const { record } = await floorState(db, sessionId, now);
  const overview = await overviewOf(db, sessionId);
  const document = floorRecordDocument({
    overview,
    record,
    ...(await partiesOf(db, record)),
    lang,
    header: header(overview, lang, null, overview.session.date),
  });
  return toFile(`floor-record-${overview.session.date}-${lang}.docx`, document);
}
