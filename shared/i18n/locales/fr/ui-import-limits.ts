import type { ImportLimitsUiMessages } from '../en/ui-import-limits';

/** Pourquoi un fichier a été refusé pour une limite, français. */
export const importLimitsUi: ImportLimitsUiMessages = {
  paragraphs: 'Le document compte plus de {{limit}} paragraphes.',
  footnotes: 'Le document compte plus de {{limit}} notes de bas de page et notes de fin.',
  textChars: 'Un paragraphe ou une note de bas de page compte plus de {{limit}} caractères.',
  documentChars: 'Le document compte plus de {{limit}} caractères au total.',
  xmlDepth: 'La structure du fichier est imbriquée sur plus de {{limit}} niveaux.',
  jsonDepth: 'Les données du fichier sont imbriquées sur plus de {{limit}} niveaux.',
  xmlElements: 'Une partie du fichier compte plus de {{limit}} éléments.',
  partBytes: 'Une partie du fichier est trop volumineuse une fois décompressée.',
  unpackedBytes: 'Le fichier est trop volumineux une fois décompressé.',
  fileBytes: 'Le fichier est trop volumineux.',
  entries: 'Le fichier contient trop de parties.',
  time: 'La lecture du fichier a pris trop de temps.',
  memory: 'La lecture du fichier a demandé trop de mémoire.',
};
