import { useId, useRef } from 'react';
import { apiError, type ApiError } from '../../../shared/api/errors';
import { MAX_DOCX_BASE64_CHARS } from '../../../shared/api/translation-procedures';
import { readFileAsBase64 } from '../backups/session-file';

/**
 * "Choose the Word file…": the browser's file input, hidden behind a button in the screen's language
 * (the browser's own button speaks the browser's). Hands on the file's bytes as base64, never a path;
 * a file over main's limit is refused here without sending it.
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
  onFile: (file: { name: string; base64: string }) => void;
  onRefused: (error: ApiError) => void;
}) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);

  async function read(file: File | undefined) {
    if (input.current) input.current.value = '';
    if (!file) return;
    // Base64 grows the bytes by a third.
    if (Math.ceil(file.size / 3) * 4 > MAX_DOCX_BASE64_CHARS) {
      onRefused(apiError('bad_file'));
      return;
    }
    onFile({ name: file.name, base64: await readFileAsBase64(file) });
  }

  return (
    <div className="file-field">
      <input
        ref={input}
        id={id}
        className="visually-hidden file-field__input"
        type="file"
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        data-testid={testId}
        aria-describedby={hintId}
        disabled={disabled}
        onChange={(e) => void read(e.target.files?.[0])}
      />
      <label htmlFor={id} className="button file-field__button">
        {label}
      </label>
    </div>
  );
}
