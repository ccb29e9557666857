import type { MissingTextsUiMessages } from '../en/ui-missing-texts';

export const missingTextsUi: MissingTextsUiMessages = {
  title: 'Textos que faltan por idioma',
  intro:
    'Mientras un texto no esté escrito en un idioma, una exportación en ese idioma lo imprime en otro (marcado en el archivo como de ese idioma). Cada texto que falta lleva al lugar donde se escribe.',
  checkAgain: 'Volver a comprobar',
  checking: 'Comprobando…',
  language: 'En {{language}}: faltan {{count}}',
  languageComplete: 'En {{language}}: no falta nada',
  usedIn: 'Se imprime en: {{exports}}',
  places: {
    body_name: 'Nombre de la comisión',
    body_parentName: 'Nombre del órgano superior',
    session_title: 'Título de la sesión',
    item_title: 'Punto {{item}} del orden del día: título',
    item_annotation: 'Punto {{item}} del orden del día: anotación',
    organization_name: 'Nombre de la organización: {{name}}',
    guiding_question: 'Pregunta orientadora {{question}}',
    document_text: '{{document}}: texto',
  },
  notice: {
    title: 'Textos que faltan en {{language}}',
    body: 'Esta exportación imprimiría estos textos en otro idioma:',
    exportAnyway: 'Exportar de todos modos',
    cancel: 'Cancelar',
  },
};
