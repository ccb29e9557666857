import crypto from 'node:crypto';
import fs from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import {
  DATA_FILES,
  DATA_KEYS,
  MANIFEST,
  type SessionFileData,
  type Manifest,
} from '../../main/session-files/session-file-format';
import { collectSession, writeSessionFile } from '../../main/session-files/session-file-export';
import { readZipDirectory, readZipEntry } from '../../main/session-files/zip-reader';
import { SESSION_FILE_LIMITS } from '../../main/session-files/session-file-format';
import { CURRENT_SCHEMA_VERSION } from '../../main/safety/sqlite-files';
import type { Store } from '../../main/store/open-database';
import { craftZip, type CraftEntry } from './zip-craft';
import { localizedRichTextFromPlainText } from '../../shared/content/rich-text';

export const sha256 = (data: Buffer) => crypto.createHash('sha256').update(data).digest('hex');

/** The parts of a bundle as name → bytes, manifest included, in the order they are written. */
export type Parts = Map<string, Buffer>;

export function unzipParts(file: Buffer): Parts {
  const parts: Parts = new Map();
  for (const entry of readZipDirectory(file, SESSION_FILE_LIMITS))
    parts.set(entry.name, readZipEntry(file, entry, SESSION_FILE_LIMITS));
  return parts;
}

/** Parts from records, with a manifest whose checksums are right (so that a test hits the check it aims at). */
export function partsOf(data: SessionFileData, manifestPatch: Partial<Manifest> = {}): Parts {
  const parts: Parts = new Map();
  const files: Manifest['files'] = {};
  for (const key of DATA_KEYS) {
    const bytes = Buffer.from(JSON.stringify(data[key]), 'utf8');
    parts.set(DATA_FILES[key].name, bytes);
    files[DATA_FILES[key].name] = { sha256: sha256(bytes), bytes: bytes.length };
  }
  const manifest: Manifest = {
    format: 'session-desk/session',
    formatVersion: 1,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    appVersion: '0.1.0',
    createdAt: '2026-05-01T12:00:00.000Z',
    sessionId: data.session.id,
    files,
    ...manifestPatch,
  };
  parts.set(MANIFEST, Buffer.from(JSON.stringify(manifest), 'utf8'));
  return parts;
}

/** Replaces one part and fixes the manifest's checksum and size for it. */
export function withPart(parts: Parts, name: string, bytes: Buffer): Parts {
  const next = new Map(parts);
  next.set(name, bytes);
  const manifest = JSON.parse(next.get(MANIFEST)!.toString('utf8')) as Manifest;
  manifest.files[name] = { sha256: sha256(bytes), bytes: bytes.length };
  next.set(MANIFEST, Buffer.from(JSON.stringify(manifest), 'utf8'));
  return next;
}

export function zipParts(parts: Parts, extra: CraftEntry[] = []): Buffer {
  return craftZip([...[...parts].map(([name, data]) => ({ name, data })), ...extra]);
}

export async function exportedData(db: Store, sessionId: string): Promise<SessionFileData> {
  return structuredClone(await collectSession(db, sessionId));
}

export { writeSessionFile };

/** The database file's bytes with its WAL folded in: equal bytes, unchanged database. */
export function databaseBytes(file: string): Buffer {
  const raw = new BetterSqlite3(file);
  raw.pragma('wal_checkpoint(TRUNCATE)');
  raw.close();
  return fs.readFileSync(file);
}

const text = (en: string) => ({ en, es: `es: ${en}`, fr: '', pt: '' });

/** A small session made up here, with new ids everywhere: a file any database can take in as new. */
export function syntheticData(): SessionFileData {
  const stamp = '2026-04-01T12:00:00.000Z';
  const times = { createdAt: stamp, updatedAt: stamp };
  const id = () => crypto.randomUUID();
  const body = {
    id: id(),
    code: `S${id().slice(0, 8)}`,
    name: text('Synthetic committee'),
    parentName: text('Permanent Council'),
    symbolPattern: 'CP/SYN-{n}/{yy}',
    nextSymbolNumber: 1,
    ...times,
  };
  const session = {
    id: id(),
    bodyId: body.id,
    title: text('A synthetic session'),
    date: '2026-06-01',
    startTime: '10:00',
    endTime: '12:00',
    room: 'Room A',
    modality: 'hybrid' as const,
    originalLanguage: 'en' as const,
    status: 'draft' as const,
    ...times,
  };
  const organization = {
    id: id(),
    isReference: false,
    kind: 'civil_society' as const,
    code: null,
    acronym: text('SYN'),
    name: text('Synthetic network'),
    email: '',
    phone: '',
    notes: '',
    ...times,
  };
  const person = {
    id: id(),
    name: 'Ana Pérez',
    honorific: 'Dr.',
    position: 'Director',
    organizationId: organization.id,
    email: '',
    ...times,
  };
  const item = {
    id: id(),
    sessionId: session.id,
    position: 0,
    kind: 'panel' as const,
    title: text('Panel'),
    annotation: localizedRichTextFromPlainText(text('A panel of the regional mechanisms.')),
    durationMinutes: 60,
    documentSymbols: [],
    speakerOrder: 'by_rule' as const,
    ...times,
  };
  const speaker = {
    id: id(),
    agendaItemId: item.id,
    position: 0,
    personId: person.id,
    organizationId: organization.id,
    role: 'panelist' as const,
    allottedMinutes: 10,
    status: 'confirmed' as const,
    requestedAt: '2026-05-01T09:00:00',
    ...times,
  };
  const question = { id: id(), sessionId: session.id, position: 0, text: text('What works?'), ...times };
  const document = {
    id: id(),
    sessionId: session.id,
    kind: 'concept_paper' as const,
    symbol: null,
    revisionKind: null,
    revisionNumber: null,
    originalLanguage: 'en' as const,
    ...times,
  };
  const version = {
    id: id(),
    documentId: document.id,
    language: 'en' as const,
    status: 'original' as const,
    content: null,
    controlNumber: '',
    ...times,
  };
  return {
    body,
    session,
    agendaItems: [item],
    speakers: [speaker],
    guidingQuestions: [question],
    documents: [document],
    documentVersions: [version],
    organizations: [organization],
    people: [person],
    questionAssignments: [{ questionId: question.id, speakerId: speaker.id }],
  } as unknown as SessionFileData;
}
