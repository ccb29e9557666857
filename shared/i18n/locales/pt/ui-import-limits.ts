import type { ImportLimitsUiMessages } from '../en/ui-import-limits';

/** Por que um arquivo foi recusado por um limite, português. */
export const importLimitsUi: ImportLimitsUiMessages = {
  paragraphs: 'O documento tem mais de {{limit}} parágrafos.',
  footnotes: 'O documento tem mais de {{limit}} notas de rodapé e notas de fim.',
  textChars: 'Um parágrafo ou uma nota de rodapé tem mais de {{limit}} caracteres.',
  documentChars: 'O documento tem mais de {{limit}} caracteres no total.',
  xmlDepth: 'A estrutura do arquivo está aninhada em mais de {{limit}} níveis.',
  jsonDepth: 'Os dados do arquivo estão aninhados em mais de {{limit}} níveis.',
  xmlElements: 'Uma parte do arquivo tem mais de {{limit}} elementos.',
  partBytes: 'Uma parte do arquivo é grande demais depois de descompactada.',
  unpackedBytes: 'O arquivo é grande demais depois de descompactado.',
  fileBytes: 'O arquivo é grande demais.',
  entries: 'O arquivo contém partes demais.',
  time: 'A leitura do arquivo demorou demais.',
  memory: 'A leitura do arquivo precisou de memória demais.',
};
