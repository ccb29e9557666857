import type { MissingTextsUiMessages } from '../en/ui-missing-texts';

export const missingTextsUi: MissingTextsUiMessages = {
  title: 'Textes manquants par langue',
  intro:
    'Tant qu’un texte n’est pas rédigé dans une langue, une exportation dans cette langue l’imprime dans une autre (marqué dans le fichier comme étant de cette langue). Chaque texte manquant mène à l’endroit où il se rédige.',
  checkAgain: 'Vérifier à nouveau',
  checking: 'Vérification…',
  language: 'En {{language}} : {{count}} manquant(s)',
  languageComplete: 'En {{language}} : rien ne manque',
  usedIn: 'Imprimé dans : {{exports}}',
  places: {
    body_name: 'Nom de la commission',
    body_parentName: 'Nom de l’organe de tutelle',
    session_title: 'Titre de la session',
    item_title: 'Point {{item}} de l’ordre du jour : titre',
    item_annotation: 'Point {{item}} de l’ordre du jour : annotation',
    organization_name: 'Nom de l’organisation : {{name}}',
    guiding_question: 'Question d’orientation {{question}}',
    document_text: '{{document}} : texte',
  },
  notice: {
    title: 'Textes manquants en {{language}}',
    body: 'Cette exportation imprimerait ces textes dans une autre langue :',
    exportAnyway: 'Exporter quand même',
    cancel: 'Annuler',
  },
};
