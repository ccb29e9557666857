import type { MissingTextsUiMessages } from '../en/ui-missing-texts';

export const missingTextsUi: MissingTextsUiMessages = {
  title: 'Textos em falta por idioma',
  intro:
    'Enquanto um texto não estiver escrito em um idioma, uma exportação nesse idioma o imprime em outro (marcado no arquivo como desse idioma). Cada texto em falta leva ao lugar onde ele é escrito.',
  checkAgain: 'Verificar novamente',
  checking: 'Verificando…',
  language: 'Em {{language}}: {{count}} em falta',
  languageComplete: 'Em {{language}}: nada em falta',
  usedIn: 'Impresso em: {{exports}}',
  places: {
    body_name: 'Nome da comissão',
    body_parentName: 'Nome do órgão superior',
    session_title: 'Título da sessão',
    item_title: 'Item {{item}} da ordem do dia: título',
    item_annotation: 'Item {{item}} da ordem do dia: anotação',
    organization_name: 'Nome da organização: {{name}}',
    guiding_question: 'Pergunta orientadora {{question}}',
    document_text: '{{document}}: texto',
  },
  notice: {
    title: 'Textos em falta em {{language}}',
    body: 'Esta exportação imprimiria estes textos em outro idioma:',
    exportAnyway: 'Exportar mesmo assim',
    cancel: 'Cancelar',
  },
};
