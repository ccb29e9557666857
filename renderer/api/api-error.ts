import { ApiFailure, apiError, type ApiError } from '../../shared/api/errors';

/** The typed error of a failed call; anything else (a bug, a network failure) counts as `internal`. */
export function toApiError(error: unknown): ApiError {
  return error instanceof ApiFailure ? error.error : apiError('internal');
}
