import type { AgendaBuilderUiMessages } from '../en/ui-agenda';

export const agendaBuilderUi: AgendaBuilderUiMessages = {
  title: 'Orden del día',
  intro:
    'Prepare el orden del día: cada tema comienza cuando termina el anterior. Arrastre un tema por su asa, o use los botones o Alt+↑ y Alt+↓ para moverlo.',
  keyboardHint: 'Sugerencia: dentro de un tema, Alt+↑ y Alt+↓ lo suben y lo bajan.',
  moved: 'Tema movido de la posición {{from}} a la posición {{to}}.',
  added: 'Tema {{number}} agregado.',
  deleted: 'Se eliminó el tema {{number}}, con su lista de oradores.',
  empty: {
    title: 'Todavía no hay temas en el orden del día',
    body: 'Agregue el primer tema con el formulario de abajo: un orden del día suele comenzar con la apertura y la aprobación del orden del día, y terminar con otros asuntos y la clausura.',
  },
  newKind: 'Tipo del nuevo tema',
  add: 'Agregar tema',
  itemLabel: 'Tema {{number}}: {{title}}',
  dragHint: 'Arrastre para mover este tema',
  fields: {
    title: 'Título',
    kind: 'Tipo',
    duration: 'Minutos',
    documents: 'Documentos considerados',
    otherSymbols: 'Otras signaturas',
    annotation: 'Anotación',
  },
  noIssuedSymbols: 'Ningún documento de esta sesión tiene signatura todavía; asigne una en Datos y documentos.',
  otherSymbolsHint: 'Signaturas de documentos de otra procedencia, separadas por punto y coma.',
  allLanguages: 'Título y anotación en todos los idiomas',
  moderators: 'Moderación',
  panelists: 'Panelistas',
  speakersLink: 'Lista de oradores ({{n}})',
  andMore: '{{names}} y {{n}} más',
  speakersOver: 'Los oradores necesitan {{allotted}}; el tema tiene {{duration}}',
  moveUpItem: 'Subir el tema {{number}}',
  moveDownItem: 'Bajar el tema {{number}}',
  deleteItem: 'Eliminar el tema {{number}}',
};
