import { emptyLocalizedRichText } from '../../shared/content/rich-text';
import { text, missing, expectEq, field, length } from './case-checks';
import type { Case } from './procedure-cases';

/** The cases of the session's own procedures: its body, details, agenda, documents, symbols and guiding questions. */
export const SESSION_CASES: Record<string, Case> = {
  'bodies.list': {
    happy: () => ({}),
    expect: (v) => expectEq(length(v), 1, 'bodies'),
    bad: () => ({ x: 1 }),
    badCode: 'validation',
  },
  'bodies.get': {
    happy: (c) => ({ id: c.bodyId }),
    expect: (v) => expectEq(field(v, 'code'), 'CAM', 'code'),
    bad: () => ({ id: missing }),
    badCode: 'not_found',
  },
  'bodies.update': {
    happy: (c) => ({ id: c.bodyId, patch: { symbolPattern: 'CP/CAM-{n}/{yyyy}' } }),
    expect: (v) => expectEq(field(v, 'symbolPattern'), 'CP/CAM-{n}/{yyyy}', 'pattern'),
    bad: (c) => ({ id: c.bodyId, patch: { code: '' } }),
    badCode: 'validation',
  },
  'sessions.list': {
    happy: () => ({}),
    expect: (v) => expectEq(length(v), 1, 'sessions'),
    bad: () => ({ bodyId: 'nope' }),
    badCode: 'validation',
  },
  'sessions.get': {
    happy: (c) => ({ id: c.sessionId }),
    expect: (v) => expectEq(field(v, 'date'), '2023-05-09', 'date'),
    bad: () => ({ id: missing }),
    badCode: 'not_found',
  },
  'sessions.overview': {
    happy: (c) => ({ id: c.sessionId }),
    expect: (v) => expectEq(length(field(v, 'agendaItems')), 6, 'agenda items'),
    bad: () => ({ id: missing }),
    badCode: 'not_found',
  },
  'sessions.create': {
    happy: (c) => ({
      bodyId: c.bodyId,
      title: text('Regular meeting'),
      date: '2026-12-03',
      startTime: '10:00',
      endTime: '13:00',
      room: 'Padilha Vidal Room',
      modality: 'in_person',
      originalLanguage: 'es',
      status: 'draft',
    }),
    expect: (v) => expectEq(field(v, 'date'), '2026-12-03', 'date'),
    bad: (c) => ({
      bodyId: c.bodyId,
      title: text('x'),
      date: '2026-02-30',
      startTime: '25:00',
      endTime: '13:00',
      room: '',
      modality: 'in_person',
      originalLanguage: 'es',
      status: 'draft',
    }),
    badCode: 'validation',
  },
  'sessions.update': {
    happy: (c) => ({ id: c.sessionId, patch: { room: 'Room B', status: 'convened' } }),
    expect: (v) => expectEq([field(v, 'room'), field(v, 'status')], ['Room B', 'convened'], 'room and status'),
    bad: (c) => ({ id: c.sessionId, patch: { startTime: '14:00' } }),
    badCode: 'validation',
  },
  'agendaItems.list': {
    happy: (c) => ({ sessionId: c.sessionId }),
    expect: (v) => expectEq(length(v), 6, 'items'),
    bad: () => ({}),
    badCode: 'validation',
  },
  'agendaItems.create': {
    happy: (c) => ({
      sessionId: c.sessionId,
      kind: 'presentation',
      title: text('Report of the Secretariat'),
      annotation: emptyLocalizedRichText(),
      durationMinutes: 15,
      documentSymbols: ['CP/CAM-200/23'],
      speakerOrder: 'by_rule',
    }),
    expect: (v) =>
      expectEq([field(v, 'position'), field(v, 'documentSymbols')], [6, ['CP/CAM-200/23']], 'appended item'),
    bad: () => ({
      sessionId: missing,
      kind: 'presentation',
      title: text('x'),
      annotation: emptyLocalizedRichText(),
      durationMinutes: 15,
      documentSymbols: [],
      speakerOrder: 'by_rule',
    }),
    badCode: 'not_found',
  },
  'agendaItems.update': {
    happy: (c) => ({ id: c.panelId, patch: { durationMinutes: 75 } }),
    expect: (v) => expectEq(field(v, 'durationMinutes'), 75, 'duration'),
    bad: (c) => ({ id: c.panelId, patch: { durationMinutes: -5 } }),
    badCode: 'validation',
  },
  'agendaItems.delete': { happy: (c) => ({ id: c.panelId }), bad: () => ({ id: missing }), badCode: 'not_found' },
  'agendaItems.reorder': {
    happy: (c) => ({ sessionId: c.sessionId, ids: [...c.itemIds].reverse() }),
    expect: (v, c) =>
      expectEq(
        (v as { id: string }[]).map((i) => i.id),
        [...c.itemIds].reverse(),
        'order',
      ),
    bad: (c) => ({ sessionId: c.sessionId, ids: c.itemIds.slice(1) }),
    badCode: 'validation',
  },
  'documents.list': {
    happy: (c) => ({ sessionId: c.sessionId }),
    expect: (v) => expectEq(length(v), 1, 'documents'),
    bad: () => ({ sessionId: 5 }),
    badCode: 'validation',
  },
  'documents.get': {
    happy: (c) => ({ id: c.documentId }),
    expect: (v) => expectEq(field(v, 'kind'), 'concept_paper', 'kind'),
    bad: () => ({ id: missing }),
    badCode: 'not_found',
  },
  'documents.create': {
    happy: (c) => ({
      sessionId: c.sessionId,
      kind: 'order_of_business',
      symbol: 'CP/OD-1588/07',
      revisionKind: null,
      revisionNumber: null,
      originalLanguage: 'es',
    }),
    expect: (v) => expectEq(field(v, 'symbol'), 'CP/OD-1588/07', 'symbol'),
    bad: (c) => ({
      sessionId: c.sessionId,
      kind: 'order_of_business',
      symbol: 'CP/OD-1588/07',
      revisionKind: 'rev',
      revisionNumber: null,
      originalLanguage: 'es',
    }),
    badCode: 'validation',
  },
  'documentVersions.list': {
    happy: (c) => ({ documentId: c.documentId }),
    expect: (v) => expectEq(length(v), 1, 'versions'),
    bad: () => ({ documentId: null }),
    badCode: 'validation',
  },
  'documentVersions.get': {
    happy: (c) => ({ id: c.versionId }),
    expect: (v) => expectEq(field(v, 'language'), 'en', 'language'),
    bad: () => ({ id: missing }),
    badCode: 'not_found',
  },
  'documentVersions.create': {
    happy: (c) => ({
      documentId: c.documentId,
      language: 'es',
      status: 'not_started',
      content: null,
      controlNumber: '',
    }),
    expect: (v) => expectEq(field(v, 'language'), 'es', 'language'),
    bad: (c) => ({ documentId: c.documentId, language: 'en', status: 'not_started', content: null, controlNumber: '' }),
    badCode: 'duplicate',
  },
  'documentVersions.update': {
    happy: (c) => ({ id: c.versionId, patch: { controlNumber: 'CIDRP03838E04' } }),
    expect: (v) => expectEq(field(v, 'controlNumber'), 'CIDRP03838E04', 'control number'),
    bad: (c) => ({ id: c.versionId, patch: { language: 'fr' } }),
    badCode: 'validation',
  },
  'guidingQuestions.list': {
    happy: (c) => ({ sessionId: c.sessionId }),
    expect: (v) => expectEq(length(v), 2, 'questions'),
    bad: () => ({ sessionId: '' }),
    badCode: 'validation',
  },
  'guidingQuestions.create': {
    happy: (c) => ({ sessionId: c.sessionId, text: { en: 'What comes next?', es: '¿Qué sigue?', fr: '', pt: '' } }),
    expect: (v) => expectEq(field(v, 'position'), 2, 'position'),
    bad: (c) => ({ sessionId: c.sessionId, text: { en: 'Only English' } }),
    badCode: 'validation',
  },
  'guidingQuestions.update': {
    happy: (c) => ({
      id: c.questionIds[1],
      patch: { text: { en: 'Revised', es: 'Revisada', fr: 'Révisée', pt: 'Revisada' } },
    }),
    expect: (v) => expectEq(field(field(v, 'text'), 'fr'), 'Révisée', 'text'),
    bad: (c) => ({ id: c.questionIds[1], patch: { position: 9 } }),
    badCode: 'validation',
  },
  'guidingQuestions.delete': {
    happy: (c) => ({ id: c.questionIds[0] }),
    bad: () => ({ id: missing }),
    badCode: 'not_found',
  },
  'guidingQuestions.reorder': {
    happy: (c) => ({ sessionId: c.sessionId, ids: [c.questionIds[1], c.questionIds[0]] }),
    expect: (v, c) =>
      expectEq(
        (v as { id: string }[]).map((q) => q.id),
        [c.questionIds[1], c.questionIds[0]],
        'order',
      ),
    bad: (c) => ({ sessionId: c.sessionId, ids: [c.questionIds[0], c.questionIds[0]] }),
    badCode: 'validation',
  },
  'symbols.next': {
    happy: (c) => ({ bodyId: c.bodyId, date: '2023-05-09' }),
    expect: (v) => expectEq(v, { symbol: 'CP/CAM-1/23', number: 1 }, 'first symbol'),
    bad: () => ({ bodyId: missing, date: '2023-05-09' }),
    badCode: 'not_found',
  },
  'documents.issueSymbol': {
    happy: (c) => ({ documentId: c.documentId }),
    expect: (v) => expectEq(field(v, 'symbol'), 'CP/CAM-1/23', 'issued symbol'),
    bad: () => ({ documentId: missing }),
    badCode: 'not_found',
  },
  'documents.createRevision': {
    happy: async (c) => {
      await c.db.updateTable('documents').set({ symbol: 'CP/CAM-7/23' }).where('id', '=', c.documentId).execute();
      return { documentId: c.documentId, revisionKind: 'rev' };
    },
    expect: (v) =>
      expectEq(
        [field(v, 'symbol'), field(v, 'revisionKind'), field(v, 'revisionNumber')],
        ['CP/CAM-7/23', 'rev', 1],
        'revision',
      ),
    bad: (c) => ({ documentId: c.documentId, revisionKind: 'rev' }),
    badCode: 'validation',
  },
  'guidingQuestions.assign': {
    happy: (c) => ({ questionId: c.questionIds[0], speakerIds: c.speakerIds.slice(0, 2) }),
    expect: (v, c) =>
      expectEq(
        v,
        c.speakerIds.slice(0, 2).map((speakerId) => ({ questionId: c.questionIds[0], speakerId })),
        'assignments',
      ),
    bad: (c) => ({ questionId: c.questionIds[0], speakerIds: [missing] }),
    badCode: 'validation',
  },
  'guidingQuestions.assignments': {
    happy: (c) => ({ sessionId: c.sessionId }),
    expect: (v) => expectEq(v, [], 'no assignments yet'),
    bad: () => ({ sessionId: 'not-an-id' }),
    badCode: 'validation',
  },
  'demo.create': { happy: () => ({}), bad: () => ({ count: 2 }), badCode: 'validation' },
};
