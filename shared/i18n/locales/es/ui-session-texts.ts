import type { SessionTextsUiMessages } from '../en/ui-session-texts';

export const sessionTextsUi: SessionTextsUiMessages = {
  detailsTitle: 'Textos de la sesión',
  detailsHint:
    'El título de la sesión, los títulos y anotaciones de los temas y las preguntas orientadoras: con ellos se hacen el orden del día, el orden del día anotado y la lista de oradores. Van a los traductores en un archivo Word por idioma.',
  link: 'Idiomas y traducción',
  heading: 'Textos de la sesión: idiomas y traducción',
  back: 'Volver a los detalles',
  intro:
    'Cada idioma marcado recibe un archivo Word con todos los textos en {{language}}, junto a una referencia que no debe cambiarse. El traductor escribe la traducción sobre cada texto y devuelve el archivo.',
  summary: '{{texts}} texto(s), {{words}} palabra(s) en {{language}}.',
  noTexts:
    'La sesión aún no tiene textos en {{language}}: póngale un título, titule los temas del orden del día o escriba las preguntas orientadoras primero.',
  tableCaption: 'Los textos de la sesión en cada idioma',
  rowLabel: 'Textos de la sesión',
  written: '{{written}} de {{texts}} textos escritos',
  sentTexts: '{{texts}} texto(s) enviado(s)',
  changedSince: 'Modificados desde el envío',
  receiveFor: 'Recibir los textos de la sesión en {{language}}',
  receive: {
    rows: { texts: 'Textos' },
    matches: 'El archivo tiene todos los textos enviados, cada uno con sus notas al pie.',
    received: 'Se recibieron los textos de la sesión en {{language}}: {{words}} palabras.',
  },
  issues: {
    text_missing: '{{place}}: falta en el archivo.',
    text_extra: '{{place}}: está en el archivo pero no se envió.',
    text_twice: '{{place}}: aparece dos veces en el archivo.',
    text_empty: '{{place}}: está vacío en el archivo.',
    text_footnotes: '{{place}}: tiene {{expected}} nota(s) al pie en el original y {{found}} en el archivo.',
  },
  places: {
    session: 'El título de la sesión',
    itemTitle: 'El título del tema {{number}}',
    itemAnnotation: 'La anotación del tema {{number}}',
    question: 'La pregunta orientadora {{number}}',
    other: 'La fila «{{key}}»',
  },
};
