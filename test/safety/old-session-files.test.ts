import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RICH_ANNOTATIONS_SCHEMA } from '../../main/session-files/session-file-upgrades';
import { MIGRATIONS } from '../../main/store/migrations';
import type { AgendaItem } from '../../shared/domain/agenda-item';
import { openTempStore, type TempStore } from '../support/temp-store';
import { partsOf, syntheticData, zipParts } from './session-file-fixtures';

/*
 * Session files written by an older Session Desk: their records have the shape of the schema they
 * were written at (the manifest's schemaVersion), and are brought to the current one on import.
 */

let store: TempStore;
beforeEach(async () => (store = await openTempStore()));
afterEach(() => store.close());

/** A synthetic session as a version before rich annotations wrote it: annotations as plain text. */
function plainAnnotationFile(schemaVersion: number): { base64: string; itemId: string } {
  const data = syntheticData();
  const item = data.agendaItems[0]!;
  const plain = {
    en: 'Panelists present first.\nThen delegations take the floor.',
    es: 'Primero exponen los panelistas.',
    fr: '',
    pt: '',
  };
  (item as unknown as { annotation: unknown }).annotation = plain;
  return { base64: zipParts(partsOf(data, { schemaVersion })).toString('base64'), itemId: item.id };
}

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

describe('session files from older versions', () => {
  it('the upgrade is named after the migration that made annotations rich', () => {
    expect(Object.keys(MIGRATIONS).map((n) => Number.parseInt(n, 10))).toContain(RICH_ANNOTATIONS_SCHEMA);
  });

  it('a file from before rich annotations imports, each line of an annotation a paragraph', async () => {
    const { base64, itemId } = plainAnnotationFile(RICH_ANNOTATIONS_SCHEMA - 1);
    const imported = await store.api.call('sessionFiles.import', { base64 });
    expect(imported).toMatchObject({ ok: true, value: { outcome: 'new' } });
    const { sessionId } = (imported as { value: { sessionId: string } }).value;
    const items = await store.call<AgendaItem[]>('agendaItems.list', { sessionId });
    const item = items.find((i) => i.id === itemId)!;
    expect(item.annotation).toEqual({
      en: {
        type: 'doc',
        content: [paragraph('Panelists present first.'), paragraph('Then delegations take the floor.')],
      },
      es: { type: 'doc', content: [paragraph('Primero exponen los panelistas.')] },
      fr: { type: 'doc', content: [] },
      pt: { type: 'doc', content: [] },
    });
  });

  it('a file of the current schema with plain annotations is refused as damaged, and nothing is written', async () => {
    const before = await store.dump();
    const { base64 } = plainAnnotationFile(RICH_ANNOTATIONS_SCHEMA);
    const refused = await store.api.call('sessionFiles.import', { base64 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'bad_file' } });
    expect(JSON.stringify(refused)).toContain('data/agenda-items.json#0.annotation');
    expect(await store.dump()).toBe(before);
  });
});
