import { readZipDirectory, readZipEntry } from '../../main/session-files/zip-reader';
import type { TempStore } from '../support/temp-store';
import { craftZip, type CraftEntry } from './zip-craft';

/** The demo session's concept paper exported as DOCX, and the whole demo session exported as a session file. */
export interface DemoFiles {
  sessionId: string;
  documentId: string;
  docx: Buffer;
  bundle: Buffer;
}

export async function demoFiles(store: TempStore): Promise<DemoFiles> {
  const { sessionId } = await store.call<{ sessionId: string }>('demo.create', {});
  const documents = await store.call<{ id: string; kind: string }[]>('documents.list', { sessionId });
  const documentId = documents.find((d) => d.kind === 'concept_paper')!.id;
  const docx = await store.call<{ bytes: Uint8Array }>('documents.exportDocx', { documentId, language: 'en' });
  const bundle = await store.call<{ bytes: Uint8Array }>('sessionFiles.export', { sessionId });
  return {
    sessionId,
    documentId,
    docx: Buffer.from(docx.bytes),
    bundle: Buffer.from(bundle.bytes),
  };
}

const ANY = { maxEntries: 100_000, maxEntryBytes: 2 ** 31, maxTotalBytes: 2 ** 31 };

/** A zip's entries as name and bytes, in their order. */
export function entriesOf(zip: Buffer): CraftEntry[] {
  return readZipDirectory(zip, ANY).map((e) => ({ name: e.name, data: readZipEntry(zip, e, ANY) }));
}

/** The same zip with one part's text changed. */
export function withPartText(zip: Buffer, name: string, change: (text: string) => string): Buffer {
  return craftZip(
    entriesOf(zip).map((e) => (e.name === name ? { name, data: Buffer.from(change(e.data.toString('utf8'))) } : e)),
  );
}
