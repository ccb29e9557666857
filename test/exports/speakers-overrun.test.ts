import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionOverview } from '../../shared/api/contract';
import type { Language } from '../../shared/domain/languages';
import { speakersPastSlot } from '../../shared/schedule/speakers-past-slot';
import { openTempStore, type TempStore } from '../support/temp-store';
import { compact, exportedPerLanguage, paragraphsOf, pdfText, tempDir, textOf } from './docx-tools';

/*
 * The demo's dialogue (11:45 to 12:45, five delegations of 5 minutes) with Mexico given 50 minutes: the
 * speakers run 10 minutes past the slot, Brazil and Costa Rica beyond it. Exported in the four languages.
 */

let store: TempStore;
let overview: SessionOverview;
const files: Record<Language, { xml: string; pdf: string }> = {} as never;
const LANGS = ['en', 'es', 'fr', 'pt'] as const;

beforeAll(async () => {
  store = await openTempStore();
  const dir = tempDir('speakers-overrun');
  const { sessionId } = await store.call<{ sessionId: string }>('demo.create', {});
  const items = await store.call<{ id: string; kind: string }[]>('agendaItems.list', { sessionId });
  const dialogue = items.find((i) => i.kind === 'dialogue')!;
  const speakers = await store.call<{ id: string; position: number }[]>('speakers.list', {
    agendaItemId: dialogue.id,
  });
  const mexico = [...speakers].sort((a, b) => a.position - b.position)[0]!;
  await store.call('speakers.update', { id: mexico.id, patch: { allottedMinutes: 50 } });
  overview = await store.call<SessionOverview>('sessions.overview', { id: sessionId });
  Object.assign(
    files,
    await exportedPerLanguage(LANGS, dir, (language) =>
      store.call<{ fileName: string; bytes: Uint8Array }>('sessions.exportDocx', {
        sessionId,
        kind: 'list_of_speakers',
        language,
      }),
    ),
  );
}, 120_000);

afterAll(() => store.close());

const expected: Record<Language, { cells: string[]; warning: string }> = {
  en: {
    cells: [
      '12:40\u00a0p.m. – 12:45\u00a0p.m.',
      '12:45\u00a0p.m. – 12:50\u00a0p.m. (beyond the slot)',
      '12:50\u00a0p.m. – 12:55\u00a0p.m. (beyond the slot)',
    ],
    warning: 'The speakers run 10 minutes past the end of the item’s slot (12:45\u00a0p.m.).',
  },
  es: {
    cells: ['12:40 – 12:45', '12:45 – 12:50 (fuera del horario)', '12:50 – 12:55 (fuera del horario)'],
    warning: 'Los oradores exceden en 10 minutos el final del horario del punto (12:45).',
  },
  fr: {
    cells: ['12:40 – 12:45', '12:45 – 12:50 (hors du temps prévu)', '12:50 – 12:55 (hors du temps prévu)'],
    warning: 'Les orateurs dépassent de 10 minutes la fin du temps prévu pour le point (12:45).',
  },
  pt: {
    cells: ['12:40 – 12:45', '12:45 – 12:50 (fora do horário)', '12:50 – 12:55 (fora do horário)'],
    warning: 'Os oradores ultrapassam em 10 minutos o fim do horário do item (12:45).',
  },
};

describe('a list of speakers that runs past the item’s slot', () => {
  for (const lang of LANGS) {
    it(`says so in the time column of the speakers beyond the slot and under the table (${lang})`, () => {
      const { xml, pdf } = files[lang];
      const paragraphs = paragraphsOf(xml);
      const texts = paragraphs.map(textOf);
      const [canada, brazil, costaRica] = expected[lang].cells;
      // Canada ends with the slot; Brazil and Costa Rica run past it.
      expect(texts).toContain(canada);
      expect(texts).toContain(brazil);
      expect(texts).toContain(costaRica);
      const phrase = / \(.+\)$/.exec(brazil!)![0];
      expect(texts.filter((t) => t.endsWith(phrase))).toEqual([brazil, costaRica]);
      // One warning, under the dialogue's table only (the panel fits), in its own named style.
      const warnings = paragraphs.filter((p) => p.includes('w:val="SpeakersOverrun"'));
      expect(warnings.map(textOf)).toEqual([expected[lang].warning]);
      expect(xml.indexOf(warnings[0]!)).toBeGreaterThan(xml.lastIndexOf('</w:tbl>'));
      const text = compact(pdfText(pdf));
      expect(text).toContain(compact(brazil!));
      expect(text).toContain(compact(expected[lang].warning));
    });
  }
});

describe('speakersPastSlot', () => {
  it('names the items whose exported list runs past the slot, by how much and when the slot ends', () => {
    expect(
      speakersPastSlot(overview).map(({ number, overrunMinutes, end }) => ({ number, overrunMinutes, end })),
    ).toEqual([{ number: 4, overrunMinutes: 10, end: '12:45' }]);
  });
});
