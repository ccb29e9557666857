import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../shared/domain/agenda-item';
import type { Speaker } from '../../../shared/domain/speaker';
import {
  FLOOR_ONLY,
  limitReaches,
  speakersFit,
  yetToSpeak,
  type LimitReach,
} from '../../../shared/schedule/speakers-fit';
import { useFormatters } from '../../i18n/use-formatters';

/**
 * Whether the speakers yet to speak fit the item's slot; when they do not, "Give every speaker N minutes"
 * for those from the floor, and for the panelists and moderators only when ticked.
 */
export function SpeakersTimeCheck({
  item,
  speakers,
  onChange,
}: {
  item: AgendaItem;
  speakers: readonly Speaker[];
  onChange: (id: string, patch: Partial<Speaker>) => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [reach, setReach] = useState<LimitReach>(FLOOR_ONLY);
  const fit = speakersFit(item.durationMinutes, speakers, reach);
  const times = { allotted: format.minutes(fit.totalAllotted), duration: format.minutes(item.durationMinutes) };
  if (fit.fits) {
    return (
      <p className="fit-line screen-only" data-testid="speakers-fit">
        {t('speakers.fits', times)}
      </p>
    );
  }
  const limit = fit.perSpeakerLimitThatFits ?? 0;
  const applyLimit = () => {
    for (const s of speakers)
      if (yetToSpeak(s) && limitReaches(s.role, reach) && s.allottedMinutes !== limit)
        onChange(s.id, { allottedMinutes: limit });
  };
  const tick = (key: keyof LimitReach) => (
    <label className="check">
      <input
        type="checkbox"
        data-testid={`limit-${key}`}
        checked={reach[key]}
        onChange={(e) => setReach({ ...reach, [key]: e.target.checked })}
      />
      {t(`speakersTime.reach.${key}`)}
    </label>
  );
  return (
    <div className="notice notice--warning time-check screen-only" data-testid="speakers-overflow">
      <p>
        <span aria-hidden="true">⚠ </span>
        {t('speakers.overflow', times)}
      </p>
      <fieldset className="time-check__reach">
        <legend>{t('speakersTime.reach.legend')}</legend>
        {tick('panelists')}
        {tick('moderators')}
      </fieldset>
      {limit > 0 && (
        <button type="button" className="button button--small" data-testid="apply-limit" onClick={applyLimit}>
          {t('speakersEditor.applyLimit', { limit: format.minutes(limit) })}
        </button>
      )}
    </div>
  );
}
