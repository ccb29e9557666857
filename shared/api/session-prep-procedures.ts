import { z } from 'zod';
import { CalendarDateSchema, IdSchema } from '../domain/common';
import { DocumentSchema, RevisionKindSchema } from '../domain/document';
import { mutation, query } from './procedure';

export const QuestionAssignmentSchema = z.object({ questionId: IdSchema, speakerId: IdSchema });
export type QuestionAssignment = z.infer<typeof QuestionAssignmentSchema>;

/** Procedures of preparing a session beyond plain records: symbols, revisions, who answers which question. */
export const sessionPrepProcedures = {
  /** The symbol the body's pattern gives next for a document of that date; a proposal, nothing is reserved. */
  'symbols.next': query(
    z.strictObject({ bodyId: IdSchema, date: CalendarDateSchema }),
    z.object({ symbol: z.string(), number: z.int() }),
  ),
  /** Gives a document without a symbol the next one of its session's body, and records it so it is never issued again. */
  'documents.issueSymbol': mutation(z.strictObject({ documentId: IdSchema }), DocumentSchema),
  /** A new document for "rev. N", "corr. N" or "add. N" of an existing symbol, with a copy of its language versions. */
  'documents.createRevision': mutation(
    z.strictObject({ documentId: IdSchema, revisionKind: RevisionKindSchema }),
    DocumentSchema,
  ),
  /** Sets which speakers (panelists) will answer a guiding question. */
  'guidingQuestions.assign': mutation(
    z.strictObject({ questionId: IdSchema, speakerIds: z.array(IdSchema).max(200) }),
    z.array(QuestionAssignmentSchema),
  ),
  'guidingQuestions.assignments': query(z.strictObject({ sessionId: IdSchema }), z.array(QuestionAssignmentSchema)),
} as const;
