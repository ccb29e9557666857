import type { SpeakersTimeUiMessages } from '../en/ui-speakers';

export const speakersTimeUi: SpeakersTimeUiMessages = {
  reach: {
    legend: 'El límite se aplica a las delegaciones, los observadores y las organizaciones, y también a',
    panelists: 'Panelistas y oradores principales',
    moderators: 'Moderadores',
  },
};
