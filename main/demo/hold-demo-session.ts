import { localizedRichTextFromPlainText } from '../../shared/content/rich-text';
import type { Clock } from '../safety/scheduler';
import { floorHandlers } from '../floor/handlers';
import type { FloorState } from '../../shared/floor/floor-types';
import type { Store } from '../store/open-database';
import type { Invoke } from './create-demo-session';
import { organizationIdByCode } from '../store/registry';
import {
  DEMO_CHAIR,
  DEMO_DIALOGUE_SECONDS,
  DEMO_OPENED_AT,
  DEMO_PANEL_SECONDS,
  DEMO_PRACTICES,
  DEMO_SUMMARIES,
} from './demo-held-content';

/** The demo's own clock: the meeting's instants, moved on by hand as each speech ends. */
class MeetingClock implements Clock {
  constructor(private ms: number) {}
  now(): number {
    return this.ms;
  }
  advance(seconds: number): void {
    this.ms += seconds * 1000;
  }
}

/**
 * Holds the prepared demo session: the chair runs the panel and the dialogue on the floor (so the
 * record is the floor's own, each speaker's status `spoke`), five delegations' good practices are
 * recorded (four from their speeches, Costa Rica's sent in writing a week later), the concept paper
 * gets its symbol and the items that considered it name it, the Secretariat
 * writes each item's summary and says who chaired, the report and the compilation get their documents
 * and symbols, and the session is marked held. All through the contract's procedures.
 */
export async function holdDemoSession(db: Store, invoke: Invoke, sessionId: string): Promise<void> {
  const clock = new MeetingClock(DEMO_OPENED_AT);
  const floor = floorHandlers(clock);
  const call = async (name: string, input: Record<string, unknown>) =>
    (await floor[name]!(db, { sessionId, ...input })) as FloorState;
  const overview = await invoke(db, 'sessions.overview', { id: sessionId });
  const item = (kind: string) => overview.agendaItems.find((i) => i.kind === kind)!;

  // the opening and the adoption of the order of business take their slots; nobody is on their lists
  clock.advance(15 * 60);
  for (const [kind, seconds] of [
    ['panel', DEMO_PANEL_SECONDS],
    ['dialogue', DEMO_DIALOGUE_SECONDS],
  ] as const) {
    await call('floor.openItem', { itemId: item(kind).id });
    for (const spoken of seconds) {
      await call('floor.give', {});
      clock.advance(spoken);
      await call('floor.end', {});
      clock.advance(20);
    }
  }
  const { record } = await call('floor.state', {});

  // the concept paper gets its symbol, and the panel and the dialogue consider it
  const paper = overview.documents.find((d) => d.kind === 'concept_paper')!;
  const { symbol } = await invoke(db, 'documents.issueSymbol', { documentId: paper.id });
  for (const kind of ['panel', 'dialogue']) {
    await invoke(db, 'agendaItems.update', { id: item(kind).id, patch: { documentSymbols: [symbol] } });
  }

  const questions = [...overview.guidingQuestions].sort((a, b) => a.position - b.position);
  const dialogue = item('dialogue').id;
  for (const practice of DEMO_PRACTICES) {
    const organizationId = (await organizationIdByCode(db, practice.code))!;
    const spoken = record.find((e) => e.itemId === dialogue && e.organizationId === organizationId);
    await invoke(db, 'goodPractices.create', {
      sessionId,
      organizationId,
      questionId: questions[practice.question]?.id ?? null,
      recordEntryId: practice.channel === 'floor' ? (spoken?.id ?? null) : null,
      language: practice.language,
      title: practice.title,
      text: localizedRichTextFromPlainText(practice.text),
      date: practice.date,
      channel: practice.channel,
    });
  }

  for (const agendaItem of overview.agendaItems) {
    const summary = DEMO_SUMMARIES[agendaItem.kind];
    if (summary) {
      await invoke(db, 'sessionReport.setSummary', {
        itemId: agendaItem.id,
        summary: localizedRichTextFromPlainText(summary),
      });
    }
  }
  const chair = await invoke(db, 'people.create', { ...DEMO_CHAIR, organizationId: null, email: '' });
  await invoke(db, 'sessionReport.setChair', { sessionId, chairPersonId: chair.id });

  for (const kind of ['session_report', 'good_practices'] as const) {
    const doc = await invoke(db, 'documents.create', {
      sessionId,
      kind,
      symbol: null,
      revisionKind: null,
      revisionNumber: null,
      originalLanguage: overview.session.originalLanguage,
    });
    await invoke(db, 'documents.issueSymbol', { documentId: doc.id });
  }
  await invoke(db, 'sessions.update', { id: sessionId, patch: { status: 'held' } });
}
