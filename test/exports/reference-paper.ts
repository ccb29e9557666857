import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BlockNode, FootnoteNode, InlineNode, Mark, StoredContent, TextNode } from '../../shared/content/schema';
import { MONTH_NAMES } from '../../shared/dates/month-names';

/*
 * Reads a concept paper saved from Word as text into the app's stored content: `[footnoteRef:N]`
 * markers and `[N: …]` texts become footnotes, `[TRANSLATOR: …]` remarks become translator notes on
 * the stretch of text before them (the sentence, or the link, they follow), the "1. …" lines become
 * the session's guiding questions and a guidingQuestions block, and the code glued to the last
 * sentence is the control number. Two such papers: the sample in test/fixtures (always there), and
 * the real reference paper in ../shared/reference (only on the Secretariat's machines).
 */

/** A paper of the reference paper's shape, in the project's own words: what the tests build on. */
export const SAMPLE_PAPER = fileURLToPath(new URL('../fixtures/concept-paper-sample.txt', import.meta.url));

export const REFERENCE_PAPER = path.resolve('..', 'shared', 'reference', 'cam-concept-paper-2023.txt');

/** Whether the real reference paper is beside this clone; the checks against it run only then. */
export const REFERENCE_PRESENT = fs.existsSync(REFERENCE_PAPER);

/** Appended to the name of a check that needs the real reference paper, so a skip says why. */
export const NEEDS_REFERENCE = REFERENCE_PRESENT ? '' : ' (skipped: ../shared/reference is not beside this clone)';

export interface ReferencePaper {
  content: StoredContent;
  questions: string[];
  controlNumber: string;
  /** The footnotes' own texts (notes left out), in order, as the reader should see them. */
  footnoteTexts: string[];
  /** The translator notes, in order of appearance in the text file. */
  notes: string[];
  /** Sentences of the running text and footnotes, as a translator would count them. */
  sentenceCount: number;
}

function parseEnglishDate(text: string): string {
  const match = /^\(?([A-Z][a-z]+) (\d{1,2}), (\d{4})\)?$/.exec(text.trim());
  if (!match) throw new Error(`not a date: ${text}`);
  const month = MONTH_NAMES.en.indexOf(match[1]!) + 1;
  return `${match[3]}-${String(month).padStart(2, '0')}-${match[2]!.padStart(2, '0')}`;
}

const squash = (text: string) => text.replace(/\s+/g, ' ');

let noteCounter = 0;

/** Text with URLs as links and `[TRANSLATOR: …]` remarks as notes on the stretch before them. */
function inlineText(raw: string, notes: string[]): TextNode[] {
  const nodes: TextNode[] = [];
  for (const part of raw.split(/(\[TRANSLATOR:[^\]]*\])/)) {
    const remark = /^\[TRANSLATOR:\s*([^\]]*?)\s*\]$/.exec(part);
    if (remark) {
      const note = remark[1]!;
      notes.push(note);
      anchorNote(nodes, note);
      continue;
    }
    for (const piece of squash(part).split(/(https?:\/\/[^\s]+?)(?=[.;,]?(?:\s|$))/i)) {
      if (!piece) continue;
      if (/^https?:\/\//i.test(piece))
        nodes.push({ type: 'text', text: piece, marks: [{ type: 'link', attrs: { href: piece } }] });
      else nodes.push({ type: 'text', text: piece });
    }
  }
  return nodes;
}

/** Marks the last sentence (or link) of the nodes so far with a translator note. */
function anchorNote(nodes: TextNode[], note: string): void {
  while (nodes.length > 0 && nodes.at(-1)!.text.trim() === '') nodes.pop();
  const last = nodes.at(-1);
  if (!last) throw new Error(`a translator note with no text before it: ${note}`);
  const mark: Mark = { type: 'translatorNote', attrs: { id: `note-${++noteCounter}`, note } };
  if (last.marks?.some((m) => m.type === 'link')) {
    last.marks.push(mark);
    last.text = last.text.trimEnd();
    return;
  }
  const text = last.text.trimEnd();
  const boundary = Math.max(text.lastIndexOf('. ', text.length - 2), text.lastIndexOf('? ', text.length - 2));
  const start = boundary >= 0 ? boundary + 2 : text.search(/\S/);
  const before = text.slice(0, start);
  const anchored = text.slice(start);
  nodes.pop();
  if (before) nodes.push({ type: 'text', text: before });
  nodes.push({ type: 'text', text: anchored, marks: [...(last.marks ?? []), mark] });
}

/** Joins neighbouring texts with the same marks and drops the spaces a removed marker left doubled. */
function tidy(nodes: InlineNode[]): InlineNode[] {
  const out: InlineNode[] = [];
  for (const node of nodes) {
    const prev = out.at(-1);
    if (
      node.type === 'text' &&
      prev?.type === 'text' &&
      JSON.stringify(prev.marks ?? []) === JSON.stringify(node.marks ?? [])
    ) {
      prev.text = squash(prev.text + node.text);
    } else out.push(node.type === 'text' ? { ...node } : node);
  }
  for (let i = 0; i < out.length; i += 1) {
    const node = out[i]!;
    const next = out[i + 1];
    if (node.type === 'text' && next?.type === 'text' && node.text.endsWith(' ') && next.text.startsWith(' ')) {
      node.text = node.text.trimEnd();
    }
  }
  const first = out[0];
  if (first?.type === 'text') first.text = first.text.trimStart();
  const last = out.at(-1);
  if (last?.type === 'text') last.text = last.text.trimEnd();
  return out.filter((n) => n.type !== 'text' || n.text.length > 0);
}

const countSentences = (text: string) =>
  text
    .split(/(?<=[.?!:;])\s+(?=[A-Z"“(])/)
    .map((s) => s.trim())
    .filter((s) => /[A-Za-z]/.test(s)).length;

export function readReferencePaper(file: string): ReferencePaper {
  let text = fs.readFileSync(file, 'utf8');
  // 1. the footnote texts "[N: .\t…]", which may hold "[TRANSLATOR: …]" and span lines
  const footnoteRaw = new Map<number, string>();
  text = text.replace(/\[(\d+): ((?:[^[\]]|\[TRANSLATOR:[^\]]*\])*)\]/g, (_m, n: string, body: string) => {
    footnoteRaw.set(Number(n), body.replace(/^\s*\d*\.\s*/, ''));
    return '';
  });
  const notes: string[] = [];
  const footnoteTexts: string[] = [];
  const footnote = (n: number): FootnoteNode => {
    const raw = footnoteRaw.get(n);
    if (raw === undefined) throw new Error(`footnote ${n} has no text`);
    const content = tidy(inlineText(raw, notes)) as TextNode[];
    footnoteTexts.push(content.map((t) => t.text).join(''));
    return { type: 'footnote', content: [{ type: 'paragraph', content: content }] };
  };

  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const [kind, title, subtitle, date, authorship, ...rest] = lines;
  const questions: string[] = [];
  const blocks: BlockNode[] = [];
  let controlNumber = '';
  let sentences = 0;
  rest.forEach((line, index) => {
    if (/^\d+\.\s/.test(line)) {
      const question = squash(line.replace(/^\d+\.\s*/, '')).trim();
      if (questions.length === 0) blocks.push({ type: 'guidingQuestions' });
      questions.push(question);
      sentences += countSentences(question);
      return;
    }
    let body = line;
    if (index === rest.length - 1) {
      const code = /([A-Z]{5}\d{5}[A-Z]\d{2})$/.exec(body);
      if (code) {
        controlNumber = code[1]!;
        body = body.slice(0, -controlNumber.length);
      }
    }
    const inlines: InlineNode[] = [];
    for (const part of body.split(/(\[footnoteRef:\d+\])/)) {
      const ref = /^\[footnoteRef:(\d+)\]$/.exec(part);
      if (ref) inlines.push(footnote(Number(ref[1])));
      else inlines.push(...inlineText(part, notes));
    }
    const content = tidy(inlines);
    sentences += countSentences(content.map((n) => (n.type === 'text' ? n.text : '')).join(''));
    blocks.push({ type: 'paragraph', content });
  });
  for (const f of footnoteTexts) sentences += countSentences(f);
  sentences += 5; // the title block's five lines

  return {
    content: {
      schemaVersion: 1,
      titleBlock: {
        documentKindLabel: kind!,
        title: squash(title!).trim(),
        subtitle: squash(subtitle!).trim(),
        date: parseEnglishDate(date!),
        authorship: authorship!.replace(/^\(|\)$/g, ''),
      },
      body: { type: 'doc', content: blocks },
    },
    questions,
    controlNumber,
    footnoteTexts,
    notes,
    sentenceCount: sentences,
  };
}
