/** Screen strings of the missing-texts report (Details) and the notice before an export, English. */
export const missingTextsUi = {
  title: 'Texts missing by language',
  intro:
    'Until a text is written in a language, an export in that language prints it in another one (marked as that language in the file). Each missing text links to where it is written.',
  checkAgain: 'Check again',
  checking: 'Checking…',
  /** One language's heading: "French: 3 texts missing". */
  language: '{{language}}: {{count}} missing',
  languageComplete: '{{language}}: nothing missing',
  usedIn: 'Printed in: {{exports}}',
  places: {
    body_name: 'Committee name',
    body_parentName: 'Parent body name',
    session_title: 'Session title',
    item_title: 'Agenda item {{item}}: title',
    item_annotation: 'Agenda item {{item}}: annotation',
    organization_name: 'Organization name: {{name}}',
    guiding_question: 'Guiding question {{question}}',
    document_text: '{{document}}: text',
  },
  notice: {
    title: 'Texts missing in {{language}}',
    body: 'This export would print these texts in another language:',
    exportAnyway: 'Export anyway',
    cancel: 'Cancel',
  },
};

export type MissingTextsUiMessages = typeof missingTextsUi;
