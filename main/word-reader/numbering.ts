import { attr, child, elements, isW } from './xml';

export class Numbering {
  /** numId → ilvl → { format, start } */
  private readonly levels = new Map<string, Map<number, { format: string; start: number }>>();

  constructor(doc: Document | null) {
    if (!doc) return;
    const abstract = new Map<string, Map<number, { format: string; start: number }>>();
    const root = doc.documentElement;
    for (const el of elements(root)) {
      if (!isW(el) || el.localName !== 'abstractNum') continue;
      const levels = new Map<number, { format: string; start: number }>();
      for (const lvl of elements(el)) {
        if (!isW(lvl) || lvl.localName !== 'lvl') continue;
        levels.set(Number(attr(lvl, 'ilvl') ?? 0), {
          format: attr(child(lvl, 'numFmt'), 'val') ?? 'decimal',
          start: Number(attr(child(lvl, 'start'), 'val') ?? 1) || 1,
        });
      }
      abstract.set(attr(el, 'abstractNumId') ?? '', levels);
    }
    for (const el of elements(root)) {
      if (!isW(el) || el.localName !== 'num') continue;
      const levels = abstract.get(attr(child(el, 'abstractNumId'), 'val') ?? '');
      if (levels) this.levels.set(attr(el, 'numId') ?? '', levels);
    }
  }

  level(numId: string, ilvl: number): { ordered: boolean; start: number } {
    const level = this.levels.get(numId)?.get(ilvl);
    const format = level?.format ?? 'bullet';
    return { ordered: !['bullet', 'none'].includes(format), start: level?.start ?? 1 };
  }
}
