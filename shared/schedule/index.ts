export { computeSchedule, type Schedule, type ScheduledItem, type ScheduleInput } from './compute-schedule';
export { speakersFit, type SpeakersFit } from './speakers-fit';
