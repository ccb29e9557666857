export { computeSchedule, type Schedule, type ScheduledItem, type ScheduleInput } from './compute-schedule';
export {
  speakersFit,
  yetToSpeak,
  limitReaches,
  FLOOR_ONLY,
  type SpeakersFit,
  type LimitReach,
  type FitSpeaker,
} from './speakers-fit';
