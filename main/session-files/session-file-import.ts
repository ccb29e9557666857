import { z } from 'zod';
import type { SessionFileImportResult, SessionFileSummary, OnConflict } from '../../shared/api/safety-procedures';
import type { EntityName } from '../store/entity-specs';
import type { Store } from '../store/open-database';
import { organizationIdByCode } from '../store/registry';
import {
  bodyIdByCode,
  deleteSession,
  insertQuestionAssignment,
  insertRecord as insert,
  peopleOfOrganization,
  recordExists as exists,
} from '../store/session-files';
import { foldForSearch } from '../../shared/text/fold-for-search';
import { sha256 } from './session-file-export';
import {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  SESSION_FILE_LIMITS,
  DATA_FILES,
  DATA_KEYS,
  MANIFEST,
  ManifestSchema,
  type SessionFileData,
  type Manifest,
} from './session-file-format';
import { refuse } from '../../shared/api/errors';
import { checkContentSize, overLimit } from '../../shared/content/import-limits';
import { CURRENT_SCHEMA_VERSION } from '../safety/sqlite-files';
import { upgradeDataFile } from './session-file-upgrades';
import { checkJsonDepth } from './json-depth';
import { checkDeclaredSize, readZipDirectory, readZipEntry } from './zip-reader';

export interface ParsedSessionFile {
  manifest: Manifest;
  data: SessionFileData;
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

function parseJson(name: string, bytes: Buffer): unknown {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return refuse('bad_file', name, 'not valid JSON text');
  }
  checkJsonDepth(text, name);
  try {
    return JSON.parse(text);
  } catch {
    return refuse('bad_file', name, 'not valid JSON text');
  }
}

function schemaRefusal(name: string, error: z.ZodError): never {
  const issue = error.issues[0]!;
  const where = issue.path.map(String).join('.');
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problems)` : '';
  return refuse('bad_file', where ? `${name}#${where}` : name, `${issue.message}${more}`);
}

/**
 * Reads a `.sessiondesk` file and checks all of it before anything is written: the archive, the
 * manifest, every checksum, every record against the domain schemas, and the links between records.
 * Refuses with the reason (code bad_file / newer_version, the part of the file in the issue's path).
 */
export function parseSessionFile(bytes: Buffer): ParsedSessionFile {
  if (bytes.length === 0) refuse('bad_file', 'file', 'the file is empty');
  if (bytes.length > SESSION_FILE_LIMITS.maxFileBytes) {
    overLimit(
      'fileBytes',
      'file',
      `the file is ${mb(bytes.length)}, more than the ${mb(SESSION_FILE_LIMITS.maxFileBytes)} Session Desk reads`,
    );
  }
  const entries = readZipDirectory(bytes, SESSION_FILE_LIMITS);
  const byName = new Map(entries.map((e) => [e.name, e]));
  const expected = new Set([MANIFEST, 'data/', ...DATA_KEYS.map((k) => DATA_FILES[k].name)]);
  const stray = entries.find((e) => !expected.has(e.name));
  if (stray) refuse('bad_file', stray.name, 'this entry does not belong in a session file');

  const manifestEntry = byName.get(MANIFEST);
  if (!manifestEntry) return refuse('bad_file', MANIFEST, 'the manifest is missing: not a Session Desk session file');
  const manifestJson = parseJson(
    MANIFEST,
    readZipEntry(bytes, manifestEntry, { ...SESSION_FILE_LIMITS, maxEntryBytes: SESSION_FILE_LIMITS.maxManifestBytes }),
  );
  const versions = z
    .object({ format: z.unknown(), formatVersion: z.unknown(), schemaVersion: z.unknown() })
    .safeParse(manifestJson);
  if (!versions.success || versions.data.format !== BUNDLE_FORMAT) {
    refuse('bad_file', MANIFEST, 'not a Session Desk session file (the manifest names another format)');
  }
  const { formatVersion, schemaVersion } = versions.data!;
  if (typeof schemaVersion === 'number' && schemaVersion > CURRENT_SCHEMA_VERSION) {
    refuse(
      'newer_version',
      `${MANIFEST}#schemaVersion`,
      `made by a newer version of Session Desk (schema ${schemaVersion}; this one knows up to ${CURRENT_SCHEMA_VERSION}): update Session Desk to open it`,
    );
  }
  if (typeof formatVersion === 'number' && formatVersion > BUNDLE_FORMAT_VERSION) {
    refuse(
      'newer_version',
      `${MANIFEST}#formatVersion`,
      `made by a newer version of Session Desk (format ${formatVersion})`,
    );
  }
  const parsedManifest = ManifestSchema.safeParse(manifestJson);
  if (!parsedManifest.success) return schemaRefusal(MANIFEST, parsedManifest.error);
  const manifest = parsedManifest.data;

  // every data file is listed, present, within the limits, and what the manifest says it is
  let total = 0;
  for (const name of Object.keys(manifest.files)) {
    if (!DATA_KEYS.some((k) => DATA_FILES[k].name === name))
      refuse('bad_file', `${MANIFEST}#files`, `lists an unknown part "${name}"`);
  }
  const data: Record<string, unknown> = {};
  for (const key of DATA_KEYS) {
    const { name, schema } = DATA_FILES[key];
    const listed = manifest.files[name];
    const entry = byName.get(name);
    if (!listed) refuse('bad_file', MANIFEST, `the manifest does not list the part ${name}`);
    if (!entry) return refuse('bad_file', name, 'a part of the session file is missing');
    if (entry.uncompressedSize !== listed!.bytes) refuse('bad_file', name, 'its size differs from the manifest');
    checkDeclaredSize(entry, SESSION_FILE_LIMITS);
    total += entry.uncompressedSize;
    if (total > SESSION_FILE_LIMITS.maxTotalBytes) {
      overLimit(
        'unpackedBytes',
        'file',
        `the file unpacks to more than the ${mb(SESSION_FILE_LIMITS.maxTotalBytes)} Session Desk reads`,
      );
    }
    const content = readZipEntry(bytes, entry, SESSION_FILE_LIMITS);
    if (sha256(content) !== listed!.sha256)
      refuse('bad_file', name, 'its checksum does not match the manifest: the file was changed or damaged');
    const parsed = schema.safeParse(upgradeDataFile(key, parseJson(name, content), manifest.schemaVersion));
    if (!parsed.success) schemaRefusal(name, parsed.error);
    data[key] = parsed.data;
  }
  const bundle = data as unknown as SessionFileData;
  if (bundle.session.id !== manifest.sessionId)
    refuse('bad_file', DATA_FILES.session.name, 'not the session the manifest names');
  checkLinks(bundle);
  bundle.documentVersions.forEach((v, i) => {
    if (v.content) checkContentSize(v.content, `${DATA_FILES.documentVersions.name}#${i}`);
  });
  return { manifest, data: bundle };
}

/** Every id once, every link to a record of the file (or, for a person's organization, null). */
function checkLinks(d: SessionFileData): void {
  const unique = (key: Exclude<RowListKey, 'questionAssignments'>, list: { id: string }[]) => {
    const seen = new Set<string>();
    for (const [i, r] of list.entries()) {
      if (seen.has(r.id)) refuse('bad_file', `${DATA_FILES[key].name}#${i}.id`, `the id ${r.id} appears twice`);
      seen.add(r.id);
    }
    return seen;
  };
  const linked = (key: RowListKey, i: number, field: string, id: string | null, among: Set<string>, what: string) => {
    if (id !== null && !among.has(id)) {
      refuse('bad_file', `${DATA_FILES[key].name}#${i}.${field}`, `points to ${what} that is not in the file`);
    }
  };
  if (d.session.bodyId !== d.body.id)
    refuse('bad_file', `${DATA_FILES.session.name}#bodyId`, 'points to a body that is not in the file');
  const sessionIds = new Set([d.session.id]);
  const items = unique('agendaItems', d.agendaItems);
  d.agendaItems.forEach((r, i) => linked('agendaItems', i, 'sessionId', r.sessionId, sessionIds, 'a session'));
  const questions = unique('guidingQuestions', d.guidingQuestions);
  d.guidingQuestions.forEach((r, i) =>
    linked('guidingQuestions', i, 'sessionId', r.sessionId, sessionIds, 'a session'),
  );
  const documents = unique('documents', d.documents);
  d.documents.forEach((r, i) => linked('documents', i, 'sessionId', r.sessionId, sessionIds, 'a session'));
  unique('documentVersions', d.documentVersions);
  const languages = new Set<string>();
  d.documentVersions.forEach((r, i) => {
    linked('documentVersions', i, 'documentId', r.documentId, documents, 'a document');
    const key = `${r.documentId}:${r.language}`;
    if (languages.has(key))
      refuse(
        'bad_file',
        `${DATA_FILES.documentVersions.name}#${i}.language`,
        'a document has two versions in this language',
      );
    languages.add(key);
  });
  const organizations = unique('organizations', d.organizations);
  const codes = new Set<string>();
  d.organizations.forEach((o, i) => {
    if (o.code === null) return;
    if (codes.has(o.code))
      refuse('bad_file', `${DATA_FILES.organizations.name}#${i}.code`, `the code ${o.code} appears twice`);
    codes.add(o.code);
  });
  const people = unique('people', d.people);
  d.people.forEach((r, i) => linked('people', i, 'organizationId', r.organizationId, organizations, 'an organization'));
  const speakers = unique('speakers', d.speakers);
  const pairs = new Set<string>();
  d.questionAssignments.forEach((r, i) => {
    linked('questionAssignments', i, 'questionId', r.questionId, questions, 'a guiding question');
    linked('questionAssignments', i, 'speakerId', r.speakerId, speakers, 'a speaker');
    const pair = `${r.questionId}:${r.speakerId}`;
    if (pairs.has(pair))
      refuse('bad_file', `${DATA_FILES.questionAssignments.name}#${i}`, 'the same assignment appears twice');
    pairs.add(pair);
  });
  d.speakers.forEach((r, i) => {
    linked('speakers', i, 'agendaItemId', r.agendaItemId, items, 'an agenda item');
    linked('speakers', i, 'personId', r.personId, people, 'a person');
    linked('speakers', i, 'organizationId', r.organizationId, organizations, 'an organization');
  });
}
/** The parts of a session file that are lists of rows: all but its body and its session. */
type RowListKey = Exclude<keyof SessionFileData, 'body' | 'session'>;

export async function summarizeSessionFile(
  db: Store,
  { manifest, data }: ParsedSessionFile,
): Promise<SessionFileSummary> {
  return {
    sessionId: data.session.id,
    title: data.session.title,
    date: data.session.date,
    bodyCode: data.body.code,
    schemaVersion: manifest.schemaVersion,
    appVersion: manifest.appVersion,
    createdAt: manifest.createdAt,
    counts: {
      agendaItems: data.agendaItems.length,
      speakers: data.speakers.length,
      guidingQuestions: data.guidingQuestions.length,
      documents: data.documents.length,
      documentVersions: data.documentVersions.length,
      organizations: data.organizations.length,
      people: data.people.length,
    },
    sessionExists: await exists(db, 'sessions', data.session.id),
  };
}

/**
 * Writes a checked bundle into the store, inside the caller's transaction. Organizations and people
 * are matched (by id, then by code / by name and organization) and reused; the session is new, or
 * replaces the one with its id, or (keep both) comes in with new ids for it and all under it.
 */
export async function applySessionFile(
  db: Store,
  { data }: ParsedSessionFile,
  onConflict: OnConflict | undefined,
): Promise<SessionFileImportResult> {
  const matched = { organizations: 0, people: 0, bodies: 0 };
  const created = { organizations: 0, people: 0, bodies: 0 };
  const sessionExists = await exists(db, 'sessions', data.session.id);
  if (sessionExists && !onConflict) {
    refuse('session_exists', 'sessionId', 'this session is already here: choose to replace it or to keep both');
  }
  const outcome = sessionExists ? onConflict! : 'new';
  if (outcome === 'replace') {
    await deleteSession(db, data.session.id);
  }

  // the body: by id, then by code
  let bodyId = data.body.id;
  if (await exists(db, 'bodies', bodyId)) matched.bodies++;
  else {
    const byCode = await bodyIdByCode(db, data.body.code);
    if (byCode) {
      bodyId = byCode;
      matched.bodies++;
    } else {
      await insert(db, 'bodies', data.body);
      created.bodies++;
    }
  }

  // organizations: by id, then by code; a new one is the user's (never reference data)
  const orgIds = new Map<string, string>();
  for (const org of data.organizations) {
    let id: string | undefined;
    if (await exists(db, 'organizations', org.id)) id = org.id;
    else if (org.code !== null) {
      id = await organizationIdByCode(db, org.code);
    }
    if (id) matched.organizations++;
    else {
      id = org.id;
      await insert(db, 'organizations', { ...org, isReference: false });
      created.organizations++;
    }
    orgIds.set(org.id, id);
  }
  const mapOrg = (id: string | null) => (id === null ? null : (orgIds.get(id) ?? id));

  // people: by id, then by name (case and accents aside) within the same organization
  const personIds = new Map<string, string>();
  for (const person of data.people) {
    const organizationId = mapOrg(person.organizationId);
    let id: string | undefined;
    if (await exists(db, 'people', person.id)) id = person.id;
    else {
      const namesakes = await peopleOfOrganization(db, organizationId);
      id = namesakes.find((p) => foldForSearch(p.name) === foldForSearch(person.name))?.id;
    }
    if (id) matched.people++;
    else {
      id = person.id;
      await insert(db, 'people', { ...person, organizationId });
      created.people++;
    }
    personIds.set(person.id, id);
  }

  // the session and all under it: the file's ids, or new ones (keep both, or ids taken by other rows here)
  const children: [EntityName, { id: string }[]][] = [
    ['agendaItems', data.agendaItems],
    ['guidingQuestions', data.guidingQuestions],
    ['documents', data.documents],
    ['documentVersions', data.documentVersions],
    ['speakers', data.speakers],
  ];
  let fresh = outcome === 'keep-both';
  for (const [name, list] of children) {
    for (const r of list) if (!fresh && (await exists(db, name, r.id))) fresh = true;
  }
  const ids = new Map<string, string>();
  const idOf = (id: string) => {
    if (!fresh) return id;
    if (!ids.has(id)) ids.set(id, crypto.randomUUID());
    return ids.get(id)!;
  };
  const sessionId = outcome === 'keep-both' ? crypto.randomUUID() : data.session.id;
  await insert(db, 'sessions', { ...data.session, id: sessionId, bodyId });
  const ordered = <T extends { position: number }>(list: T[]) =>
    [...list].sort((a, b) => a.position - b.position).map((r, position) => ({ ...r, position }));
  for (const item of ordered(data.agendaItems)) {
    await insert(db, 'agendaItems', { ...item, id: idOf(item.id), sessionId });
  }
  for (const q of ordered(data.guidingQuestions)) {
    await insert(db, 'guidingQuestions', { ...q, id: idOf(q.id), sessionId });
  }
  for (const doc of data.documents) await insert(db, 'documents', { ...doc, id: idOf(doc.id), sessionId });
  for (const v of data.documentVersions) {
    await insert(db, 'documentVersions', { ...v, id: idOf(v.id), documentId: idOf(v.documentId) });
  }
  const byItem = new Map<string, typeof data.speakers>();
  for (const s of data.speakers) byItem.set(s.agendaItemId, [...(byItem.get(s.agendaItemId) ?? []), s]);
  for (const list of byItem.values()) {
    for (const s of ordered(list)) {
      await insert(db, 'speakers', {
        ...s,
        id: idOf(s.id),
        agendaItemId: idOf(s.agendaItemId),
        personId: s.personId === null ? null : (personIds.get(s.personId) ?? s.personId),
        organizationId: mapOrg(s.organizationId),
      });
    }
  }
  for (const a of data.questionAssignments) {
    await insertQuestionAssignment(db, idOf(a.questionId), idOf(a.speakerId));
  }
  return { sessionId, outcome, matched, created };
}
