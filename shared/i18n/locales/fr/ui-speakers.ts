import type { SpeakersTimeUiMessages } from '../en/ui-speakers';

export const speakersTimeUi: SpeakersTimeUiMessages = {
  reach: {
    legend: 'La limite s’applique aux délégations, aux observateurs et aux organisations, et aussi aux',
    panelists: 'Panélistes et orateurs principaux',
    moderators: 'Modérateurs',
  },
};
