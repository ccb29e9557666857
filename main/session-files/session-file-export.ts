import crypto from 'node:crypto';
import JSZip from 'jszip';
import { fail } from '../../shared/api/errors';
import type { Store } from '../store/open-database';
import { entitiesWhere as rows, questionAssignmentsOf } from '../store/session-files';
import { appVersion } from '../safety/app-version';
import {
  BUNDLE_EXTENSION,
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  DATA_FILES,
  DATA_KEYS,
  MANIFEST,
  type SessionFileData,
  type Manifest,
} from './session-file-format';
import { CURRENT_SCHEMA_VERSION } from '../safety/sqlite-files';

type Row = Record<string, unknown>;

const ids = (list: unknown[], key = 'id') =>
  [...new Set(list.map((r) => (r as Row)[key]).filter((v) => v))] as string[];

/** Everything a session needs, read from the store: its body, agenda, speakers, questions, documents, and whom it names. */
export async function collectSession(db: Store, sessionId: string): Promise<SessionFileData> {
  const [session] = await rows(db, 'sessions', 'id', [sessionId]);
  if (!session) return fail('not_found', [{ path: 'sessionId', message: 'no such session' }]);
  const [body] = await rows(db, 'bodies', 'id', [(session as Row).bodyId as string]);
  const agendaItems = await rows(db, 'agendaItems', 'sessionId', [sessionId]);
  const speakers = await rows(db, 'speakers', 'agendaItemId', ids(agendaItems));
  const guidingQuestions = await rows(db, 'guidingQuestions', 'sessionId', [sessionId]);
  const documents = await rows(db, 'documents', 'sessionId', [sessionId]);
  const documentVersions = await rows(db, 'documentVersions', 'documentId', ids(documents));
  const people = await rows(db, 'people', 'id', ids(speakers, 'personId'));
  const organizations = await rows(db, 'organizations', 'id', [
    ...new Set([...ids(speakers, 'organizationId'), ...ids(people, 'organizationId')]),
  ]);
  const byPosition = (a: unknown, b: unknown) => ((a as Row).position as number) - ((b as Row).position as number);
  const questionAssignments = await questionAssignmentsOf(db, ids(guidingQuestions));
  agendaItems.sort(byPosition);
  const itemOrder = new Map(agendaItems.map((item, i) => [(item as Row).id as string, i]));
  return {
    body,
    session,
    agendaItems,
    // speakers in the order of their items, then their own
    speakers: speakers.sort(
      (x, y) =>
        itemOrder.get((x as Row).agendaItemId as string)! - itemOrder.get((y as Row).agendaItemId as string)! ||
        byPosition(x, y),
    ),
    guidingQuestions: guidingQuestions.sort(byPosition),
    documents,
    documentVersions,
    organizations,
    people,
    questionAssignments,
  } as SessionFileData;
}

export const sha256 = (data: Uint8Array) => crypto.createHash('sha256').update(data).digest('hex');

/** Writes the records as a `.sessiondesk` zip: the manifest names each data file with its size and SHA-256. */
export async function writeSessionFile(data: SessionFileData, now = new Date()): Promise<Buffer> {
  const zip = new JSZip();
  const files: Manifest['files'] = {};
  for (const key of DATA_KEYS) {
    const bytes = Buffer.from(JSON.stringify(data[key], null, 1), 'utf8');
    files[DATA_FILES[key].name] = { sha256: sha256(bytes), bytes: bytes.length };
    zip.file(DATA_FILES[key].name, bytes, { date: now, createFolders: false });
  }
  const manifest: Manifest = {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    appVersion: appVersion(),
    createdAt: now.toISOString(),
    sessionId: data.session.id,
    files,
  };
  zip.file(MANIFEST, JSON.stringify(manifest, null, 2), { date: now, createFolders: false });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/** A file name that says what the session is: "2023-05-09 CAM Annual session on migration.sessiondesk". */
export function sessionFileName(data: SessionFileData): string {
  const title = (data.session.title.en || data.session.title.es || data.session.title.fr || data.session.title.pt)
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const short = cutAtWord(title, 80);
  return `${[data.session.date, data.body.code, short].filter(Boolean).join(' ')}${BUNDLE_EXTENSION}`;
}

/** At most `max` characters, cut between words when the text is longer (never "mechanisms an"). */
function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return (space > max / 2 ? cut.slice(0, space) : text.slice(0, max)).trim();
}

export async function exportSession(db: Store, sessionId: string): Promise<{ fileName: string; bytes: Buffer }> {
  const data = await collectSession(db, sessionId);
  return { fileName: sessionFileName(data), bytes: await writeSessionFile(data) };
}
