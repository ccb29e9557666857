import { ROLE_BY_NAME, type Role } from './paragraph-roles';
import { attr, child, toggle, W_NS } from './xml';

const CHAR_BOLD = new Set(['strong', 'strongemphasis']);
const CHAR_ITALIC = new Set(['emphasis', 'strongemphasis']);

const squashName = (name: string) => name.toLowerCase().replace(/[\s_-]+/g, '');

interface StyleInfo {
  id: string;
  name: string;
  basedOn: string | null;
  outline: number | null;
  numPr: Element | undefined;
  bold: boolean | undefined;
  italic: boolean | undefined;
}

export class Styles {
  private readonly paragraph = new Map<string, StyleInfo>();
  private readonly character = new Map<string, StyleInfo>();

  constructor(doc: Document | null) {
    if (!doc) return;
    for (const style of Array.from(doc.getElementsByTagNameNS(W_NS[0]!, 'style')).concat(
      Array.from(doc.getElementsByTagNameNS(W_NS[1]!, 'style')),
    )) {
      const id = attr(style, 'styleId');
      if (!id) continue;
      const pPr = child(style, 'pPr');
      const rPr = child(style, 'rPr');
      const info: StyleInfo = {
        id,
        name: attr(child(style, 'name'), 'val') ?? id,
        basedOn: attr(child(style, 'basedOn'), 'val'),
        outline: pPr && child(pPr, 'outlineLvl') ? Number(attr(child(pPr, 'outlineLvl'), 'val')) : null,
        numPr: pPr ? child(pPr, 'numPr') : undefined,
        bold: rPr ? toggle(child(rPr, 'b')) : undefined,
        italic: rPr ? toggle(child(rPr, 'i')) : undefined,
      };
      (attr(style, 'type') === 'character' ? this.character : this.paragraph).set(id, info);
    }
  }

  private chain(map: Map<string, StyleInfo>, id: string | null): StyleInfo[] {
    const out: StyleInfo[] = [];
    for (let at = id; at && out.length < 12;) {
      const info = map.get(at);
      if (!info) break;
      out.push(info);
      at = info.basedOn;
    }
    return out;
  }

  role(id: string | null): Role {
    const chain = this.chain(this.paragraph, id);
    const names = chain.length ? chain.flatMap((s) => [s.id, s.name]) : id ? [id] : [];
    for (const name of names) {
      const role = ROLE_BY_NAME[squashName(name)];
      if (role) return role;
      const heading = /^heading(\d)$/.exec(squashName(name));
      if (heading) return `heading${Math.min(3, Math.max(1, Number(heading[1])))}` as Role;
    }
    const outline = chain.find((s) => s.outline !== null)?.outline;
    if (outline !== undefined && outline !== null && outline >= 0 && outline < 9) {
      return `heading${Math.min(3, outline + 1)}` as Role;
    }
    return 'body';
  }

  numPr(id: string | null): Element | undefined {
    return this.chain(this.paragraph, id).find((s) => s.numPr)?.numPr;
  }

  characterMarks(id: string | null): { bold: boolean; italic: boolean } {
    let bold = false;
    let italic = false;
    for (const s of this.chain(this.character, id)) {
      const key = squashName(s.name);
      const idKey = squashName(s.id);
      bold ||= CHAR_BOLD.has(key) || CHAR_BOLD.has(idKey) || s.bold === true;
      italic ||= CHAR_ITALIC.has(key) || CHAR_ITALIC.has(idKey) || s.italic === true;
    }
    return { bold, italic };
  }
}
