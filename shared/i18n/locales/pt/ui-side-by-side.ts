import type { SideBySideUiMessages } from '../en/ui-side-by-side';

/** Textos da vista lado a lado do original e de uma tradução, português. */
export const sideBySideUi: SideBySideUiMessages = {
  heading: '{{document}}: {{original}} e {{translation}}, lado a lado',
  intro:
    'Cada linha apresenta um trecho do original ao lado do mesmo trecho da tradução e, depois, as notas de rodapé em ordem. Clique numa célula, ou pressione Enter sobre ela, para alterar as palavras, o negrito, o itálico e os links; Esc a fecha. Parágrafos e notas de rodapé são acrescentados ou removidos no editor de cada versão.',
  openInEditor: 'Abrir a versão em {{language}} no editor',
  noText: 'Esta versão ainda não tem texto: receba primeiro a tradução ou escreva-a no editor.',
  notFound: 'Este documento não tem essa tradução.',
  where: 'Trecho',
  originalColumn: '{{language}} (original)',
  paragraph: 'Parágrafo {{number}}',
  footnote: 'Nota de rodapé {{number}}',
  none: 'Não consta desta versão.',
  edit: 'Editar: {{what}}',
  tools: 'Formatação da célula',
  done: 'Concluir',
  emptyRefused:
    'Um trecho ou uma nota de rodapé não pode ficar vazio aqui: remova-o no editor da sua versão. A última alteração não foi salva.',
  invalid: 'Esta alteração não pode ser salva: {{reason}}',
};
