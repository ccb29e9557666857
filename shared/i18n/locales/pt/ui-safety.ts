import type { SafetyErrorMessages, SafetyUiMessages } from '../en/ui-safety';

export const safetyErrors: SafetyErrorMessages = {
  disk_full: 'O disco está cheio: nada foi salvo; libere espaço e tente novamente.',
  read_only:
    'Este banco de dados é somente leitura: nada foi salvo. Abra uma cópia editável, ou torne o arquivo editável e reinicie o Session Desk.',
  cannot_open:
    'O Session Desk não consegue abrir o arquivo do banco de dados: a pasta pode não existir, ser somente leitura ou estar em uma unidade desconectada. Nada foi salvo.',
};

export const safetyUi: SafetyUiMessages = {
  externalLink: {
    web: 'O Session Desk abrirá este endereço no seu navegador. Abra-o somente se esperava este site.',
    mail: 'O Session Desk abrirá o seu programa de e-mail com este endereço.',
    open: 'Abrir',
    cancel: 'Cancelar',
  },
  readOnly: {
    title: 'Este banco de dados é somente leitura',
    body: 'Você pode ler tudo, mas nenhuma alteração pode ser salva. Abra uma cópia editável para continuar trabalhando.',
    openCopy: 'Abrir uma cópia editável',
    opening: 'Fazendo a cópia…',
    copied:
      'Foi feita uma cópia editável. O Session Desk agora trabalha em {{file}}; o arquivo somente leitura fica como estava.',
  },
  backupFailed: {
    title: 'A cópia de segurança automática falhou',
    body: 'Não foi possível fazer a última cópia de segurança automática ({{date}}): {{reason}}. Seus dados continuam salvos no banco de dados, mas não há uma cópia de segurança recente deles.',
    none: 'Nenhuma cópia de segurança pôde ser feita desde que o Session Desk foi iniciado: {{reason}}. Seus dados continuam salvos no banco de dados, mas não há cópia de segurança deles.',
    reasons: {
      disk_full: 'o disco está cheio; libere espaço',
      read_only: 'a pasta das cópias de segurança não pode ser gravada',
      cannot_open: 'a pasta das cópias de segurança não pode ser aberta',
      internal: 'um erro inesperado (veja o registro)',
    },
  },
};
