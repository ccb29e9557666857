import { z } from 'zod';
import { StoredContentSchema } from '../content/schema';
import { LanguageSchema } from './languages';
import { entitySchema, withRules } from './entity';
import { IdSchema } from './common';

export const DOCUMENT_KINDS = [
  'concept_paper',
  'order_of_business',
  'annotated_agenda',
  'list_of_speakers',
  'report',
  'note',
  // made from the agenda, the panel and the list of speakers (issue 18)
  'chairs_script',
  // made from the session's record and good practices (issue 18)
  'session_report',
  'good_practices',
] as const;
export const DocumentKindSchema = z.enum(DOCUMENT_KINDS);
export type DocumentKind = z.infer<typeof DocumentKindSchema>;

/** OAS revision marks, printed lower case after the symbol: "rev. 1", "corr. 1", "add. 1". */
export const REVISION_KINDS = ['rev', 'corr', 'add'] as const;
export const RevisionKindSchema = z.enum(REVISION_KINDS);
export type RevisionKind = z.infer<typeof RevisionKindSchema>;

export const DocumentFields = withRules(
  z.object({
    kind: DocumentKindSchema,
    /** The base symbol shared by all language versions, e.g. "CP/CAM-123/23"; null until one is issued. */
    symbol: z.string().trim().min(1).max(100).nullable(),
    revisionKind: RevisionKindSchema.nullable(),
    revisionNumber: z.int().min(1).max(99).nullable(),
    originalLanguage: LanguageSchema,
  }),
  [
    {
      holds: (d) => (d.revisionKind === null) === (d.revisionNumber === null),
      message: 'a revision needs both its kind and its number',
      path: 'revisionNumber',
    },
  ],
);

export const DocumentSchema = entitySchema(
  {
    id: IdSchema,
    sessionId: IdSchema,
  },
  DocumentFields,
);
export type SessionDocument = z.infer<typeof DocumentSchema>;

export const VERSION_STATUSES = ['original', 'not_started', 'sent', 'received', 'revised', 'final'] as const;
export const VersionStatusSchema = z.enum(VERSION_STATUSES);
export type VersionStatus = z.infer<typeof VersionStatusSchema>;

/** Upper bound of a stored document's JSON; a 100-page paper is about 2 MB. */
export const MAX_CONTENT_CHARS = 20_000_000;

export const DocumentVersionFields = withRules(
  z.object({
    status: VersionStatusSchema,
    /** The structured document (ProseMirror JSON); its own schema comes with the editor. */
    content: StoredContentSchema.nullable(),
    /** The translation control number typed by the user, e.g. "CIDRP03838E04". */
    controlNumber: z.string().trim().max(64),
  }),
);

export const DocumentVersionSchema = entitySchema(
  {
    id: IdSchema,
    documentId: IdSchema,
    language: LanguageSchema,
  },
  DocumentVersionFields,
);
export type DocumentVersion = z.infer<typeof DocumentVersionSchema>;

/** The printed form of a symbol with its revision: "CP/CAM-123/23 rev. 1". */
export function formatSymbol(doc: Pick<SessionDocument, 'symbol' | 'revisionKind' | 'revisionNumber'>): string {
  if (!doc.symbol) return '';
  return doc.revisionKind && doc.revisionNumber
    ? `${doc.symbol} ${doc.revisionKind}. ${doc.revisionNumber}`
    : doc.symbol;
}
