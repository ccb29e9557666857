import { ApiFailure, apiError, ApiErrorSchema, type Result } from './errors';
import type { InputOf, OutputOf, ProcedureName } from './contract';

/** Carries one call to main and brings back its Result: IPC in Electron, fetch in the browser mode. */
export type Transport = (name: ProcedureName, input: unknown) => Promise<Result<unknown>>;

export interface ApiClient {
  call<N extends ProcedureName>(name: N, input: InputOf<N>): Promise<OutputOf<N>>;
}

/** A typed client over any transport; a failed call rejects with an ApiFailure that holds the typed error. */
export function createApiClient(transport: Transport): ApiClient {
  return {
    async call(name, input) {
      let result: Result<unknown>;
      try {
        result = await transport(name, input);
      } catch {
        throw new ApiFailure(apiError('internal'));
      }
      if (result.ok) return result.value as never;
      const parsed = ApiErrorSchema.safeParse(result.error);
      throw new ApiFailure(parsed.success ? parsed.data : apiError('internal'));
    },
  };
}
