/** Names for screen readers (issue 13, part 8), English: the reference the other languages match. */
export const a11yUi = {
  /** A field of an agenda row, named with the item's number: "Item 3: Title (English)". */
  fieldOfItem: 'Item {{number}}: {{field}}',
};

export type A11yUiMessages = typeof a11yUi;
