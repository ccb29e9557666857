import type { SessionTextsUiMessages } from '../en/ui-session-texts';

export const sessionTextsUi: SessionTextsUiMessages = {
  detailsTitle: 'Textes de la session',
  detailsHint:
    'Le titre de la session, les titres et annotations des points et les questions d’orientation : l’ordre du jour, l’ordre du jour annoté et la liste des orateurs en sont faits. Ils partent chez les traducteurs en un fichier Word par langue.',
  link: 'Langues et traduction',
  heading: 'Textes de la session : langues et traduction',
  back: 'Retour aux détails',
  intro:
    'Chaque langue cochée reçoit un fichier Word avec tous les textes en {{language}}, à côté d’une référence à laisser telle quelle. Le traducteur écrit la traduction à la place de chaque texte et renvoie le fichier.',
  summary: '{{texts}} texte(s), {{words}} mot(s) en {{language}}.',
  noTexts:
    'La session n’a pas encore de textes en {{language}} : donnez-lui un titre, titrez les points de l’ordre du jour ou écrivez d’abord les questions d’orientation.',
  tableCaption: 'Les textes de la session dans chaque langue',
  rowLabel: 'Textes de la session',
  written: '{{written}} texte(s) écrit(s) sur {{texts}}',
  sentTexts: '{{texts}} texte(s) envoyé(s)',
  changedSince: 'Modifiés depuis l’envoi',
  receiveFor: 'Recevoir les textes de la session en {{language}}',
  receive: {
    rows: { texts: 'Textes' },
    matches: 'Le fichier contient tous les textes envoyés, chacun avec ses notes de bas de page.',
    received: 'Les textes de la session en {{language}} ont été reçus : {{words}} mots.',
  },
  issues: {
    text_missing: '{{place}} : absent du fichier.',
    text_extra: '{{place}} : dans le fichier, mais pas envoyé.',
    text_twice: '{{place}} : deux fois dans le fichier.',
    text_empty: '{{place}} : vide dans le fichier.',
    text_footnotes: '{{place}} : {{expected}} note(s) de bas de page dans l’original et {{found}} dans le fichier.',
  },
  places: {
    session: 'Le titre de la session',
    itemTitle: 'Le titre du point {{number}}',
    itemAnnotation: 'L’annotation du point {{number}}',
    question: 'La question d’orientation {{number}}',
    other: 'La ligne « {{key}} »',
  },
};
