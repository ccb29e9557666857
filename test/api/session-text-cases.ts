import { invoke } from '../../main/services/handlers';
import { sessionTextsDocx } from '../../main/translation/session-texts/texts-docx';
import { sessionTexts } from '../../shared/translation/session-texts';
import type { Case, Ctx } from './procedure-cases';

const missing = '00000000-0000-4000-8000-000000000000';

const check = (ok: boolean, what: string) => {
  if (!ok) throw new Error(what);
};
const field = <T>(v: unknown, key: string) => (v as Record<string, T>)[key] as T;

/** The demo session's texts sent to Spanish: the translator's file, returned untranslated (its structure is what was sent). */
async function sentToSpanish(c: Ctx): Promise<string> {
  const sent = await invoke(c.db, 'translation.sessionTexts.send', {
    sessionId: c.sessionId,
    languages: ['es'],
    translator: 'Ana Pérez',
  });
  return Buffer.from(sent.files[0]!.file.bytes).toString('base64');
}

/** The translator's file of the demo session's texts as it would be sent, made without recording a sending. */
async function unsentFile(c: Ctx): Promise<string> {
  const overview = await invoke(c.db, 'sessions.overview', { id: c.sessionId });
  return (await sessionTextsDocx({ texts: sessionTexts(overview, 'en'), lang: 'en', target: 'es' })).toString('base64');
}

/** Happy and bad inputs of the session texts' procedures (shared/api/session-text-procedures.ts). */
export const SESSION_TEXT_CASES: Record<string, Case> = {
  'translation.sessionTexts.status': {
    happy: (c) => ({ sessionId: c.sessionId }),
    expect: (v) => {
      const languages = field<{ language: string; status: string }[]>(v, 'languages');
      check(
        languages.map((l) => `${l.language}:${l.status}`).join() ===
          'en:original,es:not_started,fr:not_started,pt:not_started',
        'statuses',
      );
      check(field<number>(v, 'texts') > 5, 'the demo has texts');
    },
    bad: () => ({ sessionId: missing }),
    badCode: 'not_found',
  },
  'translation.sessionTexts.send': {
    happy: (c) => ({ sessionId: c.sessionId, languages: ['fr', 'pt'], translator: 'Ana Pérez', dueDate: '2023-04-20' }),
    expect: (v) => {
      const files = field<{ file: { fileName: string } }[]>(v, 'files');
      check(
        files.map((f) => f.file.fileName).join() ===
          'session-texts-2023-05-09-en-to-fr.docx,session-texts-2023-05-09-en-to-pt.docx',
        'file names',
      );
      const status = field<{ languages: { status: string }[] }>(v, 'status');
      check(status.languages.map((l) => l.status).join() === 'original,not_started,sent,sent', 'statuses moved');
    },
    // English is the demo session's original language
    bad: (c) => ({ sessionId: c.sessionId, languages: ['en'], translator: '' }),
    badCode: 'validation',
  },
  'translation.sessionTexts.inspect': {
    happy: async (c) => ({ sessionId: c.sessionId, language: 'es', base64: await sentToSpanish(c) }),
    expect: (v) => {
      const report = field<{ matches: boolean }>(v, 'report');
      check(report.matches, 'the file sent matches what was sent');
      // the demo session has its Spanish texts already
      check(field<boolean>(v, 'wouldOverwrite'), 'would overwrite');
    },
    bad: (c) => ({ sessionId: c.sessionId, language: 'es', base64: 'bm90IGEgZG9jeA==' }),
    badCode: 'bad_file',
  },
  'translation.sessionTexts.receive': {
    happy: async (c) => ({
      sessionId: c.sessionId,
      language: 'es',
      base64: await sentToSpanish(c),
      replaceExisting: true,
    }),
    expect: (v) => check(field<number>(v, 'applied') > 5, 'texts written'),
    // the demo session's Spanish texts are there: replacing them must be asked for
    bad: async (c) => ({ sessionId: c.sessionId, language: 'es', base64: await unsentFile(c) }),
    badCode: 'would_overwrite',
  },
};
