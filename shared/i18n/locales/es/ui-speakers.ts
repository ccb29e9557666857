import type { SpeakersTimeUiMessages } from '../en/ui-speakers';

export const speakersTimeUi: SpeakersTimeUiMessages = {
  reach: {
    legend: 'El límite se aplica a las delegaciones, los observadores y las organizaciones, y también a',
    panelists: 'Panelistas y oradores principales',
    moderators: 'Moderadores',
  },
  pastSlot: {
    title:
      'La lista de oradores excede el horario del punto: su exportación marca a los oradores fuera del horario y lo indica bajo el punto.',
    item: 'Tema {{number}}: {{minutes}} más allá del final de su horario ({{end}})',
  },
};
