import type { Language } from '../../shared/domain/languages';

/*
 * Words of the four languages for the archive bench's texts: the Committee's own vocabulary, with
 * its accents (ó, ã, ç, é, ñ, è, ê), from common to rare; texts draw them with a skew, so that the
 * first words are in most documents and the last in few.
 */
const WORDS: Readonly<Record<Language, string>> = {
  en: `the of and to in a migration migrants states member regional for on with by that as human rights
  protection governance policies international cooperation countries mechanisms committee session
  labour mobility return integration borders refugees asylum displacement climate children women
  families remittances regularization consular assistance trafficking smuggling data statistics
  reintegration diaspora employment health education housing xenophobia discrimination resilience
  humanitarian corridors caribbean andean central southern northern agreements framework compact
  declaration resolution dialogue panel observers delegations secretariat permanent council
  hemispheric capacity building seasonal workers circular pathways visas documentation identity
  statelessness nationality unaccompanied adolescents gender violence prevention recruitment ethical
  portability pensions biometric interoperability municipalities shelters hospitality solidarity`,
  es: `el de la y en los las a migración migrantes estados miembros regional para con por que como
  derechos humanos protección gobernanza políticas internacional cooperación países mecanismos
  comisión sesión movilidad laboral retorno integración fronteras refugiados asilo desplazamiento
  clima niños niñas mujeres familias remesas regularización asistencia consular trata tráfico datos
  estadísticas reintegración diáspora empleo salud educación vivienda xenofobia discriminación
  resiliencia humanitaria corredores caribe andina centroamérica sudamérica acuerdos marco pacto
  declaración resolución diálogo panel observadores delegaciones secretaría consejo permanente
  hemisférica capacidades temporeros trabajadores circulares vías visados documentación identidad
  apatridia nacionalidad adolescentes acompañados género violencia prevención reclutamiento ético
  portabilidad pensiones biométrica interoperabilidad municipios albergues hospitalidad solidaridad`,
  fr: `le la les de des et à en un une migration migrants états membres régional pour avec par que
  comme droits humains protection gouvernance politiques internationale coopération pays mécanismes
  commission séance mobilité travail retour intégration frontières réfugiés asile déplacement climat
  enfants femmes familles envois régularisation assistance consulaire traite trafic données
  statistiques réintégration diaspora emploi santé éducation logement xénophobie discrimination
  résilience humanitaire couloirs caraïbes andine centrale australe accords cadre pacte déclaration
  résolution dialogue panel observateurs délégations secrétariat conseil permanent hémisphérique
  capacités saisonniers travailleurs circulaires voies visas documentation identité apatridie
  nationalité adolescents accompagnés genre violence prévention recrutement éthique portabilité
  pensions biométrique interopérabilité municipalités abris hospitalité solidarité d'haïti l'accueil`,
  pt: `o a os as de da do e em um uma migração migrantes estados membros regional para com por que
  como direitos humanos proteção governança políticas internacional cooperação países mecanismos
  comissão sessão mobilidade laboral retorno integração fronteiras refugiados asilo deslocamento
  clima crianças mulheres famílias remessas regularização assistência consular tráfico contrabando
  dados estatísticas reintegração diáspora emprego saúde educação habitação xenofobia discriminação
  resiliência humanitária corredores caribe andina central austral acordos quadro pacto declaração
  resolução diálogo painel observadores delegações secretaria conselho permanente hemisférica
  capacitação sazonais trabalhadores circulares vias vistos documentação identidade apatridia
  nacionalidade adolescentes desacompanhados gênero violência prevenção recrutamento ético
  portabilidade pensões biométrica interoperabilidade municípios abrigos hospitalidade solidariedade`,
};

export const VOCABULARY = Object.fromEntries(
  Object.entries(WORDS).map(([lang, words]) => [lang, words.split(/\s+/).filter((w) => w !== '')]),
) as unknown as Readonly<Record<Language, readonly string[]>>;

export const FIRST_NAMES =
  'Ana María José Luis Carmen Jean François Hélène João Conceição Lúcia Peña Iñaki Zoë Noël Grace Kevin Marlène Sebastião Begoña Andrés Raúl Inês Chloé'.split(
    ' ',
  );
export const LAST_NAMES =
  'Pérez Gómez Núñez Muñoz Lefèvre Dupré Gonçalves Conceição Araújo Smith Brown Saint-Éloi Thélusma Ibáñez Castañeda Magalhães Piñeiro Côté Brûlé Hernández Ramírez Ortíz Jiménez'.split(
    ' ',
  );
