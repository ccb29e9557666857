import { emptyLocalizedRichText, type RichText } from '../../shared/documents/rich-text';
import type { TempStore } from '../support/temp-store';

/*
 * A session prepared in English only, as a new user makes one: its title, two items, an annotation with a list, two footnotes and a note to the
 * translator, and two guiding questions. What the session's texts are sent from.
 */

const en = (text: string) => ({ en: text, es: '', fr: '', pt: '' });

export const PANEL_ANNOTATION: RichText = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Panelists of the regional processes present their work first.' },
        {
          type: 'footnote',
          attrs: { id: 'fn-1' },
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: 'See resolution AG/RES. 2988 (LII-O/22).' }] },
          ],
        },
        { type: 'text', text: ' Delegations then take the floor ' },
        {
          type: 'text',
          text: 'in the order requested',
          marks: [{ type: 'translatorNote', attrs: { id: 'note-1', note: 'Keep the usual OAS wording.' } }],
        },
        { type: 'text', text: '.' },
      ],
    },
    {
      type: 'bulletList',
      content: [
        {
          type: 'listItem',
          content: [
            {
              type: 'paragraph',
              content: [
                { type: 'text', text: 'Good practices are compiled' },
                {
                  type: 'footnote',
                  attrs: { id: 'fn-2' },
                  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Compiled by the Secretariat.' }] }],
                },
                { type: 'text', text: '.' },
              ],
            },
          ],
        },
        {
          type: 'listItem',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'They are circulated.' }] }],
        },
      ],
    },
  ],
};

export interface EnglishOnlySession {
  sessionId: string;
  itemIds: string[];
  questionIds: string[];
}

export async function createEnglishOnlySession(store: TempStore): Promise<EnglishOnlySession> {
  const body = (await store.call<{ id: string; code: string }[]>('bodies.list', {})).find((b) => b.code === 'CAM');
  const session = await store.call<{ id: string }>('sessions.create', {
    bodyId: body!.id,
    title: en('Special meeting on migration governance'),
    date: '2027-05-11',
    startTime: '10:00',
    endTime: '13:00',
    room: 'Simón Bolívar Room',
    modality: 'in_person',
    originalLanguage: 'en',
    status: 'draft',
  });
  const item = async (kind: string, title: string, annotation?: RichText) =>
    (
      await store.call<{ id: string }>('agendaItems.create', {
        sessionId: session.id,
        kind,
        title: en(title),
        annotation: { ...emptyLocalizedRichText(), ...(annotation ? { en: annotation } : {}) },
        durationMinutes: 30,
        documentSymbols: [],
        speakerOrder: 'by_rule',
      })
    ).id;
  const itemIds = [
    await item('adoption_of_agenda', 'Adoption of the order of business'),
    await item('panel', 'Panel: the regional consultative processes', PANEL_ANNOTATION),
  ];
  const questionIds: string[] = [];
  for (const text of ['What has worked in your region?', 'What should the Committee do next?']) {
    questionIds.push(
      (await store.call<{ id: string }>('guidingQuestions.create', { sessionId: session.id, text: { ...en(text) } }))
        .id,
    );
  }
  return { sessionId: session.id, itemIds, questionIds };
}
