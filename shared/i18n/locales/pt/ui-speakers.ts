import type { SpeakersTimeUiMessages } from '../en/ui-speakers';

export const speakersTimeUi: SpeakersTimeUiMessages = {
  reach: {
    legend: 'O limite se aplica às delegações, aos observadores e às organizações, e também a',
    panelists: 'Painelistas e oradores principais',
    moderators: 'Moderadores',
  },
  pastSlot: {
    title:
      'A lista de oradores ultrapassa o horário do item: sua exportação assinala os oradores fora do horário e o indica sob o item.',
    item: 'Item {{number}}: {{minutes}} além do fim do seu horário ({{end}})',
  },
};
