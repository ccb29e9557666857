import type { InputOf, OutputOf, SessionOverview } from '../../shared/api/contract';
import { SESSION_EXPORT_KINDS, type ExportedFile, type SessionExportKind } from '../../shared/api/document-procedures';
import type { Language } from '../../shared/domain/languages';
import type { DocumentVersion, SessionDocument } from '../../shared/domain/document';
import {
  missingInSession,
  missingInSessionExport,
  missingInStoredExport,
  type StoredVersions,
} from '../../shared/languages/missing-texts';
import { fail } from '../../shared/api/errors';
import { versionsOf as storedVersionsOfDocument } from '../store/documents';
import type { Store } from '../store/open-database';
import { exportSessionDocument, loadDocument, overviewOf, storedDocumentFile } from './export';

type MissingTexts = OutputOf<'exports.missingTexts'>;

async function versionsOf(db: Store, doc: SessionDocument): Promise<DocumentVersion[]> {
  return (await storedVersionsOfDocument(db, doc.id)).map(({ version }) => version);
}

function storedVersionsOf(doc: SessionDocument, versions: readonly DocumentVersion[]): StoredVersions {
  const contents: StoredVersions['contents'] = {};
  for (const version of versions) contents[version.language] = version.content;
  return { documentId: doc.id, kind: doc.kind, originalLanguage: doc.originalLanguage, contents };
}

const storedVersions = async (db: Store, doc: SessionDocument) => storedVersionsOf(doc, await versionsOf(db, doc));

const forKind = (overview: SessionOverview, lang: Language, kind: SessionExportKind): MissingTexts =>
  missingInSessionExport(overview, lang, kind).map((place) => ({ place, exports: [{ kind, documentId: null }] }));

/**
 * One document's export in `lang` and what it lacks, from one read of the document and its versions
 * (the session's overview is the caller's): the CLI says what is missing, then writes the file.
 */
export async function documentExport(
  db: Store,
  overview: SessionOverview,
  documentId: string,
  lang: Language,
): Promise<{ missing: MissingTexts; file: () => Promise<ExportedFile> }> {
  const doc = await loadDocument(db, documentId);
  if (doc.sessionId !== overview.session.id) {
    return fail('validation', [{ path: 'documentId', message: 'the document is not of this session' }]);
  }
  const sessionKind = SESSION_EXPORT_KINDS.find((kind) => kind === doc.kind);
  if (sessionKind) {
    return {
      missing: forKind(overview, lang, sessionKind),
      file: () => exportSessionDocument(db, overview, sessionKind, lang, doc, 'distribution'),
    };
  }
  const versions = await versionsOf(db, doc);
  const own = versions.find((v) => v.language === lang);
  return {
    missing: missingInStoredExport(overview, lang, storedVersionsOf(doc, versions)).map((place) => ({
      place,
      exports: [{ kind: doc.kind, documentId: doc.id }],
    })),
    file: () =>
      own
        ? storedDocumentFile(overview, doc, own)
        : fail('not_found', [{ path: 'language', message: 'the document has no version in this language' }]),
  };
}

/** `exports.missingTexts`: what an export in `lang` would print in another language, for one export or all. */
export async function missingTexts(
  db: Store,
  input: InputOf<'exports.missingTexts'>,
): Promise<OutputOf<'exports.missingTexts'>> {
  const overview = await overviewOf(db, input.sessionId);
  if (input.kind) return forKind(overview, input.lang, input.kind);
  if (input.documentId) {
    const doc = await loadDocument(db, input.documentId);
    if (doc.sessionId !== input.sessionId) {
      return fail('validation', [{ path: 'documentId', message: 'the document is not of this session' }]);
    }
    const sessionKind = SESSION_EXPORT_KINDS.find((kind) => kind === doc.kind);
    if (sessionKind) return forKind(overview, input.lang, sessionKind);
    const versions = await storedVersions(db, doc);
    return missingInStoredExport(overview, input.lang, versions).map((place) => ({
      place,
      exports: [{ kind: doc.kind, documentId: doc.id }],
    }));
  }
  const stored = await Promise.all(
    overview.documents.filter((d) => !SESSION_EXPORT_KINDS.some((k) => k === d.kind)).map((d) => storedVersions(db, d)),
  );
  return missingInSession(overview, input.lang, stored);
}
