import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionOverview } from '../../shared/api/contract';
import { openTempStore, type TempStore } from '../support/temp-store';
import { compact, exportedPerLanguage, paragraphsOf, pdfText, tempDir, textOf } from './docx-tools';

/*
 * The demo session's record: on the dialogue Uruguay speaks 3:00 and Argentina 1:30, then Uruguay raises a
 * point of order of 0:20. The record's instants are UTC; the document prints the room's wall clock,
 * here New York's (15:00Z is 11:00 a.m. in May).
 */
process.env.TZ = 'America/New_York';

let store: TempStore;
const LANGS = ['en', 'es'] as const;
const files = {} as Record<(typeof LANGS)[number], { xml: string; pdf: string }>;

beforeAll(async () => {
  store = await openTempStore();
  const dir = tempDir('floor-record');
  const { sessionId } = await store.call<{ sessionId: string }>('demo.create', {});
  const overview = await store.call<SessionOverview>('sessions.overview', { id: sessionId });
  const dialogue = overview.agendaItems.find((i) => i.kind === 'dialogue')!;
  const organizations = await store.call<{ id: string; code: string | null }[]>('organizations.list', {});
  const org = (code: string) => organizations.find((o) => o.code === code)!.id;
  const speech = (code: string, kind: string, startedAt: string, endedAt: string) =>
    store.call('floor.record.update', {
      sessionId,
      itemId: dialogue.id,
      organizationId: org(code),
      kind,
      startedAt,
      endedAt,
    });
  await speech('URY', 'speaker', '2023-05-09T15:00:00Z', '2023-05-09T15:03:00Z');
  await speech('ARG', 'speaker', '2023-05-09T15:03:00Z', '2023-05-09T15:04:30Z');
  await speech('URY', 'pointOfOrder', '2023-05-09T15:05:00Z', '2023-05-09T15:05:20Z');
  Object.assign(
    files,
    await exportedPerLanguage(LANGS, dir, (language) =>
      store.call<{ fileName: string; bytes: Uint8Array }>('floor.record.docx', { sessionId, language }),
    ),
  );
}, 120_000);

afterAll(() => store.close());

/** The rows of the document's tables, each as its cells' texts. */
const rowsOf = (xml: string): string[][] =>
  [...xml.matchAll(/<w:tr[ >].*?<\/w:tr>/gs)].map((row) => paragraphsOf(row[0]).map(textOf));

const expected = {
  en: {
    title: 'RECORD OF THE FLOOR',
    header: ['No.', 'Speaker', 'For', 'Kind', 'From', 'To', 'Spoken'],
    speeches: [
      ['1', '', 'Uruguay', 'Speaker', '11:00\u00a0a.m.', '11:03\u00a0a.m.', '3:00'],
      ['2', '', 'Argentina', 'Speaker', '11:03\u00a0a.m.', '11:04\u00a0a.m.', '1:30'],
      ['3', '', 'Uruguay', 'Point of order', '11:05\u00a0a.m.', '11:05\u00a0a.m.', '0:20'],
    ],
    delegations: [
      ['Uruguay', '2', '3:20'],
      ['Argentina', '1', '1:30'],
      ['Total', '3', '4:50'],
    ],
    roles: ['Delegation', '3', '4:50'],
    itemTotals: 'Spoken time on this item',
    sessionTotals: 'Spoken time in the session',
    nobody: 'Nobody took the floor on this item.',
  },
  es: {
    title: 'REGISTRO DEL USO DE LA PALABRA',
    header: ['N.º', 'Orador', 'En nombre de', 'Tipo', 'Desde', 'Hasta', 'Duración'],
    speeches: [
      ['1', '', 'Uruguay', 'Orador', '11:00', '11:03', '3:00'],
      ['2', '', 'Argentina', 'Orador', '11:03', '11:04', '1:30'],
      ['3', '', 'Uruguay', 'Cuestión de orden', '11:05', '11:05', '0:20'],
    ],
    delegations: [
      ['Uruguay', '2', '3:20'],
      ['Argentina', '1', '1:30'],
      ['Total', '3', '4:50'],
    ],
    roles: ['Delegación', '3', '4:50'],
    itemTotals: 'Tiempo de palabra en este punto',
    sessionTotals: 'Tiempo de palabra en la sesión',
    nobody: 'Nadie hizo uso de la palabra en este punto.',
  },
};

describe('the record of the floor as DOCX', () => {
  for (const lang of LANGS) {
    it(`lists the item's speeches in local wall-clock time, then its totals and the session's (${lang})`, () => {
      const { xml, pdf } = files[lang];
      const want = expected[lang];
      const texts = paragraphsOf(xml).map(textOf);
      expect(texts).toContain(want.title);
      const rows = rowsOf(xml);
      const header = rows.findIndex((r) => r.join('|') === want.header.join('|'));
      expect(rows.slice(header + 1, header + 4)).toEqual(want.speeches);
      // the item's totals, then the session's: the same figures, as only the dialogue was spoken on
      const delegationRows = rows.filter((r) => want.delegations.some((d) => d.join('|') === r.join('|')));
      expect(delegationRows).toEqual([...want.delegations, ...want.delegations]);
      expect(rows.filter((r) => r.join('|') === want.roles.join('|'))).toHaveLength(2);
      expect(texts.filter((t) => t === want.itemTotals)).toHaveLength(1);
      expect(texts.indexOf(want.sessionTotals)).toBeGreaterThan(texts.indexOf(want.itemTotals));
      // the other items say that nobody spoke
      expect(texts.filter((t) => t === want.nobody).length).toBeGreaterThan(0);
      // explicit widths: the speeches' table fills the text width
      expect(xml).toContain('<w:gridCol w:w="600"/><w:gridCol w:w="1800"/>');
      const text = compact(pdfText(pdf));
      expect(text).toContain(compact(want.title));
      expect(text).toContain(compact(want.speeches[1]!.join(' ')));
      expect(text).toContain(compact(want.sessionTotals));
    });
  }
});
