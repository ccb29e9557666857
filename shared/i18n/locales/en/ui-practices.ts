/** Good practices and the session report's notes (issue 18), English. */
export const practicesUi = {
  title: 'Good practices and report',
  intro:
    'The good practices States and mechanisms shared, said on the floor or sent in writing, for the compilation; and what the session report needs besides the record: who chaired, and a summary of each item.',
  exportHint:
    'The session report and the compilation of good practices are exported with the session’s other documents, under Details and documents.',
  fromRecord: 'From the floor’s record',
  noRecord: 'Nobody has taken the floor yet. A practice sent in writing can be recorded below.',
  recordColumns: { item: 'Item', who: 'Who', spoken: 'Spoken' },
  recordFrom: 'Record a good practice',
  recordFromLabel: 'Record a good practice from {{who}}',
  form: {
    newTitle: 'Record a good practice',
    editTitle: 'Edit the good practice',
    fromEntry: 'From the record: {{who}}, item {{item}}.',
    organization: 'State or mechanism',
    choose: 'Choose…',
    question: 'Guiding question it answers',
    noQuestion: 'None in particular',
    language: 'Language it was given in',
    date: 'Date',
    channel: 'How it was shared',
    practiceTitle: 'Title',
    text: 'Text',
    textHint:
      'In the language it was given in. The other languages come back from translation with the session’s texts.',
    save: 'Save the practice',
    saveChanges: 'Save the changes',
    cancel: 'Cancel',
    incomplete: 'Choose the State or mechanism, and give a title.',
    saved: 'Saved: {{title}}.',
  },
  channels: { floor: 'Said on the floor', writing: 'Sent in writing' },
  list: {
    title: 'Practices recorded',
    none: 'No good practice recorded yet.',
    columns: { organization: 'State or mechanism', practice: 'Practice', question: 'Question', shared: 'Shared' },
    questionNumber: 'Question {{number}}',
    shared: '{{channel}}, {{date}}',
    edit: 'Edit',
    editLabel: 'Edit “{{title}}”',
    deleteLabel: 'Delete “{{title}}”',
  },
  report: {
    title: 'For the session report',
    chair: 'Chair of the session',
    noChair: 'Not said yet',
    summaries: 'Summary of each item',
    summaryLanguage: 'Language of the summaries',
    summaryOf: 'Item {{number}}: {{title}}',
    summaryHint: 'One paragraph per line; saved as you type.',
  },
};

export type PracticesUiMessages = typeof practicesUi;
