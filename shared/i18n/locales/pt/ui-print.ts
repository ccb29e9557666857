import type { PrintUiMessages } from '../en/ui-print';

export const printUi: PrintUiMessages = {
  print: 'Imprimir',
};
