import { describe, expect, it } from 'vitest';
import { createI18n } from '../../shared/i18n/create-i18n';
import { LANGUAGES } from '../../shared/domain/languages';
import { template } from './template';

describe('template', () => {
  it('fills a label as i18next would, in every language', () => {
    for (const lang of LANGUAGES) {
      const { t } = createI18n(lang);
      const fieldOfItem = template(t, 'a11y.fieldOfItem', ['number', 'field']);
      for (const number of [1, 12, 60]) {
        const field = lang === 'fr' ? 'Durée (minutes)' : 'Title & {{kind}}';
        expect(fieldOfItem({ number, field })).toBe(t('a11y.fieldOfItem', { number, field }));
      }
      const link = template(t, 'agendaBuilder.speakersLink', ['n']);
      expect(link({ n: 500 })).toBe(t('agendaBuilder.speakersLink', { n: 500 }));
    }
  });

  it('fills a placeholder that appears twice', () => {
    const { t } = createI18n('en');
    const fake = ((key: string, values: Record<string, string>) =>
      key === 'twice' ? `${values.a}-${values.a}/${values.b}` : key) as unknown as Parameters<typeof template>[0];
    expect(template(fake, 'twice', ['a', 'b'])({ a: 'x', b: 2 })).toBe('x-x/2');
    expect(template(t, 'agendaBuilder.itemLabel', ['number', 'title'])({ number: 3, title: 'Panel' })).toBe(
      'Item 3: Panel',
    );
  });
});
