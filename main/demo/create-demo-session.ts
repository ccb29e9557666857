import type { OutputOf, ProcedureName } from '../../shared/api/contract';
import { REFERENCE_BODY } from '../../shared/registry/reference-organizations';
import type { Store } from '../store/open-database';
import { organizationIdByCode, personIdByName } from '../store/registry';
import {
  DEMO_AGENDA,
  DEMO_CONCEPT_PAPER,
  DEMO_DELEGATIONS,
  DEMO_PANELISTS,
  DEMO_QUESTIONS,
  DEMO_SESSION,
} from './demo-content';

export type Invoke = <N extends ProcedureName>(db: Store, name: N, input: unknown) => Promise<OutputOf<N>>;

async function organizationByCode(db: Store, code: string): Promise<string> {
  const id = await organizationIdByCode(db, code);
  if (!id) throw new Error(`the reference organization ${code} is missing`);
  return id;
}

/** Builds the demo session through the contract's own procedures, so it passes every check a user's data does. */
export async function createDemoSession(db: Store, invoke: Invoke): Promise<string> {
  const session = await invoke(db, 'sessions.create', { ...DEMO_SESSION, bodyId: REFERENCE_BODY.id });
  const items = [];
  for (const item of DEMO_AGENDA) {
    items.push(
      await invoke(db, 'agendaItems.create', {
        ...item,
        sessionId: session.id,
        documentSymbols: [],
        speakerOrder: 'by_rule',
      }),
    );
  }
  const panel = items.find((i) => i.kind === 'panel');
  const dialogue = items.find((i) => i.kind === 'dialogue');
  if (!panel || !dialogue) throw new Error('the demo agenda needs a panel and a dialogue');

  for (const [index, panelist] of DEMO_PANELISTS.entries()) {
    const organizationId = await organizationByCode(db, panelist.code);
    const personId =
      (await personIdByName(db, panelist.name)) ??
      (
        await invoke(db, 'people.create', {
          name: panelist.name,
          honorific: panelist.honorific,
          position: panelist.position,
          organizationId,
          email: '',
        })
      ).id;
    await invoke(db, 'speakers.create', {
      agendaItemId: panel.id,
      personId,
      organizationId,
      role: 'panelist',
      allottedMinutes: 12,
      status: 'confirmed',
      requestedAt: `2023-04-2${index}T10:00:00`,
    });
  }
  for (const delegation of DEMO_DELEGATIONS) {
    await invoke(db, 'speakers.create', {
      agendaItemId: dialogue.id,
      personId: null,
      organizationId: await organizationByCode(db, delegation.code),
      role: 'delegation',
      allottedMinutes: 5,
      status: 'requested',
      requestedAt: delegation.requestedAt,
    });
  }
  for (const text of DEMO_QUESTIONS) {
    await invoke(db, 'guidingQuestions.create', { sessionId: session.id, text });
  }
  const paper = await invoke(db, 'documents.create', {
    sessionId: session.id,
    kind: 'concept_paper',
    symbol: null,
    revisionKind: null,
    revisionNumber: null,
    originalLanguage: DEMO_SESSION.originalLanguage,
  });
  await invoke(db, 'documentVersions.create', {
    documentId: paper.id,
    language: DEMO_SESSION.originalLanguage,
    status: 'original',
    content: DEMO_CONCEPT_PAPER,
    controlNumber: '',
  });
  return session.id;
}
