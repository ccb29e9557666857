import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/api/errors';
import { IMPORT_LIMITS, type LimitName } from '../../shared/content/import-limits';

const LIMIT_PATH = /^limit\.(\w+)$/;

/** The limits an over_limit refusal names (issue paths `limit.<name>`), each said in the user's language. */
export function LimitReasons({ error }: { error: ApiError }) {
  const { t, i18n } = useTranslation();
  const names = error.issues
    .map((issue) => LIMIT_PATH.exec(issue.path)?.[1])
    .filter((name): name is LimitName => !!name && i18n.exists(`importLimits.${name}`));
  if (error.code !== 'over_limit' || names.length === 0) return null;
  return (
    <ul className="refusal__issues" data-testid="limit-reasons">
      {names.map((name, i) => (
        <li key={i}>
          {t(`importLimits.${name}`, {
            limit:
              name in IMPORT_LIMITS
                ? IMPORT_LIMITS[name as keyof typeof IMPORT_LIMITS].toLocaleString(i18n.language)
                : '',
          })}
        </li>
      ))}
    </ul>
  );
}
