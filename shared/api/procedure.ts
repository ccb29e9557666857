import type { z } from 'zod';

/** One procedure of the contract: the schema its input must pass and the schema of what it answers. */
export interface Procedure<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  /** Queries read; mutations write inside one transaction. */
  kind: 'query' | 'mutation';
}

export const query = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O): Procedure<I, O> => ({
  input,
  output,
  kind: 'query',
});

export const mutation = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O): Procedure<I, O> => ({
  input,
  output,
  kind: 'mutation',
});
