import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../shared/domain/languages';
import { MODALITIES, SESSION_STATUSES, type Session } from '../../../shared/domain/session';
import { enumLabelKey, languageNameKey } from '../../../shared/i18n/enum-labels';
import { useApiQuery } from '../../api/use-api-query';
import { LocalizedFields, SelectField, TextField } from '../../components/form/fields';
import { useLanguage } from '../../i18n/use-language';
import { useSaver } from '../../saving/use-saver';
import { SessionFrame, type SessionContext } from '../../session/SessionFrame';
import { pickLocalized } from '../../../shared/domain/languages';
import { SessionDocumentsTable } from './SessionDocumentsTable';
import { MissingTextsPanel } from './MissingTextsPanel';
import { SpeakersPastSlotNotice } from './SpeakersPastSlotNotice';
import { BodySymbolFields } from './BodySymbolFields';
import { DateField, TimeField } from '../../components/form/date-time-fields';
import { fieldProblemText } from '../../../shared/i18n/field-issues';
import { useHeldDraft } from '../../saving/use-held-draft';
import { useState } from 'react';
import './details.css';

/** Session details: every fact of the meeting, saved as it is typed, and the session's documents with their symbols. */
export function DetailsScreen({ id }: { id: string }) {
  return (
    <SessionFrame id={id} tab="details">
      {(context) => <DetailsForm context={context} />}
    </SessionFrame>
  );
}

function DetailsForm({ context }: { context: SessionContext }) {
  const { t, i18n } = useTranslation();
  const lang = useLanguage();
  const saver = useSaver();
  const { data, mutate } = context;
  const { session } = data;
  const bodies = useApiQuery('bodies.list', {});
  // Times that cannot be saved together (an end before the start): kept on screen, not sent.
  const [draft, setDraft] = useState<{ startTime?: string; endTime?: string }>({});

  const change = (patch: Partial<Session>) => {
    mutate((d) => ({ ...d, session: { ...d.session, ...patch } }));
    saver.patch('sessions', session.id, patch);
  };

  const times = { startTime: draft.startTime ?? session.startTime, endTime: draft.endTime ?? session.endTime };
  // The time fields pass on only complete HH:MM values, so what is left to check is their order.
  const timeError =
    times.endTime <= times.startTime
      ? fieldProblemText(i18n, 'endTime', { kind: 'endAfterStart' }, { label: t('details.fields.endTime') })
      : null;
  useHeldDraft(timeError !== null);
  const changeTime = (field: 'startTime' | 'endTime', value: string) => {
    const next = { ...times, [field]: value };
    if (next.endTime > next.startTime) {
      setDraft({});
      change({ startTime: next.startTime, endTime: next.endTime });
    } else {
      setDraft((d) => ({ ...d, [field]: value }));
    }
  };

  return (
    <>
      <h1>{t('details.title')}</h1>
      <p className="lead">{t('details.intro')}</p>
      <form className="form-card" onSubmit={(e) => e.preventDefault()} aria-labelledby="details-facts">
        <h2 id="details-facts">{t('details.facts')}</h2>
        <div id="session-title-fields">
          <LocalizedFields
            label={t('details.fields.title')}
            value={session.title}
            first={lang}
            testId="session-title-field"
            multiline
            rows={2}
            onChange={(title) => change({ title })}
          />
        </div>
        <div className="form-grid">
          {bodies.state.status === 'success' && (
            <SelectField
              label={t('details.fields.body')}
              value={session.bodyId}
              options={bodies.state.data.map((b) => ({
                value: b.id,
                label: `${b.code} – ${pickLocalized(b.name, lang)}`,
              }))}
              onChange={(bodyId) => change({ bodyId })}
            />
          )}
          <DateField
            label={t('details.fields.date')}
            testId="session-date"
            value={session.date}
            required
            onChange={(date) => change({ date })}
          />
          <TimeField
            label={t('details.fields.startTime')}
            testId="session-start"
            value={times.startTime}
            required
            onChange={(value) => changeTime('startTime', value)}
          />
          <TimeField
            label={t('details.fields.endTime')}
            testId="session-end"
            value={times.endTime}
            required
            error={timeError}
            onChange={(value) => changeTime('endTime', value)}
          />
          <TextField
            label={t('details.fields.room')}
            value={session.room}
            testId="session-room"
            onChange={(room) => change({ room })}
          />
          <SelectField
            label={t('details.fields.modality')}
            value={session.modality}
            options={MODALITIES.map((m) => ({ value: m, label: t(enumLabelKey('modality', m)) }))}
            onChange={(modality) => change({ modality })}
          />
          <SelectField
            label={t('details.fields.originalLanguage')}
            value={session.originalLanguage}
            options={LANGUAGES.map((l) => ({ value: l, label: t(languageNameKey(l)) }))}
            onChange={(originalLanguage) => change({ originalLanguage })}
          />
          <SelectField
            label={t('details.fields.status')}
            value={session.status}
            testId="session-status"
            options={SESSION_STATUSES.map((s) => ({ value: s, label: t(enumLabelKey('sessionStatus', s)) }))}
            onChange={(status) => change({ status })}
          />
        </div>
      </form>
      <BodySymbolFields bodyId={session.bodyId} date={session.date} />
      <SpeakersPastSlotNotice data={data} />
      <SessionDocumentsTable context={context} />
      <MissingTextsPanel sessionId={session.id} />
    </>
  );
}
