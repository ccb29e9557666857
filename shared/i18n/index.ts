export { createI18n } from './create-i18n';
export { enumLabelKey, languageNameKey, LABELLED_ENUMS, type EnumName, type EnumValue } from './enum-labels';
export { NAMESPACES, resources, type Namespace } from './resources';
