import { describe, expect, it } from 'vitest';
import { asLanguage, initialLanguage, LANGUAGE_STORAGE_KEY } from './language-preference';

const storage = (value: string | null) => ({ getItem: (k: string) => (k === LANGUAGE_STORAGE_KEY ? value : null) });

describe('initialLanguage', () => {
  it('prefers the saved choice', () => {
    expect(initialLanguage(storage('fr'), ['es-MX'])).toBe('fr');
  });
  it('else takes the first official language the system prefers', () => {
    expect(initialLanguage(storage(null), ['de-DE', 'pt-BR', 'es'])).toBe('pt');
    expect(initialLanguage(storage('xx'), ['ES-419'])).toBe('es');
  });
  it('else English', () => {
    expect(initialLanguage(storage(null), ['de', 'ja'])).toBe('en');
    expect(initialLanguage(storage(null), [])).toBe('en');
  });
});

describe('asLanguage', () => {
  it('narrows to the four languages', () => {
    expect(asLanguage('pt')).toBe('pt');
    expect(asLanguage('pt-BR')).toBe('en');
    expect(asLanguage(undefined)).toBe('en');
  });
});
