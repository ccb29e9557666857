import type { SpeakersTimeUiMessages } from '../en/ui-speakers';

export const speakersTimeUi: SpeakersTimeUiMessages = {
  reach: {
    legend: 'La limite s’applique aux délégations, aux observateurs et aux organisations, et aussi aux',
    panelists: 'Panélistes et orateurs principaux',
    moderators: 'Modérateurs',
  },
  pastSlot: {
    title:
      'La liste des orateurs dépasse le temps prévu pour le point : son export signale les orateurs hors du temps prévu et l’indique sous le point.',
    item: 'Point {{number}} : {{minutes}} au-delà de la fin du temps prévu ({{end}})',
  },
};
