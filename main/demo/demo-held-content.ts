import type { AgendaItemKind } from '../../shared/domain/agenda-item';
import type { Language, Localized } from '../../shared/domain/languages';
import type { PracticeChannel } from '../../shared/domain/good-practice';

/*
 * The demo session as held: how long each one spoke, the good practices five delegations shared (in
 * our own words, not theirs: the demo's delegations and their practices are illustrative), the
 * Secretariat's summary of each item, and the chair. The people are fictional.
 */

/** Who chaired: a fictional ambassador. */
export const DEMO_CHAIR = {
  name: 'María Fernanda Ríos Acosta',
  honorific: 'Ambassador',
  position: 'Chair of the Committee on Migration Affairs',
};

/** The meeting began at 10:00 in Washington, 14:00 UTC in May. */
export const DEMO_OPENED_AT = Date.UTC(2023, 4, 9, 14, 0);

/** Seconds each panelist spoke, in the panel's order (about their 12 minutes). */
export const DEMO_PANEL_SECONDS = [702, 655, 731, 598, 684, 612];
/** Seconds each delegation spoke in the dialogue, in the list's order (about their 5 minutes). */
export const DEMO_DIALOGUE_SECONDS = [284, 301, 256, 318, 242];

export interface DemoPractice {
  /** The delegation's ISO code. */
  code: string;
  /** The guiding question it answers, by its place (0 the first). */
  question: number;
  channel: PracticeChannel;
  date: string;
  /** The language it was given in; the other three are the Secretariat's translations. */
  language: Language;
  title: Localized;
  text: Localized;
}

export const DEMO_PRACTICES: DemoPractice[] = [
  {
    code: 'MEX',
    question: 0,
    channel: 'floor',
    date: '2023-05-09',
    language: 'es',
    title: {
      es: 'Registro único de personas en tránsito',
      en: 'A single register of people in transit',
      fr: 'Un registre unique des personnes en transit',
      pt: 'Um registro único de pessoas em trânsito',
    },
    text: {
      es: 'Las oficinas de migración, de salud y de asistencia social consultan un mismo registro, de modo que una persona en tránsito cuenta su historia una sola vez y recibe atención en cualquier punto del recorrido.',
      en: 'The migration, health and social assistance offices consult one register, so that a person in transit tells their story once and is assisted at any point along the route.',
      fr: 'Les services de migration, de santé et d’aide sociale consultent un même registre : une personne en transit ne raconte son histoire qu’une fois et est prise en charge en tout point de son parcours.',
      pt: 'Os serviços de migração, de saúde e de assistência social consultam um mesmo registro, de modo que a pessoa em trânsito conta sua história uma única vez e é atendida em qualquer ponto do percurso.',
    },
  },
  {
    code: 'COL',
    question: 0,
    channel: 'floor',
    date: '2023-05-09',
    language: 'es',
    title: {
      es: 'Regularización temporal con acceso al empleo formal',
      en: 'Temporary regularization with access to formal work',
      fr: 'Une régularisation temporaire ouvrant l’accès à l’emploi formel',
      pt: 'Regularização temporária com acesso ao emprego formal',
    },
    text: {
      es: 'Un permiso de permanencia de diez años, tramitado en línea, abre a las personas migrantes el empleo formal, la salud y la escuela, y permite a las autoridades locales planificar los servicios.',
      en: 'A ten-year residence permit, applied for online, opens formal work, health care and school to migrants and lets local authorities plan their services.',
      fr: 'Un titre de séjour de dix ans, demandé en ligne, ouvre aux migrants l’emploi formel, la santé et l’école, et permet aux autorités locales de planifier leurs services.',
      pt: 'Uma autorização de permanência de dez anos, solicitada pela internet, abre às pessoas migrantes o emprego formal, a saúde e a escola, e permite às autoridades locais planejar os serviços.',
    },
  },
  {
    code: 'CAN',
    question: 1,
    channel: 'floor',
    date: '2023-05-09',
    language: 'en',
    title: {
      en: 'Community sponsorship of refugees',
      es: 'Patrocinio comunitario de personas refugiadas',
      fr: 'Le parrainage communautaire des réfugiés',
      pt: 'Patrocínio comunitário de pessoas refugiadas',
    },
    text: {
      en: 'Groups of residents commit to welcoming a refugee family for its first year, alongside the government’s programme; the model is shared with other countries of the hemisphere through the mechanisms present.',
      es: 'Grupos de residentes se comprometen a acoger a una familia refugiada durante su primer año, junto al programa del gobierno; el modelo se comparte con otros países del hemisferio a través de los mecanismos presentes.',
      fr: 'Des groupes de résidents s’engagent à accueillir une famille réfugiée pendant sa première année, aux côtés du programme gouvernemental ; le modèle est partagé avec d’autres pays du continent par l’intermédiaire des mécanismes présents.',
      pt: 'Grupos de moradores se comprometem a acolher uma família refugiada durante o primeiro ano, ao lado do programa do governo; o modelo é compartilhado com outros países do hemisfério por meio dos mecanismos presentes.',
    },
  },
  {
    code: 'BRA',
    question: 0,
    channel: 'floor',
    date: '2023-05-09',
    language: 'pt',
    title: {
      pt: 'Interiorização voluntária',
      en: 'Voluntary relocation within the country',
      es: 'Reubicación voluntaria en el interior del país',
      fr: 'La relocalisation volontaire à l’intérieur du pays',
    },
    text: {
      pt: 'Pessoas que chegam pela fronteira norte podem ser levadas, se o desejarem, a cidades de outras regiões com oferta de emprego, moradia provisória e vagas escolares, o que alivia os municípios fronteiriços.',
      en: 'People arriving across the northern border may, if they wish, be taken to cities in other regions that offer jobs, temporary housing and school places, which eases the burden on border towns.',
      es: 'Las personas que llegan por la frontera norte pueden ser trasladadas, si así lo desean, a ciudades de otras regiones con oferta de empleo, vivienda temporal y plazas escolares, lo que alivia a los municipios fronterizos.',
      fr: 'Les personnes arrivant par la frontière nord peuvent, si elles le souhaitent, être conduites vers des villes d’autres régions offrant emploi, logement provisoire et places à l’école, ce qui soulage les communes frontalières.',
    },
  },
  {
    code: 'CRI',
    question: 1,
    channel: 'writing',
    date: '2023-05-16',
    language: 'es',
    title: {
      es: 'Mesas binacionales de coordinación fronteriza',
      en: 'Binational border coordination tables',
      fr: 'Des tables binationales de coordination frontalière',
      pt: 'Mesas binacionais de coordenação fronteiriça',
    },
    text: {
      es: 'Las autoridades migratorias y de salud de ambos lados de la frontera se reúnen cada mes con los organismos internacionales para compartir cifras y coordinar la atención de las personas en tránsito.',
      en: 'The migration and health authorities on both sides of the border meet every month with the international organizations to share figures and coordinate assistance to people in transit.',
      fr: 'Les autorités migratoires et sanitaires des deux côtés de la frontière se réunissent chaque mois avec les organisations internationales pour échanger des chiffres et coordonner la prise en charge des personnes en transit.',
      pt: 'As autoridades migratórias e de saúde dos dois lados da fronteira se reúnem todos os meses com os organismos internacionais para compartilhar dados e coordenar o atendimento às pessoas em trânsito.',
    },
  },
];

/** The Secretariat's summary of each item, by the item's kind. */
export const DEMO_SUMMARIES: Partial<Record<AgendaItemKind, Localized>> = {
  opening: {
    en: 'The Chair opened the session, recalled the mandate of the General Assembly and welcomed the representatives of the regional mechanisms and processes.',
    es: 'La Presidencia abrió la sesión, recordó el mandato de la Asamblea General y dio la bienvenida a los representantes de los mecanismos y procesos regionales.',
    fr: 'La présidence a ouvert la session, rappelé le mandat de l’Assemblée générale et souhaité la bienvenue aux représentants des mécanismes et processus régionaux.',
    pt: 'A Presidência abriu a sessão, recordou o mandato da Assembleia Geral e deu as boas-vindas aos representantes dos mecanismos e processos regionais.',
  },
  adoption_of_agenda: {
    en: 'The order of business was adopted without amendment.',
    es: 'Se aprobó el orden del día sin modificaciones.',
    fr: 'L’ordre du jour a été adopté sans modification.',
    pt: 'A ordem do dia foi aprovada sem alterações.',
  },
  panel: {
    en: 'The panelists described the challenges their mechanisms face and the practices they have developed, and stressed the value of exchanging information between forums.',
    es: 'Los panelistas describieron los desafíos que enfrentan sus mecanismos y las prácticas que han desarrollado, y destacaron el valor del intercambio de información entre foros.',
    fr: 'Les panélistes ont décrit les défis auxquels leurs mécanismes font face et les pratiques qu’ils ont élaborées, et ont souligné l’intérêt d’échanger des informations entre forums.',
    pt: 'Os painelistas descreveram os desafios que seus mecanismos enfrentam e as práticas que desenvolveram, e destacaram o valor do intercâmbio de informações entre foros.',
  },
  dialogue: {
    en: 'Five delegations took the floor. Mexico, Colombia, Canada and Brazil shared good practices; Costa Rica sent one in writing after the session.',
    es: 'Cinco delegaciones hicieron uso de la palabra. México, Colombia, Canadá y Brasil compartieron buenas prácticas; Costa Rica envió una por escrito después de la sesión.',
    fr: 'Cinq délégations ont pris la parole. Le Mexique, la Colombie, le Canada et le Brésil ont partagé de bonnes pratiques ; le Costa Rica en a transmis une par écrit après la session.',
    pt: 'Cinco delegações fizeram uso da palavra. O México, a Colômbia, o Canadá e o Brasil compartilharam boas práticas; a Costa Rica enviou uma por escrito após a sessão.',
  },
  other_business: {
    en: 'No other business was raised.',
    es: 'No se plantearon otros asuntos.',
    fr: 'Aucune question diverse n’a été soulevée.',
    pt: 'Não foram tratados outros assuntos.',
  },
  closing: {
    en: 'The Chair thanked the participants and closed the session.',
    es: 'La Presidencia agradeció a los participantes y levantó la sesión.',
    fr: 'La présidence a remercié les participants et levé la séance.',
    pt: 'A Presidência agradeceu aos participantes e encerrou a sessão.',
  },
};
