import type { SideBySideUiMessages } from '../en/ui-side-by-side';

/** Cadenas de la vista en paralelo del original y una traducción, español. */
export const sideBySideUi: SideBySideUiMessages = {
  heading: '{{document}}: {{original}} y {{translation}}, en paralelo',
  intro:
    'Cada fila presenta un pasaje del original junto al mismo pasaje de la traducción y, después, las notas al pie en orden. Haga clic en una celda, o pulse Intro sobre ella, para cambiar sus palabras, la negrita, la cursiva y los enlaces; Escape la cierra. Los párrafos y las notas al pie se agregan o eliminan en el editor de cada versión.',
  openInEditor: 'Abrir la versión en {{language}} en el editor',
  noText: 'Esta versión aún no tiene texto: reciba primero la traducción o escríbala en el editor.',
  notFound: 'Este documento no tiene esa traducción.',
  where: 'Pasaje',
  originalColumn: '{{language}} (original)',
  paragraph: 'Párrafo {{number}}',
  footnote: 'Nota al pie {{number}}',
  none: 'No figura en esta versión.',
  edit: 'Editar: {{what}}',
  tools: 'Formato de la celda',
  done: 'Listo',
  emptyRefused:
    'Un pasaje o una nota al pie no puede quedar vacío aquí: elimínelo en el editor de su versión. El último cambio no se guardó.',
  invalid: 'Este cambio no se puede guardar: {{reason}}',
};
