import { useTranslation } from 'react-i18next';

/** The first columns of every table of speakers, so the overview and the editor read the same way. */
export function SpeakerColumnHeads() {
  const { t } = useTranslation();
  return (
    <>
      <th scope="col" className="num">
        {t('speakers.columns.order')}
      </th>
      <th scope="col">{t('speakers.columns.speaker')}</th>
      <th scope="col">{t('speakers.columns.role')}</th>
      <th scope="col">{t('speakers.columns.status')}</th>
    </>
  );
}
