import { contract, type InputOf, type OutputOf } from '../../shared/api/contract';
import { fail, refuse } from '../../shared/api/errors';
import type { ExportedFile } from '../../shared/api/document-procedures';
import { SESSION_EXPORT_KINDS } from '../../shared/api/document-procedures';
import type { InspectResult, LanguageVersion, SentInfo } from '../../shared/api/translation-procedures';
import { StoredContentSchema, type StoredContent } from '../../shared/content/schema';
import { formatSymbol, type SessionDocument } from '../../shared/domain/document';
import { LANGUAGES, type Language } from '../../shared/domain/languages';
import { alignContent, type AlignmentReport } from '../../shared/translation/align';
import { diffContents } from '../../shared/translation/diff';
import { versionWords } from '../../shared/translation/words';
import { exportStoredDocument, loadDocument } from '../exports/export';
import { versionsOf, type StoredVersion } from '../store/documents';
import { createEntity, updateEntity } from '../store/entities';
import { questionTextsIn, setQuestionText } from '../store/guiding-questions';
import type { Store } from '../store/open-database';
import { sessionExists } from '../store/sessions';
import { insertSnapshot, latestSnapshot, type TranslationSnapshot } from '../store/translation-sendings';
import { changesDocx } from './changes-docx';
import type { WithFile } from '../services/file-inputs';
import type { ReadDocument } from '../word-reader';
import { checkConsent, importSummary, inspectResult, markReceived, now, targetLanguage } from './receiving';

/*
 * The translation workflow over the store. Documents and versions are written by the store's entity
 * functions (same checks as the windows' edits), sendings by its translation-sendings functions; the
 * API runs each mutation in one transaction, so a refused or failed import leaves nothing.
 */

type VersionRow = StoredVersion;

async function loadVersions(db: Store, documentId: string): Promise<Map<Language, VersionRow>> {
  return new Map((await versionsOf(db, documentId)).map((row) => [row.version.language, row]));
}

const parseStored = (json: string): StoredContent => StoredContentSchema.parse(JSON.parse(json));

const hasText = (content: StoredContent | null) =>
  content !== null && (content.body.content.length > 0 || content.titleBlock.title !== '');

function sentInfo(snapshot: TranslationSnapshot, original: VersionRow | undefined): SentInfo {
  const changed = original?.raw !== snapshot.content;
  const current = original?.version.content ?? null;
  const changes = changed && current ? diffContents(parseStored(snapshot.content), current) : null;
  return {
    changedPassages: changes?.changes.length ?? 0,
    changedWords: changes?.changedPassageWords ?? 0,
    snapshotId: snapshot.id,
    sentAt: snapshot.sentAt,
    translator: snapshot.translator,
    dueDate: snapshot.dueDate,
    symbol: snapshot.symbol,
    words: snapshot.wordCount,
    receivedAt: snapshot.receivedAt,
    originalChangedSince: changed,
  };
}

/** The four versions of a document with status, words and latest sending. */
export async function languageVersions(db: Store, documentId: string): Promise<OutputOf<'translation.versions'>> {
  const doc = await loadDocument(db, documentId);
  const rows = await loadVersions(db, doc.id);
  const original = rows.get(doc.originalLanguage);
  const out: LanguageVersion[] = [];
  for (const language of LANGUAGES) {
    const row = rows.get(language);
    const snapshot = row && language !== doc.originalLanguage ? await latestSnapshot(db, row.version.id) : undefined;
    out.push({
      language,
      versionId: row?.version.id ?? null,
      status: row?.version.status ?? (language === doc.originalLanguage ? 'original' : 'not_started'),
      isOriginal: language === doc.originalLanguage,
      words: versionWords(row?.version.content ?? null),
      controlNumber: row?.version.controlNumber ?? '',
      updatedAt: row?.version.updatedAt ?? null,
      sent: snapshot ? sentInfo(snapshot, original) : null,
    });
  }
  return { documentId: doc.id, originalLanguage: doc.originalLanguage, symbol: formatSymbol(doc), versions: out };
}

function originalWithText(
  doc: SessionDocument,
  rows: Map<Language, VersionRow>,
): VersionRow & { content: StoredContent } {
  const original = rows.get(doc.originalLanguage);
  if (!original?.raw || !hasText(original.version.content)) {
    return fail('not_found', [
      { path: 'documentId', message: `the original (${doc.originalLanguage}) has no text yet` },
    ]);
  }
  return { ...original, content: original.version.content! };
}

const notTheOriginal = (doc: SessionDocument, language: Language, path?: string) =>
  targetLanguage(doc.originalLanguage, language, "the original's", path);

/** Sends the original to translation into `languages`: the whole paper, or only the changes since the last sending. */
export async function sendToTranslation(
  db: Store,
  input: InputOf<'translation.send'>,
): Promise<OutputOf<'translation.send'>> {
  const doc = await loadDocument(db, input.documentId);
  input.languages.forEach((l, i) => notTheOriginal(doc, l, `languages.${i}`));
  const rows = await loadVersions(db, doc.id);
  const original = originalWithText(doc, rows);
  // the changes are measured against the sending before this one, so each file is made before its snapshot
  const paper = input.changesOnly ? null : await exportStoredDocument(db, doc.id, doc.originalLanguage, 'translator');
  const stamp = now();
  const files: { language: Language; file: ExportedFile }[] = [];
  for (const language of input.languages) {
    const file = paper
      ? { fileName: paper.fileName.replace(/\.docx$/, `-to-${language}.docx`), bytes: paper.bytes }
      : await changesFile(db, doc.id, language);
    let row = rows.get(language)?.version;
    // changes go to the translator who has the paper, by the date agreed for it unless a new one is given
    const previous = paper || !row ? undefined : await latestSnapshot(db, row.id);
    row = row
      ? await updateEntity(db, 'documentVersions', row.id, { status: 'sent' })
      : await createEntity(db, 'documentVersions', {
          documentId: doc.id,
          language,
          status: 'sent',
          content: null,
          controlNumber: '',
        });
    await insertSnapshot(db, {
      id: crypto.randomUUID(),
      documentId: doc.id,
      versionId: row.id,
      language,
      originalLanguage: doc.originalLanguage,
      originalVersionId: original.version.id,
      originalUpdatedAt: original.version.updatedAt,
      symbol: formatSymbol(doc),
      translator: input.translator,
      dueDate: input.dueDate ?? previous?.dueDate ?? '',
      content: original.raw!,
      wordCount: versionWords(original.content),
      fileName: file.fileName,
      sentAt: stamp,
      receivedAt: null,
      createdAt: stamp,
      updatedAt: stamp,
    });
    files.push({ language, file });
  }
  return { files, versions: await languageVersions(db, doc.id) };
}

const summary = (read: ReadDocument) => importSummary(read, versionWords(read.content), read.controlNumber);

interface Inspection {
  doc: SessionDocument;
  target: VersionRow | undefined;
  read: ReadDocument;
  content: StoredContent;
  report: AlignmentReport;
  result: InspectResult;
  snapshot: TranslationSnapshot | undefined;
}

async function inspectTranslation(
  db: Store,
  documentId: string,
  language: Language,
  read: ReadDocument,
): Promise<Inspection> {
  const doc = await loadDocument(db, documentId);
  notTheOriginal(doc, language);
  const rows = await loadVersions(db, doc.id);
  const target = rows.get(language);
  const snapshot = target ? await latestSnapshot(db, target.version.id) : undefined;
  const reference = snapshot ? parseStored(snapshot.content) : originalWithText(doc, rows).content;
  // the date is a calendar date, the same in every language: the original's, not the file's words
  const content: StoredContent = {
    ...read.content,
    titleBlock: { ...read.content.titleBlock, date: reference.titleBlock.date },
  };
  const report = alignContent(reference, content);
  const existing = target?.version.content ?? null;
  return {
    doc,
    target,
    read,
    content,
    report,
    snapshot,
    result: inspectResult(report, snapshot, summary(read), versionWords(existing), hasText(existing)),
  };
}

/** A translated DOCX, read (services/file-inputs.ts), against what was sent; changes nothing. */
export async function inspect(
  db: Store,
  input: WithFile<InputOf<'translation.inspect'>, ReadDocument>,
): Promise<InspectResult> {
  return (await inspectTranslation(db, input.documentId, input.language, input.file)).result;
}

/** Stores a translated DOCX as the language version, when it aligns or the user accepted how it does not. */
export async function receive(db: Store, input: ReceiveInput): Promise<OutputOf<'translation.receive'>> {
  const { doc, target, read, content, report, result, snapshot } = await inspectTranslation(
    db,
    input.documentId,
    input.language,
    input.file,
  );
  checkConsent(
    result,
    input,
    `the ${input.language} version already holds ${result.existingWords} words; say to replace them`,
  );
  const controlNumber = read.controlNumber || target?.version.controlNumber || '';
  const version = target
    ? await updateEntity(db, 'documentVersions', target.version.id, { status: 'received', content, controlNumber })
    : await createEntity(db, 'documentVersions', {
        documentId: doc.id,
        language: input.language,
        status: 'received',
        content,
        controlNumber,
      });
  await markReceived(db, 'translationSnapshots', snapshot);
  const filled = await fillGuidingQuestions(db, doc.sessionId, input.language, read.questions);
  const imported = summary(read);
  if (filled) {
    imported.warnings.push({
      code: 'questions_filled',
      count: filled,
      message: `${filled} guiding question(s) took their ${input.language} text from the file`,
    });
  }
  return { version, report, imported };
}

type ReceiveInput = WithFile<
  InputOf<'translation.receive'> & { acceptMismatches: boolean; replaceExisting: boolean },
  ReadDocument
>;

/** The session's guiding questions that have no text in `language` take the file's, in order. */
async function fillGuidingQuestions(
  db: Store,
  sessionId: string,
  language: Language,
  texts: string[],
): Promise<number> {
  if (texts.length === 0) return 0;
  let filled = 0;
  const stamp = now();
  for (const [index, question] of (await questionTextsIn(db, sessionId, language)).entries()) {
    const text = texts[index]?.slice(0, 2000);
    if (!text || question.text) continue;
    await setQuestionText(db, question.id, language, text, stamp);
    filled += 1;
  }
  return filled;
}

/** A Word draft as a new document or as the original version of one. */
export async function importDraft(
  db: Store,
  input: WithFile<InputOf<'translation.importDraft'> & { replaceExisting: boolean }, ReadDocument>,
): Promise<OutputOf<'translation.importDraft'>> {
  if (!(await sessionExists(db, input.sessionId)))
    fail('not_found', [{ path: 'sessionId', message: 'no such record' }]);
  if (input.kind && (SESSION_EXPORT_KINDS as readonly string[]).includes(input.kind)) {
    fail('validation', [{ path: 'kind', message: 'this kind is made from the session’s agenda, not from a text' }]);
  }
  let doc: SessionDocument | null = null;
  let original: VersionRow | undefined;
  if (input.documentId) {
    doc = await loadDocument(db, input.documentId);
    if (doc.sessionId !== input.sessionId) {
      fail('validation', [{ path: 'documentId', message: 'the document is not of this session' }]);
    }
    if (doc.originalLanguage !== input.language) {
      fail('validation', [
        {
          path: 'language',
          message: `the document's original is in ${doc.originalLanguage}: a ${input.language} file is a translation (receive it)`,
        },
      ]);
    }
    original = (await loadVersions(db, doc.id)).get(doc.originalLanguage);
    if (original && hasText(original.version.content) && !input.replaceExisting) {
      refuse('would_overwrite', 'replaceExisting', 'the original already has text; say to replace it');
    }
  }
  const read = input.file;
  let created = false;
  if (!doc) {
    const fields = contract['documents.create'].input.parse({
      sessionId: input.sessionId,
      kind: input.kind,
      symbol: null,
      revisionKind: null,
      revisionNumber: null,
      originalLanguage: input.language,
    });
    doc = await createEntity(db, 'documents', fields);
    created = true;
  }
  const version = original
    ? await updateEntity(db, 'documentVersions', original.version.id, {
        status: 'original',
        content: read.content,
        controlNumber: read.controlNumber || original.version.controlNumber,
      })
    : await createEntity(db, 'documentVersions', {
        documentId: doc.id,
        language: input.language,
        status: 'original',
        content: read.content,
        controlNumber: read.controlNumber,
      });
  return { documentId: doc.id, versionId: version.id, created, imported: summary(read) };
}

/** What changed in the original since `language` was last sent. */
export async function changesSinceSent(
  db: Store,
  documentId: string,
  language: Language,
): Promise<OutputOf<'translation.changes'>> {
  const doc = await loadDocument(db, documentId);
  notTheOriginal(doc, language);
  const rows = await loadVersions(db, doc.id);
  const target = rows.get(language);
  const snapshot = target ? await latestSnapshot(db, target.version.id) : undefined;
  if (!snapshot) return refuse('not_sent', 'language', `the ${language} version was never sent to translation`);
  const current = rows.get(doc.originalLanguage)?.version.content ?? null;
  const sent = parseStored(snapshot.content);
  const report = diffContents(sent, current ?? { ...sent, body: { type: 'doc', content: [] } });
  return {
    language,
    sentAt: snapshot.sentAt,
    translator: snapshot.translator,
    symbol: formatSymbol(doc),
    ...report,
  };
}

export async function changesFile(db: Store, documentId: string, language: Language): Promise<ExportedFile> {
  const doc = await loadDocument(db, documentId);
  return changesDocx(await changesSinceSent(db, documentId, language), doc.originalLanguage, doc.kind);
}
