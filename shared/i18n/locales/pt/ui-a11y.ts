import type { A11yUiMessages } from '../en/ui-a11y';

export const a11yUi: A11yUiMessages = {
  fieldOfItem: 'Item {{number}}: {{field}}',
};
