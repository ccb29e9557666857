import { emptyLocalizedRichText, type RichText } from '../../shared/content/rich-text';

/*
 * Sessions prepared in English only, as a new English-speaking officer would, built through the API
 * whatever carries it (a temporary store, the CLI's app, a page): the fixture of the missing-texts
 * tests (unit, CLI, Playwright), the one the session's texts are sent from (unit, CLI), and the
 * pieces the session-texts Playwright test builds its own from.
 */

export type Call = <T>(name: string, input: unknown) => Promise<T>;

export const english = (text: string) => ({ en: text, es: '', fr: '', pt: '' });
const paragraph = (text: string): RichText => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

/** A draft session of the CAM on 11 May 2027, titled in English only; answers its id. */
export async function createEnglishSession(call: Call, title: string): Promise<string> {
  const bodies = await call<{ id: string; code: string }[]>('bodies.list', {});
  const session = await call<{ id: string }>('sessions.create', {
    bodyId: bodies.find((b) => b.code === 'CAM')!.id,
    title: english(title),
    date: '2027-05-11',
    startTime: '10:00',
    endTime: '13:00',
    room: 'Simón Bolívar Room',
    modality: 'in_person',
    originalLanguage: 'en',
    status: 'draft',
  });
  return session.id;
}

/** An agenda item titled in English only, with an English annotation when given; answers its id. */
export async function createEnglishItem(
  call: Call,
  sessionId: string,
  item: { kind: string; title: string; annotation?: RichText; durationMinutes?: number },
): Promise<string> {
  const created = await call<{ id: string }>('agendaItems.create', {
    sessionId,
    kind: item.kind,
    title: english(item.title),
    annotation: { ...emptyLocalizedRichText(), ...(item.annotation ? { en: item.annotation } : {}) },
    durationMinutes: item.durationMinutes ?? 30,
    documentSymbols: [],
    speakerOrder: 'by_rule',
  });
  return created.id;
}

/** A guiding question in English only; answers its id. */
export async function createEnglishQuestion(call: Call, sessionId: string, text: string): Promise<string> {
  return (await call<{ id: string }>('guidingQuestions.create', { sessionId, text: english(text) })).id;
}

export interface EnglishOnlySession {
  sessionId: string;
  /** The items' ids, in order: 1 opening, 2 adoption of the agenda, 3 round table. */
  itemIds: string[];
  /** The organization made by the user, named in English only. */
  networkId: string;
  questionId: string;
  /** A concept paper written in English, with the guiding questions block. */
  paperId: string;
}

/**
 * "Migration governance 2027": three items whose titles are English only (the round table with an
 * English annotation), a round table with a member state (shipped: named in all four languages) and
 * a user-made network (English only) on its list of speakers, and one English guiding question.
 */
export async function createEnglishOnlySession(call: Call): Promise<EnglishOnlySession> {
  const sessionId = await createEnglishSession(call, 'Migration governance 2027');
  const items: [string, string, string | null][] = [
    ['opening', 'Opening remarks', null],
    ['adoption_of_agenda', 'Adoption of the order of business', null],
    ['panel', 'Round table on labour migration', 'Panelists present the regional processes first.'],
  ];
  const itemIds: string[] = [];
  for (const [kind, title, annotation] of items) {
    itemIds.push(
      await createEnglishItem(call, sessionId, {
        kind,
        title,
        ...(annotation ? { annotation: paragraph(annotation) } : {}),
      }),
    );
  }
  const network = await call<{ id: string }>('organizations.create', {
    kind: 'civil_society',
    code: null,
    acronym: english(''),
    name: english('Migrant Workers Network'),
    email: '',
    phone: '',
    notes: '',
  });
  const mexico = (
    await call<{ id: string; code: string | null }[]>('organizations.list', { kind: 'member_state' })
  ).find((o) => o.code === 'MEX')!;
  for (const [organizationId, role] of [
    [network.id, 'panelist'],
    [mexico.id, 'delegation'],
  ] as const) {
    await call('speakers.create', {
      agendaItemId: itemIds[2],
      personId: null,
      organizationId,
      role,
      allottedMinutes: 5,
      status: 'confirmed',
      requestedAt: '2027-05-01T10:00:00',
    });
  }
  const questionId = await createEnglishQuestion(call, sessionId, 'What has your mechanism learned since 2023?');
  const paper = await call<{ id: string }>('documents.create', {
    sessionId,
    kind: 'concept_paper',
    symbol: null,
    revisionKind: null,
    revisionNumber: null,
    originalLanguage: 'en',
  });
  await call('documentVersions.create', {
    documentId: paper.id,
    language: 'en',
    status: 'original',
    controlNumber: '',
    content: {
      schemaVersion: 1,
      titleBlock: { title: 'Migration governance 2027', subtitle: '', date: '2027-05-11', authorship: '' },
      body: {
        type: 'doc',
        content: [...paragraph('The panelists will answer these questions.').content, { type: 'guidingQuestions' }],
      },
    },
  });
  return { sessionId, itemIds, networkId: network.id, questionId, paperId: paper.id };
}

/**
 * "Special meeting on migration governance", what the session's texts are sent from: its title, two
 * items (the panel's annotation with a list, two footnotes and a note to the translator) and two
 * guiding questions.
 */
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

export interface AnnotatedEnglishSession {
  sessionId: string;
  itemIds: string[];
  questionIds: string[];
}

export async function createAnnotatedEnglishSession(call: Call): Promise<AnnotatedEnglishSession> {
  const sessionId = await createEnglishSession(call, 'Special meeting on migration governance');
  const itemIds = [
    await createEnglishItem(call, sessionId, {
      kind: 'adoption_of_agenda',
      title: 'Adoption of the order of business',
    }),
    await createEnglishItem(call, sessionId, {
      kind: 'panel',
      title: 'Panel: the regional consultative processes',
      annotation: PANEL_ANNOTATION,
    }),
  ];
  const questionIds: string[] = [];
  for (const text of ['What has worked in your region?', 'What should the Committee do next?']) {
    questionIds.push(await createEnglishQuestion(call, sessionId, text));
  }
  return { sessionId, itemIds, questionIds };
}
