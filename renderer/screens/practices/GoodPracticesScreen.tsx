import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionReportData } from '../../../shared/api/good-practice-procedures';
import type { ApiError } from '../../../shared/api/errors';
import { formatLongDate } from '../../../shared/dates';
import type { GoodPractice } from '../../../shared/domain/good-practice';
import { pickLocalized } from '../../../shared/domain/languages';
import type { Organization } from '../../../shared/domain/organization';
import type { Person } from '../../../shared/domain/person';
import { minutesSeconds } from '../../../shared/floor/clock-face';
import type { FloorRecordEntry } from '../../../shared/floor/floor-types';
import { sortOrganizations } from '../../../shared/good-practices/compilation';
import { toApiError } from '../../api/api-error';
import { ActionTable } from '../../components/ActionTable';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { useLanguage } from '../../i18n/use-language';
import { useSaver } from '../../saving/use-saver';
import { namesOf } from '../../session/names';
import { SessionFrame, type SessionContext } from '../../session/SessionFrame';
import { whoSpeaks } from '../floor/speech-names';
import { draftOf, newDraft, practiceFields, type PracticeDraft } from './practice-draft';
import { PracticeForm } from './PracticeForm';
import { ReportNotes } from './ReportNotes';

/** After the session: the good practices shared, from the floor's record or in writing, and the report's notes. */
export function GoodPracticesScreen({ id }: { id: string }) {
  return (
    <SessionFrame id={id} tab="practices">
      {(context) => <GoodPractices context={context} />}
    </SessionFrame>
  );
}

interface Loaded {
  practices: GoodPractice[];
  record: FloorRecordEntry[];
  organizations: Organization[];
  people: Person[];
  report: SessionReportData;
}

function GoodPractices({ context }: { context: SessionContext }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const saver = useSaver();
  const { session, agendaItems, guidingQuestions } = context.data;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [draft, setDraft] = useState<PracticeDraft | null>(null);
  const [busy, setBusy] = useState(false);
  // the title of the practice just saved, said in the interface's language
  const [status, setStatus] = useState<string | null>(null);

  const fetchAll = useCallback(async (): Promise<Loaded> => {
    const sessionId = session.id;
    const [practices, floor, organizations, people, report] = await Promise.all([
      saver.api.call('goodPractices.list', { sessionId }),
      saver.api.call('floor.state', { sessionId }),
      saver.api.call('organizations.list', {}),
      saver.api.call('people.list', {}),
      saver.api.call('sessionReport.get', { sessionId }),
    ]);
    return { practices, record: floor.record, organizations, people, report };
  }, [saver, session.id]);
  useEffect(() => {
    let live = true;
    fetchAll().then(
      (value) => live && setLoaded(value),
      (failure: unknown) => live && setError(toApiError(failure)),
    );
    return () => {
      live = false;
    };
  }, [fetchAll]);
  const load = async () => setLoaded(await fetchAll());

  const names = useMemo(() => namesOf(loaded?.organizations ?? [], loaded?.people ?? []), [loaded]);
  const holders = useMemo(
    () =>
      sortOrganizations(
        // States and mechanisms above all, but a panelist may speak for any organization
        (loaded?.organizations ?? []).filter((o) => o.kind !== 'secretariat'),
        lang,
      ).map((o) => ({ id: o.id, label: pickLocalized(o.name, lang) })),
    [loaded, lang],
  );
  const questions = useMemo(() => [...guidingQuestions].sort((a, b) => a.position - b.position), [guidingQuestions]);
  const itemNumber = (itemId: string) =>
    [...agendaItems].sort((a, b) => a.position - b.position).findIndex((i) => i.id === itemId) + 1;
  const who = (entry: Pick<FloorRecordEntry, 'personId' | 'organizationId'>) => whoSpeaks(entry, names, lang).name;

  if (!loaded) return error ? <ErrorNotice error={error} /> : <Loading />;

  async function save(value: PracticeDraft) {
    setBusy(true);
    setError(null);
    try {
      const existing = loaded!.practices.find((p) => p.id === value.id);
      const fields = practiceFields(value, existing);
      const saved = await saver.run(`goodPractices:${session.id}`, () =>
        existing
          ? saver.api.call('goodPractices.update', { id: existing.id, patch: fields })
          : saver.api.call('goodPractices.create', { sessionId: session.id, ...fields }),
      );
      setDraft(null);
      setStatus(saved.title[saved.language]);
      await load();
    } catch (failure) {
      setError(toApiError(failure));
    } finally {
      setBusy(false);
    }
  }

  async function remove(practice: GoodPractice) {
    setError(null);
    try {
      await saver.run(`goodPractices:${session.id}`, () => saver.api.call('goodPractices.delete', { id: practice.id }));
      await load();
    } catch (failure) {
      setError(toApiError(failure));
    }
  }

  const fromRecord = (entry: FloorRecordEntry): PracticeDraft => {
    const person = entry.personId ? loaded.people.find((p) => p.id === entry.personId) : undefined;
    return {
      ...newDraft(session.originalLanguage, session.date),
      organizationId: entry.organizationId ?? person?.organizationId ?? '',
      recordEntryId: entry.id,
      channel: 'floor',
    };
  };
  const entryOf = (practice: { recordEntryId: string | null }) =>
    loaded.record.find((e) => e.id === practice.recordEntryId);
  const titleOf = (p: GoodPractice) => pickLocalized(p.title, lang);

  return (
    <>
      <h1>{t('practices.title')}</h1>
      <p className="muted">{t('practices.intro')}</p>
      <p className="muted">{t('practices.exportHint')}</p>

      <h2>{t('practices.fromRecord')}</h2>
      {loaded.record.length === 0 ? (
        <p>{t('practices.noRecord')}</p>
      ) : (
        <ActionTable
          testId="practice-record"
          columns={[
            t('practices.recordColumns.item'),
            t('practices.recordColumns.who'),
            t('practices.recordColumns.spoken'),
          ]}
          actions={t('practices.recordFrom')}
        >
          {loaded.record.map((entry) => (
            <tr key={entry.id} data-testid="practice-record-entry">
              <td>{itemNumber(entry.itemId)}</td>
              <td>{who(entry)}</td>
              <td>{minutesSeconds(entry.spokenSeconds)}</td>
              <td>
                <button
                  type="button"
                  className="button button--small"
                  aria-label={t('practices.recordFromLabel', { who: who(entry) })}
                  onClick={() => setDraft(fromRecord(entry))}
                >
                  {t('practices.recordFrom')}
                </button>
              </td>
            </tr>
          ))}
        </ActionTable>
      )}

      {draft ? (
        <PracticeForm
          key={draft.id ?? draft.recordEntryId ?? 'new'}
          draft={draft}
          holders={holders}
          questions={questions}
          fromEntry={(() => {
            const entry = entryOf(draft);
            return entry ? t('practices.form.fromEntry', { who: who(entry), item: itemNumber(entry.itemId) }) : null;
          })()}
          busy={busy}
          onSubmit={(value) => void save(value)}
          onCancel={() => setDraft(null)}
        />
      ) : (
        <p>
          <button
            type="button"
            className="button button--primary"
            data-testid="practice-new"
            onClick={() => {
              setStatus(null);
              setDraft(newDraft(session.originalLanguage, session.date));
            }}
          >
            {t('practices.form.newTitle')}
          </button>
        </p>
      )}
      {status && (
        <p role="status" data-testid="practice-status">
          {t('practices.form.saved', { title: status })}
        </p>
      )}
      {error && <ErrorNotice error={error} />}

      <h2>{t('practices.list.title')}</h2>
      {loaded.practices.length === 0 ? (
        <p>{t('practices.list.none')}</p>
      ) : (
        <ActionTable
          testId="practice-list"
          columns={[
            t('practices.list.columns.organization'),
            t('practices.list.columns.practice'),
            t('practices.list.columns.question'),
            t('practices.list.columns.shared'),
          ]}
          actions={t('practices.list.edit')}
        >
          {loaded.practices.map((practice) => {
            const number = questions.findIndex((q) => q.id === practice.questionId) + 1;
            return (
              <tr key={practice.id} data-testid="practice-row">
                <td>
                  {holders.find((h) => h.id === practice.organizationId)?.label ??
                    who({ personId: null, organizationId: practice.organizationId })}
                </td>
                <td>{titleOf(practice)}</td>
                <td>{number > 0 ? t('practices.list.questionNumber', { number }) : ''}</td>
                <td>
                  {t('practices.list.shared', {
                    channel: t(`practices.channels.${practice.channel}`),
                    date: formatLongDate(practice.date, lang),
                  })}
                </td>
                <td>
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={t('practices.list.editLabel', { title: titleOf(practice) })}
                    onClick={() => setDraft(draftOf(practice))}
                  >
                    {t('practices.list.edit')}
                  </button>{' '}
                  <button
                    type="button"
                    className="button button--small button--danger"
                    aria-label={t('practices.list.deleteLabel', { title: titleOf(practice) })}
                    onClick={() => void remove(practice)}
                  >
                    {t('common.delete')}
                  </button>
                </td>
              </tr>
            );
          })}
        </ActionTable>
      )}

      <ReportNotes sessionId={session.id} items={agendaItems} people={loaded.people} initial={loaded.report} />
    </>
  );
}
