/*
 * A session prepared in English only, as a new English-speaking officer would: the fixture of the
 * missing-texts tests (unit, CLI, Playwright), built through the API whatever carries it.
 */

type Call = <T>(name: string, input: unknown) => Promise<T>;

const english = (text: string) => ({ en: text, es: '', fr: '', pt: '' });
const paragraph = (text: string) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});
const noAnnotation = { type: 'doc', content: [] };

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
  const [body] = await call<{ id: string }[]>('bodies.list', {});
  const session = await call<{ id: string }>('sessions.create', {
    bodyId: body!.id,
    title: english('Migration governance 2027'),
    date: '2027-05-11',
    startTime: '10:00',
    endTime: '13:00',
    room: 'Simón Bolívar Room',
    modality: 'in_person',
    originalLanguage: 'en',
    status: 'draft',
  });
  const items: [string, string, string | null][] = [
    ['opening', 'Opening remarks', null],
    ['adoption_of_agenda', 'Adoption of the order of business', null],
    ['panel', 'Round table on labour migration', 'Panelists present the regional processes first.'],
  ];
  const itemIds: string[] = [];
  for (const [kind, title, annotation] of items) {
    const item = await call<{ id: string }>('agendaItems.create', {
      sessionId: session.id,
      kind,
      title: english(title),
      annotation: {
        en: annotation ? paragraph(annotation) : noAnnotation,
        es: noAnnotation,
        fr: noAnnotation,
        pt: noAnnotation,
      },
      durationMinutes: 30,
      documentSymbols: [],
      speakerOrder: 'by_rule',
    });
    itemIds.push(item.id);
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
  const question = await call<{ id: string }>('guidingQuestions.create', {
    sessionId: session.id,
    text: english('What has your mechanism learned since 2023?'),
  });
  const paper = await call<{ id: string }>('documents.create', {
    sessionId: session.id,
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
  return { sessionId: session.id, itemIds, networkId: network.id, questionId: question.id, paperId: paper.id };
}
