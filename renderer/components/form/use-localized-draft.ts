import { useState } from 'react';
import type { i18n as I18n } from 'i18next';
import { LANGUAGES, type Language, type Localized } from '../../../shared/domain/languages';
import { fieldProblemText } from '../../../shared/i18n/field-issues';
import { useHeldDraft } from '../../saving/use-held-draft';

export interface LocalizedRules {
  /** The field's name in refusals: a key of `forms.fields` ("title"). */
  field: string;
  /** The schema's limit per language (2,000 for titles, 5,000 for guiding questions). */
  maxLength: number;
  /** Refuse a text empty in every language (an agenda item's title). */
  oneLanguage?: boolean;
}

/**
 * A text in four languages checked before it is saved: past the limit, or empty everywhere when one language is
 * required, the typed text stays on screen with the refusal by field and rule, is not passed on, and the header
 * says that something is not saved.
 */
export function useLocalizedDraft(
  value: Localized,
  onChange: (value: Localized) => void,
  rules: LocalizedRules,
  // The caller's, not a hook of its own: a builder of sixty rows would subscribe sixty times.
  i18n: I18n,
) {
  const [draft, setDraft] = useState<Localized | null>(null);
  const shown = draft ?? value;
  useHeldDraft(draft !== null);

  const tooLong = (text: Localized, lang: Language) => text[lang].length > rules.maxLength;
  const allEmpty = (text: Localized) => rules.oneLanguage === true && LANGUAGES.every((l) => text[l].trim() === '');

  return {
    shown,
    change(lang: Language, text: string) {
      const next = { ...shown, [lang]: text };
      if (allEmpty(next) || LANGUAGES.some((l) => tooLong(next, l))) setDraft(next);
      else {
        setDraft(null);
        onChange(next);
      }
    },
    /** The refusal to show under one language's field. */
    errorOf(lang: Language): string | undefined {
      if (tooLong(shown, lang))
        return fieldProblemText(i18n, rules.field, { kind: 'too_long', limit: rules.maxLength }, { language: lang });
      return undefined;
    },
    /** The refusal of the text as a whole. */
    error: allEmpty(shown) ? fieldProblemText(i18n, rules.field, { kind: 'oneLanguage' }) : undefined,
  };
}
