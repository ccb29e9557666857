import type { AgendaItemKind } from '../../shared/domain/agenda-item';
import { localizedRichTextFromPlainText, type LocalizedRichText, type RichText } from '../../shared/content/rich-text';
import type { Localized } from '../../shared/domain/languages';

/*
 * The demo session: the CAM's annual session with the regional migration mechanisms of
 * 9 May 2023, retold in our own words from the facts of that session. The people are fictional.
 */

export const DEMO_SESSION = {
  title: {
    en: 'Annual session on migration governance with the regional migration mechanisms and processes',
    es: 'Sesión anual sobre gobernanza migratoria con los mecanismos y procesos regionales sobre migración',
    fr: 'Session annuelle sur la gouvernance des migrations avec les mécanismes et processus régionaux sur la migration',
    pt: 'Sessão anual sobre governança migratória com os mecanismos e processos regionais sobre migração',
  },
  date: '2023-05-09',
  startTime: '10:00',
  endTime: '13:00',
  room: 'Simón Bolívar Room',
  modality: 'hybrid',
  originalLanguage: 'en',
  status: 'draft',
} as const;

const same = (text: string): Localized => ({ en: text, es: text, fr: text, pt: text });
const plain = (text: Localized): LocalizedRichText => localizedRichTextFromPlainText(text);

/**
 * The opening item's annotation: "mandate" in bold, a footnote citing the resolution, and in it a
 * link to where the resolutions are published.
 */
function mandateAnnotation(parts: {
  before: string;
  mandate: string;
  after: string;
  footnote: string;
  site: string;
}): RichText {
  const link = { type: 'link' as const, attrs: { href: 'https://www.oas.org/en/council/AG/resdec/' } };
  return {
    type: 'doc',
    content: [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: parts.before },
          { type: 'text', text: parts.mandate, marks: [{ type: 'bold' }] },
          {
            type: 'footnote',
            content: [
              {
                type: 'paragraph',
                content: [
                  { type: 'text', text: parts.footnote },
                  { type: 'text', text: parts.site, marks: [link] },
                  { type: 'text', text: '.' },
                ],
              },
            ],
          },
          { type: 'text', text: parts.after },
        ],
      },
    ],
  };
}

export interface DemoItem {
  kind: AgendaItemKind;
  title: Localized;
  annotation: LocalizedRichText;
  durationMinutes: number;
}

export const DEMO_AGENDA: DemoItem[] = [
  {
    kind: 'opening',
    title: {
      en: 'Opening remarks by the Chair of the Committee',
      es: 'Palabras de apertura de la Presidencia de la Comisión',
      fr: 'Allocution d’ouverture de la présidence de la Commission',
      pt: 'Palavras de abertura da Presidência da Comissão',
    },
    annotation: {
      en: mandateAnnotation({
        before: 'The Chair recalls the ',
        mandate: 'mandate',
        after: ' of the General Assembly and the purpose of the session.',
        footnote: 'Resolution AG/RES. 2988 (LII-O/22), operative paragraph 56. The resolutions are published on the ',
        site: 'OAS website',
      }),
      es: mandateAnnotation({
        before: 'La Presidencia recuerda el ',
        mandate: 'mandato',
        after: ' de la Asamblea General y el propósito de la sesión.',
        footnote: 'Resolución AG/RES. 2988 (LII-O/22), párrafo resolutivo 56. Las resoluciones se publican en el ',
        site: 'sitio web de la OEA',
      }),
      fr: mandateAnnotation({
        before: 'La présidence rappelle le ',
        mandate: 'mandat',
        after: ' de l’Assemblée générale et l’objet de la session.',
        footnote:
          'Résolution AG/RES. 2988 (LII-O/22), paragraphe 56 du dispositif. Les résolutions sont publiées sur le ',
        site: 'site web de l’OEA',
      }),
      pt: mandateAnnotation({
        before: 'A Presidência recorda o ',
        mandate: 'mandato',
        after: ' da Assembleia Geral e o propósito da sessão.',
        footnote: 'Resolução AG/RES. 2988 (LII-O/22), parágrafo dispositivo 56. As resoluções são publicadas no ',
        site: 'site da OEA',
      }),
    },
    durationMinutes: 10,
  },
  {
    kind: 'adoption_of_agenda',
    title: {
      en: 'Adoption of the order of business',
      es: 'Aprobación del orden del día',
      fr: 'Adoption de l’ordre du jour',
      pt: 'Aprovação da ordem do dia',
    },
    annotation: plain(same('')),
    durationMinutes: 5,
  },
  {
    kind: 'panel',
    title: {
      en: 'Panel: the regional consultative mechanisms and processes on migration',
      es: 'Panel: los mecanismos y procesos consultivos regionales sobre migración',
      fr: 'Table ronde : les mécanismes et processus consultatifs régionaux sur la migration',
      pt: 'Painel: os mecanismos e processos consultivos regionais sobre migração',
    },
    annotation: plain({
      en: 'Each mechanism presents its work, its good practices and the cooperation it seeks, guided by the questions of the concept paper.',
      es: 'Cada mecanismo presenta su labor, sus buenas prácticas y la cooperación que busca, guiado por las preguntas de la nota conceptual.',
      fr: 'Chaque mécanisme présente ses travaux, ses bonnes pratiques et la coopération qu’il recherche, en suivant les questions de la note conceptuelle.',
      pt: 'Cada mecanismo apresenta seu trabalho, suas boas práticas e a cooperação que busca, orientado pelas perguntas da nota conceitual.',
    }),
    durationMinutes: 90,
  },
  {
    kind: 'dialogue',
    title: {
      en: 'Dialogue with the delegations of the member states',
      es: 'Diálogo con las delegaciones de los Estados Miembros',
      fr: 'Dialogue avec les délégations des États membres',
      pt: 'Diálogo com as delegações dos Estados membros',
    },
    annotation: plain({
      en: 'Delegations share good practices; the Secretariat compiles them and circulates them to the member states.',
      es: 'Las delegaciones comparten buenas prácticas; la Secretaría las recopila y las distribuye a los Estados Miembros.',
      fr: 'Les délégations partagent leurs bonnes pratiques ; le Secrétariat les compile et les diffuse aux États membres.',
      pt: 'As delegações compartilham boas práticas; a Secretaria as compila e as distribui aos Estados membros.',
    }),
    durationMinutes: 60,
  },
  {
    kind: 'other_business',
    title: { en: 'Other business', es: 'Otros asuntos', fr: 'Questions diverses', pt: 'Outros assuntos' },
    annotation: plain(same('')),
    durationMinutes: 5,
  },
  {
    kind: 'closing',
    title: {
      en: 'Closing remarks',
      es: 'Palabras de clausura',
      fr: 'Allocution de clôture',
      pt: 'Palavras de encerramento',
    },
    annotation: plain(same('')),
    durationMinutes: 10,
  },
];

/** Panelists: a fictional representative for each mechanism, by the mechanism's reference code. */
export const DEMO_PANELISTS = [
  { code: 'RCM', name: 'Laura Méndez Ortiz', honorific: 'Ms.', position: 'Technical Secretariat of the RCM' },
  { code: 'CSM', name: 'Rodrigo Alves Pereira', honorific: 'Mr.', position: 'Pro Tempore Presidency of the CSM' },
  {
    code: 'QUITO',
    name: 'Ana Lucía Herrera',
    // as she writes it: the feminine form tells the chair's script Ambassador / Embajadora / Ambassadrice / Embaixadora
    honorific: 'Embajadora',
    position: 'Pro Tempore Presidency of the Quito Process',
  },
  { code: 'MIRPS', name: 'Daniel Castillo Rivas', honorific: 'Mr.', position: 'Pro Tempore Presidency of the MIRPS' },
  {
    code: 'MERCOSUR_FEM',
    name: 'Valeria Gómez Sosa',
    honorific: 'Ms.',
    position: 'Coordinator of the Specialized Migration Forum',
  },
  { code: 'IOM', name: 'Jean-Marc Lefèvre', honorific: 'Mr.', position: 'Regional Director, IOM' },
] as const;

/** Delegations that asked for the floor in the dialogue, in the order their requests came in. */
export const DEMO_DELEGATIONS = [
  { code: 'MEX', requestedAt: '2023-05-02T09:15:00' },
  { code: 'COL', requestedAt: '2023-05-03T14:40:00' },
  { code: 'CAN', requestedAt: '2023-05-04T11:05:00' },
  { code: 'BRA', requestedAt: '2023-05-05T16:20:00' },
  { code: 'CRI', requestedAt: '2023-05-08T10:30:00' },
] as const;

export const DEMO_QUESTIONS: Localized[] = [
  {
    en: 'What challenges has the mechanism or process you represent faced in responding to migration and forced displacement, which good practices has it developed, and what does it add among the many forums of the Americas?',
    es: '¿Qué desafíos ha enfrentado el mecanismo o proceso que usted representa para responder a la migración y al desplazamiento forzado, qué buenas prácticas ha desarrollado y qué aporta entre los numerosos foros de las Américas?',
    fr: 'Quels défis le mécanisme ou processus que vous représentez a-t-il rencontrés face à la migration et au déplacement forcé, quelles bonnes pratiques a-t-il élaborées et quel est son apport parmi les nombreux forums des Amériques ?',
    pt: 'Que desafios o mecanismo ou processo que o senhor ou a senhora representa enfrentou para responder à migração e ao deslocamento forçado, que boas práticas desenvolveu e o que acrescenta entre os numerosos foros das Américas?',
  },
  {
    en: 'Where do you see room for coordination and cooperation between your mechanism and the others at this session, so as to improve migration governance across the hemisphere?',
    es: '¿Dónde ve usted margen para la coordinación y la cooperación entre su mecanismo y los demás presentes en esta sesión, a fin de mejorar la gobernanza migratoria en todo el hemisferio?',
    fr: 'Où voyez-vous des possibilités de coordination et de coopération entre votre mécanisme et les autres présents à cette session, afin d’améliorer la gouvernance des migrations dans l’ensemble du continent ?',
    pt: 'Onde vê espaço para coordenação e cooperação entre o seu mecanismo e os demais presentes nesta sessão, a fim de melhorar a governança migratória em todo o hemisfério?',
  },
];

/** A short concept paper draft, as the structured document the editor stores (shared/content/schema.ts). */
const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

export const DEMO_CONCEPT_PAPER = {
  schemaVersion: 1,
  titleBlock: {
    documentKindLabel: 'CONCEPT PAPER',
    title: 'Annual session on migration governance and the regional migration mechanisms and processes',
    subtitle:
      'Towards a comprehensive hemispheric approach: regional cooperation for migration governance and international protection in the Americas',
    date: '2023-05-09',
    authorship: 'Prepared by the Chair of the CAM with the support of the Technical Secretariat',
  },
  body: {
    type: 'doc',
    content: [
      paragraph(
        'Migration across the Americas has grown in scale and complexity: tens of millions of people now live outside their country of birth in the hemisphere, and the movements of recent years have tested the capacity of countries of origin, transit and destination alike.',
      ),
      paragraph(
        'Over the past decades, States have created regional consultative mechanisms and processes to talk, coordinate and share experience on migration and international protection: among them the Regional Conference on Migration, the South American Conference on Migration, the Quito Process, the Comprehensive Regional Protection and Solutions Framework and the MERCOSUR Specialized Migration Forum. Their aims overlap, while their memberships and priorities differ.',
      ),
      {
        type: 'paragraph',
        content: [
          {
            type: 'text',
            text: 'The General Assembly asked the Committee on Migration Affairs, in operative paragraph 56 of resolution AG/RES. 2988 (LII-O/22), to recognize the work of these mechanisms and to hold an annual session at which they can meet, so as to strengthen migration governance and international protection in the region with a comprehensive approach.',
          },
          {
            type: 'footnote',
            content: [
              {
                type: 'paragraph',
                content: [
                  { type: 'text', text: 'See the resolutions of the General Assembly at ' },
                  {
                    type: 'text',
                    text: 'https://www.oas.org/en/council/AG/resdec/',
                    marks: [
                      { type: 'link', attrs: { href: 'https://www.oas.org/en/council/AG/resdec/' } },
                      { type: 'translatorNote', attrs: { id: 'demo-note-1', note: 'Use the page in your language.' } },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
      paragraph(
        'This session brings the mechanisms together with the delegations of the member states. The panelists present first, guided by the questions below; the delegations then take the floor. States are invited to share their good practices, which the Technical Secretariat will compile and circulate to the member states.',
      ),
      { type: 'guidingQuestions' },
    ],
  },
};
