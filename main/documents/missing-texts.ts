import type { InputOf, OutputOf } from '../../shared/api/contract';
import { SESSION_EXPORT_KINDS, type SessionExportKind } from '../../shared/api/document-procedures';
import type { SessionDocument } from '../../shared/domain/document';
import {
  missingInSession,
  missingInSessionExport,
  missingInStoredExport,
  type StoredVersions,
} from '../../shared/languages/missing-texts';
import { fail } from '../../shared/api/errors';
import { versionsOf } from '../store/documents';
import type { Store } from '../store/open-database';
import { loadDocument, overviewOf, readContent } from './export';

async function storedVersions(db: Store, doc: SessionDocument): Promise<StoredVersions> {
  const contents: StoredVersions['contents'] = {};
  for (const { version } of await versionsOf(db, doc.id)) {
    contents[version.language] = version.content === null ? null : readContent(version.content);
  }
  return { documentId: doc.id, kind: doc.kind, originalLanguage: doc.originalLanguage, contents };
}

/** `exports.missingTexts`: what an export in `lang` would print in another language, for one export or all. */
export async function missingTexts(
  db: Store,
  input: InputOf<'exports.missingTexts'>,
): Promise<OutputOf<'exports.missingTexts'>> {
  const overview = await overviewOf(db, input.sessionId);
  const forKind = (kind: SessionExportKind) =>
    missingInSessionExport(overview, input.lang, kind).map((place) => ({
      place,
      exports: [{ kind, documentId: null }],
    }));
  if (input.kind) return forKind(input.kind);
  if (input.documentId) {
    const doc = await loadDocument(db, input.documentId);
    if (doc.sessionId !== input.sessionId) {
      return fail('validation', [{ path: 'documentId', message: 'the document is not of this session' }]);
    }
    const sessionKind = SESSION_EXPORT_KINDS.find((kind) => kind === doc.kind);
    if (sessionKind) return forKind(sessionKind);
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
