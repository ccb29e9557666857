import type { StartFromUiMessages } from '../en/ui-start-from';

export const startFromUi: StartFromUiMessages = {
  open: 'Partir desta sessão…',
  title: 'Preparar a sessão do próximo ano a partir desta',
  intro:
    'A nova sessão recebe o órgão, o horário e a sala desta sessão, sua ordem do dia com as anotações como rascunhos, as perguntas orientadoras, os papéis e os mecanismos do painel e a nota conceitual como novo rascunho sem símbolo. As pessoas, os pedidos de palavra e o registro não são copiados. Esta sessão não muda.',
  date: 'Data da nova sessão',
  start: 'Criar a nova sessão',
  starting: 'Criando…',
};
