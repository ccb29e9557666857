import type { SafetyErrorMessages, SafetyUiMessages } from '../en/ui-safety';

export const safetyErrors: SafetyErrorMessages = {
  disk_full: 'Le disque est plein : rien n’a été enregistré ; libérez de l’espace et réessayez.',
  read_only:
    'Cette base de données est en lecture seule : rien n’a été enregistré. Ouvrez une copie modifiable, ou rendez le fichier modifiable et redémarrez Session Desk.',
  cannot_open:
    'Session Desk ne peut pas ouvrir son fichier de base de données : le dossier est peut-être absent, en lecture seule ou sur un lecteur non connecté. Rien n’a été enregistré.',
};

export const safetyUi: SafetyUiMessages = {
  externalLink: {
    web: 'Session Desk va ouvrir cette adresse dans votre navigateur. Ne l’ouvrez que si vous attendiez ce site.',
    mail: 'Session Desk va ouvrir votre messagerie avec cette adresse.',
    open: 'Ouvrir',
    cancel: 'Annuler',
  },
  readOnly: {
    title: 'Cette base de données est en lecture seule',
    body: 'Vous pouvez tout lire, mais aucune modification ne peut être enregistrée. Ouvrez une copie modifiable pour continuer à travailler.',
    openCopy: 'Ouvrir une copie modifiable',
    opening: 'Copie en cours…',
    copied:
      'Une copie modifiable a été faite. Session Desk travaille maintenant sur {{file}} ; le fichier en lecture seule reste tel quel.',
  },
  backupFailed: {
    title: 'La sauvegarde automatique a échoué',
    body: 'La dernière sauvegarde automatique ({{date}}) n’a pas pu être faite : {{reason}}. Vos données restent enregistrées dans la base de données, mais il n’en existe pas de sauvegarde récente.',
    none: 'Aucune sauvegarde n’a pu être faite depuis le démarrage de Session Desk : {{reason}}. Vos données restent enregistrées dans la base de données, mais il n’en existe aucune sauvegarde.',
    reasons: {
      disk_full: 'le disque est plein ; libérez de l’espace',
      read_only: 'le dossier des sauvegardes n’est pas modifiable',
      cannot_open: 'le dossier des sauvegardes ne peut pas être ouvert',
      internal: 'une erreur inattendue (voir le journal)',
    },
  },
};
