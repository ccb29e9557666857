import { useTranslation } from 'react-i18next';
import type { VersionStatus } from '../../../../shared/domain/document';
import { enumLabelKey } from '../../../../shared/i18n/enum-labels';
import { Tag } from '../../../components/Tag';

/** A language's translation status, as the versions and session-texts tables show it. */
export function VersionStatusTag({ status, testId }: { status: VersionStatus; testId: string }) {
  const { t } = useTranslation();
  return (
    <span data-testid={testId}>
      <Tag tone={`version-${status}`}>{t(enumLabelKey('versionStatus', status))}</Tag>
    </span>
  );
}
