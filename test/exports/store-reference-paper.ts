import { REFERENCE_BODY } from '../../shared/registry/reference-organizations';
import type { TempStore } from '../support/temp-store';
import { readReferencePaper, SAMPLE_PAPER, type ReferencePaper } from './reference-paper';

export interface ReferenceSetup {
  paper: ReferencePaper;
  sessionId: string;
  documentId: string;
}

/**
 * A concept paper (the sample in test/fixtures unless told otherwise) stored through the API: its
 * session on the paper's date, guiding questions, document and English version.
 */
export async function storeReferencePaper(store: TempStore, file = SAMPLE_PAPER): Promise<ReferenceSetup> {
  const paper = readReferencePaper(file);
  const session = await store.call<{ id: string }>('sessions.create', {
    bodyId: REFERENCE_BODY.id,
    title: { en: paper.content.titleBlock.title, es: '', fr: '', pt: '' },
    date: paper.content.titleBlock.date,
    startTime: '10:00',
    endTime: '13:00',
    room: 'Simón Bolívar Room',
    modality: 'hybrid',
    originalLanguage: 'en',
    status: 'draft',
  });
  for (const question of paper.questions) {
    await store.call('guidingQuestions.create', {
      sessionId: session.id,
      text: { en: question, es: '', fr: '', pt: '' },
    });
  }
  const document = await store.call<{ id: string }>('documents.create', {
    sessionId: session.id,
    kind: 'concept_paper',
    symbol: 'CP/CAM-123/23',
    revisionKind: null,
    revisionNumber: null,
    originalLanguage: 'en',
  });
  await store.call('documentVersions.create', {
    documentId: document.id,
    language: 'en',
    status: 'original',
    content: paper.content,
    controlNumber: paper.controlNumber,
  });
  return { paper, sessionId: session.id, documentId: document.id };
}
