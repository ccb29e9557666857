import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api/errors';
import {
  DOCUMENT_KINDS,
  formatSymbol,
  REVISION_KINDS,
  type DocumentKind,
  type RevisionKind,
  type SessionDocument,
} from '../../../shared/domain/document';
import { enumLabelKey } from '../../../shared/i18n/enum-labels';
import { useApi } from '../../api/api-context';
import { toApiError } from '../../api/api-error';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SelectField } from '../../components/form/fields';
import { focusWhenPresent } from '../../session/move';
import { useSaveQueue } from '../../saving/save-context';
import type { SessionContext } from '../../session/SessionFrame';
import { emptyContent } from '../../../shared/content/helpers';
import type { DocumentVersion } from '../../../shared/domain/document';
import { languageNameKey } from '../../../shared/i18n/enum-labels';
import { LANGUAGES, type Language } from '../../../shared/domain/languages';
import { SESSION_EXPORT_KINDS } from '../../../shared/api/document-procedures';
import { documentHref, translationHref } from '../../routing/routes';
import { ImportDraftForm } from '../translation/draft/ImportDraftForm';
import { AgendaExports, ExportAll, ExportControl } from './ExportControls';
import { SessionTextsLink } from '../translation/session-texts/SessionTextsLink';

/** The session's documents: add one of a kind, issue the next symbol of the body, create rev. / corr. / add. of an issued one. */
export function SessionDocumentsTable({ context }: { context: SessionContext }) {
  const { t } = useTranslation();
  const api = useApi();
  const queue = useSaveQueue();
  const { data, mutate } = context;
  const { session } = data;
  const [kind, setKind] = useState<DocumentKind>('concept_paper');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [versionsById, setVersionsById] = useState<Record<string, readonly DocumentVersion[]>>({});
  const setVersionsOf = useCallback(
    (id: string, list: readonly DocumentVersion[]) => setVersionsById((current) => ({ ...current, [id]: list })),
    [],
  );
  const [proposal, setProposal] = useState<{ key: string; symbol: string | null }>({ key: '', symbol: null });
  const issuedCount = data.documents.filter((d) => d.symbol).length;
  const proposalKey = `${session.bodyId} ${session.date} ${issuedCount}`;

  useEffect(() => {
    let live = true;
    // The pattern may have just been edited: let its save land before asking.
    void queue
      .flush()
      .then(() => api.call('symbols.next', { bodyId: session.bodyId, date: session.date }))
      .then(
        (next) => live && setProposal({ key: proposalKey, symbol: next.symbol }),
        () => live && setProposal({ key: proposalKey, symbol: null }),
      );
    return () => {
      live = false;
    };
  }, [api, queue, session.bodyId, session.date, proposalKey]);
  const proposed = proposal.key === proposalKey ? proposal.symbol : null;

  async function act(write: () => Promise<SessionDocument>, replace?: string) {
    setBusy(true);
    setError(null);
    try {
      const doc = await queue.run(`documents:${session.id}`, write);
      mutate((d) => ({
        ...d,
        documents: replace ? d.documents.map((x) => (x.id === replace ? doc : x)) : [...d.documents, doc],
      }));
      // the button pressed is disabled or gone: focus goes to the new (or changed) row's first control
      focusWhenPresent(`[data-row-id="${doc.id}"] :is(a[href], button:not([disabled]), select)`);
    } catch (failure) {
      setError(toApiError(failure));
    } finally {
      setBusy(false);
    }
  }

  const sorted = [...data.documents].sort(
    (a, b) =>
      (a.symbol ?? '\uffff').localeCompare(b.symbol ?? '\uffff') ||
      (a.revisionKind ?? '').localeCompare(b.revisionKind ?? '') ||
      (a.revisionNumber ?? 0) - (b.revisionNumber ?? 0) ||
      a.createdAt.localeCompare(b.createdAt),
  );

  return (
    <section className="section" aria-labelledby="documents-edit-title" data-testid="documents-editor">
      <h2 id="documents-edit-title">{t('documents.title')}</h2>
      {proposed && (
        <p className="field__hint" data-testid="symbol-proposal">
          {t('documents.nextSymbol')} <span className="symbol">{proposed}</span>
        </p>
      )}
      {sorted.length === 0 ? (
        <p className="empty-hint">{t('documents.emptyEdit')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table" data-testid="documents-table">
            <caption className="visually-hidden">{t('documents.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('documents.columns.kind')}</th>
                <th scope="col">{t('documents.columns.symbol')}</th>
                <th scope="col">{t('documentEditor.versions')}</th>
                <th scope="col">{t('documents.columns.actions')}</th>
                <th scope="col">{t('exports.column')}</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((doc) => {
                const kindLabel = t(enumLabelKey('documentKind', doc.kind));
                return (
                  <tr key={doc.id} data-testid="document-row" data-row-id={doc.id}>
                    <td>{kindLabel}</td>
                    <td>
                      {doc.symbol ? (
                        <span className="symbol" data-testid="document-symbol">
                          {formatSymbol(doc)}
                        </span>
                      ) : (
                        <span className="muted">{t('documents.noSymbol')}</span>
                      )}
                    </td>
                    <td>
                      <VersionLinks doc={doc} kindLabel={kindLabel} onVersions={setVersionsOf} />
                    </td>
                    <td className="actions">
                      {doc.symbol ? (
                        REVISION_KINDS.map((rk: RevisionKind) => (
                          <button
                            key={rk}
                            type="button"
                            className="button button--small"
                            disabled={busy}
                            aria-label={t('documents.createRevisionOf', {
                              mark: t(`documents.revisionButton.${rk}`),
                              symbol: formatSymbol(doc),
                            })}
                            title={t(enumLabelKey('revisionKind', rk))}
                            onClick={() =>
                              void act(() =>
                                api.call('documents.createRevision', { documentId: doc.id, revisionKind: rk }),
                              )
                            }
                          >
                            {t(`documents.revisionButton.${rk}`)}
                          </button>
                        ))
                      ) : (
                        <button
                          type="button"
                          className="button button--small button--primary"
                          disabled={busy}
                          aria-label={t('documents.issueFor', { document: kindLabel })}
                          onClick={() =>
                            void act(() => api.call('documents.issueSymbol', { documentId: doc.id }), doc.id)
                          }
                        >
                          {t('documents.issue')}
                        </button>
                      )}
                    </td>
                    <td>
                      <ExportControl
                        sessionId={session.id}
                        languages={exportLanguages(doc, versionsById[doc.id])}
                        documentLabel={kindLabel}
                        make={(language) => api.deliver('documents.exportDocx', { documentId: doc.id, language })}
                        check={(lang) =>
                          api.call('exports.missingTexts', { sessionId: session.id, lang, documentId: doc.id })
                        }
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          void act(() =>
            api.call('documents.create', {
              sessionId: session.id,
              kind,
              symbol: null,
              revisionKind: null,
              revisionNumber: null,
              originalLanguage: session.originalLanguage,
            }),
          );
        }}
      >
        <SelectField
          label={t('documents.newKind')}
          value={kind}
          options={DOCUMENT_KINDS.map((k) => ({ value: k, label: t(enumLabelKey('documentKind', k)) }))}
          onChange={setKind}
        />
        <button type="submit" className="button" disabled={busy}>
          {t('documents.add')}
        </button>
      </form>
      {error && <ErrorNotice error={error} />}
      <ImportDraftForm
        sessionId={session.id}
        defaultLanguage={session.originalLanguage}
        onImported={(result) =>
          void api.call('documents.get', { id: result.documentId }).then(
            (doc) => mutate((d) => ({ ...d, documents: [...d.documents.filter((x) => x.id !== doc.id), doc] })),
            (failure: unknown) => setError(toApiError(failure)),
          )
        }
      />
      <AgendaExports sessionId={session.id} />
      <SessionTextsLink sessionId={session.id} />
      <ExportAll sessionId={session.id} />
    </section>
  );
}

/** The languages a document exports in: an agenda document in any of the four, a stored one where it has a version. */
function exportLanguages(doc: SessionDocument, versions: readonly DocumentVersion[] | undefined): readonly Language[] {
  if ((SESSION_EXPORT_KINDS as readonly string[]).includes(doc.kind)) return LANGUAGES;
  return LANGUAGES.filter((lang) => versions?.some((v) => v.language === lang));
}

/** A document's language versions, each a link to its editor; "Write the original" when there is none in the original language. */
function VersionLinks({
  doc,
  kindLabel,
  onVersions,
}: {
  doc: SessionDocument;
  kindLabel: string;
  /** Stable (one callback for every row), so that each row loads its versions once, not on every render. */
  onVersions: (documentId: string, list: readonly DocumentVersion[]) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const queue = useSaveQueue();
  const [versions, setVersions] = useState<DocumentVersion[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    api.call('documentVersions.list', { documentId: doc.id }).then(
      (list) => {
        if (!live) return;
        setVersions(list);
        onVersions(doc.id, list);
      },
      (failure: unknown) => live && setError(toApiError(failure)),
    );
    return () => {
      live = false;
    };
  }, [api, doc.id, onVersions]);

  async function writeOriginal() {
    setBusy(true);
    setError(null);
    try {
      await queue.run(`documentVersions:${doc.id}`, () =>
        api.call('documentVersions.create', {
          documentId: doc.id,
          language: doc.originalLanguage,
          status: 'original',
          content: emptyContent(),
          controlNumber: '',
        }),
      );
      window.location.hash = documentHref(doc.sessionId, doc.id, doc.originalLanguage);
    } catch (failure) {
      setError(toApiError(failure));
      setBusy(false);
    }
  }

  if (error) return <ErrorNotice error={error} withTitle={false} />;
  if (!versions) return null;
  // made from the session's data in each language: no text of their own to write or to translate
  const madeFromData = (SESSION_EXPORT_KINDS as readonly string[]).includes(doc.kind);
  const ordered = LANGUAGES.filter((lang) => versions.some((v) => v.language === lang));
  return (
    <span className="version-links" data-testid="version-links">
      {ordered.map((lang) => (
        <a
          key={lang}
          className="version-links__link"
          href={documentHref(doc.sessionId, doc.id, lang)}
          lang={lang}
          aria-label={t('documentEditor.openVersion', { language: t(languageNameKey(lang)), document: kindLabel })}
          data-testid={`version-link-${lang}`}
        >
          {t(languageNameKey(lang))}
        </a>
      ))}
      {!madeFromData && !versions.some((v) => v.language === doc.originalLanguage) && (
        <button
          type="button"
          className="button button--small"
          disabled={busy}
          aria-label={t('documentEditor.writeOriginalFor', {
            document: kindLabel,
            language: t(languageNameKey(doc.originalLanguage)),
          })}
          onClick={() => void writeOriginal()}
          data-testid="write-original"
        >
          {t('documentEditor.writeOriginal')}
        </button>
      )}
      {!madeFromData && (
        <a
          className="version-links__translation"
          href={translationHref(doc.sessionId, doc.id)}
          aria-label={t('translation.linkFor', { document: kindLabel })}
          data-testid="translation-link"
        >
          {t('translation.link')}
        </a>
      )}
    </span>
  );
}
