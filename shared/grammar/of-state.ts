import type { Language } from '../domain/languages';
import { STATE_NAME_GRAMMAR } from '../registry/state-name-grammar';
import { withPreposition } from './contractions';

const OF: Record<Language, string> = { en: 'of', es: 'de', fr: 'de', pt: 'de' };

/**
 * "of" + a member state's name as a sentence needs it: "of the United States", "de El Salvador",
 * "du Mexique", "de l'Équateur", "d'Haïti", "dos Estados Unidos", "de Cuba". `code` is the state's ISO
 * code; a state the grammar table does not know (a user's own row) gets the bare preposition.
 */
export function ofState(code: string | null, name: string, lang: Language): string {
  const grammar = code ? STATE_NAME_GRAMMAR[code]?.[lang] : undefined;
  if (!grammar) return `${OF[lang]} ${name}`;
  return withPreposition(lang, OF[lang], grammar.article, name, grammar.elides ?? false);
}
