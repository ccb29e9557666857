import type { AgendaBuilderUiMessages } from '../en/ui-agenda';

export const agendaBuilderUi: AgendaBuilderUiMessages = {
  title: 'Ordre du jour',
  intro:
    'Établissez l’ordre du jour : chaque point commence à la fin du précédent. Faites glisser un point par sa poignée, ou utilisez les boutons ou Alt+↑ et Alt+↓ pour le déplacer.',
  keyboardHint: 'Astuce : dans un point, Alt+↑ et Alt+↓ le font monter et descendre.',
  moved: 'Point déplacé de la position {{from}} à la position {{to}}.',
  added: 'Point {{number}} ajouté.',
  deleted: 'Le point {{number}} a été supprimé, avec sa liste des orateurs.',
  empty: {
    title: 'L’ordre du jour ne compte encore aucun point',
    body: 'Ajoutez le premier point avec le formulaire ci-dessous : un ordre du jour commence en général par l’ouverture et l’adoption de l’ordre du jour, et se termine par les questions diverses et la clôture.',
  },
  newKind: 'Type du nouveau point',
  add: 'Ajouter un point',
  itemLabel: 'Point {{number}} : {{title}}',
  dragHint: 'Faites glisser pour déplacer ce point',
  fields: {
    title: 'Titre',
    kind: 'Type',
    duration: 'Minutes',
    documents: 'Documents examinés',
    otherSymbols: 'Autres cotes',
    annotation: 'Annotation',
  },
  noIssuedSymbols:
    'Aucun document de cette session n’a encore de cote ; attribuez-en une sous Informations et documents.',
  otherSymbolsHint: 'Cotes de documents d’autres provenances, séparées par des points-virgules.',
  annotation: {
    edit: 'Modifier l’annotation',
    editLabel: 'Modifier l’annotation du point {{number}} ({{language}})',
    done: 'Terminé',
    doneLabel: 'Fermer l’éditeur de l’annotation du point {{number}} ({{language}})',
    none: 'Aucune annotation.',
    invalid: 'Cette annotation ne peut pas être enregistrée telle quelle : {{reason}}',
  },
  allLanguages: 'Titre et annotation dans toutes les langues',
  moderators: 'Modération',
  panelists: 'Intervenants',
  speakersLink: 'Liste des orateurs ({{n}})',
  andMore: '{{names}} et {{n}} autres',
  speakersOver: 'Les orateurs ont besoin de {{allotted}} ; le point dispose de {{duration}}',
  moveUpItem: 'Monter le point {{number}}',
  moveDownItem: 'Descendre le point {{number}}',
  deleteItem: 'Supprimer le point {{number}}',
};
