import type { ApiError } from '../../../shared/api/errors';
import { ErrorNotice } from '../../components/ErrorNotice';

/** A refused import or receipt: what was not done (nothing was changed), then why, translated. */
export function RefusedNotice({ lead, error, testId }: { lead: string; error: ApiError; testId: string }) {
  return (
    <div data-testid={testId}>
      <p className="notice__title">{lead}</p>
      <ErrorNotice error={error} withTitle={false} />
    </div>
  );
}
