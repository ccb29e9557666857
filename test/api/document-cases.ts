import type { Case } from './procedure-cases';

/** Happy and bad inputs of the documents feature's procedures. */
export const DOCUMENT_CASES: Record<string, Case> = {};
