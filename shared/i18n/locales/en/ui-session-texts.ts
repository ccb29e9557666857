/** The session's texts through translation (issue 13, part 2): renderer/screens/translation/session-texts/. */
export const sessionTextsUi = {
  /** Details → Documents. */
  detailsTitle: 'Session texts',
  detailsHint:
    'The session title, the items’ titles and annotations and the guiding questions: the order of business, the annotated agenda and the list of speakers are made from them. They go to translators as one Word file per language.',
  link: 'Languages and translation',
  heading: 'Session texts: languages and translation',
  back: 'Back to the details',
  intro:
    'Each language ticked gets one Word file with every text in {{language}}, beside a reference to leave as it is. The translator writes the translation over each text and sends the file back.',
  summary: '{{texts}} text(s), {{words}} word(s) in {{language}}.',
  noTexts:
    'The session has no texts in {{language}} yet: give it a title, title the agenda items or write the guiding questions first.',
  tableCaption: 'The session texts in each language',
  rowLabel: 'Session texts',
  written: '{{written}} of {{texts}} texts written',
  sentTexts: '{{texts}} text(s) sent',
  changedSince: 'Changed since it was sent',
  receiveFor: 'Receive the {{language}} session texts',
  receive: {
    rows: { texts: 'Texts' },
    matches: 'The file has every text that was sent, each with its footnotes.',
    received: 'The {{language}} session texts were received: {{words}} words.',
  },
  issues: {
    text_missing: '{{place}} is missing from the file.',
    text_extra: '{{place}} is in the file but was not sent.',
    text_twice: '{{place}} is in the file twice.',
    text_empty: '{{place}} is empty in the file.',
    text_footnotes: '{{place}} has {{expected}} footnote(s) in the original and {{found}} in the file.',
  },
  places: {
    session: 'The session title',
    itemTitle: 'The title of item {{number}}',
    itemAnnotation: 'The annotation of item {{number}}',
    question: 'Guiding question {{number}}',
    other: 'The row “{{key}}”',
  },
};

export type SessionTextsUiMessages = typeof sessionTextsUi;
