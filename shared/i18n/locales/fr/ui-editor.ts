import type { EditorUiMessages } from '../en/ui-editor';

export const editorUi: EditorUiMessages = {
  heading: '{{document}}, version en {{language}}',
  back: 'Retour à Informations et documents',
  versions: 'Versions linguistiques',
  openVersion: 'Ouvrir la version en {{language}} de : {{document}}',
  writeOriginal: 'Rédiger l’original',
  writeOriginalFor: 'Rédiger l’original de : {{document}}, en {{language}}',
  notFound: 'Ce document n’a pas de version dans cette langue.',
  titleBlock: 'Bloc de titre',
  fields: {
    kindLabel: 'Type de document (intitulé)',
    kindLabelHint:
      'Laisser vide pour imprimer l’intitulé habituel de ce type de document dans la langue de la version.',
    title: 'Titre',
    subtitle: 'Sous-titre',
    date: 'Date',
    authorship: 'Ligne d’auteur',
    authorshipHint: 'Imprimée entre parenthèses sous le titre.',
    controlNumber: 'Numéro de contrôle de traduction',
  },
  body: 'Texte du document',
  toolbar: {
    label: 'Mise en forme',
    paragraph: 'Paragraphe',
    heading: 'Titre {{level}}',
    bold: 'Gras',
    italic: 'Italique',
    link: 'Lien',
    bulletList: 'Liste à puces',
    orderedList: 'Liste numérotée',
    blockquote: 'Citation',
    footnote: 'Insérer une note de bas de page',
    translatorNote: 'Ajouter une note au traducteur',
    guidingQuestions: 'Insérer les questions directrices',
  },
  shortcuts:
    'Raccourcis : Ctrl+B gras, Ctrl+I italique, Ctrl+Alt+F note de bas de page. Entrée commence un nouveau paragraphe.',
  link: {
    address: 'Adresse du lien',
    apply: 'Appliquer le lien',
    remove: 'Retirer le lien',
    cancel: 'Annuler',
    invalid: 'Un lien doit commencer par http://, https:// ou mailto:.',
  },
  footnotes: {
    title: 'Notes de bas de page',
    empty:
      'Pas encore de note de bas de page. Placez le curseur dans le texte et appuyez sur Ctrl+Alt+F ou « Insérer une note de bas de page ».',
    text: 'Texte de la note {{n}}',
    open: 'Note {{n}} : {{text}} (Entrée pour la modifier)',
    emptyText: 'Vide : cliquez pour écrire cette note.',
    toolbar: 'Mise en forme de la note {{n}}',
    hint: 'Cliquez sur une note de bas de page ou appuyez sur Entrée pour la modifier ; Échap revient au texte. Ctrl+Z dans une note annule dans tout le document.',
    delete: 'Supprimer la note {{n}}',
  },
  notes: {
    title: 'Notes au traducteur',
    empty: 'Pas encore de note. Sélectionnez un texte, puis « Ajouter une note au traducteur ».',
    selectFirst: 'Sélectionnez d’abord le texte que vise la note.',
    newNote: 'Note sur « {{text}} »',
    add: 'Ajouter la note',
    cancel: 'Annuler',
    note: 'Note sur « {{text}} »',
    inFootnote: 'Dans la note {{n}}',
    remove: 'Retirer la note sur « {{text}} »',
    emptyNote:
      'Une note ne peut pas être vide : rédigez-la ou retirez-la. Elle n’est pas enregistrée tant qu’elle n’a pas de texte.',
  },
  view: {
    questions: '[Ici figurent les questions directrices de la session.]',
  },
  questions: {
    heading: 'Questions directrices',
    none: 'Cette session n’a pas encore de questions directrices : ajoutez-les sous Questions directrices.',
  },
  invalid: 'Ce document ne peut pas être enregistré tel quel : {{reason}}',
};
