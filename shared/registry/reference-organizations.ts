/**
 * Reference data shipped with Session Desk: the 35 OAS member states, the migration
 * mechanisms and processes invited to the CAM's annual session on migration governance,
 * the international organizations among them, and the CAM's technical secretariat.
 *
 * Names are facts, written as the OAS writes them in its four official languages
 * (member-state lists and documents of the OAS and its Permanent Council), and, for the
 * mechanisms and organizations, as the bodies themselves and their secretariats (IOM,
 * UNHCR, SEGIB, MERCOSUR) write them in each language. Member states use their short names.
 * An acronym is '' where the body has none in that language.
 *
 * Where a name was checked against a publication of the body (or of its secretariat), the source is
 * named beside the entry ("Source:"); "Not confirmed" says that none could be reached when it was last
 * checked (December 2026, for issue 18), so a Secretariat officer knows which names to verify.
 *
 * IDs are fixed UUIDs generated once. Once released they NEVER change: rows in users'
 * databases point at them. To correct a name, edit the text and bump
 * REFERENCE_DATA_VERSION; to retire an entry, keep its id out of reuse.
 */
import type { Localized } from '../domain/languages';
import type { OrganizationKind } from '../domain/organization';

export interface ReferenceOrganization {
  /** Fixed UUID v4, never to change once released. */
  id: string;
  /** Stable key: ISO 3166-1 alpha-3 for member states, a short stable key otherwise. */
  code: string;
  kind: OrganizationKind;
  /** Acronym per language; '' where the body has none in that language. */
  acronym: Localized;
  /** The name as the OAS writes it in each official language. */
  name: Localized;
}

/** Bump whenever the shipped names change, so stored reference rows are refreshed. */
export const REFERENCE_DATA_VERSION = 2;

const NO_ACRONYM: Localized = { en: '', es: '', fr: '', pt: '' };

const state = (id: string, code: string, en: string, es: string, fr: string, pt: string): ReferenceOrganization => ({
  id,
  code,
  kind: 'member_state',
  acronym: NO_ACRONYM,
  name: { en, es, fr, pt },
});

/** The 35 member states of the OAS, in English alphabetical order. */
const MEMBER_STATES: readonly ReferenceOrganization[] = [
  state(
    '8399944d-05ef-4eb0-be94-47bd7c0bf697',
    'ATG',
    'Antigua and Barbuda',
    'Antigua y Barbuda',
    'Antigua-et-Barbuda',
    'Antígua e Barbuda',
  ),
  state('513ae6d5-8497-469a-971c-2bb5091d49cf', 'ARG', 'Argentina', 'Argentina', 'Argentine', 'Argentina'),
  state('b00884f4-4acd-4dc6-869d-e4c5e68c4ccc', 'BHS', 'The Bahamas', 'Bahamas', 'Bahamas', 'Bahamas'),
  state('a37e830a-a888-48f2-a4c1-d2c37f67b9fb', 'BRB', 'Barbados', 'Barbados', 'Barbade', 'Barbados'),
  state('33774505-487a-4af0-b79a-d5ccf4a2b36f', 'BLZ', 'Belize', 'Belize', 'Belize', 'Belize'),
  state('845795f0-c0ad-4260-87c3-1ee763b693db', 'BOL', 'Bolivia', 'Bolivia', 'Bolivie', 'Bolívia'),
  state('b2533d92-ec8b-44f6-a295-4def170de1bc', 'BRA', 'Brazil', 'Brasil', 'Brésil', 'Brasil'),
  state('4f002cea-74b6-4a4a-92ec-7e22a7e02abb', 'CAN', 'Canada', 'Canadá', 'Canada', 'Canadá'),
  state('776f321b-c552-4886-aa26-f9e135b45e51', 'CHL', 'Chile', 'Chile', 'Chili', 'Chile'),
  state('d69a921f-8635-41ef-a8bb-82cc98f0890e', 'COL', 'Colombia', 'Colombia', 'Colombie', 'Colômbia'),
  state('a24b2469-2556-4001-b279-69521b07502a', 'CRI', 'Costa Rica', 'Costa Rica', 'Costa Rica', 'Costa Rica'),
  state('74d3066e-98cc-4f30-9525-3f8750376cf6', 'CUB', 'Cuba', 'Cuba', 'Cuba', 'Cuba'),
  state('3a2b236d-149a-446a-980b-1797e4943c0c', 'DMA', 'Dominica', 'Dominica', 'Dominique', 'Dominica'),
  state(
    'db767217-05a1-4893-a9f3-a06905fe2b0d',
    'DOM',
    'Dominican Republic',
    'República Dominicana',
    'République dominicaine',
    'República Dominicana',
  ),
  state('5468ca68-74e5-4d6f-ae18-eef03d6c4161', 'ECU', 'Ecuador', 'Ecuador', 'Équateur', 'Equador'),
  state('910eedb2-91f2-483e-b396-19d1b9f72ff4', 'SLV', 'El Salvador', 'El Salvador', 'El Salvador', 'El Salvador'),
  state('bca89e86-2d50-4512-b9e4-1cc417c660c1', 'GRD', 'Grenada', 'Grenada', 'Grenade', 'Granada'),
  state('1ba8272e-5a98-42b5-81c2-d6e15b72bdea', 'GTM', 'Guatemala', 'Guatemala', 'Guatemala', 'Guatemala'),
  state('1367500f-7142-4dc6-8675-f8773db4646e', 'GUY', 'Guyana', 'Guyana', 'Guyana', 'Guiana'),
  state('0b901b1e-8bf7-478f-b067-bcfcf569d373', 'HTI', 'Haiti', 'Haití', 'Haïti', 'Haiti'),
  state('6c981009-dd2e-4c2c-96e5-3c648ea1e96d', 'HND', 'Honduras', 'Honduras', 'Honduras', 'Honduras'),
  state('f7a1f156-076f-45fe-9e2a-a167ae14d2d5', 'JAM', 'Jamaica', 'Jamaica', 'Jamaïque', 'Jamaica'),
  state('dd9290cf-33b8-4ed9-8efb-f225c46897e3', 'MEX', 'Mexico', 'México', 'Mexique', 'México'),
  state('adf7bbfa-7fb2-490b-8aaa-7274bdc56ccb', 'NIC', 'Nicaragua', 'Nicaragua', 'Nicaragua', 'Nicarágua'),
  state('109b0da1-896a-4193-8059-d282a6ecbff0', 'PAN', 'Panama', 'Panamá', 'Panama', 'Panamá'),
  state('7e0a34b7-ef50-4cfb-9967-37839ba62cdd', 'PRY', 'Paraguay', 'Paraguay', 'Paraguay', 'Paraguai'),
  state('c0da54b1-f75b-46d0-b2eb-cae643397702', 'PER', 'Peru', 'Perú', 'Pérou', 'Peru'),
  state(
    'f50b88ed-c37e-4e16-8182-cdbabe35828b',
    'KNA',
    'Saint Kitts and Nevis',
    'Saint Kitts y Nevis',
    'Saint-Kitts-et-Nevis',
    'São Cristóvão e Névis',
  ),
  state('e165035a-fba6-4baf-b18e-535e1dbbd750', 'LCA', 'Saint Lucia', 'Santa Lucía', 'Sainte-Lucie', 'Santa Lúcia'),
  state(
    '2743320d-a854-4fd0-a05f-fe9fb74b2f3b',
    'VCT',
    'Saint Vincent and the Grenadines',
    'San Vicente y las Granadinas',
    'Saint-Vincent-et-les-Grenadines',
    'São Vicente e Granadinas',
  ),
  state('723acf78-0062-4987-8ab8-5d071baa0219', 'SUR', 'Suriname', 'Suriname', 'Suriname', 'Suriname'),
  state(
    '378abdfd-4e31-4bf9-a409-6cadd712252f',
    'TTO',
    'Trinidad and Tobago',
    'Trinidad y Tobago',
    'Trinité-et-Tobago',
    'Trinidad e Tobago',
  ),
  state(
    '3f4eb817-4279-45b3-b2a2-e4076f884834',
    'USA',
    'United States',
    'Estados Unidos',
    'États-Unis',
    'Estados Unidos',
  ),
  state('429d62de-88bc-4080-aa43-b6dc50fbf88d', 'URY', 'Uruguay', 'Uruguay', 'Uruguay', 'Uruguai'),
  state('0405638b-cf7b-4d20-8295-b747463ce849', 'VEN', 'Venezuela', 'Venezuela', 'Venezuela', 'Venezuela'),
];

/** Mechanisms, processes and organizations named in the CAM concept paper (9 May 2023). */
const MECHANISMS_AND_ORGANIZATIONS: readonly ReferenceOrganization[] = [
  {
    // Also known as the Puebla Process (Proceso Puebla).
    id: '954144ac-735a-4779-9cb5-6a8b6caf4eca',
    code: 'RCM',
    kind: 'mechanism',
    acronym: { en: 'RCM', es: 'CRM', fr: 'CRM', pt: 'CRM' },
    name: {
      en: 'Regional Conference on Migration',
      es: 'Conferencia Regional sobre Migración',
      fr: 'Conférence régionale sur la migration',
      pt: 'Conferência Regional sobre Migração',
    },
  },
  {
    id: 'cd68d7f3-e634-4ecd-9675-81b32bd03f35',
    code: 'CSM',
    kind: 'mechanism',
    acronym: { en: 'CSM', es: 'CSM', fr: 'CSM', pt: 'CSM' },
    name: {
      en: 'South American Conference on Migration',
      es: 'Conferencia Suramericana sobre Migraciones',
      fr: 'Conférence sud-américaine sur les migrations',
      pt: 'Conferência Sul-Americana sobre Migrações',
    },
  },
  {
    // Full name: International Technical Meeting on Human Mobility of Venezuelan
    // Citizens in the Region. The short name is the one in use.
    id: 'aa4e9556-d6b1-4729-9af1-4e368e2c14a4',
    code: 'QUITO',
    kind: 'mechanism',
    acronym: NO_ACRONYM,
    name: {
      en: 'Quito Process',
      es: 'Proceso de Quito',
      fr: 'Processus de Quito',
      pt: 'Processo de Quito',
    },
  },
  {
    // Source FR: UNHCR, the MIRPS's technical secretariat with the OAS, "Les États du Cadre global de
    // protection et de solutions régionales (MIRPS en espagnol)", unhcr.ca/fr, 8 December 2020 (version 2
    // of this data; version 1 had "Cadre régional global de protection et de solutions", found nowhere).
    // Source PT: Brazil's Permanent Mission to the OAS, gov.br/mre/pt-br/delbrasupa, "Marco Integral
    // Regional para Proteção e Soluções (MIRPS)". ES/EN: the San Pedro Sula Declaration, UNHCR, OAS.
    id: '5f6c8f01-4acd-4769-8574-05efc5f9f443',
    code: 'MIRPS',
    kind: 'mechanism',
    acronym: { en: 'MIRPS', es: 'MIRPS', fr: 'MIRPS', pt: 'MIRPS' },
    name: {
      en: 'Comprehensive Regional Protection and Solutions Framework',
      es: 'Marco Integral Regional para la Protección y Soluciones',
      fr: 'Cadre global de protection et de solutions régionales',
      pt: 'Marco Integral Regional para Proteção e Soluções',
    },
  },
  {
    // Not confirmed: no French publication of the Forum could be found; the FR name is a translation.
    // PT follows MERCOSUL's own spelling of its name in Portuguese.
    id: '0ffe66e2-1914-4953-b61f-2614eba11cec',
    code: 'MERCOSUR_FEM',
    kind: 'mechanism',
    acronym: { en: 'FEM', es: 'FEM', fr: 'FEM', pt: 'FEM' },
    name: {
      en: 'MERCOSUR Specialized Migration Forum',
      es: 'Foro Especializado Migratorio del MERCOSUR',
      fr: 'Forum spécialisé sur les migrations du MERCOSUR',
      pt: 'Foro Especializado Migratório do MERCOSUL',
    },
  },
  {
    // Source PT: SEGIB (Ibero-American General Secretariat, which convenes the Forum), segib.org/pt-br,
    // "Foro Ibero-Americano sobre Migração e Desenvolvimento (FIBEMYD)". Source EN: IOM, iom.int,
    // "Ibero-American Forum on Migration and Development (FIBEMYD)". Not confirmed: FR (SEGIB publishes
    // no French; the FR name is a translation).
    id: 'ae91d95e-da0b-4d73-9c5a-d3c7743fa0a0',
    code: 'FIBEMYD',
    kind: 'mechanism',
    acronym: { en: 'FIBEMYD', es: 'FIBEMYD', fr: 'FIBEMYD', pt: 'FIBEMYD' },
    name: {
      en: 'Ibero-American Forum on Migration and Development',
      es: 'Foro Iberoamericano sobre Migración y Desarrollo',
      fr: 'Forum ibéro-américain sur la migration et le développement',
      pt: 'Foro Ibero-Americano sobre Migração e Desenvolvimento',
    },
  },
  {
    // Not confirmed: the Network publishes in Spanish only as far as could be found (press of its
    // congresses, 2018 and 2021); EN, FR and PT are translations.
    id: 'e9a0b456-4ea4-4403-8f86-12f145b43e98',
    code: 'RIAM',
    kind: 'mechanism',
    acronym: { en: 'RIAM', es: 'RIAM', fr: 'RIAM', pt: 'RIAM' },
    name: {
      en: 'Ibero-American Network of Migration Authorities',
      es: 'Red Iberoamericana de Autoridades Migratorias',
      fr: 'Réseau ibéro-américain des autorités migratoires',
      pt: 'Rede Ibero-Americana de Autoridades Migratórias',
    },
  },
  {
    // Source EN: IOM, the OCAM's technical secretariat since 1999, iom.int, "Central American Commission of
    // Migration Directors (OCAM)". Source FR: IOM, iom.int/fr, "la Commission centraméricaine des
    // responsables de la migration (OCAM en espagnol)". Not confirmed: PT (a translation). The acronym
    // keeps the body's first name, Organización Centroamericana de Migración.
    id: '6dee20e1-e66c-4809-8a3f-94d02c302e5e',
    code: 'OCAM',
    kind: 'mechanism',
    acronym: { en: 'OCAM', es: 'OCAM', fr: 'OCAM', pt: 'OCAM' },
    name: {
      en: 'Central American Commission of Migration Directors',
      es: 'Comisión Centroamericana de Directores de Migración',
      fr: 'Commission centraméricaine des responsables de la migration',
      pt: 'Comissão Centro-Americana de Diretores de Migração',
    },
  },
  {
    id: 'd0c25428-8f8b-4b32-bd5f-1d8133a5b50c',
    code: 'IOM',
    kind: 'international_organization',
    acronym: { en: 'IOM', es: 'OIM', fr: 'OIM', pt: 'OIM' },
    name: {
      en: 'International Organization for Migration',
      es: 'Organización Internacional para las Migraciones',
      fr: 'Organisation internationale pour les migrations',
      pt: 'Organização Internacional para as Migrações',
    },
  },
  {
    id: 'a7d7d735-e887-4e35-8e5f-47d0d0caade5',
    code: 'UNHCR',
    kind: 'international_organization',
    acronym: { en: 'UNHCR', es: 'ACNUR', fr: 'HCR', pt: 'ACNUR' },
    name: {
      en: 'Office of the United Nations High Commissioner for Refugees',
      es: 'Oficina del Alto Comisionado de las Naciones Unidas para los Refugiados',
      fr: 'Haut-Commissariat des Nations Unies pour les réfugiés',
      pt: 'Alto Comissariado das Nações Unidas para os Refugiados',
    },
  },
  {
    // Technical Secretariat of the CAM (Secretariat for Access to Rights and Equity, SARE).
    id: '185f3f36-5cb3-49f1-9721-818d273ed055',
    code: 'OAS_SG',
    kind: 'secretariat',
    acronym: { en: 'DSI', es: 'DIS', fr: '', pt: '' },
    name: {
      en: 'Department of Social Inclusion of the OAS General Secretariat',
      es: 'Departamento de Inclusión Social de la Secretaría General de la OEA',
      fr: "Département de l'inclusion sociale du Secrétariat général de l'OEA",
      pt: 'Departamento de Inclusão Social da Secretaria-Geral da OEA',
    },
  },
];

export const REFERENCE_ORGANIZATIONS: readonly ReferenceOrganization[] = [
  ...MEMBER_STATES,
  ...MECHANISMS_AND_ORGANIZATIONS,
];

export interface ReferenceBody {
  /** Fixed UUID v4, never to change once released. */
  id: string;
  code: string;
  name: Localized;
  /** The organ the body belongs to, as printed above it in the header block. */
  parentName: Localized;
  /** Default symbol pattern; the user may edit it per body. */
  symbolPattern: string;
}

/**
 * The body the app is built around: the Committee on Migration Affairs (CAM). Not confirmed: its FR and PT
 * names. No OAS publication naming the CAM in French or Portuguese could be reached; they follow the OAS's
 * names for the Permanent Council's other committees ("Commission des questions juridiques et politiques",
 * AG/RES. 1769, oas.org, French; "Comissão de Assuntos Jurídicos e Políticos", Portuguese). An OAS press
 * release of 25 May 2012 calls it "Committee on Migration Issues" in English; the 2023 concept paper,
 * "Committee on Migration Affairs".
 */
export const REFERENCE_BODY: Readonly<ReferenceBody> = {
  id: '5757c36a-5bf8-49fc-b180-ad53fc08b2ec',
  code: 'CAM',
  name: {
    en: 'Committee on Migration Affairs',
    es: 'Comisión de Asuntos Migratorios',
    fr: 'Commission des questions migratoires',
    pt: 'Comissão de Assuntos Migratórios',
  },
  parentName: {
    en: 'Permanent Council of the Organization of American States',
    es: 'Consejo Permanente de la Organización de los Estados Americanos',
    fr: "Conseil permanent de l'Organisation des États Américains",
    pt: 'Conselho Permanente da Organização dos Estados Americanos',
  },
  symbolPattern: 'CP/CAM-{n}/{yy}',
};
