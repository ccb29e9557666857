import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionReportData } from '../../../shared/api/good-practice-procedures';
import { plainText } from '../../../shared/content/helpers';
import {
  emptyLocalizedRichText,
  richTextFromPlainText,
  type LocalizedRichText,
} from '../../../shared/content/rich-text';
import type { AgendaItem } from '../../../shared/domain/agenda-item';
import { LANGUAGES, pickLocalized, type Language } from '../../../shared/domain/languages';
import type { Person } from '../../../shared/domain/person';
import { SelectField, TextField } from '../../components/form/fields';
import { useLanguage } from '../../i18n/use-language';
import { useSaver } from '../../saving/use-saver';
import { personLabel } from '../../session/names';

const linesOf = (summary: LocalizedRichText, lang: Language) =>
  summary[lang].content.map((block) => plainText({ type: 'doc', content: [block] })).join('\n');

/**
 * What the session report takes besides the record: who chaired, and the Secretariat's summary of each
 * item, written per language (one paragraph a line) and saved as it is typed.
 */
export function ReportNotes({
  sessionId,
  items,
  people,
  initial,
}: {
  sessionId: string;
  items: readonly AgendaItem[];
  people: readonly Person[];
  initial: SessionReportData;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const saver = useSaver();
  const [chairPersonId, setChair] = useState(initial.chairPersonId ?? '');
  const [summaryLang, setSummaryLang] = useState<Language>(lang);
  // the text as typed, per item and language (what is stored drops empty lines)
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [summaries, setSummaries] = useState(
    () => new Map(initial.summaries.map((s) => [s.itemId, s.summary] as const)),
  );

  function writeSummary(itemId: string, text: string) {
    const summary = {
      ...(summaries.get(itemId) ?? emptyLocalizedRichText()),
      [summaryLang]: richTextFromPlainText(text),
    };
    setSummaries((all) => new Map(all).set(itemId, summary));
    setDrafts((all) => ({ ...all, [`${itemId}:${summaryLang}`]: text }));
    saver.schedule(`sessionReport.summary:${itemId}`, () =>
      saver.api.call('sessionReport.setSummary', { itemId, summary }),
    );
  }

  return (
    <section className="form-card" aria-labelledby="report-notes-title" data-testid="report-notes">
      <h2 id="report-notes-title">{t('practices.report.title')}</h2>
      <SelectField
        label={t('practices.report.chair')}
        value={chairPersonId}
        testId="report-chair"
        options={[
          { value: '', label: t('practices.report.noChair') },
          ...[...people]
            .sort((a, b) => a.name.localeCompare(b.name, lang))
            .map((p) => ({ value: p.id, label: personLabel(p) })),
        ]}
        onChange={(id) => {
          setChair(id);
          void saver.run(`sessionReport.chair:${sessionId}`, () =>
            saver.api.call('sessionReport.setChair', { sessionId, chairPersonId: id || null }),
          );
        }}
      />
      <h3>{t('practices.report.summaries')}</h3>
      <SelectField<Language>
        label={t('practices.report.summaryLanguage')}
        value={summaryLang}
        testId="summary-language"
        options={LANGUAGES.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
        onChange={setSummaryLang}
      />
      {[...items]
        .sort((a, b) => a.position - b.position)
        .map((item, index) => (
          <TextField
            key={`${item.id}:${summaryLang}`}
            label={t('practices.report.summaryOf', { number: index + 1, title: pickLocalized(item.title, lang) })}
            value={
              drafts[`${item.id}:${summaryLang}`] ??
              linesOf(summaries.get(item.id) ?? emptyLocalizedRichText(), summaryLang)
            }
            lang={summaryLang}
            multiline
            allowLineBreaks
            hint={t('practices.report.summaryHint')}
            testId="item-summary"
            onChange={(text) => writeSummary(item.id, text)}
          />
        ))}
    </section>
  );
}
