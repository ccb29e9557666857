/** Printing from the app (issue 13, part 7), English: the reference the other languages match. */
export const printUi = {
  print: 'Print',
};

export type PrintUiMessages = typeof printUi;
