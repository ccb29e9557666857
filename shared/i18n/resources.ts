import type { Language } from '../domain/languages';
import { documentBoilerplate as enDocument } from './locales/en/document';
import { ui as enUi } from './locales/en/ui';
import { documentBoilerplate as esDocument } from './locales/es/document';
import { ui as esUi } from './locales/es/ui';
import { documentBoilerplate as frDocument } from './locales/fr/document';
import { ui as frUi } from './locales/fr/ui';
import { documentBoilerplate as ptDocument } from './locales/pt/document';
import { ui as ptUi } from './locales/pt/ui';

/** `ui`: every string of the screens; `document`: the boilerplate of exported documents. */
export const NAMESPACES = ['ui', 'document'] as const;
export type Namespace = (typeof NAMESPACES)[number];

/** All messages, by language and namespace, in the shape i18next takes as `resources`. */
export const resources = {
  en: { ui: enUi, document: enDocument },
  es: { ui: esUi, document: esDocument },
  fr: { ui: frUi, document: frDocument },
  pt: { ui: ptUi, document: ptDocument },
} as const satisfies Record<Language, Record<Namespace, unknown>>;
