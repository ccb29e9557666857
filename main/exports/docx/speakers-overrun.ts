import type { i18n } from 'i18next';
import { formatMinutes, formatWallTime, minutesToWallTime } from '../../../shared/dates';
import type { Language } from '../../../shared/domain/languages';
import { speakerTimes, type SpeakerTime } from '../../../shared/schedule/speaker-times';
import { para } from './common';
import { P } from './styles';

/**
 * The list of speakers' times on one item, and what it says when they run past the item's slot: the time
 * cell of each speaker who ends after it, and a warning line under the item's table.
 */
export function speakersOverrun(
  slot: { startMinutes: number; endMinutes: number },
  allotted: readonly number[],
  { lang, t, range: formatRange }: { lang: Language; t: i18n['t']; range: (start: string, end: string) => string },
) {
  const { times, overrunMinutes } = speakerTimes(slot, allotted);
  const range = (time: SpeakerTime) =>
    formatRange(minutesToWallTime(time.startMinutes), minutesToWallTime(time.endMinutes));
  return {
    /** The time cell's text of the speaker at `index`. */
    timeText: (index: number): string => {
      const time = times[index]!;
      return time.pastSlot ? t('document:speakersOverrun.time', { time: range(time) }) : range(time);
    },
    /** The warning under the item's table, when the speakers run past the slot. */
    warning: () =>
      overrunMinutes === 0
        ? []
        : [
            para(
              P.speakersOverrun,
              t('document:speakersOverrun.warning', {
                minutes: formatMinutes(overrunMinutes, lang),
                end: formatWallTime(minutesToWallTime(slot.endMinutes), lang),
              }),
            ),
          ],
  };
}
