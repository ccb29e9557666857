import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTempStore, type TempStore } from '../support/temp-store';
import { compact, docxParts, exportedPerLanguage, paragraphsOf, pdfText, tempDir, textOf } from './docx-tools';

/*
 * The chair's script of the demo session, in four languages, read back from the DOCX XML and from
 * LibreOffice's PDF text. Three delegations join the dialogue beside the demo's five (the United States,
 * Haiti and Cuba), so that the script shows every kind of article and contraction; the panel considers
 * two documents and the order of business has its symbol.
 */

const LANGS = ['en', 'es', 'fr', 'pt'] as const;
type Lang = (typeof LANGS)[number];
type File = { fileName: string; bytes: Uint8Array };

let store: TempStore;
let dir: string;
let sessionId: string;
let exported: Record<Lang, { xml: string; pdf: string }>;
const text = {} as Record<Lang, string>;

const call = <T>(name: string, input: unknown) => store.call<T>(name, input);
const exportIn = (language: Lang) => call<File>('sessions.exportDocx', { sessionId, kind: 'chairs_script', language });

beforeAll(async () => {
  store = await openTempStore();
  dir = tempDir('chairs-script');
  ({ sessionId } = await call<{ sessionId: string }>('demo.create', {}));
  const items = await call<{ id: string; kind: string }[]>('agendaItems.list', { sessionId });
  const panel = items.find((i) => i.kind === 'panel')!;
  const dialogue = items.find((i) => i.kind === 'dialogue')!;
  await call('agendaItems.update', {
    id: panel.id,
    patch: { documentSymbols: ['CP/CAM-200/23', 'CP/CSH/INF.457/16'] },
  });
  await call('documents.create', {
    sessionId,
    kind: 'order_of_business',
    symbol: 'CP/OD-1588/23',
    revisionKind: null,
    revisionNumber: null,
    originalLanguage: 'es',
  });
  const organizations = await call<{ id: string; code: string | null }[]>('organizations.list', {});
  const byCode = (code: string) => organizations.find((o) => o.code === code)!.id;
  for (const [index, code] of ['USA', 'HTI', 'CUB'].entries()) {
    await call('speakers.create', {
      agendaItemId: dialogue.id,
      personId: null,
      organizationId: byCode(code),
      role: 'delegation',
      allottedMinutes: 5,
      status: 'requested',
      requestedAt: `2023-05-08T1${index + 1}:00:00`,
    });
  }
  exported = await exportedPerLanguage(LANGS, dir, exportIn);
  for (const lang of LANGS) text[lang] = compact(pdfText(exported[lang].pdf));
}, 120_000);

afterAll(async () => {
  await store?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** Each sentence must be in the PDF text, in this order. */
function expectInOrder(lang: Lang, sentences: readonly string[]) {
  let from = 0;
  for (const sentence of sentences) {
    const at = text[lang].indexOf(compact(sentence), from);
    expect(at, `${lang}: ${sentence}`).toBeGreaterThanOrEqual(0);
    from = at;
  }
}

describe('the chair’s script of the demo session', () => {
  it('is named for its kind and language, with the title in upper case', async () => {
    const file = await exportIn('fr');
    expect(file.fileName).toBe('chairs-script-fr.docx');
    expect(text.en).toContain(compact('CHAIR’S SCRIPT'));
    expect(text.es).toContain(compact('GUION DE LA PRESIDENCIA'));
    expect(text.fr).toContain(compact('NOTES À L’INTENTION DE LA PRÉSIDENCE'));
    expect(text.pt).toContain(compact('ROTEIRO DA PRESIDÊNCIA'));
  });

  it('reads in English', () => {
    expectInOrder('en', [
      'Good morning. I call to order this meeting of the Committee on Migration Affairs, convened for the session “Annual session on migration governance with the regional migration mechanisms and processes”.',
      'Delegations have before them the draft order of business, document CP/OD-1588/23. If there are no objections, I will take it that the order of business is adopted as presented. It is so decided.',
      'We now turn to item 3 of the order of business, “Panel: the regional consultative mechanisms and processes on migration”.',
      'For this item, delegations have before them documents CP/CAM-200/23 and CP/CSH/INF.457/16.',
      'I invite the panelists to address the following guiding questions:',
      'What challenges has the mechanism or process you represent faced',
      'I now give the floor to Ms. Laura Méndez Ortiz, Technical Secretariat of the RCM, Regional Conference on Migration.',
      'I now give the floor to Mr. Rodrigo Alves Pereira, Pro Tempore Presidency of the CSM, South American Conference on Migration.',
      'I now give the floor to Ambassador Ana Lucía Herrera, Pro Tempore Presidency of the Quito Process, Quito Process.',
      'I now give the floor to Mr. Jean-Marc Lefèvre, Regional Director, IOM, International Organization for Migration.',
      'We now turn to item 4 of the order of business, “Dialogue with the delegations of the member states”.',
      'I now open the floor to the delegations of the member states.',
      'I now give the floor to the Delegation of Mexico.',
      'I now give the floor to the Delegation of Colombia.',
      'I now give the floor to the Delegation of Canada.',
      'I now give the floor to the Delegation of Brazil.',
      'I now give the floor to the Delegation of Costa Rica.',
      'I now give the floor to the Delegation of the United States.',
      'I now give the floor to the Delegation of Haiti.',
      'I now give the floor to the Delegation of Cuba.',
      'Does any delegation wish to raise any other business?',
      'There being no further business, I thank the panelists, the delegations and the Technical Secretariat, and declare this meeting closed.',
    ]);
  });

  it('reads in Spanish', () => {
    expectInOrder('es', [
      'Buenos días. Declaro abierta esta reunión de la Comisión de Asuntos Migratorios, convocada para la sesión «Sesión anual sobre gobernanza migratoria con los mecanismos y procesos regionales sobre migración».',
      'Las delegaciones tienen ante sí el proyecto de orden del día, documento CP/OD-1588/23. De no haber objeciones, entenderé que se aprueba el orden del día tal como ha sido presentado. Así se acuerda.',
      'Pasamos ahora al punto 3 del orden del día, «Panel: los mecanismos y procesos consultivos regionales sobre migración».',
      'Para este punto, las delegaciones tienen ante sí los documentos CP/CAM-200/23 y CP/CSH/INF.457/16.',
      'Cedo la palabra a la Sra. Laura Méndez Ortiz, Technical Secretariat of the RCM, Conferencia Regional sobre Migración.',
      'Cedo la palabra al Sr. Rodrigo Alves Pereira, Pro Tempore Presidency of the CSM, Conferencia Suramericana sobre Migraciones.',
      'Cedo la palabra a la Embajadora Ana Lucía Herrera, Pro Tempore Presidency of the Quito Process, Proceso de Quito.',
      'Tiene la palabra la Delegación de México.',
      'Tiene la palabra la Delegación de Colombia.',
      'Tiene la palabra la Delegación de Canadá.',
      'Tiene la palabra la Delegación de Brasil.',
      'Tiene la palabra la Delegación de Costa Rica.',
      'Tiene la palabra la Delegación de los Estados Unidos.',
      'Tiene la palabra la Delegación de Haití.',
      'Tiene la palabra la Delegación de Cuba.',
      '¿Alguna delegación desea plantear otros asuntos?',
    ]);
  });

  it('reads in French, with du, de la, des and d’ before the names', () => {
    expectInOrder('fr', [
      'Bonjour. Je déclare ouverte la présente séance de la Commission des questions migratoires, convoquée pour la session « Session annuelle sur la gouvernance des migrations avec les mécanismes et processus régionaux sur la migration ».',
      'Les délégations sont saisies du projet d’ordre du jour, document CP/OD-1588/23.',
      'Nous passons maintenant au point 3 de l’ordre du jour, « Table ronde : les mécanismes et processus consultatifs régionaux sur la migration ».',
      'Pour ce point, les délégations sont saisies des documents CP/CAM-200/23 et CP/CSH/INF.457/16.',
      'J’invite les panélistes à répondre aux questions d’orientation suivantes :',
      'Je donne la parole à Mme Laura Méndez Ortiz, Technical Secretariat of the RCM, Conférence régionale sur la migration.',
      'Je donne la parole à M. Rodrigo Alves Pereira,',
      "Je donne la parole à l'Ambassadrice Ana Lucía Herrera, Pro Tempore Presidency of the Quito Process, Processus de Quito.",
      'J’ouvre maintenant le débat aux délégations des États membres.',
      'Je donne la parole à la délégation du Mexique.',
      'Je donne la parole à la délégation de la Colombie.',
      'Je donne la parole à la délégation du Canada.',
      'Je donne la parole à la délégation du Brésil.',
      'Je donne la parole à la délégation du Costa Rica.',
      'Je donne la parole à la délégation des États-Unis.',
      "Je donne la parole à la délégation d'Haïti.",
      'Je donne la parole à la délégation de Cuba.',
      'L’ordre du jour étant épuisé, je remercie les panélistes, les délégations et le Secrétariat technique, et je lève la séance.',
    ]);
  });

  it('reads in Portuguese, with do, da, dos and de before the names', () => {
    expectInOrder('pt', [
      'Bom dia. Declaro aberta esta reunião da Comissão de Assuntos Migratórios, convocada para a sessão “Sessão anual sobre governança migratória com os mecanismos e processos regionais sobre migração”.',
      'As delegações têm diante de si o projeto de ordem do dia, documento CP/OD-1588/23.',
      'Passamos agora ao item 3 da ordem do dia, “Painel: os mecanismos e processos consultivos regionais sobre migração”.',
      'Para este item, as delegações têm diante de si os documentos CP/CAM-200/23 e CP/CSH/INF.457/16.',
      'Concedo a palavra à Sra. Laura Méndez Ortiz, Technical Secretariat of the RCM, Conferência Regional sobre Migração.',
      'Concedo a palavra ao Sr. Rodrigo Alves Pereira,',
      'Concedo a palavra à Embaixadora Ana Lucía Herrera, Pro Tempore Presidency of the Quito Process, Processo de Quito.',
      'Concedo a palavra à Delegação do México.',
      'Concedo a palavra à Delegação da Colômbia.',
      'Concedo a palavra à Delegação do Canadá.',
      'Concedo a palavra à Delegação do Brasil.',
      'Concedo a palavra à Delegação da Costa Rica.',
      'Concedo a palavra à Delegação dos Estados Unidos.',
      'Concedo a palavra à Delegação do Haiti.',
      'Concedo a palavra à Delegação de Cuba.',
      'Não havendo outros assuntos a tratar, agradeço aos painelistas, às delegações e à Secretaria Técnica, e declaro encerrada a reunião.',
    ]);
  });

  it('keeps names of people and symbols in the do-not-translate style, with one run per stretch of style', () => {
    const dnt = (value: string) =>
      `<w:r><w:rPr><w:rStyle w:val="DoNotTranslate"/></w:rPr><w:t xml:space="preserve">${value}</w:t></w:r>`;
    for (const lang of LANGS) {
      const xml = exported[lang].xml;
      for (const value of ['Laura Méndez Ortiz', 'Ana Lucía Herrera', 'CP/OD-1588/23', 'CP/CAM-200/23']) {
        expect(xml, `${lang} ${value}`).toContain(dnt(value));
      }
      // every text the script prints exists in its language: nothing tagged as foreign
      expect(xml, lang).not.toContain('<w:lang');
      expect(xml, lang).not.toMatch(/<w:br\b|<w:tab\/>/);
      const mexico = { en: 'of Mexico.', es: 'de México.', fr: 'du Mexique.', pt: 'do México.' }[lang];
      const delegation = paragraphsOf(xml).find((p) => textOf(p).endsWith(mexico));
      expect(delegation, lang).toBeDefined();
      expect(delegation!.match(/<w:r>/g), lang).toHaveLength(1);
    }
  });

  it('is made afresh at each export: a withdrawn delegation is no longer given the floor', async () => {
    const speakers = await call<{ id: string; organizationId: string | null; role: string }[]>('speakers.list', {
      agendaItemId: (await call<{ id: string; kind: string }[]>('agendaItems.list', { sessionId })).find(
        (i) => i.kind === 'dialogue',
      )!.id,
    });
    const organizations = await call<{ id: string; code: string | null }[]>('organizations.list', {});
    const haiti = organizations.find((o) => o.code === 'HTI')!.id;
    const speaker = speakers.find((s) => s.organizationId === haiti)!;
    await call('speakers.update', { id: speaker.id, patch: { status: 'withdrawn' } });
    const file = await exportIn('fr');
    const xml = (await docxParts(Buffer.from(file.bytes)))['word/document.xml']!;
    const sentences = paragraphsOf(xml).map(textOf);
    expect(sentences).not.toContain("Je donne la parole à la délégation d'Haïti.");
    expect(sentences).toContain('Je donne la parole à la délégation des États-Unis.');
  });
});
