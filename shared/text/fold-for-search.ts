/** Lower case without accents, so "Mexico" finds "México" and "peru" finds "Perú". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}
