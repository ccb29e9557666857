import type {
  BlockNode,
  BlockquoteNode,
  BulletListNode,
  InlineNode,
  ListItemNode,
  OrderedListNode,
} from '../../shared/content/schema';

interface OpenList {
  node: BulletListNode | OrderedListNode;
  numId: string;
  ilvl: number;
}

/** The body's blocks as paragraphs come: lists nested by level, quotes joined, guiding questions as one block. */
export class BlockBuilder {
  readonly blocks: BlockNode[] = [];
  private lists: OpenList[] = [];
  private quote: BlockquoteNode | null = null;
  private lastWasQuestion = false;

  private close() {
    this.lists = [];
    this.quote = null;
  }

  paragraph(inlines: InlineNode[]) {
    this.close();
    this.lastWasQuestion = false;
    this.blocks.push({ type: 'paragraph', content: inlines });
  }

  heading(level: 1 | 2 | 3, inlines: InlineNode[]) {
    this.close();
    this.lastWasQuestion = false;
    this.blocks.push({ type: 'heading', attrs: { level }, content: inlines });
  }

  question() {
    this.close();
    if (!this.lastWasQuestion) this.blocks.push({ type: 'guidingQuestions' });
    this.lastWasQuestion = true;
  }

  quoted(inlines: InlineNode[]) {
    this.lists = [];
    this.lastWasQuestion = false;
    if (!this.quote || this.blocks.at(-1) !== this.quote) {
      this.quote = { type: 'blockquote', content: [] };
      this.blocks.push(this.quote);
    }
    this.quote.content.push({ type: 'paragraph', content: inlines });
  }

  listItem(inlines: InlineNode[], numId: string, ilvl: number, kind: { ordered: boolean; start: number }) {
    this.quote = null;
    this.lastWasQuestion = false;
    const type = kind.ordered ? 'orderedList' : 'bulletList';
    while (this.lists.length && this.lists.at(-1)!.ilvl > ilvl) this.lists.pop();
    let top = this.lists.at(-1);
    if (top && top.ilvl === ilvl && (top.numId !== numId || top.node.type !== type)) {
      this.lists.pop();
      top = this.lists.at(-1);
    }
    const item: ListItemNode = { type: 'listItem', content: [{ type: 'paragraph', content: inlines }] };
    if (top && top.ilvl === ilvl) {
      top.node.content.push(item);
      return;
    }
    const node: BulletListNode | OrderedListNode =
      type === 'orderedList'
        ? { type, ...(kind.start !== 1 ? { attrs: { start: kind.start } } : {}), content: [item] }
        : { type, content: [item] };
    const parentItem = top?.node.content.at(-1);
    if (parentItem && this.lists.length < 4) parentItem.content.push(node);
    else {
      this.lists = [];
      this.blocks.push(node);
    }
    this.lists.push({ node, numId, ilvl });
  }

  /** A paragraph that continues the current list item ("List Continue"), else a plain paragraph. */
  continuation(inlines: InlineNode[]) {
    const item = this.lists.at(-1)?.node.content.at(-1);
    if (item) item.content.push({ type: 'paragraph', content: inlines });
    else this.paragraph(inlines);
  }
}
