import { useTranslation } from 'react-i18next';
import { langIfOther } from '../../i18n/localized';
import { useLanguage } from '../../i18n/use-language';
import type { OverviewModel } from './overview-model';

export function QuestionsSection({ questions }: { questions: OverviewModel['questions'] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <section className="section" aria-labelledby="questions-title" data-testid="guiding-questions">
      <h2 id="questions-title">{t('questions.title')}</h2>
      {questions.length === 0 ? (
        <p className="muted">{t('questions.empty')}</p>
      ) : (
        <ol className="questions">
          {questions.map((q) => (
            <li key={q.id} lang={langIfOther(q.text, lang)}>
              {q.text.text}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
