import type { Localized } from '../../shared/domain/languages';
import type { StoredContent } from '../../shared/content/schema';
import { localizedRichTextFromPlainText } from '../../shared/content/rich-text';
import type { TempStore } from '../support/temp-store';

/** A session of the given year with a title in four languages; its id. */
export async function sessionOf(store: TempStore, title: Localized, date = '2021-05-09'): Promise<string> {
  const [body] = await store.call<{ id: string }[]>('bodies.list', {});
  const session = await store.call<{ id: string }>('sessions.create', {
    bodyId: body!.id,
    title,
    date,
    startTime: '10:00',
    endTime: '13:00',
    room: '',
    modality: 'hybrid',
    originalLanguage: 'es',
    status: 'draft',
  });
  return session.id;
}

export async function itemOf(store: TempStore, sessionId: string, title: Localized, annotation: Localized) {
  return store.call<{ id: string }>('agendaItems.create', {
    sessionId,
    kind: 'presentation',
    title,
    annotation: localizedRichTextFromPlainText(annotation),
    durationMinutes: 10,
    documentSymbols: [],
    speakerOrder: 'by_rule',
  });
}

/** A document's stored content: a paragraph and one footnote in it. */
export const contentWith = (paragraph: string, footnote: string): StoredContent => ({
  schemaVersion: 1,
  titleBlock: { title: 'Concept paper', subtitle: '', date: '', authorship: '' },
  body: {
    type: 'doc',
    content: [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: paragraph },
          { type: 'footnote', content: [{ type: 'paragraph', content: [{ type: 'text', text: footnote }] }] },
        ],
      },
    ],
  },
});

export const same = (text: string): Localized => ({ en: text, es: text, fr: text, pt: text });
