import JSZip from 'jszip';
import {
  SESSION_EXPORT_KINDS,
  type ExportedFile,
  type ExportedZip,
  type SessionExportKind,
} from '../../shared/api/document-procedures';
import type { SessionOverview } from '../../shared/api/contract';
import { fail } from '../../shared/api/errors';
import { emptyContent } from '../../shared/content/helpers';
import type { StoredContent } from '../../shared/content/schema';
import { formatSymbol, type DocumentVersion, type SessionDocument } from '../../shared/domain/document';
import { pickLocalizedIn, type Language } from '../../shared/domain/languages';
import { findDocument, findVersion } from '../store/documents';
import type { Store } from '../store/open-database';
import { readSessionOverview } from '../store/sessions';
import { agendaDocument } from './docx/agenda';
import { docxFileName, i18nFor, packDocument, type CopyKind, type HeaderBlock } from './docx/common';
import { chairsScriptDocument } from './docx/chairs-script';
import { conceptPaperDocument } from './docx/concept-paper';
import { goodPracticesDocument } from './docx/good-practices';
import { sessionReportDocument } from './docx/session-report';
import { afterSession } from '../good-practices/after-session';

const SESSION_KINDS: readonly string[] = SESSION_EXPORT_KINDS;

const KIND_SLUGS: Record<string, string> = {
  concept_paper: 'concept-paper',
  order_of_business: 'order-of-business',
  annotated_agenda: 'annotated-agenda',
  list_of_speakers: 'list-of-speakers',
  report: 'report',
  note: 'note',
  chairs_script: 'chairs-script',
  session_report: 'session-report',
  good_practices: 'good-practices',
};

export async function loadDocument(db: Store, id: string): Promise<SessionDocument> {
  return (await findDocument(db, id)) ?? fail('not_found', [{ path: 'documentId', message: 'no such record' }]);
}

export const overviewOf = (db: Store, sessionId: string): Promise<SessionOverview> =>
  readSessionOverview(db, sessionId);

export function header(
  overview: SessionOverview,
  lang: Language,
  doc: SessionDocument | null,
  date: string,
): HeaderBlock {
  return {
    parentBody: pickLocalizedIn(overview.body.parentName, lang),
    body: pickLocalizedIn(overview.body.name, lang),
    symbol: doc ? formatSymbol(doc) : '',
    date,
    originalLanguage: doc?.originalLanguage ?? overview.session.originalLanguage,
  };
}

export const toFile = async (
  fileName: string,
  doc: ReturnType<typeof conceptPaperDocument>,
): Promise<ExportedFile> => ({ fileName, bytes: await packDocument(doc) });

/** Stored content, checked when its row was read; a version not yet written exports as an empty document with its title block. */
export function readContent(content: StoredContent | null): StoredContent {
  return content ?? emptyContent();
}

/**
 * The DOCX of one language version of a stored document: the distribution copy, or the translator's
 * (with the notes to the translator as comments) for "Send to translation".
 */
export async function exportStoredDocument(
  db: Store,
  documentId: string,
  lang: Language,
  copy: CopyKind = 'distribution',
): Promise<ExportedFile> {
  const doc = await loadDocument(db, documentId);
  const overview = await overviewOf(db, doc.sessionId);
  if (SESSION_KINDS.includes(doc.kind)) {
    return exportSessionDocument(db, overview, doc.kind as SessionExportKind, lang, doc, copy);
  }
  const version = await findVersion(db, doc.id, lang);
  if (!version)
    return fail('not_found', [{ path: 'language', message: 'the document has no version in this language' }]);
  return storedDocumentFile(overview, doc, version, copy);
}

/** The DOCX of a stored document's version, from what is already read (the CLI reads once to check and export). */
export function storedDocumentFile(
  overview: SessionOverview,
  doc: SessionDocument,
  version: DocumentVersion,
  copy: CopyKind = 'distribution',
): Promise<ExportedFile> {
  const lang = version.language;
  const content = readContent(version.content);
  const t = i18nFor(lang).t;
  const defaultKindLabel = (
    doc.kind === 'concept_paper' ? t('document:conceptPaper') : t(`ui:enums.documentKind.${doc.kind}`)
  ).toLocaleUpperCase(lang);
  const document = conceptPaperDocument({
    content,
    lang,
    header: header(overview, lang, doc, content.titleBlock.date || overview.session.date),
    guidingQuestions: overview.guidingQuestions.map((q) => pickLocalizedIn(q.text, lang)),
    controlNumber: version.controlNumber,
    copy,
    defaultKindLabel,
  });
  return toFile(docxFileName(formatSymbol(doc), KIND_SLUGS[doc.kind] ?? 'document', lang), document);
}

export async function exportSessionDocument(
  db: Store,
  overview: SessionOverview,
  kind: SessionExportKind,
  lang: Language,
  doc: SessionDocument | null,
  copy: CopyKind,
): Promise<ExportedFile> {
  const version = doc ? await findVersion(db, doc.id, lang) : null;
  const parts = {
    lang,
    header: header(overview, lang, doc, overview.session.date),
    controlNumber: version?.controlNumber ?? '',
    copy,
  };
  const document =
    kind === 'chairs_script'
      ? chairsScriptDocument({ ...parts, overview })
      : kind === 'session_report'
        ? sessionReportDocument({ ...parts, sources: await afterSession(db, overview) })
        : kind === 'good_practices'
          ? goodPracticesDocument({ ...parts, sources: await afterSession(db, overview) })
          : agendaDocument({ ...parts, overview, kind });
  return toFile(docxFileName(doc ? formatSymbol(doc) : '', KIND_SLUGS[kind]!, lang), document);
}

/** A document the session's data makes (the agenda in its three forms, the report, the compilation), the distribution copy unless asked. */
export async function exportSessionKind(
  db: Store,
  sessionId: string,
  kind: SessionExportKind,
  lang: Language,
  documentId?: string,
  copy: CopyKind = 'distribution',
): Promise<ExportedFile> {
  const overview = await overviewOf(db, sessionId);
  let doc: SessionDocument | null = null;
  if (documentId) {
    doc = await loadDocument(db, documentId);
    if (doc.sessionId !== sessionId || doc.kind !== kind) {
      fail('validation', [{ path: 'documentId', message: 'the document is not of this session and kind' }]);
    }
  } else {
    doc = overview.documents.find((d) => d.kind === kind) ?? null;
  }
  return exportSessionDocument(db, overview, kind, lang, doc, copy);
}

const STORED_KINDS: readonly string[] = ['concept_paper', 'report', 'note'];

/**
 * What "export all" means, for the app's zip and the CLI's folder alike: every stored document (concept
 * paper, report, note) in each of `languages` it has a version in, then each document the session's
 * data makes (SESSION_EXPORT_KINDS: the agenda in its three forms, the session report, the compilation
 * of good practices) in each of `languages`. Names are made unique ("-2").
 */
export async function exportAllFiles(
  db: Store,
  sessionId: string,
  languages: readonly Language[],
): Promise<ExportedFile[]> {
  const overview = await overviewOf(db, sessionId);
  const files: ExportedFile[] = [];
  for (const doc of overview.documents) {
    if (!STORED_KINDS.includes(doc.kind)) continue;
    for (const lang of languages) {
      if (await findVersion(db, doc.id, lang)) files.push(await exportStoredDocument(db, doc.id, lang));
    }
  }
  for (const kind of SESSION_EXPORT_KINDS) {
    for (const lang of languages) files.push(await exportSessionKind(db, sessionId, kind, lang));
  }
  const taken = new Set<string>();
  return files.map((file) => {
    let name = file.fileName;
    for (let n = 2; taken.has(name); n += 1) name = file.fileName.replace(/\.docx$/, `-${n}.docx`);
    taken.add(name);
    return { ...file, fileName: name };
  });
}

/** "Export all" as one zip: "CAM 2023-05-09 documents.zip". */
export async function exportAllZip(db: Store, sessionId: string, languages: readonly Language[]): Promise<ExportedZip> {
  const files = await exportAllFiles(db, sessionId, languages);
  const overview = await overviewOf(db, sessionId);
  const zip = new JSZip();
  for (const file of files) zip.file(file.fileName, file.bytes);
  const code = overview.body.code.replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^-+|-+$/g, '');
  return {
    fileName: `${code ? `${code} ` : ''}${overview.session.date} documents.zip`,
    bytes: await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }),
  };
}
