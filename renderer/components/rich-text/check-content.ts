import { z } from 'zod';
import {
  BlockSchema,
  CONTENT_LIMITS,
  CONTENT_SCHEMA_VERSION,
  checkNotesAndFootnotes,
  maxDepth,
  TitleBlockSchema,
  type BlockNode,
  type DocNode,
  type StoredContent,
  type TitleBlock,
} from '../../../shared/content/schema';

/*
 * StoredContentSchema, taken apart so that a save of a long text checks what changed: each block is
 * parsed by BlockSchema once (kept by the block object, which an edit elsewhere leaves as it is), and
 * on every save the title block and the rules of the whole body (DocSchema's count and depth, the
 * notes and footnotes of checkNotesAndFootnotes) are checked again. Main parses the content once
 * more where it enters; this check is the screen's, to say why a version cannot be saved.
 */

const checkedBlocks = new WeakMap<BlockNode, z.ZodSafeParseResult<BlockNode>>();

function checkBlock(block: BlockNode): z.ZodSafeParseResult<BlockNode> {
  let result = checkedBlocks.get(block);
  if (!result) {
    result = BlockSchema.safeParse(block);
    checkedBlocks.set(block, result);
  }
  return result;
}

/** The rules of a whole body, its blocks taken as checked. */
const BodyRules = z.custom<DocNode>(() => true).superRefine((doc, ctx) => checkNotesAndFootnotes(doc, ctx, ['body']));

export type CheckedContent = { ok: true; content: StoredContent } | { ok: false; reason: string };

export function checkContent(content: {
  schemaVersion: typeof CONTENT_SCHEMA_VERSION;
  titleBlock: TitleBlock;
  body: DocNode;
}): CheckedContent {
  const title = TitleBlockSchema.safeParse(content.titleBlock);
  if (!title.success) return { ok: false, reason: title.error.issues[0]?.message ?? '' };
  const blocks: BlockNode[] = [];
  for (const block of content.body.content) {
    const checked = checkBlock(block);
    if (!checked.success) return { ok: false, reason: checked.error.issues[0]?.message ?? '' };
    blocks.push(checked.data);
  }
  if (blocks.length > CONTENT_LIMITS.blocks) return { ok: false, reason: `at most ${CONTENT_LIMITS.blocks} blocks` };
  if (maxDepth(blocks) > CONTENT_LIMITS.depth) {
    return { ok: false, reason: `lists and quotes nest at most ${CONTENT_LIMITS.depth} deep` };
  }
  const body: DocNode = { type: 'doc', content: blocks };
  const rules = BodyRules.safeParse(body);
  if (!rules.success) return { ok: false, reason: rules.error.issues[0]?.message ?? '' };
  return { ok: true, content: { schemaVersion: CONTENT_SCHEMA_VERSION, titleBlock: title.data, body } };
}
