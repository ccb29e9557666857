/** Procedures of the documents feature (editor content, DOCX exports). */
export const documentProcedures = {} as const;
