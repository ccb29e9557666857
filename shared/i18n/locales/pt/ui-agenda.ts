import type { AgendaBuilderUiMessages } from '../en/ui-agenda';

export const agendaBuilderUi: AgendaBuilderUiMessages = {
  title: 'Ordem do dia',
  intro:
    'Monte a ordem do dia: cada item começa quando o anterior termina. Arraste um item pela alça, ou use os botões ou Alt+↑ e Alt+↓ para movê-lo.',
  keyboardHint: 'Dica: dentro de um item, Alt+↑ e Alt+↓ o sobem e o descem.',
  moved: 'Item movido da posição {{from}} para a posição {{to}}.',
  added: 'Item {{number}} adicionado.',
  deleted: 'O item {{number}} foi excluído, com sua lista de oradores.',
  empty: {
    title: 'Ainda não há itens na ordem do dia',
    body: 'Adicione o primeiro item com o formulário abaixo: uma ordem do dia costuma começar com a abertura e a aprovação da ordem do dia, e terminar com outros assuntos e o encerramento.',
  },
  newKind: 'Tipo do novo item',
  add: 'Adicionar item',
  itemLabel: 'Item {{number}}: {{title}}',
  dragHint: 'Arraste para mover este item',
  fields: {
    title: 'Título',
    kind: 'Tipo',
    duration: 'Minutos',
    documents: 'Documentos considerados',
    otherSymbols: 'Outros símbolos',
    annotation: 'Anotação',
  },
  noIssuedSymbols: 'Nenhum documento desta sessão tem símbolo ainda; atribua um em Dados e documentos.',
  otherSymbolsHint: 'Símbolos de documentos de outra origem, separados por ponto e vírgula.',
  allLanguages: 'Título e anotação em todos os idiomas',
  moderators: 'Moderação',
  panelists: 'Painelistas',
  speakersLink: 'Lista de oradores ({{n}})',
  andMore: '{{names}} e mais {{n}}',
  speakersOver: 'Os oradores precisam de {{allotted}}; o item tem {{duration}}',
  moveUpItem: 'Subir o item {{number}}',
  moveDownItem: 'Descer o item {{number}}',
  deleteItem: 'Excluir o item {{number}}',
};
