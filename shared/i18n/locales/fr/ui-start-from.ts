import type { StartFromUiMessages } from '../en/ui-start-from';

export const startFromUi: StartFromUiMessages = {
  open: 'Partir de cette session…',
  title: 'Préparer la session de l’année prochaine à partir de celle-ci',
  intro:
    'La nouvelle session reprend l’organe, l’horaire et la salle de cette session, son ordre du jour avec les annotations comme projets, les questions d’orientation, les rôles et les mécanismes du panel, et la note conceptuelle comme nouveau projet sans cote. Les personnes, les demandes de parole et le relevé ne sont pas copiés. Cette session ne change pas.',
  date: 'Date de la nouvelle session',
  start: 'Créer la nouvelle session',
  starting: 'Création…',
};
