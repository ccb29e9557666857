import {
  CONTENT_SCHEMA_VERSION,
  StoredContentSchema,
  type BlockNode,
  type StoredContent,
} from '../../shared/content/schema';
import { fail, issuesFromZod, refuse } from '../../shared/api/errors';
import { checkContentSize } from '../../shared/content/import-limits';

/** The stored content of what was read; refuses a document with no text or too much, fails with the schema's first issues. */
export function storedContent(
  titleBlock: StoredContent['titleBlock'],
  blocks: BlockNode[],
  main: string,
): StoredContent {
  const content = {
    schemaVersion: CONTENT_SCHEMA_VERSION,
    titleBlock,
    body: { type: 'doc' as const, content: blocks },
  };
  if (blocks.length === 0 && !titleBlock.title) {
    refuse('bad_file', main, 'the document has no text');
  }
  checkContentSize(content, 'file');
  const parsed = StoredContentSchema.safeParse(content);
  if (!parsed.success) {
    fail(
      'bad_file',
      issuesFromZod(parsed.error)
        .slice(0, 10)
        .map((i) => ({ path: `file.${i.path}`, message: i.message })),
    );
  }
  return parsed.data;
}
