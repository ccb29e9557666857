import type { UiMessages } from '../en/ui';

/** Screen strings, Portuguese. */
export const ui: UiMessages = {
  app: {
    name: 'Session Desk',
    subtitle: 'Sessões, ordens do dia e documentos',
    documentTitle: '{{page}} – Session Desk',
    skipToContent: 'Ir para o conteúdo principal',
  },
  nav: {
    label: 'Navegação principal',
    sessions: 'Sessões',
    breadcrumb: 'Trilha de navegação',
  },
  language: {
    label: 'Idioma',
    endonyms: { en: 'English', es: 'Español', fr: 'Français', pt: 'Português' },
  },
  common: {
    loading: 'Carregando…',
    retry: 'Tentar novamente',
    notSet: 'Não definido',
  },
  errors: {
    title: 'Ocorreu um erro',
    validation: 'Alguns dados não são válidos. Verifique o que digitou e tente novamente.',
    not_found: 'Este registro não existe. Pode ter sido excluído.',
    in_use: 'Este registro ainda está em uso em outro lugar, por isso não pode ser excluído.',
    duplicate: 'Já existe um registro com o mesmo valor.',
    reference_fixed: 'Estes são dados de referência fornecidos com o Session Desk: seus nomes não podem ser alterados.',
    unknown_procedure:
      'O Session Desk recebeu uma solicitação que não conhece. Reinicie o Session Desk e tente novamente.',
    unauthorized:
      'Esta página não tem permissão para acessar seus dados. Abra o Session Desk novamente com o endereço que ele exibiu ao iniciar.',
    internal: 'Ocorreu um erro no Session Desk. Tente novamente; se voltar a acontecer, reinicie o Session Desk.',
  },
  notFound: {
    title: 'Página não encontrada',
    body: 'Este endereço não leva a nenhuma tela do Session Desk.',
    back: 'Ir para a lista de sessões',
  },
  sessionList: {
    title: 'Sessões',
    intro:
      'As sessões em preparação e as já realizadas, da mais recente à mais antiga. Abra uma para ver sua ordem do dia, seus oradores e seus documentos.',
    caption: 'Todas as sessões, da mais recente à mais antiga',
    untitled: 'Sessão sem título',
    columns: {
      date: 'Data',
      title: 'Título',
      body: 'Órgão',
      status: 'Situação',
      modality: 'Modalidade',
    },
    empty: {
      title: 'Ainda não há sessões',
      body: 'Para conhecer o Session Desk, comece pela sessão de demonstração: a sessão anual da Comissão de Assuntos Migratórios com os mecanismos e processos regionais sobre migração, com sua ordem do dia, painel, lista de oradores, perguntas orientadoras e nota conceitual.',
      createDemo: 'Criar a sessão de demonstração',
      creating: 'Criando a sessão de demonstração…',
    },
  },
  overview: {
    unavailable: 'Não é possível mostrar esta sessão',
    details: 'Dados da sessão',
    timeSpan: '{{start}} – {{end}}',
    noRoom: 'Sala ainda não definida',
    fields: {
      body: 'Órgão',
      date: 'Data',
      time: 'Horário',
      room: 'Sala',
      modality: 'Modalidade',
      status: 'Situação',
      originalLanguage: 'Idioma original',
    },
  },
  agenda: {
    title: 'Ordem do dia',
    empty: 'Esta sessão ainda não tem itens na ordem do dia.',
    itemTime: 'Das {{start}} às {{end}}',
    duration: 'Duração',
    pastEnd: 'Termina depois do fim da sessão',
    summary: {
      heading: 'Controle do tempo',
      total: 'Duração total da ordem do dia',
      agendaEnds: 'A ordem do dia termina às',
      sessionEnds: 'A sessão deve terminar às',
      exact: 'A ordem do dia ocupa exatamente o tempo da sessão.',
      spare: 'Restam {{minutes}} antes do fim da sessão.',
      overrun:
        'A ordem do dia ultrapassa em {{minutes}} o fim da sessão. Encurte alguns itens ou adie o fim da sessão.',
    },
  },
  speakers: {
    caption: 'Lista de oradores do item {{number}}',
    none: 'Ainda não há oradores neste item.',
    fits: 'Tempo de palavra: {{allotted}} de {{duration}}.',
    overflow:
      'Os oradores precisam de {{allotted}}, mas o item dispõe de {{duration}}. Um limite de {{limit}} por orador permitiria cumprir o horário.',
    columns: {
      order: 'N.º',
      speaker: 'Orador',
      role: 'Função',
      status: 'Situação',
      time: 'Tempo',
    },
  },
  questions: {
    title: 'Perguntas orientadoras',
    empty: 'Ainda não há perguntas orientadoras.',
  },
  documents: {
    title: 'Documentos',
    empty: 'Ainda não há documentos.',
    noSymbol: 'Ainda sem símbolo',
    columns: {
      kind: 'Documento',
      symbol: 'Símbolo',
      originalLanguage: 'Idioma original',
    },
  },
  languages: { en: 'inglês', es: 'espanhol', fr: 'francês', pt: 'português' },
  enums: {
    sessionStatus: { draft: 'Rascunho', convened: 'Convocada', held: 'Realizada' },
    modality: { in_person: 'Presencial', virtual: 'Virtual', hybrid: 'Híbrida' },
    agendaItemKind: {
      opening: 'Abertura',
      adoption_of_agenda: 'Aprovação da ordem do dia',
      presentation: 'Apresentação',
      panel: 'Painel',
      dialogue: 'Diálogo',
      other_business: 'Outros assuntos',
      closing: 'Encerramento',
    },
    speakerOrder: {
      by_rule: 'Por regra: primeiro os painelistas, depois as solicitações por ordem de chegada',
      manual: 'Definida pela Presidência',
    },
    speakerRole: {
      moderator: 'Moderador',
      keynote: 'Orador principal',
      panelist: 'Painelista',
      delegation: 'Delegação',
      observer: 'Observador',
      organization: 'Organização',
    },
    speakerStatus: {
      requested: 'Solicitado',
      confirmed: 'Confirmado',
      spoke: 'Fez uso da palavra',
      withdrawn: 'Retirado',
    },
    documentKind: {
      concept_paper: 'Nota conceitual',
      order_of_business: 'Ordem do dia',
      annotated_agenda: 'Ordem do dia anotada',
      list_of_speakers: 'Lista de oradores',
      report: 'Relatório',
      note: 'Nota',
    },
    revisionKind: { rev: 'Revisão', corr: 'Corrigenda', add: 'Adendo' },
    versionStatus: {
      original: 'Original',
      not_started: 'Não iniciada',
      sent: 'Enviada para tradução',
      received: 'Tradução recebida',
      revised: 'Revisada',
      final: 'Definitiva',
    },
    organizationKind: {
      member_state: 'Estado membro',
      observer: 'Observador permanente',
      mechanism: 'Mecanismo ou processo sobre migração',
      international_organization: 'Organização internacional',
      civil_society: 'Organização da sociedade civil',
      secretariat: 'Secretaria-Geral',
    },
  },
};
