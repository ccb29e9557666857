import { describe, expect, it } from 'vitest';
import { pickLocalized } from '../../shared/domain/languages';
import { langIfOther, localizedText } from './localized';

describe('localizedText', () => {
  it('agrees with pickLocalized and says which language it found', () => {
    const text = { en: 'Room', es: '', fr: 'Salle', pt: '' };
    expect(localizedText(text, 'fr')).toEqual({ text: 'Salle', lang: 'fr' });
    expect(localizedText(text, 'es')).toEqual({ text: pickLocalized(text, 'es'), lang: 'en' });
    expect(localizedText({ en: '', es: '', fr: '', pt: '' }, 'pt')).toEqual({ text: '', lang: 'pt' });
  });
  it('asks for a lang attribute only for a fallback', () => {
    expect(langIfOther({ lang: 'en' }, 'es')).toBe('en');
    expect(langIfOther({ lang: 'es' }, 'es')).toBeUndefined();
  });
});
