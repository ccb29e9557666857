import type { Case } from './procedure-cases';

/** Happy and bad inputs of the backup and session-file procedures. */
export const SAFETY_CASES: Record<string, Case> = {};
