import type { SideBySideUiMessages } from '../en/ui-side-by-side';

/** Chaînes de la vue en parallèle de l’original et d’une traduction, français. */
export const sideBySideUi: SideBySideUiMessages = {
  heading: '{{document}} : {{original}} et {{translation}} en parallèle',
  intro:
    'Chaque ligne présente un passage de l’original à côté du même passage de la traduction, puis les notes de bas de page dans l’ordre. Cliquez sur une cellule, ou appuyez sur Entrée, pour en modifier les mots, le gras, l’italique et les liens ; Échap la ferme. Les paragraphes et les notes de bas de page s’ajoutent ou se suppriment dans l’éditeur de chaque version.',
  openInEditor: 'Ouvrir la version {{language}} dans l’éditeur',
  noText: 'Cette version n’a pas encore de texte : recevez d’abord la traduction ou rédigez-la dans l’éditeur.',
  notFound: 'Ce document n’a pas cette traduction.',
  where: 'Passage',
  originalColumn: '{{language}} (original)',
  paragraph: 'Paragraphe {{number}}',
  footnote: 'Note de bas de page {{number}}',
  none: 'Absent de cette version.',
  edit: 'Modifier : {{what}}',
  tools: 'Mise en forme de la cellule',
  done: 'Terminé',
  emptyRefused:
    'Un passage ou une note de bas de page ne peut pas rester vide ici : supprimez-le dans l’éditeur de sa version. La dernière modification n’a pas été enregistrée.',
  invalid: 'Cette modification ne peut pas être enregistrée : {{reason}}',
};
