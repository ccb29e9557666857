import type { InputOf, OutputOf, ProcedureName } from '../../shared/api/contract';
import { ApiFailure } from '../../shared/api/errors';
import type { App } from '../app/open-app';

/** The CLI calls the same API as the windows do, with the same validation, and stops on its first error. */
export async function callOrThrow<N extends ProcedureName>(app: App, name: N, input: InputOf<N>): Promise<OutputOf<N>> {
  const result = await app.api.call(name, input);
  if (!result.ok) throw new ApiFailure(result.error);
  return result.value as OutputOf<N>;
}
