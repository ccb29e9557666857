import type { DocumentMessages } from '../en/document';

/** Boilerplate of exported documents, Spanish. */
export const documentBoilerplate: DocumentMessages = {
  original: 'Original: {{language}}',
  languageNames: { en: 'inglés', es: 'español', fr: 'francés', pt: 'portugués' },
  convening: 'Reunión de la {{body}}, {{date}}, {{time}}, {{place}}',
  convening_masculine: 'Reunión del {{body}}, {{date}}, {{time}}, {{place}}',
  date: 'Fecha',
  time: 'Hora',
  place: 'Lugar',
  orderOfBusiness: 'Orden del día',
  annotatedOrderOfBusiness: 'Orden del día anotado',
  adoptionOfTheOrderOfBusiness: 'Aprobación del orden del día',
  otherBusiness: 'Otros asuntos',
  conceptPaper: 'Nota conceptual',
  listOfSpeakers: 'Lista de oradores',
  guidingQuestions: 'Preguntas orientadoras',
  preparedBy: 'Preparado por la Presidencia de la {{body}} con el apoyo de la Secretaría Técnica',
  preparedBy_masculine: 'Preparado por la Presidencia del {{body}} con el apoyo de la Secretaría Técnica',
  footnoteNote: 'Nota {{number}}: {{note}}',
  quotedNote: '«{{text}}»: {{note}}',
  commentAuthor: 'Secretaría Técnica',
  noSpeakers: 'No hay oradores inscritos en este punto.',
  speakersTable: {
    number: 'N.º',
    name: 'Nombre',
    delegation: 'Delegación u organización',
    role: 'Función',
    minutes: 'Tiempo asignado',
    time: 'Hora',
  },
};
