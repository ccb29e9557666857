import type { DocumentMessages } from '../en/document';

/** Boilerplate of exported documents, Portuguese. */
export const documentBoilerplate: DocumentMessages = {
  original: 'Original: {{language}}',
  languageNames: { en: 'inglês', es: 'espanhol', fr: 'francês', pt: 'português' },
  convening: 'Reunião da {{body}}, {{date}}, {{time}}, {{place}}',
  convening_masculine: 'Reunião do {{body}}, {{date}}, {{time}}, {{place}}',
  date: 'Data',
  time: 'Hora',
  place: 'Local',
  orderOfBusiness: 'Ordem do dia',
  annotatedOrderOfBusiness: 'Ordem do dia anotada',
  adoptionOfTheOrderOfBusiness: 'Aprovação da ordem do dia',
  otherBusiness: 'Outros assuntos',
  conceptPaper: 'Nota conceitual',
  listOfSpeakers: 'Lista de oradores',
  guidingQuestions: 'Perguntas orientadoras',
  preparedBy: 'Preparado pela Presidência da {{body}} com o apoio da Secretaria Técnica',
  preparedBy_masculine: 'Preparado pela Presidência do {{body}} com o apoio da Secretaria Técnica',
  footnoteNote: 'Nota {{number}}: {{note}}',
  quotedNote: '“{{text}}”: {{note}}',
  commentAuthor: 'Secretaria Técnica',
  noSpeakers: 'Não há oradores inscritos neste item.',
  speakersTable: {
    number: 'N.º',
    name: 'Nome',
    delegation: 'Delegação ou organização',
    role: 'Função',
    minutes: 'Tempo atribuído',
    time: 'Horário',
  },
};
