import { describe, expect, it } from 'vitest';
import type { SessionOverview } from '../../../shared/api/contract';
import { emptyLocalizedRichText, richTextFromPlainText } from '../../../shared/content/rich-text';
import type { Localized } from '../../../shared/domain/languages';
import { buildOverviewModel, organizationLabel } from './overview-model';

const stamps = { createdAt: '2023-04-01T00:00:00.000Z', updatedAt: '2023-04-01T00:00:00.000Z' };
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const all = (text: string): Localized => ({ en: text, es: text, fr: text, pt: text });
const none = all('');

function item(n: number, position: number, durationMinutes: number, title: Localized) {
  return {
    id: id(100 + n),
    sessionId: id(1),
    position,
    kind: 'panel' as const,
    title,
    annotation: emptyLocalizedRichText(),
    durationMinutes,
    documentSymbols: [],
    speakerOrder: 'by_rule' as const,
    ...stamps,
  };
}

function speaker(n: number, itemN: number, position: number, extra: Partial<SessionOverview['speakers'][number]>) {
  return {
    id: id(200 + n),
    agendaItemId: id(100 + itemN),
    position,
    personId: null,
    organizationId: null,
    role: 'delegation' as const,
    allottedMinutes: 5,
    status: 'requested' as const,
    requestedAt: '2023-05-01T10:00:00',
    ...stamps,
    ...extra,
  };
}

const IOM = {
  id: id(300),
  kind: 'international_organization' as const,
  code: 'IOM',
  acronym: { en: 'IOM', es: 'OIM', fr: 'OIM', pt: 'OIM' },
  name: {
    en: 'International Organization for Migration',
    es: 'Organización Internacional para las Migraciones',
    fr: 'Organisation internationale pour les migrations',
    pt: 'Organização Internacional para as Migrações',
  },
  email: '',
  phone: '',
  notes: '',
  isReference: true,
  ...stamps,
};
const MEXICO = {
  ...IOM,
  id: id(301),
  kind: 'member_state' as const,
  code: 'MEX',
  acronym: none,
  name: { en: 'Mexico', es: 'México', fr: 'Mexique', pt: 'México' },
};

const overview: SessionOverview = {
  session: {
    id: id(1),
    bodyId: id(2),
    title: { en: 'Annual session', es: '', fr: '', pt: '' },
    date: '2023-05-09',
    startTime: '10:00',
    endTime: '12:00',
    room: 'Simón Bolívar Room',
    modality: 'hybrid',
    originalLanguage: 'es',
    status: 'draft',
    ...stamps,
  },
  body: {
    id: id(2),
    code: 'CAM',
    name: { en: 'Committee on Migration Affairs', es: 'Comisión de Asuntos Migratorios', fr: 'x', pt: 'y' },
    parentName: none,
    symbolPattern: 'CP/CAM-{n}/{yy}',
    nextSymbolNumber: 1,
    ...stamps,
  },
  // Out of order on purpose: the screen follows `position`.
  agendaItems: [
    item(2, 1, 60, all('Dialogue')),
    {
      ...item(1, 0, 30, all('Panel')),
      annotation: { ...emptyLocalizedRichText(), fr: richTextFromPlainText('Table ronde.') },
    },
    item(3, 2, 45, all('Other business')),
  ],
  speakers: [
    speaker(3, 2, 1, { organizationId: MEXICO.id, status: 'withdrawn', allottedMinutes: 50 }),
    speaker(2, 2, 0, { organizationId: MEXICO.id, allottedMinutes: 20 }),
    speaker(1, 1, 0, { personId: id(400), role: 'panelist', allottedMinutes: 40, status: 'confirmed' }),
  ],
  documents: [
    {
      id: id(500),
      sessionId: id(1),
      kind: 'concept_paper',
      symbol: null,
      revisionKind: null,
      revisionNumber: null,
      originalLanguage: 'es',
      ...stamps,
    },
    {
      id: id(501),
      sessionId: id(1),
      kind: 'order_of_business',
      symbol: 'CP/CAM-123/23',
      revisionKind: 'rev',
      revisionNumber: 1,
      originalLanguage: 'en',
      ...stamps,
    },
  ],
  guidingQuestions: [
    { id: id(601), sessionId: id(1), position: 1, text: all('Second?'), ...stamps },
    { id: id(600), sessionId: id(1), position: 0, text: all('First?'), ...stamps },
  ],
  organizations: [IOM, MEXICO],
  people: [
    {
      id: id(400),
      name: 'Jean-Marc Lefèvre',
      honorific: 'Mr.',
      position: '',
      organizationId: IOM.id,
      email: '',
      ...stamps,
    },
  ],
};

describe('buildOverviewModel', () => {
  const model = buildOverviewModel(overview, 'es');

  it('falls back to a written language for the title, and names the body in the asked one', () => {
    expect(model.title).toEqual({ text: 'Annual session', lang: 'en' });
    expect(model.bodyName).toBe('Comisión de Asuntos Migratorios');
  });

  it('shows an annotation in another language when the asked one has none, and none when no language has one', () => {
    expect(model.agenda[0]!.annotation).toEqual({ doc: richTextFromPlainText('Table ronde.'), lang: 'fr' });
    expect(model.agenda[1]!.annotation).toBeNull();
  });

  it('numbers and times the items in their order', () => {
    expect(model.agenda.map((i) => [i.number, i.title.text, i.slot.start, i.slot.end])).toEqual([
      [1, 'Panel', '10:00', '10:30'],
      [2, 'Dialogue', '10:30', '11:30'],
      [3, 'Other business', '11:30', '12:15'],
    ]);
    expect(model.schedule.overrunMinutes).toBe(15);
    expect(model.agenda.map((i) => i.runsPastEnd)).toEqual([false, false, true]);
  });

  it('lists speakers in position order, with the person and their organization in the language', () => {
    const [panel, dialogue] = model.agenda;
    expect(panel!.speakers).toEqual([
      expect.objectContaining({
        number: 1,
        personName: 'Mr. Jean-Marc Lefèvre',
        organizationName: 'Organización Internacional para las Migraciones (OIM)',
      }),
    ]);
    expect(dialogue!.speakers.map((s) => [s.number, s.personName, s.organizationName, s.status])).toEqual([
      [1, null, 'México', 'requested'],
      [2, null, 'México', 'withdrawn'],
    ]);
  });

  it('checks the speakers against the slot, leaving out withdrawn ones; no limit proposed for a panel alone', () => {
    expect(model.agenda[0]!.fit).toEqual({ totalAllotted: 40, fits: false, perSpeakerLimitThatFits: null });
    expect(model.agenda[1]!.fit).toEqual({ totalAllotted: 20, fits: true, perSpeakerLimitThatFits: 60 });
    expect(model.agenda[2]!.fit.perSpeakerLimitThatFits).toBeNull();
  });

  it('orders the questions and prints symbols with their revision', () => {
    expect(model.questions.map((q) => q.text.text)).toEqual(['First?', 'Second?']);
    expect(model.documents.map((d) => d.symbol)).toEqual([null, 'CP/CAM-123/23 rev. 1']);
  });
});

describe('organizationLabel', () => {
  it('adds the acronym only when there is one', () => {
    expect(organizationLabel(IOM, 'en')).toBe('International Organization for Migration (IOM)');
    expect(organizationLabel(MEXICO, 'fr')).toBe('Mexique');
  });
});
