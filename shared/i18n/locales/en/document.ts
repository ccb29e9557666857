import type { Language } from '../../../domain/languages';

/** Boilerplate of exported documents, English: the reference every other language matches key for key. */
export const documentBoilerplate = {
  /** "Original: Spanish": {{language}} is one of `languageNames`, in the version's language. */
  original: 'Original: {{language}}',
  // Language names inside running text: capitalized in English only.
  languageNames: { en: 'English', es: 'Spanish', fr: 'French', pt: 'Portuguese' } satisfies Record<Language, string>,
  /** The line that convenes the meeting: {{body}} is the body's name, the rest already formatted. */
  convening: 'Meeting of the {{body}}, {{date}}, {{time}}, {{place}}',
  /** For a body whose name is grammatically masculine in Spanish, French or Portuguese (Consejo, Conseil, Conselho). */
  convening_masculine: 'Meeting of the {{body}}, {{date}}, {{time}}, {{place}}',
  date: 'Date',
  time: 'Time',
  place: 'Place',
  orderOfBusiness: 'Order of business',
  annotatedOrderOfBusiness: 'Annotated order of business',
  adoptionOfTheOrderOfBusiness: 'Adoption of the order of business',
  otherBusiness: 'Other business',
  conceptPaper: 'Concept paper',
  listOfSpeakers: 'List of speakers',
  guidingQuestions: 'Guiding questions',
  /** The authorship line under a concept paper's title: {{body}} is the body's short name (CAM). */
  preparedBy: 'Prepared by the Chair of the {{body}} with the support of the Technical Secretariat',
  preparedBy_masculine: 'Prepared by the Chair of the {{body}} with the support of the Technical Secretariat',
  /** A note to the translator that sits in a footnote's text, exported as a comment at the footnote's number. */
  footnoteNote: 'Footnote {{number}}: {{note}}',
  /** A note moved off its stretch of text (docs/decisions/docx-comments-and-footnotes.md) quotes the start of that text. */
  quotedNote: '“{{text}}”: {{note}}',
  /** The author of the Word comments that carry notes to the translator. */
  commentAuthor: 'Technical Secretariat',
  noSpeakers: 'No speakers are registered for this item.',
  /** The list of speakers when the speakers' times run past the item's slot (main/exports/docx/speakers-overrun.ts). */
  speakersOverrun: {
    /** The time cell of a speaker who ends after the item's slot. */
    time: '{{time}} (beyond the slot)',
    /** The line under the item's table: {{minutes}} formatted ("15 minutes"), {{end}} the slot's end time. */
    warning: 'The speakers run {{minutes}} past the end of the item’s slot ({{end}}).',
  },
  /** The short DOCX of what changed in the original since a version was sent (main/translation/changes-docx.ts). */
  changes: {
    title: 'Changes to {{symbol}} since it was sent to translation',
    titleNoSymbol: 'Changes to the document since it was sent to translation',
    sent: 'Sent on {{date}}.',
    sentTo: 'Sent on {{date}} to {{translator}}.',
    summary: '{{passages}} passage(s) changed; {{words}} word(s) to translate.',
    none: 'Nothing has changed since it was sent.',
    before: 'As sent',
    now: 'Now',
    /** A changed passage's heading: "Paragraph 3 (changed)". */
    heading: '{{where}} ({{change}})',
    paragraph: 'Paragraph {{number}}',
    footnote: 'Footnote {{number}}',
    titleField: 'Title block: {{field}}',
    fields: { documentKindLabel: 'document kind', title: 'title', subtitle: 'subtitle', authorship: 'authorship' },
    change: { changed: 'changed', added: 'added', removed: 'removed' },
  },
  /** The translator's file of a session's texts (main/translation/session-texts/texts-docx.ts); {{language}} is one of `languageNames`. */
  sessionTexts: {
    heading: 'Texts of the session for translation',
    instructions:
      'Translate each text in the right-hand column into {{language}}, in place. Leave the references in the left-hand column as they are.',
  },
  /** The record of the floor (main/exports/docx/floor-record.ts): who spoke, when and how long, and the totals. */
  floorRecord: {
    title: 'Record of the floor',
    item: 'Item {{number}}: {{title}}',
    number: 'No.',
    speaker: 'Speaker',
    for: 'For',
    kind: 'Kind',
    from: 'From',
    to: 'To',
    spoken: 'Spoken',
    noSpeeches: 'Nobody took the floor on this item.',
    itemTotals: 'Spoken time on this item',
    sessionTotals: 'Spoken time in the session',
    delegation: 'Delegation or organization',
    role: 'Role',
    speeches: 'Speeches',
    total: 'Total',
  },
  speakersTable: {
    number: 'No.',
    name: 'Name',
    delegation: 'Delegation or organization',
    role: 'Role',
    minutes: 'Time allotted',
    time: 'Time',
  },
  /**
   * The chair's script (main/exports/docx/chairs-script.ts): what the chair reads, made from the agenda, the
   * panel and the list of speakers. {{of}} is "of" + a state's name with its article ("of the United States",
   * "du Mexique", "do México"); {{toSpeaker}} "to" + a person with the honorific and article the language
   * needs ("to Ms. …", "a la Sra. …", "al Sr. …", "à Mme …", "à l'Ambassadrice …", "ao Sr. …", "à Embaixadora …").
   */
  chairsScript: {
    title: 'Chair’s script',
    delegation: 'the Delegation {{of}}',
    opening: 'Good morning. I call to order this meeting of the {{body}}, convened for the session “{{session}}”.',
    opening_masculine:
      'Good morning. I call to order this meeting of the {{body}}, convened for the session “{{session}}”.',
    welcome:
      'I welcome the delegations of the member states, the panelists, the observers and the representatives of the organizations present.',
    itemIntro: 'We now turn to item {{number}} of the order of business, “{{title}}”.',
    documents_one: 'For this item, delegations have before them document {{symbols}}.',
    documents_other: 'For this item, delegations have before them documents {{symbols}}.',
    adoption:
      'Delegations have before them the draft order of business, document {{symbol}}. If there are no objections, I will take it that the order of business is adopted as presented. It is so decided.',
    adoptionNoSymbol:
      'Delegations have before them the draft order of business. If there are no objections, I will take it that the order of business is adopted as presented. It is so decided.',
    questions: 'I invite the panelists to address the following guiding questions:',
    speaker: 'I now give the floor {{toSpeaker}}, {{organization}}.',
    speakerWithPosition: 'I now give the floor {{toSpeaker}}, {{position}}, {{organization}}.',
    speakerPosition: 'I now give the floor {{toSpeaker}}, {{position}}.',
    speakerOnly: 'I now give the floor {{toSpeaker}}.',
    giveDelegation: 'I now give the floor to the Delegation {{of}}.',
    giveOrganization: 'I now give the floor to the representative of the {{organization}}.',
    openFloor: 'I now open the floor to the delegations of the member states.',
    otherBusiness: 'Does any delegation wish to raise any other business?',
    closing:
      'There being no further business, I thank the panelists, the delegations and the Technical Secretariat, and declare this meeting closed.',
  },
  /** The compilation of good practices (main/exports/docx/good-practices.ts); {{body}} the body's name, {{date}} the long date. */
  goodPractices: {
    title: 'Compilation of good practices',
    intro:
      'Good practices shared by member states and mechanisms at the session of the {{body}} held on {{date}}, compiled by the Technical Secretariat so that they may be made available to the member states.',
    intro_masculine:
      'Good practices shared by member states and mechanisms at the session of the {{body}} held on {{date}}, compiled by the Technical Secretariat so that they may be made available to the member states.',
    question: 'Guiding question {{number}}: {{text}}',
    noQuestion: 'Other practices',
    floor: 'Shared on the floor on {{date}}.',
    writing: 'Sent in writing on {{date}}.',
    none: 'No good practices have been recorded for this session.',
  },
  /** The session report (main/exports/docx/session-report.ts), made from the floor's record and the Secretariat's summaries. */
  sessionReport: {
    title: 'Session report',
    body: 'Body',
    chair: 'Chair',
    noChair: 'Not recorded',
    present: 'Present',
    presentGroups: {
      member_state: 'Member states',
      mechanism: 'Regional mechanisms and processes',
      international_organization: 'International organizations',
      other: 'Other participants',
    },
    /** A label before a list or a text: "Member states:", French with its space before the colon. */
    label: '{{label}}:',
    nonePresent: 'The record names no participants.',
    proceedings: 'Proceedings',
    documents: 'Documents considered:',
    tookTheFloor: 'Took the floor, in order:',
    noSpeeches: 'Nobody took the floor on this item.',
    columns: { number: 'No.', speaker: 'Speaker', for: 'For', spoken: 'Spoken time' },
    practices: 'Good practices shared',
    practiceQuestion: '(guiding question {{number}})',
    noPractices: 'No good practices have been recorded.',
    practicesInFull: 'The practices are set out in full in the compilation of good practices.',
  },
  /** Which copy a file is, in its properties (subject): "Export…" makes the first, "Send to translation" the second. */
  copyKind: {
    distribution: 'Distribution copy',
    translator: 'Translator’s copy',
  },
};

export type DocumentMessages = typeof documentBoilerplate;
