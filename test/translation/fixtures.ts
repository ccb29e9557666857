import { REFERENCE_BODY } from '../../shared/registry/reference-organizations';
import type { TempStore } from '../support/temp-store';
import { readReferencePaper, type ReferencePaper } from '../documents/reference-paper';
import { createOmegatProject } from '../documents/omegat';

/** Calls a procedure and throws on an error, naming it. */
export async function call<T>(store: TempStore, name: string, input: unknown): Promise<T> {
  const result = await store.api.call(name, input);
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

export interface ReferenceSetup {
  paper: ReferencePaper;
  sessionId: string;
  documentId: string;
}

/** The reference concept paper stored through the API, as test/documents/reference-paper.test.ts builds it. */
export async function storeReferencePaper(store: TempStore): Promise<ReferenceSetup> {
  const paper = readReferencePaper();
  const session = await call<{ id: string }>(store, 'sessions.create', {
    bodyId: REFERENCE_BODY.id,
    title: { en: 'Annual session on migration governance', es: '', fr: '', pt: '' },
    date: '2023-05-09',
    startTime: '10:00',
    endTime: '13:00',
    room: 'Simón Bolívar Room',
    modality: 'hybrid',
    originalLanguage: 'en',
    status: 'draft',
  });
  for (const question of paper.questions) {
    await call(store, 'guidingQuestions.create', {
      sessionId: session.id,
      text: { en: question, es: '', fr: '', pt: '' },
    });
  }
  const document = await call<{ id: string }>(store, 'documents.create', {
    sessionId: session.id,
    kind: 'concept_paper',
    symbol: 'CP/CAM-123/23',
    revisionKind: null,
    revisionNumber: null,
    originalLanguage: 'en',
  });
  await call(store, 'documentVersions.create', {
    documentId: document.id,
    language: 'en',
    status: 'original',
    content: paper.content,
    controlNumber: paper.controlNumber,
  });
  return { paper, sessionId: session.id, documentId: document.id };
}

/**
 * A translator's round trip in OmegaT, headless (architecture.md): the DOCX goes into a project,
 * OmegaT writes a pseudo-translation memory, every Spanish segment is marked with `marker`, and
 * OmegaT builds the translated DOCX from it. Returns the translated file's bytes.
 */
export function omegatPseudoTranslate(docx: Buffer, dir: string, marker: string): Buffer {
  return createOmegatProject(dir, docx).translate(marker);
}
