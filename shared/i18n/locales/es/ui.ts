import type { UiMessages } from '../en/ui';

/** Screen strings, Spanish. */
export const ui: UiMessages = {
  app: {
    name: 'Session Desk',
    subtitle: 'Sesiones, órdenes del día y documentos',
    documentTitle: '{{page}} – Session Desk',
    skipToContent: 'Ir al contenido principal',
  },
  nav: {
    label: 'Navegación principal',
    sessions: 'Sesiones',
    breadcrumb: 'Ruta de navegación',
  },
  language: {
    label: 'Idioma',
    endonyms: { en: 'English', es: 'Español', fr: 'Français', pt: 'Português' },
  },
  common: {
    loading: 'Cargando…',
    retry: 'Reintentar',
    notSet: 'Sin definir',
  },
  errors: {
    title: 'Se produjo un error',
    validation: 'Algunos datos no son válidos. Revise lo que ingresó e inténtelo de nuevo.',
    not_found: 'Este registro no existe. Es posible que se haya eliminado.',
    in_use: 'Este registro todavía se usa en otro lugar, por lo que no se puede eliminar.',
    duplicate: 'Ya existe un registro con el mismo valor.',
    reference_fixed: 'Estos son datos de referencia incluidos en Session Desk: sus nombres no se pueden modificar.',
    unknown_procedure: 'Session Desk recibió una solicitud que no conoce. Reinicie Session Desk e inténtelo de nuevo.',
    unauthorized:
      'Esta página no tiene permiso para acceder a sus datos. Vuelva a abrir Session Desk con la dirección que mostró al iniciarse.',
    internal:
      'Se produjo un error dentro de Session Desk. Inténtelo de nuevo; si vuelve a ocurrir, reinicie Session Desk.',
  },
  notFound: {
    title: 'Página no encontrada',
    body: 'Esta dirección no corresponde a ninguna pantalla de Session Desk.',
    back: 'Ir a la lista de sesiones',
  },
  sessionList: {
    title: 'Sesiones',
    intro:
      'Las sesiones que está preparando y las ya celebradas, de la más reciente a la más antigua. Abra una para ver su orden del día, sus oradores y sus documentos.',
    caption: 'Todas las sesiones, de la más reciente a la más antigua',
    untitled: 'Sesión sin título',
    columns: {
      date: 'Fecha',
      title: 'Título',
      body: 'Órgano',
      status: 'Estado',
      modality: 'Modalidad',
    },
    empty: {
      title: 'Todavía no hay sesiones',
      body: 'Para ver cómo funciona Session Desk, empiece con la sesión de demostración: la sesión anual de la Comisión de Asuntos Migratorios con los mecanismos y procesos regionales sobre migración, con su orden del día, panel, lista de oradores, preguntas orientadoras y nota conceptual.',
      createDemo: 'Crear la sesión de demostración',
      creating: 'Creando la sesión de demostración…',
    },
  },
  overview: {
    unavailable: 'No se puede mostrar esta sesión',
    details: 'Datos de la sesión',
    timeSpan: '{{start}} – {{end}}',
    noRoom: 'Todavía no se ha fijado la sala',
    fields: {
      body: 'Órgano',
      date: 'Fecha',
      time: 'Hora',
      room: 'Sala',
      modality: 'Modalidad',
      status: 'Estado',
      originalLanguage: 'Idioma original',
    },
  },
  agenda: {
    title: 'Orden del día',
    empty: 'Esta sesión todavía no tiene temas en el orden del día.',
    itemTime: 'De {{start}} a {{end}}',
    duration: 'Duración',
    pastEnd: 'Termina después del final de la sesión',
    summary: {
      heading: 'Control del tiempo',
      total: 'Duración total del orden del día',
      agendaEnds: 'El orden del día termina a las',
      sessionEnds: 'La sesión debe terminar a las',
      exact: 'El orden del día ocupa exactamente el tiempo de la sesión.',
      spare: 'Quedan {{minutes}} antes del final de la sesión.',
      overrun:
        'El orden del día excede en {{minutes}} el final de la sesión. Acorte algunos temas o aplace el final de la sesión.',
    },
  },
  speakers: {
    caption: 'Lista de oradores del tema {{number}}',
    none: 'Todavía no hay oradores en este tema.',
    fits: 'Tiempo de uso de la palabra: {{allotted}} de {{duration}}.',
    overflow:
      'Los oradores necesitan {{allotted}}, pero el tema dispone de {{duration}}. Un límite de {{limit}} por orador permitiría cumplir el horario.',
    columns: {
      order: 'N.º',
      speaker: 'Orador',
      role: 'Función',
      status: 'Estado',
      time: 'Tiempo',
    },
  },
  questions: {
    title: 'Preguntas orientadoras',
    empty: 'Todavía no hay preguntas orientadoras.',
  },
  documents: {
    title: 'Documentos',
    empty: 'Todavía no hay documentos.',
    noSymbol: 'Todavía sin signatura',
    columns: {
      kind: 'Documento',
      symbol: 'Signatura',
      originalLanguage: 'Idioma original',
    },
  },
  languages: { en: 'inglés', es: 'español', fr: 'francés', pt: 'portugués' },
  enums: {
    sessionStatus: { draft: 'Borrador', convened: 'Convocada', held: 'Celebrada' },
    modality: { in_person: 'Presencial', virtual: 'Virtual', hybrid: 'Híbrida' },
    agendaItemKind: {
      opening: 'Apertura',
      adoption_of_agenda: 'Aprobación del orden del día',
      presentation: 'Presentación',
      panel: 'Panel',
      dialogue: 'Diálogo',
      other_business: 'Otros asuntos',
      closing: 'Clausura',
    },
    speakerOrder: {
      by_rule: 'Por regla: primero los panelistas, luego las solicitudes por orden de llegada',
      manual: 'Fijado por la Presidencia',
    },
    speakerRole: {
      moderator: 'Moderador',
      keynote: 'Orador principal',
      panelist: 'Panelista',
      delegation: 'Delegación',
      observer: 'Observador',
      organization: 'Organización',
    },
    speakerStatus: {
      requested: 'Solicitado',
      confirmed: 'Confirmado',
      spoke: 'Hizo uso de la palabra',
      withdrawn: 'Retirado',
    },
    documentKind: {
      concept_paper: 'Nota conceptual',
      order_of_business: 'Orden del día',
      annotated_agenda: 'Orden del día anotado',
      list_of_speakers: 'Lista de oradores',
      report: 'Informe',
      note: 'Nota',
    },
    revisionKind: { rev: 'Revisión', corr: 'Corrección', add: 'Adición' },
    versionStatus: {
      original: 'Original',
      not_started: 'Sin comenzar',
      sent: 'Enviada a traducción',
      received: 'Traducción recibida',
      revised: 'Revisada',
      final: 'Definitiva',
    },
    organizationKind: {
      member_state: 'Estado Miembro',
      observer: 'Observador permanente',
      mechanism: 'Mecanismo o proceso sobre migración',
      international_organization: 'Organización internacional',
      civil_society: 'Organización de la sociedad civil',
      secretariat: 'Secretaría General',
    },
  },
};
