import type { UiMessages } from '../en/ui';

/** Screen strings, French. */
export const ui: UiMessages = {
  app: {
    name: 'Session Desk',
    subtitle: 'Sessions, ordres du jour et documents',
    documentTitle: '{{page}} – Session Desk',
    skipToContent: 'Aller au contenu principal',
  },
  nav: {
    label: 'Navigation principale',
    sessions: 'Sessions',
    breadcrumb: 'Fil d’Ariane',
  },
  language: {
    label: 'Langue',
    endonyms: { en: 'English', es: 'Español', fr: 'Français', pt: 'Português' },
  },
  common: {
    loading: 'Chargement…',
    retry: 'Réessayer',
    notSet: 'Non défini',
  },
  errors: {
    title: 'Une erreur s’est produite',
    validation: 'Certaines données ne sont pas valides. Vérifiez votre saisie et réessayez.',
    not_found: 'Cet enregistrement n’existe pas. Il a peut-être été supprimé.',
    in_use: 'Cet enregistrement est encore utilisé ailleurs : il ne peut pas être supprimé.',
    duplicate: 'Un enregistrement avec la même valeur existe déjà.',
    reference_fixed:
      'Ce sont des données de référence fournies avec Session Desk : leurs noms ne peuvent pas être modifiés.',
    unknown_procedure: 'Session Desk a reçu une demande qu’il ne connaît pas. Redémarrez Session Desk et réessayez.',
    unauthorized:
      'Cette page n’est pas autorisée à accéder à vos données. Rouvrez Session Desk avec l’adresse qu’il a affichée au démarrage.',
    internal: 'Une erreur s’est produite dans Session Desk. Réessayez ; si elle se reproduit, redémarrez Session Desk.',
  },
  notFound: {
    title: 'Page introuvable',
    body: 'Cette adresse ne mène à aucun écran de Session Desk.',
    back: 'Aller à la liste des sessions',
  },
  sessionList: {
    title: 'Sessions',
    intro:
      'Les sessions en préparation et celles déjà tenues, de la plus récente à la plus ancienne. Ouvrez-en une pour voir son ordre du jour, ses orateurs et ses documents.',
    caption: 'Toutes les sessions, de la plus récente à la plus ancienne',
    untitled: 'Session sans titre',
    columns: {
      date: 'Date',
      title: 'Titre',
      body: 'Organe',
      status: 'État',
      modality: 'Modalité',
    },
    empty: {
      title: 'Aucune session pour l’instant',
      body: 'Pour découvrir Session Desk, commencez par la session de démonstration : la session annuelle de la Commission des questions migratoires avec les mécanismes et processus régionaux sur la migration, avec son ordre du jour, sa table ronde, sa liste des orateurs, ses questions d’orientation et sa note conceptuelle.',
      createDemo: 'Créer la session de démonstration',
      creating: 'Création de la session de démonstration…',
    },
  },
  overview: {
    unavailable: 'Impossible d’afficher cette session',
    details: 'Détails de la session',
    timeSpan: '{{start}} – {{end}}',
    noRoom: 'Salle non encore fixée',
    fields: {
      body: 'Organe',
      date: 'Date',
      time: 'Heure',
      room: 'Salle',
      modality: 'Modalité',
      status: 'État',
      originalLanguage: 'Langue originale',
    },
  },
  agenda: {
    title: 'Ordre du jour',
    empty: 'Cette session n’a encore aucun point à l’ordre du jour.',
    itemTime: 'De {{start}} à {{end}}',
    duration: 'Durée',
    pastEnd: 'Dépasse la fin de la session',
    summary: {
      heading: 'Contrôle du temps',
      total: 'Durée totale de l’ordre du jour',
      agendaEnds: 'L’ordre du jour se termine à',
      sessionEnds: 'La session doit se terminer à',
      exact: 'L’ordre du jour occupe exactement la durée de la session.',
      spare: 'Il reste {{minutes}} avant la fin de la session.',
      overrun:
        'L’ordre du jour dépasse de {{minutes}} la fin de la session. Raccourcissez certains points ou repoussez la fin de la session.',
    },
  },
  speakers: {
    caption: 'Liste des orateurs du point {{number}}',
    none: 'Aucun orateur inscrit à ce point pour l’instant.',
    fits: 'Temps de parole : {{allotted}} sur {{duration}}.',
    overflow:
      'Les orateurs ont besoin de {{allotted}}, mais le point dispose de {{duration}}. Une limite de {{limit}} par orateur permettrait de tenir le temps.',
    columns: {
      order: 'N°',
      speaker: 'Orateur',
      role: 'Rôle',
      status: 'État',
      time: 'Temps',
    },
  },
  questions: {
    title: 'Questions d’orientation',
    empty: 'Aucune question d’orientation pour l’instant.',
  },
  documents: {
    title: 'Documents',
    empty: 'Aucun document pour l’instant.',
    noSymbol: 'Pas encore de cote',
    columns: {
      kind: 'Document',
      symbol: 'Cote',
      originalLanguage: 'Langue originale',
    },
  },
  languages: { en: 'anglais', es: 'espagnol', fr: 'français', pt: 'portugais' },
  enums: {
    sessionStatus: { draft: 'Projet', convened: 'Convoquée', held: 'Tenue' },
    modality: { in_person: 'En présentiel', virtual: 'Virtuelle', hybrid: 'Hybride' },
    agendaItemKind: {
      opening: 'Ouverture',
      adoption_of_agenda: 'Adoption de l’ordre du jour',
      presentation: 'Présentation',
      panel: 'Table ronde',
      dialogue: 'Dialogue',
      other_business: 'Questions diverses',
      closing: 'Clôture',
    },
    speakerOrder: {
      by_rule: 'Selon la règle : d’abord les panélistes, puis les demandes dans leur ordre d’arrivée',
      manual: 'Fixé par la présidence',
    },
    speakerRole: {
      moderator: 'Modérateur',
      keynote: 'Orateur principal',
      panelist: 'Panéliste',
      delegation: 'Délégation',
      observer: 'Observateur',
      organization: 'Organisation',
    },
    speakerStatus: { requested: 'Demandé', confirmed: 'Confirmé', spoke: 'A pris la parole', withdrawn: 'Retiré' },
    documentKind: {
      concept_paper: 'Note conceptuelle',
      order_of_business: 'Ordre du jour',
      annotated_agenda: 'Ordre du jour annoté',
      list_of_speakers: 'Liste des orateurs',
      report: 'Rapport',
      note: 'Note',
    },
    revisionKind: { rev: 'Révision', corr: 'Rectificatif', add: 'Additif' },
    versionStatus: {
      original: 'Original',
      not_started: 'Pas commencée',
      sent: 'Envoyée en traduction',
      received: 'Traduction reçue',
      revised: 'Révisée',
      final: 'Définitive',
    },
    organizationKind: {
      member_state: 'État membre',
      observer: 'Observateur permanent',
      mechanism: 'Mécanisme ou processus sur la migration',
      international_organization: 'Organisation internationale',
      civil_society: 'Organisation de la société civile',
      secretariat: 'Secrétariat général',
    },
  },
};
