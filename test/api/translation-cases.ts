import { invoke } from '../../main/services/handlers';
import type { Case, Ctx } from './procedure-cases';

const missing = '00000000-0000-4000-8000-000000000000';

const check = (ok: boolean, what: string) => {
  if (!ok) throw new Error(what);
};
const field = <T>(v: unknown, key: string) => (v as Record<string, T>)[key] as T;

/** The demo concept paper's English DOCX: a "translation" with exactly the original's structure. */
const paperDocx = async (c: Ctx) =>
  Buffer.from(
    (await invoke(c.db, 'documents.exportDocx', { documentId: c.documentId, language: 'en' })).bytes,
  ).toString('base64');

const notDocx = Buffer.from('%PDF-1.7 not a Word document').toString('base64');

/** Sends the demo paper to Spanish translation, then edits its first paragraph's text. */
async function sendThenEdit(c: Ctx): Promise<void> {
  await invoke(c.db, 'translation.send', { documentId: c.documentId, languages: ['es'], translator: 'Ana Pérez' });
  const original = await invoke(c.db, 'documentVersions.get', { id: c.versionId });
  const content = structuredClone(original.content!);
  const first = content.body.content.find((b) => b.type === 'paragraph');
  if (!first || first.type !== 'paragraph') throw new Error('the demo paper has no paragraph');
  first.content = [{ type: 'text', text: 'A sentence written after the paper went to the translators.' }];
  await invoke(c.db, 'documentVersions.update', { id: c.versionId, patch: { content } });
}

/** Happy and bad inputs of the translation feature's procedures. */
export const TRANSLATION_CASES: Record<string, Case> = {
  'translation.versions': {
    happy: (c) => ({ documentId: c.documentId }),
    expect: (v) => {
      const versions = field<{ language: string; status: string }[]>(v, 'versions');
      check(versions.map((x) => x.language).join() === 'en,es,fr,pt', 'four versions in OAS order');
      check(versions[0]!.status === 'original' && versions[1]!.status === 'not_started', 'statuses');
    },
    bad: () => ({ documentId: missing }),
    badCode: 'not_found',
  },
  'translation.send': {
    happy: (c) => ({
      documentId: c.documentId,
      languages: ['es', 'fr'],
      translator: 'Ana Pérez',
      dueDate: '2023-04-20',
    }),
    expect: (v) => {
      const files = field<{ language: string; file: { fileName: string } }[]>(v, 'files');
      check(
        files.map((f) => f.file.fileName).join() === 'concept-paper-en-to-es.docx,concept-paper-en-to-fr.docx',
        'file names',
      );
      const versions = field<{ versions: { status: string; sent: { translator: string } | null }[] }>(v, 'versions');
      check(versions.versions.map((x) => x.status).join() === 'original,sent,sent,not_started', 'statuses moved');
      check(versions.versions[1]!.sent?.translator === 'Ana Pérez', 'translator recorded');
    },
    // English is the demo paper's original language: it cannot be sent to translation into itself
    bad: (c) => ({ documentId: c.documentId, languages: ['en'], translator: '' }),
    badCode: 'validation',
  },
  'translation.inspect': {
    happy: async (c) => ({ documentId: c.documentId, language: 'es', base64: await paperDocx(c) }),
    expect: (v) => check(field<{ matches: boolean }>(v, 'report').matches, 'the same structure matches'),
    bad: (c) => ({ documentId: c.documentId, language: 'es', base64: notDocx }),
    badCode: 'bad_file',
  },
  'translation.receive': {
    happy: async (c) => ({ documentId: c.documentId, language: 'es', base64: await paperDocx(c) }),
    expect: (v) => check(field<{ status: string }>(v, 'version').status === 'received', 'received'),
    bad: (c) => ({ documentId: c.documentId, language: 'es', base64: notDocx }),
    badCode: 'bad_file',
  },
  'translation.importDraft': {
    happy: async (c) => ({ sessionId: c.sessionId, kind: 'report', language: 'es', base64: await paperDocx(c) }),
    expect: (v) =>
      check(field<boolean>(v, 'created') && field<{ footnotes: number }>(v, 'imported').footnotes >= 0, 'created'),
    // the demo paper's original is English: a Spanish file for it is a translation, not a draft
    bad: async (c) => ({
      sessionId: c.sessionId,
      documentId: c.documentId,
      language: 'es',
      base64: await paperDocx(c),
    }),
    badCode: 'validation',
  },
  'translation.changes': {
    happy: async (c) => {
      await sendThenEdit(c);
      return { documentId: c.documentId, language: 'es' };
    },
    expect: (v) => {
      const changes = field<{ change: string; new: string }[]>(v, 'changes');
      check(
        changes.some((x) => x.change === 'changed' && x.new.startsWith('A sentence written after')),
        'the edit',
      );
    },
    // never sent to French translation
    bad: (c) => ({ documentId: c.documentId, language: 'fr' }),
    badCode: 'not_sent',
  },
  'translation.changesDocx': {
    happy: async (c) => {
      await sendThenEdit(c);
      return { documentId: c.documentId, language: 'es' };
    },
    expect: (v) =>
      check(
        field<string>(v, 'fileName') === 'concept-paper-changes-es.docx',
        `file name ${field<string>(v, 'fileName')}`,
      ),
    bad: (c) => ({ documentId: c.documentId, language: 'pt' }),
    badCode: 'not_sent',
  },
};
