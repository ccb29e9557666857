import type { SafetyErrorMessages, SafetyUiMessages } from '../en/ui-safety';

export const safetyErrors: SafetyErrorMessages = {
  disk_full: 'El disco está lleno: no se guardó nada; libere espacio e inténtelo de nuevo.',
  read_only:
    'Esta base de datos es de solo lectura: no se guardó nada. Abra una copia en la que se pueda escribir, o haga que el archivo se pueda escribir y reinicie Session Desk.',
  cannot_open:
    'Session Desk no puede abrir su archivo de base de datos: puede que la carpeta no exista, sea de solo lectura o esté en una unidad no conectada. No se guardó nada.',
};

export const safetyUi: SafetyUiMessages = {
  externalLink: {
    web: 'Session Desk abrirá esta dirección en su navegador. Ábrala solo si esperaba este sitio.',
    mail: 'Session Desk abrirá su programa de correo electrónico con esta dirección.',
    open: 'Abrir',
    cancel: 'Cancelar',
  },
  readOnly: {
    title: 'Esta base de datos es de solo lectura',
    body: 'Puede leerlo todo, pero no se puede guardar ningún cambio. Abra una copia en la que se pueda escribir para seguir trabajando.',
    openCopy: 'Abrir una copia editable',
    opening: 'Haciendo la copia…',
    copied:
      'Se hizo una copia editable. Session Desk trabaja ahora con {{file}}; el archivo de solo lectura queda como estaba.',
  },
  backupFailed: {
    title: 'La copia de seguridad automática falló',
    body: 'No se pudo hacer la última copia de seguridad automática ({{date}}): {{reason}}. Sus datos siguen guardados en la base de datos, pero no hay una copia de seguridad reciente.',
    none: 'No se pudo hacer ninguna copia de seguridad desde que se inició Session Desk: {{reason}}. Sus datos siguen guardados en la base de datos, pero no hay copia de seguridad.',
    reasons: {
      disk_full: 'el disco está lleno; libere espacio',
      read_only: 'no se puede escribir en la carpeta de copias de seguridad',
      cannot_open: 'no se puede abrir la carpeta de copias de seguridad',
      internal: 'un error inesperado (vea el registro)',
    },
  },
};
