import { z } from 'zod';
import { IdSchema } from '../domain/common';
import { LanguageSchema } from '../domain/languages';
import { MissingTextSchema } from '../languages/missing-texts';
import { SessionExportKindSchema } from './document-procedures';
import { query } from './procedure';

/** Procedures that say, before an export, which texts it would print in another language. */
export const missingTextProcedures = {
  /**
   * The texts missing in `lang` (shared/languages/missing-texts.ts): for every export of the session,
   * or only for the order of business, annotated agenda or list of speakers (`kind`), or only for one
   * stored document (`documentId`).
   */
  'exports.missingTexts': query(
    z
      .strictObject({
        sessionId: IdSchema,
        lang: LanguageSchema,
        kind: SessionExportKindSchema.optional(),
        documentId: IdSchema.optional(),
      })
      .refine((input) => !(input.kind && input.documentId), {
        message: 'give a kind or a document, not both',
        path: ['documentId'],
      }),
    z.array(MissingTextSchema),
  ),
} as const;
