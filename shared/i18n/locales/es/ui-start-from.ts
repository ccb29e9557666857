import type { StartFromUiMessages } from '../en/ui-start-from';

export const startFromUi: StartFromUiMessages = {
  open: 'Partir de esta sesión…',
  title: 'Preparar la sesión del próximo año a partir de esta',
  intro:
    'La nueva sesión recibe el órgano, el horario y la sala de esta sesión, su orden del día con las anotaciones como borradores, las preguntas orientadoras, los roles y mecanismos del panel y la nota conceptual como nuevo borrador sin signatura. No se copian las personas, las solicitudes de palabra ni el registro. Esta sesión no cambia.',
  date: 'Fecha de la nueva sesión',
  start: 'Crear la nueva sesión',
  starting: 'Creando…',
};
