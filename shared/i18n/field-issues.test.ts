import { describe, expect, it } from 'vitest';
import { contract } from '../api/contract';
import { issuesFromZod } from '../api/errors';
import { createI18n } from './create-i18n';
import { fieldOfPath, fieldProblemText, issueText } from './field-issues';

const norm = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/** The issues the API answers for an input, as its carriers build them. */
function refusal(name: keyof typeof contract, input: unknown) {
  const parsed = contract[name].input.safeParse(input);
  if (parsed.success) throw new Error('expected a refusal');
  return issuesFromZod(parsed.error);
}

const id = '00000000-0000-4000-8000-000000000000';

describe('fieldOfPath', () => {
  it('names the field and its language, past "patch" and list indexes', () => {
    expect(fieldOfPath('patch.title.fr')).toEqual({ field: 'title', language: 'fr' });
    expect(fieldOfPath('durationMinutes')).toEqual({ field: 'durationMinutes' });
    expect(fieldOfPath('patch.documentSymbols.3')).toEqual({ field: 'documentSymbols' });
  });
});

describe('issueText', () => {
  it('says an API refusal by field and rule in each language', () => {
    const [tooLong] = refusal('sessions.update', {
      id,
      patch: { title: { en: 'x'.repeat(2001), es: '', fr: '', pt: '' } },
    });
    const [tooBig] = refusal('agendaItems.update', { id, patch: { durationMinutes: 1441 } });
    expect(tooLong!.rule).toEqual({ kind: 'too_long', limit: 2000 });
    const expected = {
      en: ['Title (English): at most 2,000 characters', 'Duration: at most 1,440 minutes'],
      es: ['Título (inglés): 2000 caracteres como máximo', 'Duración: 1440 minutos como máximo'],
      fr: ['Titre (anglais) : 2 000 caractères au plus', 'Durée : 1 440 minutes au plus'],
      pt: ['Título (inglês): no máximo 2.000 caracteres', 'Duração: no máximo 1.440 minutos'],
    } as const;
    for (const [lang, [title, duration]] of Object.entries(expected)) {
      const i18n = createI18n(lang as keyof typeof expected);
      expect(norm(issueText(i18n, tooLong!)), lang).toBe(title);
      expect(norm(issueText(i18n, tooBig!)), lang).toBe(duration);
    }
  });
  it('says a field it does not know as "a field", and a rule it does not know as "not valid"', () => {
    expect(issueText(createI18n('en'), { path: 'mystery', message: 'x' })).toBe('A field: not valid');
  });
});

describe('fieldProblemText', () => {
  it('says the checks a field makes itself', () => {
    const en = createI18n('en');
    expect(fieldProblemText(en, 'durationMinutes', { kind: 'range', min: 0, max: 1440 })).toBe(
      'Duration: 0 to 1,440 minutes',
    );
    expect(fieldProblemText(en, 'title', { kind: 'oneLanguage' })).toBe('Title: needed in at least one language');
    expect(fieldProblemText(en, 'date', { kind: 'dateImpossible' })).toBe('Date: there is no such day');
    expect(fieldProblemText(createI18n('fr'), 'date', { kind: 'dateFormat', format: 'jj/mm/aaaa' })).toBe(
      'Date : pas une date ; écrivez-la sous la forme jj/mm/aaaa',
    );
    expect(fieldProblemText(createI18n('es'), 'title', { kind: 'too_short', limit: 1 })).toBe(
      'Título: no puede quedar vacío',
    );
  });
});

describe('the rules across fields', () => {
  it('name themselves: an item with no title in any language, a session that ends before it starts', () => {
    const empty = { en: ' ', es: '', fr: '', pt: '' };
    const issues = refusal('agendaItems.create', {
      sessionId: id,
      kind: 'panel',
      title: empty,
      annotation: {
        en: { type: 'doc', content: [] },
        es: { type: 'doc', content: [] },
        fr: { type: 'doc', content: [] },
        pt: { type: 'doc', content: [] },
      },
      durationMinutes: 60,
      documentSymbols: [],
      speakerOrder: 'by_rule',
    });
    expect(issues.map((i) => issueText(createI18n('en'), i))).toEqual(['Title: needed in at least one language']);
  });
});
