import { describe, expect, it } from 'vitest';
import { systemLanguage } from './system-language';

describe('systemLanguage', () => {
  it('takes the first preferred language Session Desk speaks, by its base tag', () => {
    expect(systemLanguage(['de-DE', 'es-419', 'en-US'])).toBe('es');
    expect(systemLanguage(['pt_BR'])).toBe('pt');
    expect(systemLanguage(['fr-CA', 'en'])).toBe('fr');
  });

  it('falls back to English', () => {
    expect(systemLanguage(['de', 'ja'])).toBe('en');
    expect(systemLanguage([])).toBe('en');
  });
});
