import type { SessionTextsUiMessages } from '../en/ui-session-texts';

export const sessionTextsUi: SessionTextsUiMessages = {
  detailsTitle: 'Textos da sessão',
  detailsHint:
    'O título da sessão, os títulos e anotações dos itens e as perguntas orientadoras: com eles se fazem a ordem do dia, a ordem do dia anotada e a lista de oradores. Vão aos tradutores num arquivo Word por idioma.',
  link: 'Idiomas e tradução',
  heading: 'Textos da sessão: idiomas e tradução',
  back: 'Voltar aos detalhes',
  intro:
    'Cada idioma marcado recebe um arquivo Word com todos os textos em {{language}}, ao lado de uma referência que não deve ser alterada. O tradutor escreve a tradução sobre cada texto e devolve o arquivo.',
  summary: '{{texts}} texto(s), {{words}} palavra(s) em {{language}}.',
  noTexts:
    'A sessão ainda não tem textos em {{language}}: dê-lhe um título, dê títulos aos itens da ordem do dia ou escreva primeiro as perguntas orientadoras.',
  tableCaption: 'Os textos da sessão em cada idioma',
  rowLabel: 'Textos da sessão',
  written: '{{written}} de {{texts}} textos escritos',
  sentTexts: '{{texts}} texto(s) enviado(s)',
  changedSince: 'Alterados desde o envio',
  receiveFor: 'Receber os textos da sessão em {{language}}',
  receive: {
    rows: { texts: 'Textos' },
    matches: 'O arquivo tem todos os textos enviados, cada um com suas notas de rodapé.',
    received: 'Os textos da sessão em {{language}} foram recebidos: {{words}} palavras.',
  },
  issues: {
    text_missing: '{{place}}: falta no arquivo.',
    text_extra: '{{place}}: está no arquivo, mas não foi enviado.',
    text_twice: '{{place}}: aparece duas vezes no arquivo.',
    text_empty: '{{place}}: está vazio no arquivo.',
    text_footnotes: '{{place}}: tem {{expected}} nota(s) de rodapé no original e {{found}} no arquivo.',
  },
  places: {
    session: 'O título da sessão',
    itemTitle: 'O título do item {{number}}',
    itemAnnotation: 'A anotação do item {{number}}',
    question: 'A pergunta orientadora {{number}}',
    other: 'A linha «{{key}}»',
  },
};
