import { Paragraph, TextRun } from 'docx';
import type { ExportedFile } from '../../shared/api/document-procedures';
import type { Changes } from '../../shared/api/translation-procedures';
import { formatHeaderDate } from '../../shared/dates';
import type { Language } from '../../shared/domain/languages';
import { buildDocument, docxFileName, gridTable, packDocument, para } from '../documents/docx/common';
import { C, P, PAGE } from '../documents/docx/styles';

/*
 * The short DOCX a translator gets to bring a version up to date: only the passages of the original
 * that changed since it was sent, each with where it is and a two-column table (the text as sent,
 * the text now). Same styles as every export (named styles, US Letter, explicit table widths), in
 * the original's language, the language the translator received.
 */

interface Labels {
  title: (symbol: string) => string;
  sent: (date: string, translator: string) => string;
  summary: (passages: number, words: number) => string;
  before: string;
  now: string;
  none: string;
  where: Record<'paragraph' | 'footnote' | 'title', (n: number | null, kind: string) => string>;
  change: Record<'changed' | 'added' | 'removed', string>;
}

const TITLE_FIELD: Record<Language, Record<string, string>> = {
  en: { documentKindLabel: 'document kind', title: 'title', subtitle: 'subtitle', authorship: 'authorship' },
  es: { documentKindLabel: 'tipo de documento', title: 'título', subtitle: 'subtítulo', authorship: 'autoría' },
  fr: { documentKindLabel: 'type de document', title: 'titre', subtitle: 'sous-titre', authorship: 'auteur' },
  pt: { documentKindLabel: 'tipo de documento', title: 'título', subtitle: 'subtítulo', authorship: 'autoria' },
};

const LABELS: Record<Language, Labels> = {
  en: {
    title: (s) => `Changes to ${s || 'the document'} since it was sent to translation`,
    sent: (d, t) => `Sent on ${d}${t ? ` to ${t}` : ''}.`,
    summary: (p, w) => `${p} passage(s) changed; ${w} word(s) to translate.`,
    before: 'As sent',
    now: 'Now',
    none: 'Nothing has changed since it was sent.',
    where: {
      paragraph: (n) => `Paragraph ${n ?? ''}`.trim(),
      footnote: (n) => `Footnote ${n ?? ''}`.trim(),
      title: (_n, k) => `Title block: ${TITLE_FIELD.en[k] ?? k}`,
    },
    change: { changed: 'changed', added: 'added', removed: 'removed' },
  },
  es: {
    title: (s) => `Cambios en ${s || 'el documento'} desde su envío a traducción`,
    sent: (d, t) => `Enviado el ${d}${t ? ` a ${t}` : ''}.`,
    summary: (p, w) => `${p} pasaje(s) modificado(s); ${w} palabra(s) por traducir.`,
    before: 'Texto enviado',
    now: 'Texto actual',
    none: 'No hubo cambios desde el envío.',
    where: {
      paragraph: (n) => `Párrafo ${n ?? ''}`.trim(),
      footnote: (n) => `Nota ${n ?? ''}`.trim(),
      title: (_n, k) => `Encabezado: ${TITLE_FIELD.es[k] ?? k}`,
    },
    change: { changed: 'modificado', added: 'añadido', removed: 'suprimido' },
  },
  fr: {
    title: (s) => `Modifications de ${s || 'ce document'} depuis son envoi en traduction`,
    sent: (d, t) => `Envoyé le ${d}${t ? ` à ${t}` : ''}.`,
    summary: (p, w) => `${p} passage(s) modifié(s) ; ${w} mot(s) à traduire.`,
    before: 'Texte envoyé',
    now: 'Texte actuel',
    none: 'Rien n’a changé depuis l’envoi.',
    where: {
      paragraph: (n) => `Paragraphe ${n ?? ''}`.trim(),
      footnote: (n) => `Note ${n ?? ''}`.trim(),
      title: (_n, k) => `En-tête : ${TITLE_FIELD.fr[k] ?? k}`,
    },
    change: { changed: 'modifié', added: 'ajouté', removed: 'supprimé' },
  },
  pt: {
    title: (s) => `Alterações em ${s || 'o documento'} desde o envio para tradução`,
    sent: (d, t) => `Enviado em ${d}${t ? ` a ${t}` : ''}.`,
    summary: (p, w) => `${p} trecho(s) alterado(s); ${w} palavra(s) a traduzir.`,
    before: 'Texto enviado',
    now: 'Texto atual',
    none: 'Nada mudou desde o envio.',
    where: {
      paragraph: (n) => `Parágrafo ${n ?? ''}`.trim(),
      footnote: (n) => `Nota ${n ?? ''}`.trim(),
      title: (_n, k) => `Cabeçalho: ${TITLE_FIELD.pt[k] ?? k}`,
    },
    change: { changed: 'alterado', added: 'acrescentado', removed: 'suprimido' },
  },
};

const HALF = PAGE.textWidth / 2;

/** The changes DOCX, in `lang` (the original's language). */
export async function changesDocx(changes: Changes, lang: Language): Promise<ExportedFile> {
  const l = LABELS[lang];
  const children: (Paragraph | ReturnType<typeof gridTable>)[] = [
    para(P.title, l.title(changes.symbol)),
    new Paragraph({
      style: P.body,
      children: [new TextRun(l.sent(formatHeaderDate(changes.sentAt.slice(0, 10), lang), changes.translator))],
    }),
    para(P.body, changes.changes.length ? l.summary(changes.changes.length, changes.changedPassageWords) : l.none),
  ];
  for (const change of changes.changes) {
    const number = change.number ?? change.sentNumber;
    children.push(para(P.heading2, `${l.where[change.where](number, change.kind)} (${l.change[change.change]})`));
    const cell = (text: string | null) => [text ? para(P.tableText, text) : para(P.tableText, '—')];
    children.push(
      gridTable(
        [HALF, PAGE.textWidth - HALF],
        [
          [[para(P.tableHeading, l.before)], [para(P.tableHeading, l.now)]],
          [cell(change.old), cell(change.new)],
        ],
        { headerRow: true, borders: true },
      ),
    );
  }
  if (changes.symbol) {
    children.push(
      new Paragraph({
        style: P.controlNumber,
        children: [new TextRun({ text: changes.symbol, style: C.doNotTranslate })],
      }),
    );
  }
  const document = buildDocument({ lang, title: l.title(changes.symbol), children });
  return {
    fileName: docxFileName(changes.symbol ? `${changes.symbol} changes` : '', 'changes', changes.language),
    base64: (await packDocument(document)).toString('base64'),
  };
}
