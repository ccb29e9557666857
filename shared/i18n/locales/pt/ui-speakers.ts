import type { SpeakersTimeUiMessages } from '../en/ui-speakers';

export const speakersTimeUi: SpeakersTimeUiMessages = {
  reach: {
    legend: 'O limite se aplica às delegações, aos observadores e às organizações, e também a',
    panelists: 'Painelistas e oradores principais',
    moderators: 'Moderadores',
  },
};
