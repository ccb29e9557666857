import { useId, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api/errors';
import { ErrorNotice } from '../ErrorNotice';

/**
 * A short form in a card that makes something new (a session, next year's session): its heading and
 * intro, its fields, the button that makes it (its words while busy) and Cancel, which Escape also means,
 * and what went wrong.
 */
export function CardForm({
  className,
  testId,
  title,
  intro,
  submit,
  busyText,
  submitTestId,
  busy,
  error,
  formRef,
  onSubmit,
  onCancel,
  children,
}: {
  className: string;
  testId: string;
  title: string;
  intro: string;
  submit: string;
  busyText: string;
  submitTestId: string;
  busy: boolean;
  error: ApiError | null;
  formRef?: RefObject<HTMLFormElement | null>;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <form
      ref={formRef}
      className={`form-card ${className}`}
      data-testid={testId}
      aria-labelledby={titleId}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <p className="field__hint">{intro}</p>
      <div className="form-grid">{children}</div>
      <p>
        <button type="submit" className="button button--primary" disabled={busy} data-testid={submitTestId}>
          {busy ? busyText : submit}
        </button>{' '}
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </p>
      {error && <ErrorNotice error={error} />}
    </form>
  );
}
