// @ts-check
/**
 * SQL lives in main/store (issue 15, "One typed store interface"): the rest of main calls the
 * store's named functions and builds no query. Outside main/store/ this rule reports, in main/:
 *
 *   - kysely's query builders: `.selectFrom(`, `.insertInto(`, `.replaceInto(`, `.updateTable(`,
 *     `.deleteFrom(`, `.mergeInto(`, `.selectNoFrom(`;
 *   - kysely's `sql` template and its helpers (`sql\`…\``, `sql<T>\`…\``, `sql.raw(…)`, `sql.ref(…)` …),
 *     and any value imported from kysely (its types stay allowed: `Kysely`, `Insertable` …);
 *   - better-sqlite3: a value import of it, and `.prepare(`, `.pragma(`, `.backup(` on anything.
 *
 * Option: `{ root }`, the project root (the directory of eslint.config.js).
 */
import path from 'node:path';

const BUILDERS = new Set([
  'selectFrom',
  'insertInto',
  'replaceInto',
  'updateTable',
  'deleteFrom',
  'mergeInto',
  'selectNoFrom',
]);
const RAW_SQLITE = new Set(['prepare', 'pragma', 'backup']);

/** @param {string} root @param {string} file */
function isOutsideStore(root, file) {
  const rel = path.relative(root, file).split(path.sep).join('/');
  return rel.startsWith('main/') && !rel.startsWith('main/store/');
}

/** @param {any} node */
const isSqlTag = (node) => node.type === 'Identifier' && node.name === 'sql';

/** @param {any} node */
function importsValues(node) {
  if (node.importKind === 'type') return false;
  if (node.specifiers.length === 0) return true; // `import 'kysely'` runs it
  return node.specifiers.some((/** @type {any} */ s) => s.importKind !== 'type');
}

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keep SQL (kysely queries, the sql template, better-sqlite3) inside main/store' },
    schema: [
      {
        type: 'object',
        properties: { root: { type: 'string' } },
        additionalProperties: false,
      },
    ],
    messages: {
      builder: 'store-sql: ".{{name}}(" builds a query outside main/store: call a named store function',
      template: 'store-sql: the sql template outside main/store: call a named store function',
      rawSqlite: 'store-sql: ".{{name}}(" is better-sqlite3 outside main/store: call a named store function',
      importKysely: 'store-sql: only types may be imported from kysely outside main/store',
      importSqlite: 'store-sql: only types may be imported from better-sqlite3 outside main/store',
    },
  },

  create(context) {
    const options = context.options[0] ?? {};
    const root = path.resolve(options.root ?? context.cwd);
    if (!path.isAbsolute(context.filename) || !isOutsideStore(root, context.filename)) return {};

    return {
      /** @param {any} node */
      ImportDeclaration(node) {
        if (!importsValues(node)) return;
        if (node.source.value === 'kysely') context.report({ node, messageId: 'importKysely' });
        if (node.source.value === 'better-sqlite3') context.report({ node, messageId: 'importSqlite' });
      },
      /** @param {any} node */
      TaggedTemplateExpression(node) {
        if (isSqlTag(node.tag)) context.report({ node, messageId: 'template' });
      },
      /** @param {any} node */
      CallExpression(node) {
        const callee = node.callee;
        if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier') return;
        const name = callee.property.name;
        if (isSqlTag(callee.object)) context.report({ node, messageId: 'template' });
        else if (BUILDERS.has(name)) context.report({ node, messageId: 'builder', data: { name } });
        else if (RAW_SQLITE.has(name)) context.report({ node, messageId: 'rawSqlite', data: { name } });
      },
    };
  },
};

export default rule;
