import { apiError, type ApiError } from '../../../shared/api/errors';
import { MAX_DOCX_BASE64_CHARS } from '../../../shared/api/translation-procedures';
import { FileButton } from '../../components/form/FileButton';

/**
 * "Choose the Word file…": hands on the file itself (sent as bytes, never a path); a file over main's
 * limit is refused here without sending it.
 */
export function DocxFilePicker({
  label,
  hintId,
  disabled,
  testId,
  onFile,
  onRefused,
}: {
  label: string;
  hintId?: string;
  disabled?: boolean;
  testId: string;
  onFile: (file: File) => void;
  onRefused: (error: ApiError) => void;
}) {
  function read(file: File | undefined) {
    if (!file) return;
    // Base64 grows the bytes by a third.
    if (Math.ceil(file.size / 3) * 4 > MAX_DOCX_BASE64_CHARS) {
      onRefused(apiError('bad_file'));
      return;
    }
    onFile(file);
  }

  return (
    <FileButton
      label={label}
      accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
      testId={testId}
      {...(hintId ? { describedBy: hintId } : {})}
      {...(disabled !== undefined ? { disabled } : {})}
      onPick={(file) => void read(file)}
    />
  );
}
