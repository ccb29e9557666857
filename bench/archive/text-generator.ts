import type { Language } from '../../shared/domain/languages';
import { VOCABULARY } from './vocabulary';

/** A small seeded generator (mulberry32), so every run builds the same archive. */
export { seededRandom as seeded } from '../../test/support/seeded-random';

const SYLLABLES: Readonly<Record<Language, readonly string[]>> = {
  en: ['ma', 'ter', 'con', 'ri', 'vel', 'sto', 'pa', 'lin', 'dor', 'ex', 'ca', 'tion'],
  es: ['ma', 'ción', 'ri', 'llo', 'ñe', 'ta', 'gua', 'pé', 'do', 'bra', 'lí', 'zo'],
  fr: ['ma', 'ève', 'ri', 'té', 'çon', 'lu', 'geo', 'pré', 'dou', 'bra', 'lî', 'ment'],
  pt: ['ma', 'ção', 'ri', 'lho', 'nhe', 'tã', 'gua', 'pê', 'do', 'bra', 'lí', 'ões'],
};

/** The long tail of a language's words: made-up words, each rarer than the one before. */
const TAIL_WORDS = 6000;

function tailOf(lang: Language, random: () => number): string[] {
  const syllables = SYLLABLES[lang];
  const words = new Set<string>();
  while (words.size < TAIL_WORDS) {
    const n = 2 + Math.floor(random() * 3);
    let word = '';
    for (let i = 0; i < n; i++) word += syllables[Math.floor(random() * syllables.length)];
    words.add(word);
  }
  return [...words];
}

/** Writes texts in the four languages: common words often, the vocabulary's last and the tail's rarely. */
export class TextGenerator {
  readonly tails: Readonly<Record<Language, readonly string[]>>;

  constructor(private readonly random: () => number) {
    this.tails = {
      en: tailOf('en', random),
      es: tailOf('es', random),
      fr: tailOf('fr', random),
      pt: tailOf('pt', random),
    };
  }

  word(lang: Language): string {
    const r = this.random();
    if (r < 0.8) {
      const words = VOCABULARY[lang];
      return words[Math.floor(words.length * this.random() ** 2)]!;
    }
    const tail = this.tails[lang];
    return tail[Math.floor(tail.length * this.random() ** 3)]!;
  }

  sentence(lang: Language, words = 8 + Math.floor(this.random() * 18)): string {
    const out: string[] = [];
    for (let i = 0; i < words; i++) out.push(this.word(lang));
    const text = out.join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  }

  paragraph(lang: Language, sentences = 3 + Math.floor(this.random() * 5)): string {
    const out: string[] = [];
    for (let i = 0; i < sentences; i++) out.push(this.sentence(lang));
    return out.join(' ');
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }

  chance(p: number): boolean {
    return this.random() < p;
  }
}
