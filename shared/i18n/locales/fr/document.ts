import type { DocumentMessages } from '../en/document';

/** Boilerplate of exported documents, French. OAS style: no space before the colon of "Original:". */
export const documentBoilerplate: DocumentMessages = {
  original: 'Original: {{language}}',
  languageNames: { en: 'anglais', es: 'espagnol', fr: 'français', pt: 'portugais' },
  convening: 'Réunion de la {{body}}, {{date}}, {{time}}, {{place}}',
  convening_masculine: 'Réunion du {{body}}, {{date}}, {{time}}, {{place}}',
  date: 'Date',
  time: 'Heure',
  place: 'Lieu',
  orderOfBusiness: 'Ordre du jour',
  annotatedOrderOfBusiness: 'Ordre du jour annoté',
  adoptionOfTheOrderOfBusiness: 'Adoption de l’ordre du jour',
  otherBusiness: 'Questions diverses',
  conceptPaper: 'Note conceptuelle',
  listOfSpeakers: 'Liste des orateurs',
  guidingQuestions: 'Questions d’orientation',
  preparedBy: 'Préparé par la présidence de la {{body}} avec l’appui du Secrétariat technique',
  preparedBy_masculine: 'Préparé par la présidence du {{body}} avec l’appui du Secrétariat technique',
  footnoteNote: 'Note {{number}}: {{note}}',
  quotedNote: '« {{text}} »: {{note}}',
  commentAuthor: 'Secrétariat technique',
  noSpeakers: 'Aucun orateur n’est inscrit pour ce point.',
  speakersTable: {
    number: 'No',
    name: 'Nom',
    delegation: 'Délégation ou organisation',
    role: 'Rôle',
    minutes: 'Temps de parole',
    time: 'Heure',
  },
};
