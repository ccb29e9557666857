/** Strings of the agenda builder, English. */
export const agendaBuilderUi = {
  title: 'Agenda',
  intro:
    'Build the order of business: each item starts when the one before it ends. Drag an item by its handle, or use the buttons or Alt+↑ and Alt+↓ to move it.',
  keyboardHint: 'Tip: inside an item, Alt+↑ and Alt+↓ move it up and down.',
  moved: 'Item moved from position {{from}} to position {{to}}.',
  added: 'Item {{number}} added.',
  deleted: 'Item {{number}} was deleted, with its list of speakers.',
  empty: {
    title: 'No agenda items yet',
    body: 'Add the first item with the form below: an order of business usually starts with the opening and the adoption of the order of business, and ends with other business and the closing.',
  },
  newKind: 'Kind of the new item',
  add: 'Add item',
  itemLabel: 'Item {{number}}: {{title}}',
  dragHint: 'Drag to move this item',
  fields: {
    title: 'Title',
    kind: 'Kind',
    duration: 'Minutes',
    documents: 'Documents considered',
    otherSymbols: 'Other symbols',
    annotation: 'Annotation',
  },
  noIssuedSymbols: 'No document of this session has a symbol yet; issue one under Details and documents.',
  otherSymbolsHint: 'Symbols of documents from elsewhere, separated by semicolons.',
  annotation: {
    edit: 'Edit annotation',
    editLabel: 'Edit the annotation of item {{number}} ({{language}})',
    done: 'Done',
    doneLabel: 'Close the annotation editor of item {{number}} ({{language}})',
    none: 'No annotation.',
    invalid: 'This annotation cannot be saved as it is: {{reason}}',
  },
  allLanguages: 'Title and annotation in every language',
  moderators: 'Moderator',
  panelists: 'Panelists',
  speakersLink: 'List of speakers ({{n}})',
  andMore: '{{names}} and {{n}} more',
  speakersOver: 'The speakers need {{allotted}}; the item has {{duration}}',
  moveUpItem: 'Move item {{number}} up',
  moveDownItem: 'Move item {{number}} down',
  deleteItem: 'Delete item {{number}}',
};

export type AgendaBuilderUiMessages = typeof agendaBuilderUi;
