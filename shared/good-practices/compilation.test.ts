import { describe, expect, it } from 'vitest';
import { emptyLocalizedRichText } from '../content/rich-text';
import type { GoodPractice } from '../domain/good-practice';
import type { GuidingQuestion } from '../domain/guiding-question';
import type { Language } from '../domain/languages';
import type { Organization } from '../domain/organization';
import { REFERENCE_ORGANIZATIONS } from '../registry/reference-organizations';
import { compilePractices } from './compilation';

const stamp = '2026-01-01T00:00:00.000Z';
const FIVE = ['MEX', 'COL', 'CAN', 'BRA', 'CRI'];
const states = REFERENCE_ORGANIZATIONS.filter((o) => FIVE.includes(o.code ?? '')).map(
  (o, index): Organization => ({ ...o, id: `00000000-0000-4000-8000-00000000000${index}` }) as Organization,
);
const question = (id: string, position: number): GuidingQuestion => ({
  id,
  sessionId: 'a0000000-0000-4000-8000-000000000000',
  position,
  text: { en: `Q${position}`, es: '', fr: '', pt: '' },
  createdAt: stamp,
  updatedAt: stamp,
});
const q1 = question('b0000000-0000-4000-8000-000000000001', 0);
const q2 = question('b0000000-0000-4000-8000-000000000002', 1);
const practice = (organization: Organization, questionId: string | null, title: string): GoodPractice => ({
  id: crypto.randomUUID(),
  sessionId: q1.sessionId,
  organizationId: organization.id,
  questionId,
  recordEntryId: null,
  language: 'en',
  title: { en: title, es: '', fr: '', pt: '' },
  text: emptyLocalizedRichText(),
  date: '2023-05-09',
  channel: 'floor',
  createdAt: stamp,
  updatedAt: stamp,
});
const state = (code: string) => states.find((s) => s.code === code)!;
// entered in the order the delegations spoke
const practices = FIVE.map((code) => practice(state(code), q1.id, `${code} practice`));

const namesIn = (lang: Language) =>
  compilePractices(practices, states, [q1, q2], lang).map((g) => g.organization.name[lang]);

describe('the compilation of good practices', () => {
  it('orders States by their name in the export’s language, as its alphabet does', () => {
    expect(namesIn('es')).toEqual(['Brasil', 'Canadá', 'Colombia', 'Costa Rica', 'México']);
    expect(namesIn('fr')).toEqual(['Brésil', 'Canada', 'Colombie', 'Costa Rica', 'Mexique']);
    expect(namesIn('en')).toEqual(['Brazil', 'Canada', 'Colombia', 'Costa Rica', 'Mexico']);
    expect(namesIn('pt')).toEqual(['Brasil', 'Canadá', 'Colômbia', 'Costa Rica', 'México']);
  });

  it('puts each practice under its question, in the questions’ order, those answering none last', () => {
    const brazil = state('BRA');
    const mixed = [practice(brazil, null, 'C'), practice(brazil, q2.id, 'B'), practice(brazil, q1.id, 'A')];
    const [group] = compilePractices(mixed, states, [q2, q1], 'en');
    expect(group!.questions.map((g) => [g.question?.number ?? null, g.practices.map((p) => p.title.en)])).toEqual([
      [1, ['A']],
      [2, ['B']],
      [null, ['C']],
    ]);
  });

  it('leaves out the States that shared nothing', () => {
    expect(compilePractices(practices.slice(0, 2), states, [q1], 'en').map((g) => g.organization.code)).toEqual([
      'COL',
      'MEX',
    ]);
  });
});
