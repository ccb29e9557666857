import type { ImportLimitsUiMessages } from '../en/ui-import-limits';

/** Por qué se rechazó un archivo por un límite, español. */
export const importLimitsUi: ImportLimitsUiMessages = {
  paragraphs: 'El documento tiene más de {{limit}} párrafos.',
  footnotes: 'El documento tiene más de {{limit}} notas al pie y notas finales.',
  textChars: 'Un párrafo o una nota al pie tiene más de {{limit}} caracteres.',
  documentChars: 'El documento tiene más de {{limit}} caracteres en total.',
  xmlDepth: 'La estructura del archivo está anidada en más de {{limit}} niveles.',
  jsonDepth: 'Los datos del archivo están anidados en más de {{limit}} niveles.',
  xmlElements: 'Una parte del archivo tiene más de {{limit}} elementos.',
  partBytes: 'Una parte del archivo es demasiado grande una vez descomprimida.',
  unpackedBytes: 'El archivo es demasiado grande una vez descomprimido.',
  fileBytes: 'El archivo es demasiado grande.',
  entries: 'El archivo contiene demasiadas partes.',
  time: 'La lectura del archivo tardó demasiado.',
  memory: 'La lectura del archivo necesitó demasiada memoria.',
};
