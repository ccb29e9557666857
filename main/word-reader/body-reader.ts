import type { InlineNode } from '../../shared/content/schema';
import { BlockBuilder } from './block-builder';
import type { ImportWarningCode } from './import-warnings';
import type { InlineReader } from './inline-reader';
import type { Numbering } from './numbering';
import type { Styles } from './styles';
import { TitleBlock } from './title-block';
import { attr, child, elements, isW } from './xml';

const textOfInlines = (inlines: readonly InlineNode[]) =>
  inlines
    .map((i) => (i.type === 'text' ? i.text : ''))
    .join('')
    .trim();

/** The body's paragraphs and tables into blocks, with the title block, control number and guiding questions. */
export class BodyReader {
  readonly builder = new BlockBuilder();
  readonly titleBlock = new TitleBlock();
  readonly questions: string[] = [];
  paragraphNumber = 0;
  tables = 0;

  constructor(
    private readonly styles: Styles,
    private readonly numbering: Numbering,
    private readonly reader: InlineReader,
    private readonly warnings: Set<ImportWarningCode>,
  ) {}

  blocks(parent: Element): void {
    for (const e of elements(parent)) {
      if (!isW(e)) continue;
      if (e.localName === 'p') this.paragraph(e);
      else if (e.localName === 'tbl') {
        const text = e.textContent ?? '';
        // the OAS header block: the app prints it
        if (this.tables === 0 && this.builder.blocks.length === 0 && /OEA\/Ser\.|OAS\/Ser\./.test(text)) continue;
        this.tables += 1;
        this.warnings.add('tables_flattened');
        for (const row of elements(e)) {
          if (!isW(row) || row.localName !== 'tr') continue;
          for (const cell of elements(row)) if (isW(cell) && cell.localName === 'tc') this.blocks(cell);
        }
      } else if (e.localName === 'sdt') {
        const content = child(e, 'sdtContent');
        if (content) this.blocks(content);
      } else if (['customXml', 'ins', 'moveTo'].includes(e.localName)) this.blocks(e);
    }
  }

  private paragraph(p: Element): void {
    const pPr = child(p, 'pPr');
    const styleId = attr(child(pPr ?? p, 'pStyle'), 'val');
    const role = this.styles.role(styleId);
    if (role === 'headerBlock') return;
    const label = { label: `paragraph ${this.paragraphNumber + 1}` };
    const inlines = this.reader.read(p, label, false);
    if (inlines.length === 0) return;
    const text = textOfInlines(inlines);
    const hasFootnote = inlines.some((i) => i.type === 'footnote');
    if (role === 'question') {
      this.questions.push(text);
      this.paragraphNumber += this.builder.blocks.at(-1)?.type === 'guidingQuestions' ? 0 : 1;
      this.builder.question();
      return;
    }
    if (this.titleBlock.take(role, text, hasFootnote)) return;
    this.paragraphNumber += 1;
    if (role.startsWith('heading')) return this.builder.heading(Number(role.slice(-1)) as 1 | 2 | 3, inlines);
    const numPr = (pPr && child(pPr, 'numPr')) ?? this.styles.numPr(styleId);
    const numId = attr(child(numPr ?? p, 'numId'), 'val');
    if (numPr && numId && numId !== '0') {
      const ilvl = Number(attr(child(numPr, 'ilvl'), 'val') ?? 0) || 0;
      return this.builder.listItem(inlines, numId, ilvl, this.numbering.level(numId, ilvl));
    }
    if (role === 'listContinue') return this.builder.continuation(inlines);
    if (role === 'quote') return this.builder.quoted(inlines);
    this.builder.paragraph(inlines);
  }
}
