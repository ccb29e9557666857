export const startFromUi = {
  open: 'Start from this session…',
  title: "Start next year's session from this one",
  intro:
    'The new session gets this session’s body, times and room, its agenda with the annotations as drafts, the guiding questions, the panel’s roles and mechanisms, and the concept paper as a new draft without a symbol. People, requests for the floor and the record are not copied. This session does not change.',
  date: 'Date of the new session',
  start: 'Start the new session',
  starting: 'Starting…',
};
export type StartFromUiMessages = typeof startFromUi;
